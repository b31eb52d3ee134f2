import GraphIR

/// Appends gradient nodes to a graph under a name scope, with the helpers the rules share.
struct GradientBuilder {
    var graph: Graph
    /// Prefix of new node names, e.g. `gradients/conv1/Conv2D_grad/`.
    var scope = "gradients/"

    init(graph: Graph) { self.graph = graph }

    /// Adds a node named `scope + name` (made unique), by default the op's TensorFlow name.
    mutating func emit(_ op: Op, _ inputs: [Value], name: String? = nil) throws -> Value {
        let base = name ?? GradientBuilder.defaultName(op)
        return try graph.add(graph.uniqueName(scope + base), op, inputs)
    }

    private static func defaultName(_ op: Op) -> String {
        if case .binary(.add) = op { return "AddV2" }
        return op.name
    }

    /// The concrete shape of `v`; rules that rebuild shapes need one.
    func shape(of v: Value) throws -> [Int] {
        guard let s = graph[v].shape, graph[v].isStatic else {
            let node = graph.nodes[v.node]
            throw GraphError(node: node.name, op: node.op.name,
                             "gradients need static shapes, got \(formatShape(graph[v].shape)) (give the input shapes)")
        }
        return s
    }

    func dtype(of v: Value) -> DType { graph[v].dtype }

    /// A scalar constant of a float dtype.
    mutating func scalar(_ x: Double, _ dtype: DType, name: String) throws -> Value {
        try emit(.constant(GradientBuilder.filled(x, dtype, [])), [], name: name)
    }

    mutating func zeros(like v: Value) throws -> Value {
        try emit(.constant(GradientBuilder.filled(0, dtype(of: v), try shape(of: v))), [], name: "zeros")
    }

    mutating func ones(like v: Value) throws -> Value {
        try emit(.constant(GradientBuilder.filled(1, dtype(of: v), try shape(of: v))), [], name: "ones")
    }

    private static func filled(_ x: Double, _ dtype: DType, _ shape: [Int]) -> Tensor {
        let count = shape.reduce(1, *)
        return dtype == .float32 ? Tensor(shape: shape, floats: Array(repeating: Float(x), count: count))
                                 : Tensor(shape: shape, doubles: Array(repeating: x, count: count))
    }

    /// The sum of gradient contributions, chained with `AddV2` in the order they arrived.
    mutating func sum(_ terms: [Value]) throws -> Value {
        guard var total = terms.first else {
            throw GraphError(node: scope, op: "AddV2", "internal: no gradient terms to add")
        }
        for t in terms.dropFirst() { total = try emit(.binary(.add), [total, t]) }
        return total
    }

    mutating func unary(_ u: UnaryOp, _ x: Value) throws -> Value { try emit(.unary(u), [x]) }
    mutating func binary(_ b: BinaryOp, _ x: Value, _ y: Value) throws -> Value { try emit(.binary(b), [x, y]) }

    /// `x` reshaped to `shape`, or `x` itself when it already has that shape.
    mutating func reshape(_ x: Value, to shape: [Int]) throws -> Value {
        try self.shape(of: x) == shape ? x : emit(.reshape(shape), [x])
    }

    /// Sums a broadcast gradient back to `shape` (the operand's): over the leading axes the operand
    /// lacks and over the axes where it has size 1, then reshaped to drop the leading ones.
    mutating func unbroadcast(_ g: Value, to shape: [Int]) throws -> Value {
        let gs = try self.shape(of: g)
        guard gs != shape else { return g }
        let lead = gs.count - shape.count
        let axes = gs.indices.filter { $0 < lead || (shape[$0 - lead] == 1 && gs[$0] != 1) }
        let summed = axes.isEmpty ? g : try emit(.reduce(.sum, axes: axes, keepDims: true), [g])
        return try reshape(summed, to: shape)
    }

    /// `g` of a reduction's output, reshaped so its reduced axes have size 1 (keepDims form).
    mutating func keptDims(_ g: Value, input shape: [Int], axes: [Int]) throws -> Value {
        let kept = shape.indices.map { axes.contains($0) ? 1 : shape[$0] }
        return try reshape(g, to: kept)
    }

    /// A rule's result must have its input's type; anything else is a bug in the rule.
    func checkGradient(_ dx: Value, for input: Value, of node: Node) throws {
        guard graph[dx] == graph[input] else {
            throw GraphError(node: node.name, op: node.op.name,
                             "internal: gradient of type \(graph[dx]) for an input of type \(graph[input])")
        }
    }
}
