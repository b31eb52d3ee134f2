import GraphIR

/// `tensorflow.DataType`. Kept open (any Int32) like a proto3 enum, so values this build does
/// not name still survive a read and write.
public struct DataType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let invalid = DataType(rawValue: 0)
    public static let float = DataType(rawValue: 1)
    public static let double = DataType(rawValue: 2)
    public static let int32 = DataType(rawValue: 3)
    public static let uint8 = DataType(rawValue: 4)
    public static let int16 = DataType(rawValue: 5)
    public static let int8 = DataType(rawValue: 6)
    public static let string = DataType(rawValue: 7)
    public static let int64 = DataType(rawValue: 9)
    public static let bool = DataType(rawValue: 10)
    public static let half = DataType(rawValue: 19)

    /// TensorFlow's name, such as `DT_FLOAT`; nil for a value TensorFlow does not define.
    public var name: String? { dataTypeNames[rawValue] }

    /// The value named `name` (such as `DT_FLOAT`), or nil.
    public init?(name: String) {
        guard let value = dataTypeValues[name] else { return nil }
        rawValue = value
    }

    public var description: String { name ?? "DataType(\(rawValue))" }

    /// The GraphIR element type, or nil when GraphJIT does not support this type.
    public var dtype: DType? {
        switch self {
        case .float: return .float32
        case .double: return .float64
        case .int32: return .int32
        case .int64: return .int64
        case .bool: return .bool
        default: return nil
        }
    }

    /// The TensorFlow type of a GraphIR element type.
    public init(_ dtype: DType) {
        switch dtype {
        case .float32: self = .float
        case .float64: self = .double
        case .int32: self = .int32
        case .int64: self = .int64
        case .bool: self = .bool
        }
    }
}

/// types.proto's values; each also has a `_REF` twin at +100 (except DT_INVALID).
private let baseDataTypes: [(String, Int32)] = [
    ("DT_FLOAT", 1), ("DT_DOUBLE", 2), ("DT_INT32", 3), ("DT_UINT8", 4), ("DT_INT16", 5),
    ("DT_INT8", 6), ("DT_STRING", 7), ("DT_COMPLEX64", 8), ("DT_INT64", 9), ("DT_BOOL", 10),
    ("DT_QINT8", 11), ("DT_QUINT8", 12), ("DT_QINT32", 13), ("DT_BFLOAT16", 14),
    ("DT_QINT16", 15), ("DT_QUINT16", 16), ("DT_UINT16", 17), ("DT_COMPLEX128", 18),
    ("DT_HALF", 19), ("DT_RESOURCE", 20), ("DT_VARIANT", 21), ("DT_UINT32", 22), ("DT_UINT64", 23),
    ("DT_FLOAT8_E5M2", 24), ("DT_FLOAT8_E4M3FN", 25), ("DT_FLOAT8_E4M3FNUZ", 26),
    ("DT_FLOAT8_E4M3B11FNUZ", 27), ("DT_FLOAT8_E5M2FNUZ", 28), ("DT_INT4", 29), ("DT_UINT4", 30),
]

private let dataTypeValues: [String: Int32] = {
    var table = ["DT_INVALID": Int32(0)]
    for (name, value) in baseDataTypes {
        table[name] = value
        table[name + "_REF"] = value + 100
    }
    return table
}()

private let dataTypeNames: [Int32: String] = {
    var table: [Int32: String] = [:]
    for (name, value) in dataTypeValues { table[value] = name }
    return table
}()
