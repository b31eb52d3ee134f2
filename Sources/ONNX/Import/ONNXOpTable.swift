import GraphIR

/// How one ONNX op of the default domain becomes GraphIR ops: the inputs and outputs it may
/// have, the attributes it knows, and its lowering, which appends primitives (an op, or a small
/// subgraph, as Glow's `Lower.cpp` does) and returns one value per ONNX output it computes.
struct ONNXOp: Sendable {
    var inputs: ClosedRange<Int>
    /// The outputs the lowering computes; a node may list fewer (optional outputs left off).
    var outputs: ClosedRange<Int>
    var attributes: Set<String>
    var lower: @Sendable (inout ONNXNode) throws -> [Value]

    init(inputs: ClosedRange<Int>, outputs: ClosedRange<Int> = 1...1, attributes: Set<String> = [],
         lower: @escaping @Sendable (inout ONNXNode) throws -> [Value]) {
        self.inputs = inputs
        self.outputs = outputs
        self.attributes = attributes
        self.lower = lower
    }

    /// An op with one output computed by `lower`.
    static func single(_ inputs: ClosedRange<Int>, _ attributes: Set<String> = [],
                       _ lower: @escaping @Sendable (inout ONNXNode) throws -> Value) -> ONNXOp {
        ONNXOp(inputs: inputs, attributes: attributes) { [try lower(&$0)] }
    }
}

/// The op table: every ONNX op GraphJIT imports, gathered from the family files.
let onnxOps: [String: ONNXOp] = {
    var table: [String: ONNXOp] = [:]
    for family in [elementwiseOps, convolutionOps, poolingOps, normalizationOps, productOps, shapeOps,
                   layoutOps, reductionOps, resizeOps] {
        table.merge(family) { old, _ in old }
    }
    return table
}()

/// The opsets of the default domain whose semantics the lowerings follow.
let supportedOpsets: ClosedRange<Int> = 6...21
