/// What the parsers need to know of a protobuf message besides the fields its struct keeps: its
/// full name (for errors) and the fields TensorFlow's `.proto` declares that GraphJIT reads past.
/// A field in neither is unknown: an error in text format (as in protobuf's own parser), skipped
/// in the wire format (where unknown fields are legal).
protocol ProtoSchema: Sendable {
    init()
    static var protoName: String { get }
    static var skippedFields: [SkippedField] { get }
}

extension ProtoSchema {
    static var skippedFields: [SkippedField] { [] }

    static func skippedField(named name: String) -> SkippedField? { skippedFields.first { $0.name == name } }
    static func skippedField(number: Int) -> SkippedField? { skippedFields.first { $0.number == number } }
}

/// A message both parsers can fill.
typealias ProtoMessage = TextDecodable & BinaryDecodable

/// A field of TensorFlow's protos that GraphJIT does not keep. Its value is still checked as
/// protobuf checks it: strings must be UTF-8, messages may hold only their own fields.
struct SkippedField: Sendable {
    enum Kind: Sendable {
        /// Numbers, bools and enum values (in text: a number or an identifier).
        case scalar
        /// A `string` field: UTF-8.
        case string
        /// A `bytes` field: anything.
        case bytes
        case message(any ProtoMessage.Type)
    }

    var name: String
    var number: Int
    var kind: Kind

    init(_ name: String, _ number: Int, _ kind: Kind) {
        self.name = name
        self.number = number
        self.kind = kind
    }
}

/// A message GraphJIT never keeps: every field is skipped (and checked) by its schema.
protocol SkippedMessage: ProtoMessage {}

extension SkippedMessage {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool { false }
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool { false }
}

// The skipped messages of graph.proto, node_def.proto, full_type.proto, graph_debug_info.proto,
// resource_handle.proto, tensor.proto and op_def.proto, by TensorFlow's field names and numbers.

struct NodeDebugInfoMessage: SkippedMessage {
    static let protoName = "tensorflow.NodeDef.ExperimentalDebugInfo"
    static let skippedFields = [SkippedField("original_node_names", 1, .string), SkippedField("original_func_names", 2, .string)]
}

struct FullTypeDefMessage: SkippedMessage {
    static let protoName = "tensorflow.FullTypeDef"
    static let skippedFields = [
        SkippedField("type_id", 1, .scalar), SkippedField("args", 2, .message(FullTypeDefMessage.self)),
        SkippedField("s", 3, .string), SkippedField("i", 4, .scalar),
    ]
}

struct GraphDebugInfoMessage: SkippedMessage {
    static let protoName = "tensorflow.GraphDebugInfo"
    static let skippedFields = [
        SkippedField("files", 1, .string), SkippedField("traces", 2, .message(TracesEntry.self)),
        SkippedField("frames_by_id", 4, .message(FramesByIDEntry.self)),
        SkippedField("name_to_trace_id", 5, .message(NameToTraceIDEntry.self)),
        SkippedField("traces_by_id", 6, .message(TracesByIDEntry.self)),
    ]

    struct FileLineCol: SkippedMessage {
        static let protoName = "tensorflow.GraphDebugInfo.FileLineCol"
        static let skippedFields = [
            SkippedField("file_index", 1, .scalar), SkippedField("line", 2, .scalar), SkippedField("col", 3, .scalar),
            SkippedField("func", 4, .string), SkippedField("code", 5, .string),
        ]
    }

    struct StackTrace: SkippedMessage {
        static let protoName = "tensorflow.GraphDebugInfo.StackTrace"
        static let skippedFields = [
            SkippedField("file_line_cols", 1, .message(FileLineCol.self)), SkippedField("frame_id", 2, .scalar),
        ]
    }

    struct TracesEntry: SkippedMessage {
        static let protoName = "tensorflow.GraphDebugInfo.TracesEntry"
        static let skippedFields = [SkippedField("key", 1, .string), SkippedField("value", 2, .message(StackTrace.self))]
    }

    struct FramesByIDEntry: SkippedMessage {
        static let protoName = "tensorflow.GraphDebugInfo.FramesByIdEntry"
        static let skippedFields = [SkippedField("key", 1, .scalar), SkippedField("value", 2, .message(FileLineCol.self))]
    }

    struct NameToTraceIDEntry: SkippedMessage {
        static let protoName = "tensorflow.GraphDebugInfo.NameToTraceIdEntry"
        static let skippedFields = [SkippedField("key", 1, .string), SkippedField("value", 2, .scalar)]
    }

