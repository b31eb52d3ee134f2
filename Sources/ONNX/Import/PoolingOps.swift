import GraphIR

/// MaxPool, AveragePool and the global pools, over NHWC (`NCHWLayout`); dilated windows, which
/// GraphIR's pool does not have, as a composite of strided slices (`dilatedPool`).
let poolingOps: [String: ONNXOp] = [
    "MaxPool": ONNXOp(inputs: 1...1, outputs: 1...1,
                      attributes: ["kernel_shape", "strides", "dilations", "pads", "auto_pad", "ceil_mode", "storage_order"]) { n in
        let x = try n.input(0)
        if n.type(x).rank == 5 { return [try n.pool3D(x, kind: .max, ceilMode: try n.int("ceil_mode", default: 0) != 0, includePad: false)] }
        let s = try SpatialAttributes(n, input: n.type(x).shape, ceilMode: try n.int("ceil_mode", default: 0) != 0)
        guard try n.int("storage_order", default: 0) == 0 else { throw n.fail("storage_order = 1 (column-major indices) is not supported") }
        if s.dilationH > 1 || s.dilationW > 1 { return [try dilatedPool(&n, x, s, .max, countedPads: nil)] }
        let attrs = PoolAttributes(kind: .max, windowH: s.kernelH, windowW: s.kernelW, strideH: s.strideH,
                                   strideW: s.strideW, padding: s.padding)
        return [try n.spatial2D(x) { n, image in try n.add("pool", .pool(attrs), [image]) }]
    },
    "AveragePool": .single(1...1, ["kernel_shape", "strides", "dilations", "pads", "auto_pad", "ceil_mode",
                                   "count_include_pad"]) { n in
        let x = try n.input(0)
        let ceil = try n.int("ceil_mode", default: 0) != 0
        let includePad = try n.int("count_include_pad", default: 0) != 0
        if n.type(x).rank == 5 { return try n.pool3D(x, kind: .avg, ceilMode: ceil, includePad: includePad) }
        let s = try SpatialAttributes(n, input: n.type(x).shape, ceilMode: ceil)
        // GraphIR's average divides by the window's pixels inside the (padded) image. Padding that
        // counts (count_include_pad) is made part of the image, as zeros; the end padding ceil
        // mode adds never counts.
        let plain = try SpatialAttributes(n, input: n.type(x).shape, ceilMode: false).explicitPads
        if s.dilationH > 1 || s.dilationW > 1 { return try dilatedPool(&n, x, s, .avg, countedPads: includePad ? plain : nil) }
        return try n.spatial2D(x) { n, image in
            var input = image, padding = s.padding
            if includePad && s.paddingIsExplicit && (plain.top + plain.bottom + plain.left + plain.right) > 0 {
                let zero = try n.scalar("zero", 0, n.type(image).dtype)
                input = try n.add("pad", .pad(before: [0, plain.top, plain.left, 0], after: [0, plain.bottom, plain.right, 0],
                                              mode: .constant), [image, zero])
                let p = s.explicitPads
                let rest = (p.bottom - plain.bottom, p.right - plain.right)
                padding = rest == (0, 0) ? .valid : .explicit(top: 0, bottom: rest.0, left: 0, right: rest.1)
            }
            let attrs = PoolAttributes(kind: .avg, windowH: s.kernelH, windowW: s.kernelW, strideH: s.strideH,
                                       strideW: s.strideW, padding: padding)
            return try n.add("pool", .pool(attrs), [input])
        }
    },
    "GlobalAveragePool": .single(1...1) { n in try globalPool(&n, .mean) },
    "GlobalMaxPool": .single(1...1) { n in try globalPool(&n, .max) },
]

