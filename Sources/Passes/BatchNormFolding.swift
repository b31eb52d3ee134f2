import GraphIR

/// Folds inference batch norm (and any other per-channel scale and shift) into the convolution
/// before it: `Conv2D(x, W)` followed by a chain of `BiasAdd(·, b)`, `Mul(·, m)`, `Add(·, c)` /
/// `AddV2` and `Sub(·, c)` with constant per-output-channel operands (shape `[F]`, `[1,1,1,F]`,
/// `[F,1,1]` in NCHW, or a scalar) becomes `BiasAdd(Conv2D(x, W·s), t)`, where the chain is the
/// affine map `y = conv·s + t`. This is what constant folding leaves of Keras 3's batch norm
/// (`Mul` by `gamma·rsqrt(var+eps)`, then `AddV2` of `beta - mean·that`) and of the
/// `FusedBatchNorm` composite; depthwise and grouped convolutions fold alike (the filter's last
/// axis is always the output channel). With the bias fused into the convolution's epilogue, the
/// activation after it joins the same kernel.
///
/// The pass only builds the arithmetic: `s`, `t` and `W·s` are new nodes over the constants
/// (reshaped to `[F]`), which the constant folding that follows evaluates with generated code.
/// The filter must be a constant (so this runs after folding), and every node of the chain but
/// the last must have no other reader and not be kept; the last keeps its name.
public struct BatchNormFolding: GraphPass {
    public init() {}
    public var name: PassName { .batchNormFolding }

    /// One affine step of the chain, with its constant operand.
    private enum Step {
        case scale(Value)
        case shift(Value)
        case negativeShift(Value)
    }

    private struct Chain {
        let conv: Int
        let end: Int
        let steps: [Step]
    }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        let keptNodes = Set(kept.map(\.node)), consumers = graph.consumers()
        var chainEnds: [Int: Chain] = [:], folded = Set<Int>()
        for i in graph.nodes.indices {
            guard let chain = Self.chain(from: i, in: graph, consumers: consumers, kept: keptNodes) else { continue }
            chainEnds[chain.end] = chain
            folded.insert(chain.conv)
            var k = chain.conv
            while k != chain.end, let next = consumers[k].first { folded.insert(next); k = next }
        }
        var rebuilder = GraphRebuilder(graph, pass: name)
        for i in graph.nodes.indices {
            if let chain = chainEnds[i] {
                try rewrite(chain, graph, &rebuilder)
            } else if !folded.contains(i) {
                try rebuilder.copy(i)
            }
        }
        return try rebuilder.finish(keeping: kept)
    }

    /// The foldable chain starting at convolution `i`, or nil.
    private static func chain(from i: Int, in graph: Graph, consumers: [[Int]], kept: Set<Int>) -> Chain? {
        let conv = graph.nodes[i]
        guard case .conv2D(let a) = conv.op, a.filterBlock == 0, case .constant = graph.nodes[conv.inputs[1].node].op,
              conv.types[0].dtype.isFloatingPoint, let shape = conv.types[0].shape, shape.count == 4,
              let filters = graph[conv.inputs[1]].shape?.last else { return nil }
        var steps: [Step] = [], current = i, end = i
        while consumers[current].count == 1 {
            let next = graph.nodes[consumers[current][0]]
            guard next.types == conv.types,
                  let step = affineStep(next, from: Value(node: current), format: a.dataFormat, filters: filters, in: graph)
            else { break }
            steps.append(step)
            current = consumers[current][0]
            end = current
            if kept.contains(current) { break }
        }
        // Only a chain that multiplies or merges shifts gains anything.
        let scales = steps.filter { if case .scale = $0 { return true } else { return false } }.count
        guard !kept.contains(i), scales > 0 || steps.count > 1 else { return nil }
        return Chain(conv: i, end: end, steps: steps)
    }

    /// `node` as a step of the chain whose previous value is `input`, or nil.
    private static func affineStep(_ node: Node, from input: Value, format: DataFormat, filters: Int, in graph: Graph) -> Step? {
        func perChannel(_ v: Value) -> Value? {
            guard case .constant(let t) = graph.nodes[v.node].op, t.dtype == graph[input].dtype, t.shape.count <= 4 else { return nil }
            let padded = Array(repeating: 1, count: 4 - t.shape.count) + t.shape
            let channel = format.axes.c
            let ok = padded.indices.allSatisfy { $0 == channel ? padded[$0] == 1 || padded[$0] == filters : padded[$0] == 1 }
            return ok ? v : nil
        }
        /// The constant operand of a commutative op whose other operand is `input`.
        func other() -> Value? {
            if node.inputs[0] == input, node.inputs[1] != input { return perChannel(node.inputs[1]) }
            if node.inputs[1] == input, node.inputs[0] != input { return perChannel(node.inputs[0]) }
            return nil
        }
        switch node.op {
        case .biasAdd(let f) where f == format && node.inputs[0] == input:
            guard case .constant(let t) = graph.nodes[node.inputs[1].node].op, t.shape == [filters] else { return nil }
            return .shift(node.inputs[1])
        case .binary(.mul): return other().map(Step.scale)
        case .binary(.add): return other().map(Step.shift)
        case .binary(.sub) where node.inputs[0] == input && node.inputs[1] != input:
            return perChannel(node.inputs[1]).map(Step.negativeShift)
        default:
            return nil
        }
    }

    /// `BiasAdd(Conv2D(x, W·s), t)`, with `s` and `t` built from the steps in order.
    private func rewrite(_ chain: Chain, _ graph: Graph, _ r: inout GraphRebuilder) throws {
        let conv = graph.nodes[chain.conv], end = graph.nodes[chain.end]
        guard case .conv2D(let a) = conv.op, let filters = graph[conv.inputs[1]].shape?.last else {
            throw PassError(pass: name, "internal: '\(conv.name)' is not a convolution")
        }
        let base = end.name + "/bn_fold"
        /// A constant of the chain as a vector of `filters` values.
        func vector(_ v: Value) throws -> Value {
            let flat = try r.insert("\(base)/vector", .reshape([graph[v].elementCount ?? 1]), [try r.mapped(v)])
            return graph[v].elementCount == filters ? flat : try r.insert("\(base)/broadcast", .broadcastTo([filters]), [flat])
        }
        var scale: Value?, shift: Value?
        for step in chain.steps {
            switch step {
            case .scale(let m):
                let m = try vector(m)
                scale = try scale.map { try r.insert("\(base)/scale", .binary(.mul), [$0, m]) } ?? m
                shift = try shift.map { try r.insert("\(base)/shift", .binary(.mul), [$0, m]) }
            case .shift(let c):
                let c = try vector(c)
                shift = try shift.map { try r.insert("\(base)/shift", .binary(.add), [$0, c]) } ?? c
            case .negativeShift(let c):
                let c = try vector(c)
                shift = try shift.map { try r.insert("\(base)/shift", .binary(.sub), [$0, c]) }
                    ?? r.insert("\(base)/shift", .unary(.neg), [c])
            }
        }
        var filter = try r.mapped(conv.inputs[1])
        if let scale { filter = try r.insert("\(base)/filter", .binary(.mul), [filter, scale]) }
        let x = try r.mapped(conv.inputs[0])
        // The chain's last node keeps its name (and whoever reads or keeps it).
        guard let shift else { return try r.copy(chain.end, op: .conv2D(a), inputs: [x, filter]) }
        let folded = try r.insert("\(conv.name)/bn_folded", .conv2D(a), [x, filter])
        try r.copy(chain.end, op: .biasAdd(a.dataFormat), inputs: [folded, shift])
    }
}
