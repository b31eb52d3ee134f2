import Formats
import GraphIR

/// Computes, at import, a value an op needs as an attribute (a Resize's sizes, a Pad's pads)
/// that the file computes from constants and static shapes, as exporters write them (torch's
/// `Shape -> Slice -> Concat` for interpolate's size). The importer never does tensor math
/// itself: GraphJIT injects an evaluator that compiles the subgraph, as constant folding does.
public protocol ONNXConstantEvaluator {
    /// The values `fetch` of `graph`, a graph without placeholders (every leaf is a Const).
    func evaluate(_ graph: Graph, fetch: [Value]) throws -> [Tensor]
}

/// Reading and writing ONNX model files as GraphIR graphs (writing: `ONNXExporter`).
public enum ONNXFile {
    /// Reads and imports the model at `path`; external data is read relative to its folder.
    /// Throws `FormatError` for unreadable or malformed files, `GraphError` and
    /// `UnsupportedOpsError` for models GraphJIT cannot import. Without `evaluator`, values ops
    /// need at import must be constants in the file.
    public static func load(path: String, evaluator: (any ONNXConstantEvaluator)? = nil) throws -> ONNXImport {
        let model = try read(path: path)
        let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : ""
        return try ONNXImporter.importModel(model, folder: folder.isEmpty && path.hasPrefix("/") ? "/" : folder,
                                            filename: path, evaluator: evaluator)
    }

    /// Decodes the ModelProto at `path` without importing it.
    public static func read(path: String) throws -> ModelProto {
        let buffer = try FileBuffer(path: path)
        var reader = WireReader(buffer.bytes, filename: path, owner: buffer)
        do {
            return try withExtendedLifetime(buffer) { try ModelProto(wire: &reader, name: "onnx.ModelProto") }
        } catch let e as FormatError where !looksLikeONNX(buffer.bytes.prefix(2)) {
            // Not a damaged model but something else: say so rather than where decoding stopped.
            throw FormatError(file: path, "not an ONNX model (it does not begin with an ir_version field; \(e.message))")
        }
    }

    /// Decodes a ModelProto from bytes and imports it (external data relative to `folder`).
    public static func decode(_ bytes: [UInt8], filename: String = "<onnx>", folder: String = "",
                              evaluator: (any ONNXConstantEvaluator)? = nil) throws -> ONNXImport {
        let model = try bytes.withUnsafeBytes { raw -> ModelProto in
            var reader = WireReader(raw, filename: filename)
            return try ModelProto(wire: &reader, name: "onnx.ModelProto")
        }
        return try ONNXImporter.importModel(model, folder: folder, filename: filename, evaluator: evaluator)
    }

    /// Reads a serialized ONNX TensorProto (the `input_0.pb` files of ONNX's test data); external
    /// data is read relative to its folder.
    public static func readTensor(path: String) throws -> Tensor {
        let buffer = try FileBuffer(path: path)
        var reader = WireReader(buffer.bytes, filename: path, owner: buffer)
        let proto = try withExtendedLifetime(buffer) { try ONNXTensor(wire: &reader, name: "onnx.TensorProto") }
        let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : ""
        return try InitializerData(folder: folder, filename: path).tensor(proto, what: "tensor")
    }

    /// Writes `outputs` of `graph` (node names or `node:k`) as an ONNX model of the default
    /// domain's `opset` to `path`, atomically (readers never see a partial file).
    public static func save(_ graph: Graph, outputs: [String], path: String, opset: Int = ONNXExporter.defaultOpset,
                            producerVersion: String = "") throws {
        let name = path.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? "graphjit"
        try write(try ONNXExporter.model(graph, outputs: outputs, opset: opset, producerVersion: producerVersion, name: name),
                  to: path)
    }

    /// Writes a ModelProto to `path` atomically. Protobuf caps a message at 2 GB, and GraphJIT
    /// writes every weight into the file (no external data), so larger models are refused.
    public static func write(_ model: ModelProto, to path: String) throws {
        let limit = Int(Int32.max)
        let weights = model.graph?.initializer.reduce(0) { $0 + $1.rawData.count } ?? 0
        guard weights < limit else {
            throw FormatError(file: path, "the weights take \(weights) bytes, more than the 2 GB a protobuf message holds (external data is not written)")
        }
        let bytes = model.binaryFormat
        guard bytes.count <= limit else {
            throw FormatError(file: path, "the model takes \(bytes.count) bytes, more than the 2 GB a protobuf message holds")
        }
        try FileIO.writeAtomically(bytes, to: path)
    }

    /// Whether the bytes begin as an ONNX ModelProto does: field 1 (`ir_version`, a varint) first,
    /// which a GraphDef never has (its field 1 is a node, a message). ONNX writers emit fields
    /// in number order, and `ir_version` is required.
    public static func looksLikeONNX<Bytes: Sequence>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var it = bytes.makeIterator()
        guard let first = it.next(), first == 0x08, let second = it.next() else { return false }
        return second >= 3 && second < 0x80
    }

    /// Whether the file at `path` is an ONNX model: by content (see `looksLikeONNX`).
    public static func isONNX(path: String) -> Bool {
        guard let head = try? FileIO.readPrefix(path: path, count: 2) else { return false }
        return looksLikeONNX(head)
    }
}
