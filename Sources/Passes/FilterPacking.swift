import GraphIR

/// Packs the constant filter of each NHWC convolution whose kernel reads the filter one block of
/// k output channels at a time into `[F/k, KH, KW, C, k]` (`Conv2DAttributes.filterBlock`): each
/// block becomes one contiguous stream instead of k of every F elements, which for F >= 512 lie a
/// page or more apart, where the hardware prefetchers stop (ResNet50's weight-bound 7x7 layers ran
/// 10-20% faster packed). Inference only: a packed convolution has no gradient rule.
///
/// The block width is the target's kernel's (`blockWidth`, injected by the compiler, which knows
/// the kernels); without it nothing is packed. The packed filters are computed by the injected
/// evaluator in one call (Reshape and Transpose, generated code like every other constant).
public struct FilterPacking: GraphPass {
    /// The output channels per block that the target's kernel for a convolution of this input and
    /// (HWIO) filter shape computes, or nil when its kernel does not go by channel blocks.
    public typealias BlockWidth = (_ attributes: Conv2DAttributes, _ input: [Int], _ filter: [Int], _ dtype: DType) -> Int?

    public var evaluator: any ConstantEvaluator
    public var blockWidth: BlockWidth?

    public init(evaluator: any ConstantEvaluator, blockWidth: BlockWidth?) {
        self.evaluator = evaluator
        self.blockWidth = blockWidth
    }

    public var name: PassName { .filterPacking }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        // The convolutions to pack, with their block width; each (filter, width) is packed once.
        var width: [Int: Int] = [:]
        var packings: [Packing: Int] = [:]  // -> position in the evaluator's results
        for (i, node) in graph.nodes.enumerated() {
            guard case .conv2D(let c) = node.op, c.filterBlock == 0, c.dataFormat == .nhwc, let blockWidth,
                  node.inputs[1].output == 0, case .constant = graph.nodes[node.inputs[1].node].op,
                  let xs = graph[node.inputs[0]].shape, let fs = graph[node.inputs[1]].shape, fs.count == 4,
                  let k = blockWidth(c, xs, fs, node.types[0].dtype),
                  k > 0, k < fs[3] else { continue }
            width[i] = k
            let packing = Packing(filter: node.inputs[1].node, block: k)
            if packings[packing] == nil { packings[packing] = packings.count }
        }
        // [KH,KW,C,F] -> [KH,KW,C,F',k] (F' = F padded with zero filters to whole blocks) ->
        // [F'/k,KH,KW,C,k], all in one evaluation.
        var sub = Graph()
        var fetch = Array(repeating: Value(node: 0), count: packings.count)
        for (packing, position) in packings.sorted(by: { $0.value < $1.value }) {
            let filter = graph.nodes[packing.filter]
            guard case .constant(let t) = filter.op, t.shape.count == 4 else {
                throw PassError(pass: name, "internal: the filter '\(filter.name)' to pack is not a rank-4 constant")
            }
            let k = packing.block
            let stem = "\(filter.name)/pack\(k)"
            var source = try sub.add(stem + "/filter", .constant(t))
            let padding = Conv2DAttributes.filterPadding(filters: t.shape[3], block: k)
            if padding > 0 {
                let zero = try sub.add(stem + "/zero", .constant(try Tensor(zeros: t.dtype, shape: [])))
                source = try sub.add(stem + "/padded", .pad(before: [0, 0, 0, 0], after: [0, 0, 0, padding], mode: .constant), [source, zero])
            }
            let split = try sub.add(stem + "/blocks", .reshape([t.shape[0], t.shape[1], t.shape[2], (t.shape[3] + padding) / k, k]), [source])
            fetch[position] = try sub.add(stem, .transpose([3, 0, 1, 2, 4]), [split])
        }
        let packed = try evaluateConstants(evaluator, sub, fetch: fetch, pass: name,
                                           what: "packing \(packings.count) convolution filters")

        var r = GraphRebuilder(graph, pass: name)
        var packedValue: [Packing: Value] = [:]
        for (i, node) in graph.nodes.enumerated() {
            guard let k = width[i], case .conv2D(var c) = node.op else {
                try r.copy(i)
                continue
            }
            let packing = Packing(filter: node.inputs[1].node, block: k)
            guard let position = packings[packing] else { throw PassError(pass: name, "internal: '\(node.name)' lost its packing") }
            let filter = try packedValue[packing]
                ?? r.insert("\(graph.nodes[packing.filter].name)/packed\(k)", .constant(packed[position]), [])
            packedValue[packing] = filter
            c.filterBlock = k
            c.filterPadding = Conv2DAttributes.filterPadding(filters: graph[node.inputs[1]].shape?[3] ?? 0, block: k)
            try r.copy(i, op: .conv2D(c), inputs: [try r.mapped(node.inputs[0]), filter])
        }
        return try r.finish(keeping: kept)
    }

    private struct Packing: Hashable {
        let filter: Int
        let block: Int
    }
}
