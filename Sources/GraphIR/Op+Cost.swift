/// Floating-point work per op, for `graphjit bench`'s GFLOP/s: one exhaustive switch, so a new op
/// must say what it costs. A multiply-add counts as two operations (the convention papers and
/// onnxruntime use: ResNet-50 is about 8.2 GFLOP at 224x224); element-wise ops, reductions and
/// pooling count one per element they read or write; data movement and constants count nothing.
extension Op {
    public func flops(inputs: [TensorType], outputs: [TensorType]) -> Double {
        func elements(_ t: TensorType?) -> Double { Double(t?.elementCount ?? 0) }
        func dims(_ t: TensorType?) -> [Int] { t?.shape ?? [] }
        let out = elements(outputs.first)
        switch self {
        case .placeholder, .constant, .identity, .reshape, .variable, .assign, .dropout, .broadcastTo, .transpose,
             .reverse, .cast, .shape, .dynamicReshape, .dynamicBroadcast, .dynamicTranspose, .splat, .range, .pad, .concat, .split, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .pack, .unpack, .gather, .gatherGrad:
            return 0
        case .unary, .binary, .compare, .select, .biasAdd, .randomUniform:
            return out
        case .matMul(let ta, _):
            let a = dims(inputs.first)
            guard a.count == 2 else { return 0 }
            return 2 * out * Double(ta ? a[0] : a[1])
        case .conv2D(let c):
            // Filter [KH, KW, C, F]: each output element sums KH·KW·C products.
            let stored = dims(inputs.count > 1 ? inputs[1] : nil)
            return 2 * out * Double((c.hwioFilterShape(stored) ?? stored).dropLast().reduce(1, *))
        case .conv2DBackpropInput:
            let filter = dims(inputs.first), dy = elements(inputs.count > 1 ? inputs[1] : nil)
            return 2 * dy * Double(filter.dropLast().reduce(1, *))
        case .conv2DBackpropFilter:
            let filter = dims(outputs.first), dy = elements(inputs.count > 1 ? inputs[1] : nil)
            return 2 * dy * Double(filter.dropLast().reduce(1, *))
        case .pool(let p):
            return out * Double(p.windowH * p.windowW)
        case .maxPoolGrad(let p), .avgPoolGrad(let p, _):
            return elements(inputs.last) * Double(p.windowH * p.windowW)
        case .softmax, .reduce, .argMax, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy, .logSoftmax:
            return elements(inputs.first)
        case .truncatingCast:
            return 0
        case .winograd(let w):
            // Input: 4x4 tiles, each of 16 outputs a sum of 4 of the patch's rows sums (about 2
            // additions per output element); output: 24 additions per 2x2 tile from 16 inputs.
            return w.stage == .input ? 2 * out : 1.5 * elements(inputs.first)
        case .resize, .resizeGrad:
            // Bilinear: four products and sums per element of the larger side.
            return 4 * max(out, elements(inputs.first))
        case .batchMatMul(let adjX, _):
            // Each output element sums `inner` products; inner is A's last axis (or the one before with adj_x).
            let a = dims(inputs.first)
            guard a.count >= 2 else { return 0 }
            return 2 * out * Double(adjX ? a[a.count - 2] : a[a.count - 1])
        }
    }
}

extension Graph {
    /// The graph's floating-point work for its current shapes (unknown shapes count nothing).
    public var flops: Double { flops(of: nodes.indices) }

    /// The work of the nodes at `indices` (a kernel's nodes, for the per-kernel profile).
    public func flops<S: Sequence>(of indices: S) -> Double where S.Element == Int {
        indices.reduce(0) { sum, i in sum + nodes[i].op.flops(inputs: nodes[i].inputs.map { self[$0] }, outputs: nodes[i].types) }
    }
}
