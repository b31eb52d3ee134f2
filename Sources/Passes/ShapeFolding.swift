import GraphIR

/// Resolves shapes the graph computes, once its inputs' shapes are static: `Shape` of a static
/// tensor becomes a constant, constant folding computes what follows from it (StridedSlice, Pack,
/// GatherV2, Prod, ...; generated code, like any folding), and a `dynamicReshape` or
/// `dynamicBroadcast` whose shape input is then a constant becomes the static op, which fixes the
/// shapes after it. Repeated until nothing changes, since a resolved reshape can make the next
/// `Shape` static (Keras' tensordot reshapes twice).
///
/// The compiler runs it right after binding the input shapes, before any other pass: it is part
/// of specialisation. A computed shape that still depends on run-time values at the end is an
/// error naming the node: GraphJIT compiles for static shapes.
public struct ShapeFolding: GraphPass {
    public var evaluator: any ConstantEvaluator
    public var byteLimit: Int

    public init(evaluator: any ConstantEvaluator, byteLimit: Int = ConstantFolding.defaultByteLimit) {
        self.evaluator = evaluator
        self.byteLimit = byteLimit
    }

    public var name: PassName { .shapeFolding }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        var current = PassResult(graph: graph, valueMap: .identity(of: graph), kept: kept)
        func apply(_ step: PassResult) {
            current = PassResult(graph: step.graph, valueMap: current.valueMap.then(step.valueMap), kept: step.kept)
        }
        while current.graph.nodes.contains(where: { $0.op.isComputedShape }) {
            let shapes = try staticShapesAsConstants(current.graph, keeping: current.kept)
            apply(shapes.result)
            apply(try ConstantFolding(evaluator: evaluator, byteLimit: byteLimit).run(current.graph, keeping: current.kept))
            let resolved = try resolveDynamicOps(current.graph, keeping: current.kept)
            apply(resolved.result)
            if shapes.changed == 0 && resolved.changed == 0 { break }
        }
        let placeholdersStatic = current.graph.placeholders.allSatisfy { current.graph.nodes[$0].types.allSatisfy(\.isStatic) }
        if placeholdersStatic, let stuck = current.graph.nodes.first(where: { $0.op.takesComputedTarget }) {
            throw PassError(pass: name, "node '\(stuck.name)' (\(stuck.op.name)): its target shape depends on run-time values, not only on shapes; GraphJIT compiles for shapes known at compile time")
        }
        return current
    }

    /// `Shape` of a tensor whose shape is static: a constant (the shape is metadata: no tensor
    /// value is read).
    private func staticShapesAsConstants(_ graph: Graph, keeping kept: [Value]) throws -> (result: PassResult, changed: Int) {
        var rebuilder = GraphRebuilder(graph, pass: name)
        var changed = 0
        for (i, node) in graph.nodes.enumerated() {
            if case .shape(let outType) = node.op, let dims = graph[node.inputs[0]].shape, graph[node.inputs[0]].isStatic {
                try rebuilder.copy(i, op: .constant(Tensor(shapeVector: dims, outType)), inputs: [])
                changed += 1
            } else {
                try rebuilder.copy(i)
            }
        }
        return (try rebuilder.finish(keeping: kept), changed)
    }

    /// Dynamic reshapes, broadcasts and transposes whose target input is a constant become static ops.
    private func resolveDynamicOps(_ graph: Graph, keeping kept: [Value]) throws -> (result: PassResult, changed: Int) {
        var rebuilder = GraphRebuilder(graph, pass: name)
        var changed = 0
        for (i, node) in graph.nodes.enumerated() {
            guard node.op.takesComputedTarget, case .constant(let t) = graph.nodes[node.inputs[1].node].op,
                  let op = node.op.resolved(target: (0..<t.elementCount).map { t.int(at: $0) }) else {
                try rebuilder.copy(i)
                continue
            }
            do {
                try rebuilder.copy(i, op: op, inputs: [try rebuilder.mapped(node.inputs[0])])
            } catch let e as GraphError {
                throw PassError(pass: name, "node '\(node.name)' (\(node.op.name)): \(e.message)")
            }
            changed += 1
        }
        return (try rebuilder.finish(keeping: kept), changed)
    }
}

extension Op {
    /// The static op a dynamic reshape, broadcast or transpose becomes once its shape (or
    /// permutation) input holds `target`; nil for every other op.
    func resolved(target: [Int]) -> Op? {
        guard isComputedShape else { return nil }
        if self == .dynamicReshape { return .reshape(target) }
        if self == .dynamicBroadcast { return .broadcastTo(target) }
        // TensorFlow accepts negative entries, counted from the end.
        if self == .dynamicTranspose { return .transpose(target.map { $0 < 0 ? $0 + target.count : $0 }) }
        return nil  // Shape: a value the pass folds, not an op waiting for its target
    }

    /// A reshape, broadcast or transpose whose target is its second input, a tensor.
    var takesComputedTarget: Bool { resolved(target: []) != nil }

    /// Ops whose result or shape the `shapes` pass resolves.
    var isComputedShape: Bool {
        switch self {
        case .shape, .dynamicReshape, .dynamicBroadcast, .dynamicTranspose: return true
        case .placeholder, .constant, .identity, .unary, .binary, .matMul, .conv2D, .pool, .biasAdd, .softmax, .reshape,
             .reduce, .variable, .assign, .dropout, .randomUniform, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy,
             .argMax, .compare, .select, .cast, .broadcastTo, .transpose, .reverse, .conv2DBackpropInput,
             .conv2DBackpropFilter, .maxPoolGrad, .avgPoolGrad, .splat, .range, .resize, .resizeGrad, .winograd, .logSoftmax, .batchMatMul, .truncatingCast, .pad, .concat, .split, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .pack, .unpack, .gather, .gatherGrad:
            return false
        }
    }
}