/// A pool whose window is dilated, in NCHW as it is (a 1-D `[N,C,L]` as `[N,C,1,L]`): the input
/// padded (max: with -infinity; average: with zeros), one strided slice per window tap, all of
/// whose elements are that tap of some output, then their maximum or sum. The average divides
/// by the number of taps inside the image, or inside the image and `countedPads` with
/// count_include_pad: the same slices of a padded mask of ones, which constant folding turns into
/// one tensor at compile time.
private func dilatedPool(_ n: inout ONNXNode, _ x: Value, _ s: SpatialAttributes, _ kind: PoolKind,
                         countedPads: (top: Int, bottom: Int, left: Int, right: Int)?) throws -> Value {
    guard let rank = n.type(x).rank, let shape = n.type(x).shape else { throw n.fail("the rank of the input is unknown") }
    let dtype = n.type(x).dtype
    guard dtype.isFloatingPoint else { throw n.fail("dilated pooling of \(dtype) is not supported") }
    let image = rank == 3 ? try n.add("as_2d", .expandDims(axis: 2), [x]) : x
    let (h, w) = rank == 3 ? (1, shape[2]) : (shape[2], shape[3])
    guard h >= 0, w >= 0 else { throw n.fail("dilated pooling needs the input's spatial size to be known") }
    let p = s.explicitPads
    let outH = (h + p.top + p.bottom - (s.kernelH - 1) * s.dilationH - 1) / s.strideH + 1
    let outW = (w + p.left + p.right - (s.kernelW - 1) * s.dilationW - 1) / s.strideW + 1
    guard outH > 0, outW > 0 else { throw n.fail("the window is larger than the padded input") }
    let before = [0, 0, p.top, p.left], after = [0, 0, p.bottom, p.right]
    let fill = try n.scalar("fill", kind == .max ? -Double.infinity : 0, dtype)
    let padded = try n.add("padded", .pad(before: before, after: after, mode: .constant), [image, fill])
    /// Every window tap of `v` (padded as the image is), one strided slice each.
    func taps(_ n: inout ONNXNode, _ v: Value, _ name: String) throws -> [Value] {
        var slices: [Value] = []
        for i in 0..<s.kernelH {
            for j in 0..<s.kernelW {
                let (y0, x0) = (i * s.dilationH, j * s.dilationW)
                let spec = StridedSliceSpec(begin: [0, 0, y0, x0], end: [0, 0, y0 + (outH - 1) * s.strideH + 1, x0 + (outW - 1) * s.strideW + 1],
                                            strides: [1, 1, s.strideH, s.strideW], beginMask: 0b11, endMask: 0b11)
                slices.append(try n.add("\(name)\(i)_\(j)", .stridedSlice(spec), [v]))
            }
        }
        return slices
    }
    /// The taps combined pairwise in order (the kernel has at least one tap).
    func combined(_ n: inout ONNXNode, _ values: [Value], _ op: BinaryOp, _ name: String) throws -> Value {
        var acc = values[0]
        for v in values.dropFirst() { acc = try n.add(name, .binary(op), [acc, v]) }
        return acc
    }
    let windows = try taps(&n, padded, "tap")
    var total = try combined(&n, windows, kind == .max ? .maximum : .add, "combined")
    if kind == .avg {
        // The count per output: the taps of ones inside the image (and the padding that counts).
        let one = try n.scalar("one", 1, dtype)
        let ones = try n.add("ones", .broadcastTo([1, 1, h, w]), [one])
        var mask = ones
        if let c = countedPads {
            mask = try n.add("counted", .pad(before: [0, 0, c.top, c.left], after: [0, 0, c.bottom, c.right], mode: .constant), [ones, one])
        }
        let rest = (top: p.top - (countedPads?.top ?? 0), bottom: p.bottom - (countedPads?.bottom ?? 0),
                    left: p.left - (countedPads?.left ?? 0), right: p.right - (countedPads?.right ?? 0))
        mask = try n.add("mask", .pad(before: [0, 0, rest.top, rest.left], after: [0, 0, rest.bottom, rest.right], mode: .constant),
                         [mask, try n.scalar("zero", 0, dtype)])
        let counts = try taps(&n, mask, "count")
        let count = try combined(&n, counts, .add, "counted_taps")
        total = try n.add("average", .binary(.div), [total, count])
    }
    return rank == 3 ? try n.result(.squeeze(axes: [2]), [total]) : total
}

/// The mean or maximum over every spatial axis of an NC... input, kept as size-1 axes.
private func globalPool(_ n: inout ONNXNode, _ kind: ReduceKind) throws -> Value {
    let x = try n.input(0), r = try n.rank(0)
    guard r >= 3 else { throw n.fail("input must have rank 3 or more, got \(r)") }
    return try n.result(.reduce(kind, axes: Array(2..<r), keepDims: true), [x])
}
