import GraphIR

/// A graph extended with gradient nodes, and where each requested gradient is.
public struct GradientResult: Sendable {
    /// The original nodes (same names, same indices) followed by the gradient nodes.
    public var graph: Graph
    /// One value per `wrt` value, of the same dtype and shape.
    public var gradients: [Value]
}

/// Reverse-mode automatic differentiation as a graph-to-graph transformation (`tf.gradients`).
public enum Gradients {
    /// Appends to `graph` the nodes computing d`loss`/d`v` for each `v` in `wrt`.
    ///
    /// A non-scalar `loss` is summed first. Contributions of several paths are added with `AddV2`
    /// nodes; a `wrt` value the loss does not depend on gets a zero `Const`. Values on the
    /// differentiated path must have static shapes (specialise the graph first).
    /// Throws a `GraphError` naming the node for a `wrt` or `loss` value that is not a float tensor,
    /// and for an op on the path that has no gradient rule.
    ///
    /// `seed`, when given, is the gradient flowing into `loss` (TensorFlow's `grad_ys`): a value of
    /// the loss's dtype and shape, so the result is d sum(loss * seed) / d v.
    public static func build(_ graph: Graph, of loss: Value, wrt: [Value], seed: Value? = nil) throws -> GradientResult {
        for v in [loss] + wrt { try checkFloatOutput(v, in: graph) }
        if let seed {
            guard graph[seed].dtype == graph[loss].dtype, graph[seed].shape == graph[loss].shape else {
                throw GraphError(node: graph.name(of: loss), op: graph.nodes[loss.node].op.name,
                                 "the seed '\(graph.name(of: seed))' is \(graph[seed]), the value it seeds is \(graph[loss])")
            }
        }
        var builder = GradientBuilder(graph: graph)
        let relevant = relevantNodes(graph, from: wrt.map(\.node), to: loss.node)

        // Incoming gradient contributions per value, summed when the value's node is reached.
        // Seeding a non-scalar loss with ones is the same as summing it first.
        var contributions: [Value: [Value]] = [:]
        if !relevant.isEmpty {
            builder.scope = "gradients/"
            contributions[loss] = [try seed ?? builder.ones(like: loss)]
        }
        var totals: [Value: Value] = [:]
        for index in graph.nodes.indices.reversed() where relevant.contains(index) {
            let node = graph.nodes[index]
            builder.scope = "gradients/\(node.name)_grad/"
            var dys: [Value?] = []
            for k in node.types.indices {
                let v = Value(node: index, output: k)
                let total = try contributions[v].map { try builder.sum($0) }
                if let total { totals[v] = total }
                dys.append(total)
            }
            let wanted = node.inputs.map { relevant.contains($0.node) && graph[$0].dtype.isFloatingPoint }
            guard dys.contains(where: { $0 != nil }), wanted.contains(true) else { continue }
            let context = GradientContext(node: node, index: index, dys: dys, wanted: wanted)
            let dxs = try node.op.inputGradients(context, &builder)
            for (i, dx) in dxs.enumerated() where wanted[i] {
                guard let dx else { continue }
                let input = node.inputs[i]
                try builder.checkGradient(dx, for: input, of: node)
                contributions[input, default: []].append(dx)
            }
        }
        var gradients: [Value] = []
        for v in wrt {
            if let total = totals[v] {
                gradients.append(total)
            } else {
                builder.scope = "gradients/\(graph.nodes[v.node].name)_grad/"
                gradients.append(try builder.zeros(like: v))
            }
        }
        return GradientResult(graph: builder.graph, gradients: gradients)
    }

    private static func checkFloatOutput(_ v: Value, in graph: Graph) throws {
        guard v.node >= 0, v.node < graph.nodes.count, v.output >= 0, v.output < graph.nodes[v.node].types.count else {
            throw GraphError(node: "\(v.node):\(v.output)", op: "?", "not an output of the graph")
        }
        let node = graph.nodes[v.node]
        guard graph[v].dtype.isFloatingPoint else {
            throw GraphError(node: graph.name(of: v), op: node.op.name,
                             "cannot differentiate a \(graph[v].dtype) value: gradients need a floating-point tensor")
        }
    }

    /// Nodes that both depend on some `wrt` node and feed the loss: the only ones gradients flow through.
    static func relevantNodes(_ graph: Graph, from sources: [Int], to sink: Int) -> Set<Int> {
        var downstream = Set(sources)
        for (i, n) in graph.nodes.enumerated() where n.inputs.contains(where: { downstream.contains($0.node) }) {
            downstream.insert(i)
        }
        var relevant: Set<Int> = []
        var stack = [sink]
        while let i = stack.popLast() {
            guard downstream.contains(i), relevant.insert(i).inserted else { continue }
            stack.append(contentsOf: graph.nodes[i].inputs.map(\.node))
        }
        return relevant
    }
}
