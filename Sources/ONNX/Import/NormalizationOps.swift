import GraphIR

/// Inference batch normalisation, instance and layer normalisation, and LRN, as composites.
let normalizationOps: [String: ONNXOp] = [
    "BatchNormalization": ONNXOp(inputs: 5...5, outputs: 1...5,
                                 attributes: ["epsilon", "momentum", "spatial", "is_test", "training_mode", "consumed_inputs"]) { n in
        guard try n.int("training_mode", default: 0) == 0 else {
            throw n.fail("training_mode = 1 is not supported (GraphJIT imports inference graphs)")
        }
        guard try n.int("spatial", default: 1) == 1 else { throw n.fail("spatial = 0 is not supported") }
        let x = try n.input(0), scale = try n.input(1), bias = try n.input(2), mean = try n.input(3), variance = try n.input(4)
        let r = try n.rank(0), dtype = n.type(x).dtype
        let eps = try n.scalar("epsilon", try n.float("epsilon", default: 1e-5), dtype)
        // y = x·f + (b - mean·f), f = scale / √(var + ε): per channel, channel axis 1.
        let factor = try n.add("factor", .binary(.mul), [scale, try n.add("rsqrt", .unary(.rsqrt), [try n.add("var_eps", .binary(.add), [variance, eps])])])
        let shift = try n.add("shift", .binary(.sub), [bias, try n.add("mean_factor", .binary(.mul), [mean, factor])])
        let perChannel = [-1] + Array(repeating: 1, count: max(r - 2, 0))
        let f = r > 2 ? try n.add("factor_nchw", .reshape(perChannel), [factor]) : factor
        let s = r > 2 ? try n.add("shift_nchw", .reshape(perChannel), [shift]) : shift
        let y = try n.result(.binary(.add), [try n.add("scaled", .binary(.mul), [x, f]), s])
        // Extra outputs (older opsets list them even in inference): the stored statistics.
        return [y, mean, variance, mean, variance]
    },
    "InstanceNormalization": .single(3...3, ["epsilon"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        guard r >= 3 else { throw n.fail("input must have rank 3 or more") }
        let perChannel = [-1] + Array(repeating: 1, count: r - 2)
        let scale = try n.add("scale_nchw", .reshape(perChannel), [try n.input(1)])
        let bias = try n.add("bias_nchw", .reshape(perChannel), [try n.input(2)])
        return try normalize(&n, x, axes: Array(2..<r), epsilon: try n.float("epsilon", default: 1e-5), scale: scale, bias: bias)
    },
    "LayerNormalization": ONNXOp(inputs: 2...3, outputs: 1...1, attributes: ["axis", "epsilon", "stash_type"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        let axis = try n.axis(try n.int("axis", default: -1), rank: r)
        return [try normalize(&n, x, axes: Array(axis..<r), epsilon: try n.float("epsilon", default: 1e-5),
                              scale: try n.input(1), bias: n.optionalInput(2))]
    },
    "LRN": .single(1...1, ["alpha", "beta", "bias", "size"]) { n in
        // y = x / (bias + α/size · Σ x²)^β, the sum over `size` neighbouring channels of each
        // pixel of each image: an average pool of x² over a window of channels.
        let x = try n.input(0), r = try n.rank(0)
        guard r == 4 else { throw n.fail("LRN needs an NCHW input (rank 4)") }
        let size = try n.int("size", default: 0)
        guard size >= 1 else { throw n.fail("attribute 'size' must be positive") }
        let dtype = n.type(x).dtype
        let alpha = try n.float("alpha", default: 1e-4), beta = try n.float("beta", default: 0.75), bias = try n.float("bias", default: 1)
        let square = try n.add("square", .unary(.square), [x])
        // The channel window is a pool along one axis: channels become the width of an image
        // [N, H·W, C, 1], padded with zeros, pooled with a 1 x size window.
        let nhwc = try n.add("nhwc", .transpose(NCHWLayout.toNHWC), [square])
        guard let s = n.type(x).shape, s[1] >= 0, s[2] >= 0, s[3] >= 0 else { throw n.fail("LRN needs the channel and spatial sizes to be known") }
        let columns = try n.add("channels_as_width", .reshape([-1, s[2] * s[3], s[1], 1]), [nhwc])
        let zero = try n.scalar("zero", 0, dtype)
        let before = (size - 1) / 2, after = size - 1 - before
        let padded = try n.add("pad", .pad(before: [0, 0, before, 0], after: [0, 0, after, 0], mode: .constant), [columns, zero])
        let window = PoolAttributes(kind: .avg, windowH: 1, windowW: size, strideH: 1, strideW: 1)
        // The pool runs over [N, H·W, C+size-1, 1]: height H·W, width the padded channels.
        let mean = try n.add("mean", .pool(window), [padded])
        let sum = try n.add("sum", .binary(.mul), [mean, try n.scalar("size", Double(size), dtype)])
        let back = try n.add("back", .reshape([-1, s[2], s[3], s[1]]), [sum])
        let sumNCHW = try n.add("sum_nchw", .transpose(NCHWLayout.toNCHW), [back])
        let base = try n.add("base", .binary(.add), [try n.scalar("bias", bias, dtype),
                                                      try n.add("scaled", .binary(.mul), [sumNCHW, try n.scalar("alpha", alpha / Double(size), dtype)])])
        let denominator = try n.add("power", .binary(.pow), [base, try n.scalar("beta", beta, dtype)])
        return try n.result(.binary(.div), [x, denominator])
    },
]

/// `(x - mean) / √(var + ε) · scale + bias` with the statistics over `axes`.
private func normalize(_ n: inout ONNXNode, _ x: Value, axes: [Int], epsilon: Double, scale: Value, bias: Value?) throws -> Value {
    let dtype = n.type(x).dtype
    let mean = try n.add("mean", .reduce(.mean, axes: axes, keepDims: true), [x])
    let centered = try n.add("centered", .binary(.sub), [x, mean])
    let variance = try n.add("variance", .reduce(.mean, axes: axes, keepDims: true), [try n.add("squared", .unary(.square), [centered])])
    let inv = try n.add("inv_std", .unary(.rsqrt), [try n.add("var_eps", .binary(.add), [variance, try n.scalar("epsilon", epsilon, dtype)])])
    let normalized = try n.add("normalized", .binary(.mul), [centered, inv])
    guard let bias else { return try n.result(.binary(.mul), [normalized, scale]) }
    return try n.result(.binary(.add), [try n.add("scaled", .binary(.mul), [normalized, scale]), bias])
}
