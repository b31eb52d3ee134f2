import GraphIR

/// Copies a graph node by node into a new one, letting a closure replace nodes; names are kept,
/// so a replaced node's value is found under its old name.
struct GraphRewriter {
    private(set) var graph = Graph()
    private var map: [Value: Value] = [:]

    /// `replace` returns nil to copy the node, or builds its replacement in `graph` from the already
    /// mapped inputs and returns the replacement's value (for single-output nodes).
    init(_ old: Graph, replace: (inout Graph, Node, [Value]) throws -> Value?) throws {
        for (i, node) in old.nodes.enumerated() {
            let inputs = try node.inputs.map { v -> Value in
                guard let m = map[v] else { throw GraphError(node: node.name, op: node.op.name, "input was removed") }
                return m
            }
            if let replaced = try replace(&graph, node, inputs) {
                map[Value(node: i)] = replaced
            } else {
                let v = try graph.add(node.name, node.op, inputs)
                for k in node.types.indices { map[Value(node: i, output: k)] = Value(node: v.node, output: k) }
            }
        }
    }
}

extension Graph {
    /// Adds a scalar constant of `dtype` under a fresh name.
    mutating func scalar(_ base: String, _ x: Double, _ dtype: DType = .float32) throws -> Value {
        let t: Tensor
        switch dtype {
        case .float64: t = Tensor(shape: [], doubles: [x])
        case .int32: t = Tensor(shape: [], int32s: [Int32(x)])
        case .int64: t = Tensor(shape: [], int64s: [Int64(x)])
        default: t = Tensor(shape: [], floats: [Float(x)])
        }
        return try add(uniqueName(base), .constant(t))
    }

    /// Adds a node under a fresh name derived from `base`.
    mutating func fresh(_ base: String, _ op: Op, _ inputs: [Value] = []) throws -> Value {
        try add(uniqueName(base), op, inputs)
    }
}
