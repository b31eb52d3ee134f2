import GraphIR

/// A TensorFlow node imported as a small subgraph of primitive ops (Glow's `Lower.cpp` idea, done
/// at import): Relu6 is `min(max(x, 0), 6)`, SquaredDifference is `(a - b)²`, inference batch norm
/// is a multiply and an add. The IR stays small and every later stage (shape rules, fusion,
/// gradients, folding) sees only primitives.
///
/// A builder reads the node's attributes from its `NodeContext`, then returns the recipe, which
/// runs once the context is gone (so the graph it appends to is not shared and does not copy).
struct Composite: Sendable {
    var emit: @Sendable (inout SubgraphBuilder) throws -> Value
    init(_ emit: @escaping @Sendable (inout SubgraphBuilder) throws -> Value) { self.emit = emit }
}

/// What an op builder returns: one op over the node's operands, or a composite.
enum Lowering: Sendable {
    case op(Op)
    case composite(Composite)
    /// One op over all the node's data inputs, the `folded` ones included: an op whose attribute
    /// input is not a constant yet (a Reshape whose shape is computed from `Shape`).
    case opOverAllInputs(Op)
}

/// Appends the nodes of one composite. Inner nodes are named `NODE/suffix` (made unique); the
/// result, added with `output`, carries the TensorFlow node's own name, so `--output NODE` and
/// every consumer find it.
struct SubgraphBuilder {
    /// The TensorFlow node's name and op, for names and errors.
    let name: String
    let op: String
    /// The node's data inputs that are not folded into attributes, in order.
    let operands: [Value]
    /// All the node's data inputs, folded ones included.
    let inputs: [Value]
    var graph: Graph
    /// Names of the file's own nodes, which inner nodes must not take.
    let reserved: Set<String>
    private(set) var hasOutput = false
    /// Further outputs of the TensorFlow node that consumers may read (`NODE:k`, k >= 1), as values
    /// of the graph (FusedBatchNorm's batch_mean is its mean input in inference).
    var extraOutputs: [Int: Value] = [:]
    /// Outputs that exist in TensorFlow but that GraphJIT does not compute, with the reason a
    /// consumer of one is told.
    var refusedOutputs: [Int: String] = [:]

    init(name: String, op: String, operands: [Value], inputs: [Value], graph: Graph, reserved: Set<String>) {
        self.name = name
        self.op = op
        self.operands = operands
        self.inputs = inputs
        self.graph = graph
        self.reserved = reserved
    }

    func type(_ v: Value) -> TensorType { graph[v] }

    /// Adds an inner node.
    @discardableResult
    mutating func add(_ suffix: String, _ op: Op, _ inputs: [Value]) throws -> Value {
        try adding(graph.uniqueName("\(name)/\(suffix)", avoiding: reserved), op, inputs)
    }

    /// Adds a constant inner node.
    mutating func constant(_ suffix: String, _ t: Tensor) throws -> Value {
        try add(suffix, .constant(t), [])
    }

    /// A scalar constant of a floating-point or integer dtype.
    mutating func scalar(_ suffix: String, _ x: Double, _ dtype: DType) throws -> Value {
        try constant(suffix, try Tensor(scalar: x, dtype))
    }

    /// Adds the composite's result, named as the TensorFlow node.
    mutating func output(_ op: Op, _ inputs: [Value]) throws -> Value {
        hasOutput = true
        return try adding(name, op, inputs)
    }

    private mutating func adding(_ nodeName: String, _ op: Op, _ inputs: [Value]) throws -> Value {
        do {
            return try graph.add(nodeName, op, inputs)
        } catch let e as GraphError {
            throw GraphError(node: name, op: self.op, e.message)
        }
    }

    func fail(_ message: String) -> GraphError { GraphError(node: name, op: op, message) }
}
