import GraphIR

extension Model {
    /// The integer inputs whose values decide a shape (ONNX's `Expand(x, shape)` with the shape
    /// a graph input; a Reshape to a fed shape): GraphJIT compiles for shapes known at compile
    /// time, so such an input is compiled in as the constant it was given.
    public func shapeDefiningInputs() -> Set<String> {
        let consumers = graph.consumers()
        var result: Set<String> = []
        for p in graph.placeholders {
            guard case let .placeholder(dtype, _) = graph.nodes[p].op, dtype.isInteger else { continue }
            // Forward from the input: does it reach the shape operand of a dynamic op?
            var stack = [p], seen: Set<Int> = [p]
            search: while let i = stack.popLast() {
                for c in consumers[i] {
                    let node = graph.nodes[c]
                    switch node.op {
                    case .dynamicReshape, .dynamicBroadcast, .dynamicTranspose:
                        if node.inputs.count > 1, node.inputs[1].node == i {
                            result.insert(graph.nodes[p].name)
                            break search
                        }
                    default: break
                    }
                    if seen.insert(c).inserted { stack.append(c) }
                }
            }
        }
        return result
    }

    /// The model with the shape-defining inputs in `feeds` replaced by constants of their values
    /// (same names), and the feeds that remain inputs.
    public func bindingShapeInputs(_ feeds: [String: Tensor]) throws -> (model: Model, feeds: [String: Tensor]) {
        let bound = shapeDefiningInputs().filter { feeds[$0] != nil }
        guard !bound.isEmpty else { return (self, feeds) }
        var g = Graph()
        for n in graph.nodes {
            if bound.contains(n.name), let value = feeds[n.name] {
                try g.add(n.name, .constant(value))
            } else {
                try g.add(n.name, n.op, n.inputs)
            }
        }
        return (Model(graph: g, like: self), feeds.filter { !bound.contains($0.key) })
    }
}