    struct TracesByIDEntry: SkippedMessage {
        static let protoName = "tensorflow.GraphDebugInfo.TracesByIdEntry"
        static let skippedFields = [SkippedField("key", 1, .scalar), SkippedField("value", 2, .message(StackTrace.self))]
    }
}

struct ResourceHandleMessage: SkippedMessage {
    static let protoName = "tensorflow.ResourceHandleProto"
    static let skippedFields = [
        SkippedField("device", 1, .string), SkippedField("container", 2, .string), SkippedField("name", 3, .string),
        SkippedField("hash_code", 4, .scalar), SkippedField("maybe_type_name", 5, .string),
        SkippedField("dtypes_and_shapes", 6, .message(DtypeAndShapeMessage.self)),
    ]
}

/// `ResourceHandleProto.DtypeAndShape`, also `OpDef.ArgDef.handle_data`.
struct DtypeAndShapeMessage: SkippedMessage {
    static let protoName = "tensorflow.ResourceHandleProto.DtypeAndShape"
    static let skippedFields = [SkippedField("dtype", 1, .scalar), SkippedField("shape", 2, .message(TensorShapeProto.self))]
}

struct VariantTensorDataMessage: SkippedMessage {
    static let protoName = "tensorflow.VariantTensorDataProto"
    static let skippedFields = [
        SkippedField("type_name", 1, .string), SkippedField("metadata", 2, .bytes),
        SkippedField("tensors", 3, .message(TensorProto.self)),
    ]
}

// The fields of kept messages that GraphJIT reads past.

extension GraphDef: ProtoSchema {
    static let protoName = "tensorflow.GraphDef"
    static let skippedFields = [SkippedField("version", 3, .scalar), SkippedField("debug_info", 5, .message(GraphDebugInfoMessage.self))]
}

extension NodeDef: ProtoSchema {
    static let protoName = "tensorflow.NodeDef"
    static let skippedFields = [
        SkippedField("experimental_debug_info", 6, .message(NodeDebugInfoMessage.self)),
        SkippedField("experimental_type", 7, .message(FullTypeDefMessage.self)),
    ]
}

extension TensorProto: ProtoSchema {
    static let protoName = "tensorflow.TensorProto"
    static let skippedFields = [
        SkippedField("scomplex_val", 9, .scalar), SkippedField("dcomplex_val", 12, .scalar),
        SkippedField("resource_handle_val", 14, .message(ResourceHandleMessage.self)),
        SkippedField("variant_val", 15, .message(VariantTensorDataMessage.self)),
        SkippedField("uint32_val", 16, .scalar), SkippedField("uint64_val", 17, .scalar),
        SkippedField("float8_val", 18, .bytes),
    ]
}

extension OpDef.ArgDef: ProtoSchema {
    static let protoName = "tensorflow.OpDef.ArgDef"
    static let skippedFields = [
        SkippedField("handle_data", 7, .message(DtypeAndShapeMessage.self)),
        SkippedField("experimental_full_type", 17, .message(FullTypeDefMessage.self)),
    ]
}

extension FunctionDefLibrary: ProtoSchema { static let protoName = "tensorflow.FunctionDefLibrary" }
extension FunctionDef: ProtoSchema { static let protoName = "tensorflow.FunctionDef" }
extension GradientDef: ProtoSchema { static let protoName = "tensorflow.GradientDef" }
extension RegisteredGradient: ProtoSchema { static let protoName = "tensorflow.RegisteredGradient" }
extension OpDef: ProtoSchema { static let protoName = "tensorflow.OpDef" }
extension OpDef.AttrDef: ProtoSchema { static let protoName = "tensorflow.OpDef.AttrDef" }
extension OpDef.Deprecation: ProtoSchema { static let protoName = "tensorflow.OpDeprecation" }
extension VersionDef: ProtoSchema { static let protoName = "tensorflow.VersionDef" }
extension AttrValue: ProtoSchema { static let protoName = "tensorflow.AttrValue" }
extension ListValue: ProtoSchema { static let protoName = "tensorflow.AttrValue.ListValue" }
extension NameAttrList: ProtoSchema { static let protoName = "tensorflow.NameAttrList" }
extension TensorShapeProto: ProtoSchema { static let protoName = "tensorflow.TensorShapeProto" }
extension TensorShapeProto.Dim: ProtoSchema { static let protoName = "tensorflow.TensorShapeProto.Dim" }
