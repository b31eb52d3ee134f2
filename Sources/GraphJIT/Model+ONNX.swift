import GraphIR
import ONNX

/// Writing a model as ONNX (the `ONNX` module's exporter): the graph as loaded, so a GraphDef,
/// an ONNX file or a trained and frozen net all come out as one ONNX model of the chosen opset.
extension Model {
    /// The opset written when none is asked for, and the ones that can be.
    public static let defaultONNXOpset = ONNXExporter.defaultOpset
    public static let onnxOpsets = ONNXExporter.opsets

    /// Writes `outputs` (node names or `node:k`; default `sinkNames`) as an ONNX model of the
    /// default domain's `opset` to `path`, atomically. A graph whose weights are variables is
    /// refused naming one: freeze it first (`freezing(weightsFile:)`).
    public func saveONNX(to path: String, outputs: [String]? = nil, opset: Int = defaultONNXOpset) throws {
        try ONNXFile.save(graph, outputs: outputs ?? sinkNames, path: path, opset: opset, producerVersion: BuildInfo.version)
    }

    /// The ONNX model `saveONNX` writes, as bytes.
    public func onnxBytes(outputs: [String]? = nil, opset: Int = defaultONNXOpset) throws -> [UInt8] {
        try ONNXExporter.model(graph, outputs: outputs ?? sinkNames, opset: opset, producerVersion: BuildInfo.version).binaryFormat
    }
}

extension Trainer {
    /// Writes the frozen prediction graph (`frozenGraph(standardizing:)`) as an ONNX model whose
    /// output is the prediction node.
    public func saveFrozenONNX(to path: String, standardizing scaling: PixelScaling? = nil,
                               opset: Int = Model.defaultONNXOpset) throws {
        try Model(graph: try frozenGraph(standardizing: scaling)).saveONNX(to: path, outputs: [output], opset: opset)
    }
}
