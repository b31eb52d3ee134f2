import GraphIR

/// 3-D convolution and pooling (`[N,C,D,H,W]` images) as composites of the 2-D ops: GraphIR has
/// no volumetric kernels, and these ops are rare enough in CNNs that a sum over depth taps of 2-D
/// convolutions, and a pool over height and width followed by one over depth, serve them.
struct VolumeAttributes {
    var kernel: [Int], strides: [Int], dilations: [Int]
    /// (before, after) per spatial axis D, H, W.
    var pads: [(Int, Int)]

    init(_ n: ONNXNode, input: [Int], kernel fromFilter: [Int]? = nil, ceilMode: Bool = false) throws {
        guard let k = try n.ints("kernel_shape") ?? fromFilter, k.count == 3 else {
            throw n.fail("kernel_shape must have 3 entries for a 3-D image")
        }
        kernel = k
        strides = try n.ints("strides", default: [1, 1, 1])
        dilations = try n.ints("dilations", default: [1, 1, 1])
        guard strides.count == 3, dilations.count == 3 else { throw n.fail("strides and dilations must have 3 entries") }
        guard (kernel + strides + dilations).allSatisfy({ $0 >= 1 }) else { throw n.fail("kernel, strides and dilations must be positive") }
        let spatial = Array(input[2...])
        guard spatial.allSatisfy({ $0 >= 0 }) else { throw n.fail("3-D ops need the image's depth, height and width to be known") }
        let autoPad = try n.string("auto_pad", default: "NOTSET")
        pads = []
        for a in 0..<3 {
            let span = (kernel[a] - 1) * dilations[a] + 1
            var (before, after) = (0, 0)
            switch autoPad {
            case "NOTSET":
                let p = try n.ints("pads", default: Array(repeating: 0, count: 6))
                guard p.count == 6, p.allSatisfy({ $0 >= 0 }) else { throw n.fail("pads must have 6 entries, none negative") }
                (before, after) = (p[a], p[a + 3])
            case "VALID": break
            case "SAME_UPPER", "SAME_LOWER":
                let out = (spatial[a] + strides[a] - 1) / strides[a]
                let total = max((out - 1) * strides[a] + span - spatial[a], 0)
                (before, after) = autoPad == "SAME_UPPER" ? (total / 2, total - total / 2) : (total - total / 2, total / 2)
            default: throw n.fail("auto_pad '\(autoPad)' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID")
            }
            if ceilMode {
                after += SpatialAttributes.ceilExtra(spatial[a], before, after, kernel[a], strides[a], dilations[a])
            }
            guard spatial[a] + before + after >= span else { throw n.fail("the window is larger than the padded image") }
            pads.append((before, after))
        }
    }

    /// The output size along axis `a` of an image `size` long.
    func output(_ a: Int, _ size: Int) -> Int {
        (size + pads[a].0 + pads[a].1 - (kernel[a] - 1) * dilations[a] - 1) / strides[a] + 1
    }

    /// Height and width padding in GraphIR's terms.
    var planePadding: Padding {
        let (t, b) = pads[1], (l, r) = pads[2]
        return t + b + l + r == 0 ? .valid : .explicit(top: t, bottom: b, left: l, right: r)
    }
}

