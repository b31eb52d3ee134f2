import GraphIR

/// Rewrites 3x3 stride-1 NHWC convolutions with a constant filter as Winograd's F(2x2, 3x3):
/// `output(input(x) · U)`, where `U = G g Gᵀ` is the filter's transform (computed here, once, by
/// the injected evaluator: generated code like every constant) and the 16 products of
/// `[tiles, C] x [C, F]` are one BatchMatMul. Each 2x2 output tile then costs 16 multiply-adds
/// per (input, output) channel pair instead of 36: 2.25 times fewer, for transforms that only
/// add. Inference only: the transforms have no gradient rule, and training graphs' filters are
/// variables, which this pass leaves alone.
///
/// Which convolutions are worth it is the target's kernels' business (`profitable`, injected by
/// the compiler); without it nothing is rewritten.
public struct WinogradLowering: GraphPass {
    /// Whether the target's kernels run this convolution (input NHWC shape, HWIO filter shape)
    /// faster as Winograd's transforms and products than directly.
    public typealias Profitable = (_ input: [Int], _ filter: [Int], _ dtype: DType) -> Bool

    public var evaluator: any ConstantEvaluator
    public var profitable: Profitable?

    public init(evaluator: any ConstantEvaluator, profitable: Profitable?) {
        self.evaluator = evaluator
        self.profitable = profitable
    }

    public var name: PassName { .winograd }

    /// G of F(2x2, 3x3), rows a = 0..3.
    static let g: [Float] = [1, 0, 0, 0.5, 0.5, 0.5, 0.5, -0.5, 0.5, 0, 0, 1]

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        // The convolutions to rewrite, with their transforms' geometry; each filter transformed once.
        var rewrites: [Int: WinogradAttributes] = [:]
        var filters: [Int: Int] = [:]  // filter node -> position in the evaluator's results
        for (i, node) in graph.nodes.enumerated() {
            guard let profitable, let attributes = Self.geometry(node, graph), profitable(
                graph[node.inputs[0]].shape ?? [], graph[node.inputs[1]].shape ?? [], node.types[0].dtype) else { continue }
            rewrites[i] = attributes
            if filters[node.inputs[1].node] == nil { filters[node.inputs[1].node] = filters.count }
        }
        guard !rewrites.isEmpty else { return PassResult(graph: graph, valueMap: .identity(of: graph), kept: kept) }

        // U[a,b,c,f] = Σ_ij G[a,i] g[i,j,c,f] G[b,j], as two products with G and the moves
        // between them, for every filter in one evaluation.
        var sub = Graph()
        var fetch = Array(repeating: Value(node: 0), count: filters.count)
        let gMatrix = try sub.add("winograd/G", .constant(Tensor(shape: [4, 3], floats: Self.g)))
        for (filter, position) in filters.sorted(by: { $0.value < $1.value }) {
            guard case .constant(let t) = graph.nodes[filter].op, t.shape.count == 4, t.dtype == .float32 else {
                throw PassError(pass: name, "internal: the filter '\(graph.nodes[filter].name)' to transform is not a float32 rank-4 constant")
            }
            let (c, f) = (t.shape[2], t.shape[3])
            let stem = "\(graph.nodes[filter].name)/winograd"
            let g0 = try sub.add(stem + "/filter", .constant(t))
            let rows = try sub.add(stem + "/rows", .matMul(transposeA: false, transposeB: false),
                                   [gMatrix, try sub.add(stem + "/by_i", .reshape([3, 3 * c * f]), [g0])])  // [a, (j, c, f)]
            let byJ = try sub.add(stem + "/by_j", .transpose([1, 0, 2]), [try sub.add(stem + "/a_j", .reshape([4, 3, c * f]), [rows])])
            let both = try sub.add(stem + "/both", .matMul(transposeA: false, transposeB: false),
                                   [gMatrix, try sub.add(stem + "/by_j2", .reshape([3, 4 * c * f]), [byJ])])  // [b, (a, c, f)]
            let ab = try sub.add(stem + "/ab", .transpose([1, 0, 2, 3]), [try sub.add(stem + "/b_a", .reshape([4, 4, c, f]), [both])])
            fetch[position] = try sub.add(stem + "/u", .reshape([16, c, f]), [ab])
        }
        let transformed = try evaluateConstants(evaluator, sub, fetch: fetch, pass: name,
                                                what: "transforming \(filters.count) convolution filters")

        var r = GraphRebuilder(graph, pass: name)
        var uValue: [Int: Value] = [:]
        for (i, node) in graph.nodes.enumerated() {
            guard let attributes = rewrites[i], let position = filters[node.inputs[1].node] else {
                try r.copy(i)
                continue
            }
            let filter = node.inputs[1].node
            let u = try uValue[filter] ?? r.insert("\(graph.nodes[filter].name)/winograd", .constant(transformed[position]), [])
            uValue[filter] = u
            var input = attributes
            input.stage = .input
            let tiles = try r.insert("\(node.name)/winograd_input", .winograd(input), [try r.mapped(node.inputs[0])])
            let products = try r.insert("\(node.name)/winograd_products", .batchMatMul(adjX: false, adjY: false), [tiles, u])
            try r.copy(i, op: .winograd(attributes), inputs: [products])
        }
        return try r.finish(keeping: kept)
    }

    /// The output transform's attributes when `node` is a convolution this pass can rewrite: 3x3,
    /// stride 1, no dilation, NHWC, ungrouped and unpacked, a float32 constant filter, padding
    /// before the image of at most 2 (so every tile's patch starts at most 2 before it).
    static func geometry(_ node: Node, _ graph: Graph) -> WinogradAttributes? {
        guard case .conv2D(let c) = node.op, c.dataFormat == .nhwc, c.filterBlock == 0, c.strideH == 1, c.strideW == 1,
              c.dilationH == 1, c.dilationW == 1, node.types[0].dtype == .float32,
              case .constant = graph.nodes[node.inputs[1].node].op, node.inputs[1].output == 0,
              let xs = graph[node.inputs[0]].shape, let fs = graph[node.inputs[1]].shape, xs.count == 4,
              fs.count == 4, fs[0] == 3, fs[1] == 3, fs[2] == xs[3],
              let out = node.types[0].shape, out.count == 4,
              let gh = try? AxisGeometry(input: xs[1], window: 3, stride: 1, padding: c.padding, isHeight: true),
              let gw = try? AxisGeometry(input: xs[2], window: 3, stride: 1, padding: c.padding, isHeight: false),
              (0...2).contains(gh.padBefore), (0...2).contains(gw.padBefore), gh.output == out[1], gw.output == out[2]
        else { return nil }
        return WinogradAttributes(stage: .output, padTop: gh.padBefore, padLeft: gw.padBefore, height: out[1], width: out[2])
    }
}
