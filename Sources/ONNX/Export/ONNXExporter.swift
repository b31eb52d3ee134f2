import Formats
import GraphIR

/// A model that cannot be written as ONNX for a reason no single node has (the opset, the
/// outputs, the size).
public struct ONNXExportError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Writes a GraphIR graph as an ONNX model: the graph (not a file it came from), each op in the
/// form the chosen opset of the default domain defines, NHWC images as NCHW around the ops ONNX
/// defines that way (`ONNXGraphWriter+Layouts.swift`), constants as initializers holding their
/// bytes in `raw_data`. Training ops (variables, assignments, gradients, losses, random numbers)
/// are refused naming the node: a trained model is written by freezing its variables first.
public enum ONNXExporter {
    public static let defaultOpset = 17
    /// The opsets of the default domain whose forms the exporter writes.
    public static let opsets: ClosedRange<Int> = 13...21

    /// The model computing `outputs` (node names or `node:k`) of `graph` at `opset`. Only the
    /// nodes the outputs need are written; the graph's inputs are its placeholders among them.
    public static func model(_ graph: Graph, outputs: [String], opset: Int = defaultOpset,
                             producerVersion: String = "", name: String = "graphjit") throws -> ModelProto {
        guard opsets.contains(opset) else {
            throw ONNXExportError("opset \(opset) is not one GraphJIT writes (\(opsets.lowerBound) to \(opsets.upperBound))")
        }
        guard !outputs.isEmpty else { throw ONNXExportError("no outputs to export") }
        var values: [Value] = []
        for o in outputs {
            guard let v = graph.value(named: o) else { throw ONNXExportError(graph.missingValueMessage(o)) }
            if !values.contains(v) { values.append(v) }
        }
        let needed = neededNodes(graph, values)
        var reserved: Set<String> = []
        for i in needed { for k in graph.nodes[i].types.indices { reserved.insert(graph.name(of: Value(node: i, output: k))) } }

        var w = ONNXGraphWriter(graph: graph, opset: opset, reserved: reserved)
        var inputs: [ValueInfoProto] = []
        let consumers = graph.consumers().map { $0.filter(needed.contains) }
        var written: Set<Int> = []
        for i in needed.sorted() where !written.contains(i) {
            let n = graph.nodes[i]
            if case .placeholder = n.op {
                inputs.append(try valueInfo(n.name, n.types[0], "input"))
                w.define(Value(node: i), nil, n.name)
                continue
            }
            // The one reader of a result nobody asked for may be a bias a Conv or Gemm takes.
            let fused = consumers[i].count == 1 && !values.contains(Value(node: i)) ? consumers[i].first : nil
            if try w.write(n, i, fusingBias: fused), let fused { written.insert(fused) }
        }

        var outputInfos: [ValueInfoProto] = []
        for v in values {
            let name = graph.name(of: v)
            let held = try w.name(v)
            // A value held under another name (a transpose's result is its input relabelled)
            // gets its own under an Identity.
            if held != name { w.add("Identity", [held], [name], name: name, main: true) }
            outputInfos.append(try valueInfo(name, graph[v], "output"))
        }

        var g = GraphProto()
        g.name = name
        g.node = w.nodes
        g.initializer = w.initializers
        g.input = inputs
        g.output = outputInfos
        var model = ModelProto()
        model.irVersion = irVersion(opset)
        model.producerName = "GraphJIT"
        model.producerVersion = producerVersion
        model.graph = g
        model.opsetImport = [OperatorSetID(domain: "", version: Int64(opset))]
        return model
    }

    /// The IR version of the ONNX release that introduced `opset` (onnx.helper.VERSION_TABLE),
    /// the oldest a runtime reading that opset must know.
    static func irVersion(_ opset: Int) -> Int64 {
        switch opset {
        case ...14: return 7
        case 15...18: return 8
        case 19, 20: return 9
        default: return 10
        }
    }

    /// The nodes computing `values`, found backwards from them.
    private static func neededNodes(_ graph: Graph, _ values: [Value]) -> Set<Int> {
        var stack = values.map(\.node)
        var seen = Set(stack)
        while let i = stack.popLast() {
            for v in graph.nodes[i].inputs where seen.insert(v.node).inserted { stack.append(v.node) }
        }
        return seen
    }

    /// A graph input's or output's type: its element type and shape, unknown dimensions unnamed.
    /// ONNX requires the rank of the main graph's inputs and outputs.
    static func valueInfo(_ name: String, _ t: TensorType, _ role: String) throws -> ValueInfoProto {
        guard t.shape != nil else {
            throw ONNXExportError("\(role) '\(name)' has an unknown rank, which an ONNX model's \(role)s may not: give the inputs' shapes (--input-shape)")
        }
        var info = ValueInfoProto()
        info.name = name
        info.isTensor = true
        info.elementType = ONNXDataType.number(t.dtype)
        info.shape = t.shape?.map { $0 >= 0 ? .value(Int64($0)) : .unknown }
        return info
    }
}
