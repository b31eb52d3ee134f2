import GraphIR

/// Computes, while importing, the small integer tensors ONNX exporters derive from shapes
/// (TorchScript's `chunk` slices at `Shape → Gather → Div → Mul`; interpolation sizes from
/// `Shape`): an op whose attribute is such an input needs its value at import. The value is
/// computed by the caller's evaluator (GraphJIT compiles and runs the subgraph, so even this
/// arithmetic is generated code), with each `Shape` of a statically shaped value replaced by its
/// constant. Values that depend on run-time data or unknown dimensions are not computed.
public typealias ImportEvaluator = @Sendable (_ graph: Graph, _ fetch: [Value]) throws -> [Tensor]

final class ShapeEvaluation: @unchecked Sendable {
    private let evaluate: ImportEvaluator?
    private var known: [Value: Tensor] = [:]
    /// Results larger than this are never computed at import (shapes, axes and sizes are small).
    static let elementLimit = 4096

    init(_ evaluate: ImportEvaluator?) { self.evaluate = evaluate }

    /// The value of `v` if it follows from constants and static shapes, else nil.
    func value(of v: Value, in graph: Graph) throws -> Tensor? {
        if let t = known[v] { return t }
        guard let evaluate, let count = graph[v].elementCount, count <= Self.elementLimit else { return nil }
        // The constant subgraph `v` needs, cut at Shape ops of static inputs.
        var needed: [Int] = [], seen: Set<Int> = [], stack = [v.node]
        while let i = stack.popLast() {
            guard seen.insert(i).inserted else { continue }
            let node = graph.nodes[i]
            switch node.op {
            case .constant: break
            case .shape:
                guard graph[node.inputs[0]].isStatic else { return nil }
            case .placeholder, .variable: return nil
            default:
                guard node.op.isFoldable else { return nil }
                stack += node.inputs.map(\.node)
            }
            needed.append(i)
        }
        var sub = Graph(), map: [Int: Int] = [:]
        for i in needed.sorted() {
            let node = graph.nodes[i]
            let op: Op
            if case .shape(let outType) = node.op, let dims = graph[node.inputs[0]].shape {
                op = .constant(Tensor(shapeVector: dims, outType))
            } else {
                op = node.op
            }
            let inputs = op.arity == 0 ? [] : try node.inputs.map { input -> Value in
                guard let j = map[input.node] else { throw GraphError(node: node.name, op: node.op.name, "missing input while computing a shape") }
                return Value(node: j, output: input.output)
            }
            map[i] = try sub.add(node.name, op, inputs).node
        }
        guard let root = map[v.node] else { return nil }
        let result = try evaluate(sub, [Value(node: root, output: v.output)])
        guard let t = result.first else { return nil }
        known[v] = t
        return t
    }
}
