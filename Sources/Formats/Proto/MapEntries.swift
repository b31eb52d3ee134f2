// Protobuf writes a `map<K, V>` field as repeated entry messages with `key = 1` and `value = 2`.

/// An entry of a `map<string, AttrValue>` (NodeDef, FunctionDef, NameAttrList, ArgAttrs).
struct AttrEntry: ProtoSchema {
    static let protoName = "an attr map entry"
    var key = ""
    var value = AttrValue()
}

/// An entry of a `map<string, string>` (FunctionDef's `ret` and `control_ret`).
struct StringEntry: ProtoSchema {
    static let protoName = "a map<string, string> entry"
    var key = ""
    var value = ""
}

/// An entry of FunctionDef's `map<uint32, ArgAttrs> arg_attr`.
struct ArgAttrEntry: ProtoSchema {
    static let protoName = "an arg_attr map entry"
    var key: UInt32 = 0
    var value = ArgAttrs()
}

/// `FunctionDef.ArgAttrs`: `attr = 1`.
struct ArgAttrs: ProtoSchema {
    static let protoName = "tensorflow.FunctionDef.ArgAttrs"
    var attr: [String: AttrValue] = [:]
}

/// An entry of FunctionDef's `map<uint32, uint32> resource_arg_unique_id`.
struct UInt32Entry: ProtoSchema {
    static let protoName = "a resource_arg_unique_id map entry"
    var key: UInt32 = 0
    var value: UInt32 = 0
}
