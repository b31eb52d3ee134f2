import GraphIR

/// MaxPool, AveragePool, the global pools and LRN, over NHWC (`NCHWLayout`).
let poolingOps: [String: ONNXOp] = [
    "MaxPool": ONNXOp(inputs: 1...1, outputs: 1...1,
                      attributes: ["kernel_shape", "strides", "dilations", "pads", "auto_pad", "ceil_mode", "storage_order"]) { n in
        let x = try n.input(0)
        if n.type(x).rank == 5 { return [try n.pool3D(x, kind: .max, ceilMode: try n.int("ceil_mode", default: 0) != 0, includePad: false)] }
        let s = try SpatialAttributes(n, input: n.type(x).shape, ceilMode: try n.int("ceil_mode", default: 0) != 0)
        guard s.dilationH == 1, s.dilationW == 1 else { throw n.fail("dilated max pooling is not supported") }
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
        guard s.dilationH == 1, s.dilationW == 1 else { throw n.fail("dilated average pooling is not supported") }
        // GraphIR's average divides by the window's pixels inside the (padded) image. Padding that
        // counts (count_include_pad) is made part of the image, as zeros; the end padding ceil
        // mode adds never counts.
        let plain = try SpatialAttributes(n, input: n.type(x).shape, ceilMode: false).explicitPads
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

/// The mean or maximum over every spatial axis of an NC... input, kept as size-1 axes.
private func globalPool(_ n: inout ONNXNode, _ kind: ReduceKind) throws -> Value {
    let x = try n.input(0), r = try n.rank(0)
    guard r >= 3 else { throw n.fail("input must have rank 3 or more, got \(r)") }
    return try n.result(.reduce(kind, axes: Array(2..<r), keepDims: true), [x])
}
