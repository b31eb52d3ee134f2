import GraphIR

/// Initial values of variables, computed by generated code: a graph of Assign nodes.
///
/// Lasagne's defaults: weights (variables of rank >= 2) Glorot-uniform in `±sqrt(6 / (fan_in +
/// fan_out))`, where for a conv filter `[KH,KW,C,F]` fan_in = C·KH·KW and fan_out = F·KH·KW; biases
/// (rank 1) and scalars zero. A graph "says otherwise" with an `Assign(variable, Const)` node: that
/// constant is the initial value.
public enum Initializers {
    /// The initialisation graph for `model`'s variables; run it once and copy its state.
    public static func graph(for model: Graph, seed: UInt64) throws -> (graph: Graph, assigns: [String]) {
        var explicit: [String: Tensor] = [:]
        for n in model.nodes {
            guard case .assign = n.op, case .constant(let t) = model.nodes[n.inputs[1].node].op else { continue }
            explicit[model.nodes[n.inputs[0].node].name] = t
        }
        var g = Graph()
        let counter = try g.add("init/counter", .constant(Tensor(shape: [], int64s: [0])))
        var assigns: [String] = []
        var index: UInt64 = 0
        for n in model.nodes {
            guard case let .variable(dtype, shape) = n.op else { continue }
            index += 1
            let v = try g.add(n.name, n.op)
            let value: Value
            if let t = explicit[n.name] {
                value = try g.fresh("init/\(n.name)/value", .constant(t))
            } else if shape.count >= 2, dtype == .float32 {
                let receptive = shape.count == 4 ? shape[0] * shape[1] : 1
                let fanIn = (shape.count == 4 ? shape[2] : shape[0]) * receptive
                let fanOut = (shape.count == 4 ? shape[3] : shape[shape.count - 1]) * receptive
                let limit = (6.0 / Double(max(fanIn + fanOut, 1))).squareRoot()
                let u = try g.fresh("init/\(n.name)/uniform", .randomUniform(seed: seed &* 0xD1B5_4A32_D192_ED03 &+ index, shape: shape), [counter])
                let centred = try g.fresh("init/\(n.name)/centred", .binary(.sub), [u, try g.scalar("init/half", 0.5)])
                value = try g.fresh("init/\(n.name)/glorot", .binary(.mul), [centred, try g.scalar("init/\(n.name)/width", 2 * limit)])
            } else {
                value = try g.fresh("init/\(n.name)/zeros", .constant(try Tensor(zeros: dtype, shape: shape)))
            }
            let a = try g.fresh("init/\(n.name)/assign", .assign, [v, value])
            assigns.append(g.nodes[a.node].name)
        }
        return (g, assigns)
    }
}
