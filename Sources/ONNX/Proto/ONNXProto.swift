import GraphIR

// The messages of onnx.proto (IR version 3 and later) that GraphJIT reads and writes, with the
// fields it keeps. Field numbers are in ONNXDecoding.swift and ONNXEncoding.swift; everything
// else (doc strings, metadata, training info, sparse tensors, functions) is skipped as unknown
// fields are, which the wire format allows.

/// `onnx.ModelProto`.
public struct ModelProto: Sendable {
    public var irVersion: Int64 = 0
    public var producerName = ""
    public var producerVersion = ""
    public var domain = ""
    public var modelVersion: Int64 = 0
    public var docString = ""
    public var graph: GraphProto?
    public var opsetImport: [OperatorSetID] = []
    /// Model-local functions (`functions = 25`): only counted, to refuse nodes that call them.
    public var functionNames: [String] = []
    public init() {}
}

/// `onnx.OperatorSetIdProto`: an empty domain is the default one, `ai.onnx`.
public struct OperatorSetID: Hashable, Sendable {
    public var domain = ""
    public var version: Int64 = 0
    public init() {}
    public init(domain: String, version: Int64) {
        self.domain = domain
        self.version = version
    }
}

/// `onnx.GraphProto`.
public struct GraphProto: Sendable {
    public var name = ""
    public var node: [NodeProto] = []
    public var initializer: [ONNXTensor] = []
    /// `sparse_initializer = 15`: counted so a graph using one is refused by name.
    public var sparseInitializerCount = 0
    public var input: [ValueInfoProto] = []
    public var output: [ValueInfoProto] = []
    public var valueInfo: [ValueInfoProto] = []
    public var docString = ""
    public init() {}
}

/// `onnx.NodeProto`.
public struct NodeProto: Sendable {
    public var input: [String] = []
    public var output: [String] = []
    public var name = ""
    public var opType = ""
    public var domain = ""
    public var attribute: [AttributeProto] = []
    public var docString = ""
    public init() {}
}

/// `onnx.AttributeProto`. `type` says which field holds the value; files written before IR
/// version 3 may leave it unset, when the one field present says it.
public struct AttributeProto: Sendable {
    public enum Kind: Int32, Sendable {
        case undefined = 0, float = 1, int = 2, string = 3, tensor = 4, graph = 5, sparseTensor = 11, typeProto = 13
        case floats = 6, ints = 7, strings = 8, tensors = 9, graphs = 10, sparseTensors = 12, typeProtos = 14
    }
    public var name = ""
    public var type: Kind = .undefined
    /// The raw `type` number, for the error when it is one GraphJIT does not know.
    public var typeNumber: Int32 = 0
    public var f: Float = 0
    public var i: Int64 = 0
    public var s: [UInt8] = []
    public var t: ONNXTensor?
    public var floats: [Float] = []
    public var ints: [Int64] = []
    public var strings: [[UInt8]] = []
    public var tensors: [ONNXTensor] = []
    /// Subgraphs (If, Loop, Scan bodies) are not imported: only their presence is kept.
    public var graphCount = 0
    /// `ref_attr_name`: set only inside functions, which GraphJIT does not import.
    public var refAttrName = ""
    /// Which value fields the message carried, for files that leave `type` unset.
    public var present: Set<Kind> = []
    public init() {}

    /// The kind the attribute holds: its `type`, or (old files) the one value field present.
    public var kind: Kind {
        if type != .undefined { return type }
        return present.count == 1 ? present.first ?? .undefined : .undefined
    }
}

/// `onnx.TensorProto`, the fields for numeric tensors, with `raw_data` kept as aligned storage so
/// a weight becomes a constant without a second copy.
public struct ONNXTensor: Sendable {
    public var dims: [Int64] = []
    public var dataType: Int32 = 0
    public var name = ""
    public var rawData: TensorStorage = .empty
    public var hasRawData = false
    public var floatData: [Float] = []
    public var int32Data: [Int32] = []
    public var int64Data: [Int64] = []
    public var doubleData: [Double] = []
    public var uint64Data: [UInt64] = []
    public var stringCount = 0
    /// `data_location = 14`: 1 is EXTERNAL, the bytes in `externalData`'s file.
    public var dataLocation: Int32 = 0
    public var externalData: [(key: String, value: String)] = []
    /// `segment = 3`: a tensor split over several messages, which GraphJIT refuses.
    public var hasSegment = false
    public init() {}
}

/// `onnx.ValueInfoProto` with its `TypeProto`: a tensor's element type and shape, each dimension
/// a number, a name (`dim_param`) or unknown.
public struct ValueInfoProto: Sendable {
    public enum Dimension: Hashable, Sendable {
        case value(Int64)
        case parameter(String)
        case unknown
    }
    public var name = ""
    /// False for sequence, map, optional and sparse types (and a missing type).
    public var isTensor = false
    /// The `TypeProto` field present when it is not a tensor, for the error.
    public var otherType: String?
    public var elementType: Int32 = 0
    /// nil: the type gives no shape (unknown rank).
    public var shape: [Dimension]?
    public init() {}
}

/// ONNX's `TensorProto.DataType` numbers and GraphJIT's dtypes.
public enum ONNXDataType {
    public static let float: Int32 = 1, uint8: Int32 = 2, int8: Int32 = 3, uint16: Int32 = 4, int16: Int32 = 5
    public static let int32: Int32 = 6, int64: Int32 = 7, string: Int32 = 8, bool: Int32 = 9, float16: Int32 = 10
    public static let double: Int32 = 11, uint32: Int32 = 12, uint64: Int32 = 13, bfloat16: Int32 = 16

    /// The dtype for an ONNX element type, or nil when GraphJIT has none.
    public static func dtype(_ t: Int32) -> DType? {
        switch t {
        case float: return .float32
        case double: return .float64
        case int32: return .int32
        case int64: return .int64
        case bool: return .bool
        default: return nil
        }
    }

    public static func number(_ d: DType) -> Int32 {
        switch d {
        case .float32: return float
        case .float64: return double
        case .int32: return int32
        case .int64: return int64
        case .bool: return bool
        }
    }

    /// The name ONNX gives the type, for messages.
    public static func name(_ t: Int32) -> String {
        let names: [Int32: String] = [
            0: "UNDEFINED", 1: "FLOAT", 2: "UINT8", 3: "INT8", 4: "UINT16", 5: "INT16", 6: "INT32", 7: "INT64",
            8: "STRING", 9: "BOOL", 10: "FLOAT16", 11: "DOUBLE", 12: "UINT32", 13: "UINT64", 14: "COMPLEX64",
            15: "COMPLEX128", 16: "BFLOAT16", 17: "FLOAT8E4M3FN", 18: "FLOAT8E4M3FNUZ", 19: "FLOAT8E5M2",
            20: "FLOAT8E5M2FNUZ", 21: "UINT4", 22: "INT4", 23: "FLOAT4E2M1",
        ]
        return names[t] ?? "type \(t)"
    }
}
