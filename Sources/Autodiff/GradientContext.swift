import GraphIR

/// What a gradient rule sees of the node it differentiates.
struct GradientContext {
    let node: Node
    /// The node's index in the graph.
    let index: Int
    /// The summed gradient of each output, nil for outputs nothing downstream differentiates.
    let dys: [Value?]
    /// Which inputs need a gradient (on the path to a `wrt` value, floating point).
    let wanted: [Bool]

    var x: [Value] { node.inputs }
    /// The node's first output (the forward result several rules reuse).
    var y: Value { Value(node: index) }

    /// The gradient of output `k`, which the driver guarantees for single-output ops.
    func dy(_ k: Int = 0) throws -> Value {
        guard k < dys.count, let g = dys[k] else {
            throw GraphError(node: node.name, op: node.op.name, "internal: no gradient for output \(k)")
        }
        return g
    }

    /// Runs `make` only for inputs whose gradient is needed, so unused gradient nodes are never built.
    func want(_ i: Int, _ make: () throws -> Value?) rethrows -> Value? {
        wanted[i] ? try make() : nil
    }

    func error(_ message: String) -> GraphError {
        GraphError(node: node.name, op: node.op.name, message)
    }
}
