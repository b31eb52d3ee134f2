import GraphIR
import ONNX
import Passes

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
        let names = outputs ?? sinkNames
        try ONNXFile.save(try graphToExport(names), outputs: names, path: path, opset: opset, producerVersion: BuildInfo.version)
    }

    /// The ONNX model `saveONNX` writes, as bytes.
    public func onnxBytes(outputs: [String]? = nil, opset: Int = defaultONNXOpset) throws -> [UInt8] {
        let names = outputs ?? sinkNames
        return try ONNXExporter.model(try graphToExport(names), outputs: names, opset: opset,
                                      producerVersion: BuildInfo.version).binaryFormat
    }

    /// The graph written. When every input's shape is known (`specialized(inputShapes:)`), the
    /// shapes the graph computes are resolved first, as compiling does (pass `shapes`, which
    /// folds constants too): a permutation Keras' Tensordot computes from shapes, which ONNX's
    /// Transpose takes only as an attribute, is then a constant, and Shape nodes are gone.
    private func graphToExport(_ outputs: [String]) throws -> Graph {
        let computesShapes = graph.nodes.contains { n in
            if case .shape = n.op { return true }
            return n.op == .dynamicReshape || n.op == .dynamicBroadcast || n.op == .dynamicTranspose
        }
        let inputsKnown = graph.placeholders.allSatisfy { graph.nodes[$0].types.allSatisfy(\.isStatic) }
        guard computesShapes, inputsKnown else { return graph }
        var manager = PassManager([.shapeFolding])
        manager.constantEvaluator = JITConstantEvaluator()
        return try manager.run(graph, keepingNames: outputs).graph
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
