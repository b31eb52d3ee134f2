/// `tensorflow.AttrValue` (attr_value.proto): a oneof of `list = 1`, `s = 2`, `i = 3`, `f = 4`,
/// `b = 5`, `type = 6`, `shape = 7`, `tensor = 8`, `placeholder = 9`, `func = 10`.
public struct AttrValue: Hashable, Sendable {
    /// The value set in the oneof.
    public enum Value: Hashable, Sendable {
        case list(ListValue)
        case s([UInt8])
        case i(Int64)
        case f(Float)
        case b(Bool)
        case type(DataType)
        case shape(TensorShapeProto)
        case tensor(TensorProto)
        case placeholder(String)
        /// A function and the attributes it is instantiated with (`PartitionedCall`'s `f`).
        case `func`(NameAttrList)
    }

    /// Nil when no member is set.
    public var value: Value?

    /// An attribute with no value set.
    public init() { value = nil }

    /// An attribute holding `value`.
    public init(_ value: Value?) { self.value = value }

    /// The kind of value held, for messages such as "must be a bool, got int".
    public var kindName: String {
        switch value {
        case .none: return "nothing"
        case .list: return "list"
        case .s: return "string"
        case .i: return "int"
        case .f: return "float"
        case .b: return "bool"
        case .type: return "type"
        case .shape: return "shape"
        case .tensor: return "tensor"
        case .placeholder: return "placeholder"
        case .func: return "function"
        }
    }
}

/// `AttrValue.ListValue`: `s = 2`, `i = 3`, `f = 4`, `b = 5`, `type = 6`, `shape = 7`,
/// `tensor = 8` (scalars packed), `func = 9`.
public struct ListValue: Hashable, Sendable {
    public var s: [[UInt8]]
    public var i: [Int64]
    public var f: [Float]
    public var b: [Bool]
    public var type: [DataType]
    public var shape: [TensorShapeProto]
    public var tensor: [TensorProto]
    public var `func`: [NameAttrList]

    /// An empty list.
    public init() { self.init(s: []) }

    /// A list with the given members.
    public init(s: [[UInt8]] = [], i: [Int64] = [], f: [Float] = [], b: [Bool] = [],
                type: [DataType] = [], shape: [TensorShapeProto] = [], tensor: [TensorProto] = [],
                func: [NameAttrList] = []) {
        self.s = s
        self.i = i
        self.f = f
        self.b = b
        self.type = type
        self.shape = shape
        self.tensor = tensor
        self.func = `func`
    }
}

/// `tensorflow.NameAttrList`: `name = 1`, `attr = 2` — a function with the attributes it is
/// instantiated with.
public struct NameAttrList: Hashable, Sendable {
    public var name: String
    public var attr: [String: AttrValue]

    public init() { self.init(name: "") }

    public init(name: String, attr: [String: AttrValue] = [:]) {
        self.name = name
        self.attr = attr
    }
}
