import GraphIR

/// `tensorflow.TensorProto` (tensor.proto), the fields for plain numeric and string tensors:
/// `dtype = 1`, `tensor_shape = 2`, `version_number = 3`, `tensor_content = 4`, `float_val = 5`,
/// `double_val = 6`, `int_val = 7`, `string_val = 8`, `int64_val = 10`, `bool_val = 11`,
/// `half_val = 13`. Complex, resource, variant and unsigned values are skipped.
public struct TensorProto: Hashable, Sendable {
    public var dtype: DataType
    public var tensorShape: TensorShapeProto?
    public var versionNumber: Int32
    /// Raw little-endian element bytes; when non-empty it is used instead of the `*Val` lists.
    /// Aligned storage, so the imported constant shares it instead of copying (weights are most
    /// of a frozen graph's bytes).
    public var tensorContent: TensorStorage
    /// DT_HALF / DT_BFLOAT16 bit patterns, one per int32.
    public var halfVal: [Int32]
    public var floatVal: [Float]
    public var doubleVal: [Double]
    /// DT_INT32, DT_INT16, DT_INT8, DT_UINT8 values.
    public var intVal: [Int32]
    public var stringVal: [[UInt8]]
    public var int64Val: [Int64]
    public var boolVal: [Bool]

    /// A tensor proto with every field empty.
    public init() { self.init(dtype: .invalid) }

    /// A tensor proto with the given fields.
    public init(dtype: DataType = .invalid, tensorShape: TensorShapeProto? = nil, versionNumber: Int32 = 0,
                tensorContent: TensorStorage = .empty, halfVal: [Int32] = [], floatVal: [Float] = [],
                doubleVal: [Double] = [], intVal: [Int32] = [], stringVal: [[UInt8]] = [],
                int64Val: [Int64] = [], boolVal: [Bool] = []) {
        self.dtype = dtype
        self.tensorShape = tensorShape
        self.versionNumber = versionNumber
        self.tensorContent = tensorContent
        self.halfVal = halfVal
        self.floatVal = floatVal
        self.doubleVal = doubleVal
        self.intVal = intVal
        self.stringVal = stringVal
        self.int64Val = int64Val
        self.boolVal = boolVal
    }
}

/// `tensorflow.TensorShapeProto` (tensor_shape.proto): `dim = 2`, `unknown_rank = 3`.
/// A dimension of -1 is unknown.
public struct TensorShapeProto: Hashable, Sendable {
    /// `Dim`: `size = 1`, `name = 2`.
    public struct Dim: Hashable, Sendable {
        public var size: Int64
        public var name: String

        public init() { self.init(size: 0) }

        public init(size: Int64, name: String = "") {
            self.size = size
            self.name = name
        }
    }

    public var dim: [Dim]
    public var unknownRank: Bool

    /// A scalar shape (known rank 0).
    public init() { self.init(dim: []) }

    public init(dim: [Dim], unknownRank: Bool = false) {
        self.dim = dim
        self.unknownRank = unknownRank
    }

    /// A shape of known rank with these sizes.
    public init(sizes: [Int]) {
        self.init(dim: sizes.map { Dim(size: Int64($0)) })
    }

    /// The GraphIR form: nil for unknown rank, -1 for an unknown dimension.
    public var sizes: [Int]? {
        unknownRank ? nil : dim.map { Int($0.size) }
    }
}