extension ONNXNode {
    /// Conv over `[N,C,D,H,W]`: the image as `[N,D,H,W,C]`, padded in depth; for each depth tap
    /// `kd` the planes `kd·dilation + od·stride` as a batch of 2-D images convolved with that tap's
    /// filter plane; the taps summed.
    mutating func convolution3D(_ x: Value, _ w: Value, bias: Value?, group: Int) throws -> Value {
        guard let xs = type(x).shape, xs.count == 5, let ws = type(w).shape, ws.count == 5, ws.allSatisfy({ $0 >= 0 }) else {
            throw fail("a 3-D Conv needs a rank-5 image and filter of known shape")
        }
        let v = try VolumeAttributes(self, input: xs, kernel: Array(ws[2...]))
        let (d, h, width, c) = (xs[2], xs[3], xs[4], xs[1])
        guard c < 0 || c == ws[1] * group else { throw fail("input has \(c) channels but the filter expects \(ws[1] * group)") }
        let od = v.output(0, d)
        var image = try add("ndhwc", .transpose([0, 2, 3, 4, 1]), [x])
        if v.pads[0].0 + v.pads[0].1 > 0 {
            let zero = try scalar("zero", 0, type(x).dtype)
            image = try add("pad_depth", .pad(before: [0, v.pads[0].0, 0, 0, 0], after: [0, v.pads[0].1, 0, 0, 0], mode: .constant), [image, zero])
        }
        let attrs = Conv2DAttributes(strideH: v.strides[1], strideW: v.strides[2], dilationH: v.dilations[1],
                                     dilationW: v.dilations[2], padding: v.planePadding)
        var sum: Value?
        for kd in 0..<ws[2] {
            let start = kd * v.dilations[0]
            let planes = try add("planes\(kd)", .stridedSlice(StridedSliceSpec(
                begin: [0, start, 0, 0, 0], end: [0, start + (od - 1) * v.strides[0] + 1, 0, 0, 0], strides: [1, v.strides[0], 1, 1, 1],
                beginMask: 0b11101, endMask: 0b11101)), [image])
            let batch = try add("batch\(kd)", .reshape([-1, h, width, c]), [planes])
            let tap = try add("tap\(kd)", .slice(begin: [0, 0, kd, 0, 0], size: [-1, -1, 1, -1, -1]), [w])
            let plane = try add("filter\(kd)", .transpose(NCHWLayout.toHWIO), [try add("filter\(kd)_2d", .squeeze(axes: [2]), [tap])])
            let y = try add("conv\(kd)", .conv2D(attrs), [batch, plane])
            sum = try sum.map { try add("sum\(kd)", .binary(.add), [$0, y]) } ?? y
        }
        guard var y = sum else { throw fail("the filter has no depth") }
        if let bias { y = try add("bias", .biasAdd(.nhwc), [y, bias]) }
        let oh = v.output(1, h), ow = v.output(2, width)
        let volume = try add("volume", .reshape([xs[0] >= 0 ? xs[0] : -1, od, oh, ow, ws[0]]), [y])
        return try result(.transpose([0, 4, 1, 2, 3]), [volume])
    }

    /// Max or average pooling over `[N,C,D,H,W]`: each depth plane pooled over height and width,
    /// then the results pooled over depth. Both are separable (a maximum of maxima; an average
    /// of averages over windows whose counts multiply).
    mutating func pool3D(_ x: Value, kind: PoolKind, ceilMode: Bool, includePad: Bool) throws -> Value {
        guard let xs = type(x).shape, xs.count == 5 else { throw fail("a 3-D pool needs a rank-5 image") }
        let v = try VolumeAttributes(self, input: xs, ceilMode: ceilMode)
        guard v.dilations == [1, 1, 1] else { throw fail("dilated 3-D pooling is not supported") }
        let plain = try VolumeAttributes(self, input: xs, ceilMode: false)
        let (d, h, w, c) = (xs[2], xs[3], xs[4], xs[1])
        var image = try add("ndhwc", .transpose([0, 2, 3, 4, 1]), [x])
        var pads = v.pads
        if kind == .avg && includePad && plain.pads.contains(where: { $0.0 + $0.1 > 0 }) {
            // Padding that counts is part of the image, as zeros; ceil mode's extra never counts.
            let zero = try scalar("zero", 0, type(x).dtype)
            image = try add("pad", .pad(before: [0] + plain.pads.map(\.0) + [0], after: [0] + plain.pads.map(\.1) + [0],
                                        mode: .constant), [image, zero])
            pads = zip(v.pads, plain.pads).map { (0, $0.1 - $1.1) }
        }
        _ = (d, h, w)
        guard let paddedShape = type(image).shape else { throw fail("the image's shape is unknown") }
        let (pd, ph, pw) = (paddedShape[1], paddedShape[2], paddedShape[3])
        func padding(_ a: (Int, Int), _ b: (Int, Int)) -> Padding {
            a.0 + a.1 + b.0 + b.1 == 0 ? .valid : .explicit(top: a.0, bottom: a.1, left: b.0, right: b.1)
        }
        let planes = try add("planes", .reshape([-1, ph, pw, c]), [image])
        let inPlane = try add("pool_hw", .pool(PoolAttributes(kind: kind, windowH: v.kernel[1], windowW: v.kernel[2],
                                                               strideH: v.strides[1], strideW: v.strides[2],
                                                               padding: padding(pads[1], pads[2]))), [planes])
        guard let ps = type(inPlane).shape else { throw fail("the pooled planes' shape is unknown") }
        let columns = try add("depth_columns", .reshape([-1, pd, ps[1] * ps[2], c]), [inPlane])
        let deep = try add("pool_d", .pool(PoolAttributes(kind: kind, windowH: v.kernel[0], windowW: 1, strideH: v.strides[0],
                                                          strideW: 1, padding: padding(pads[0], (0, 0)))), [columns])
        guard let ds = type(deep).shape else { throw fail("the pooled depth's shape is unknown") }
        let volume = try add("volume", .reshape([xs[0] >= 0 ? xs[0] : -1, ds[1], ps[1], ps[2], c]), [deep])
        return try result(.transpose([0, 4, 1, 2, 3]), [volume])
    }
}
