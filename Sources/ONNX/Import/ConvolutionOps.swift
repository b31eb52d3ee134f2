import GraphIR

/// Conv and ConvTranspose: NCHW images and OIHW filters around GraphIR's NHWC convolution and its
/// input gradient (`NCHWLayout`), 1-D images as 2-D ones of height 1. Groups need no attribute:
/// GraphIR reads them from the shapes, as ONNX's grouping and TensorFlow's agree (output channel
/// o belongs to group o / (O / G)), for the convolution and its input gradient alike.
let convolutionOps: [String: ONNXOp] = [
    "Conv": .single(2...3, ["kernel_shape", "strides", "dilations", "pads", "auto_pad", "group"]) { n in
        let x = try n.input(0), w = try n.input(1)
        guard let ws = n.type(w).shape else { throw n.fail("the filter's rank is unknown") }
        if n.type(x).rank == 5 { return try n.convolution3D(x, w, bias: n.optionalInput(2), group: try n.int("group", default: 1)) }
        let s = try SpatialAttributes(n, input: n.type(x).shape, kernel: Array(ws.dropFirst(2)))
        let group = try n.int("group", default: 1)
        guard group >= 1 else { throw n.fail("group must be positive") }
        if let c = n.type(x).shape?[1], c >= 0, ws.count >= 2, ws[1] >= 0, c != ws[1] * group {
            throw n.fail("input has \(c) channels but the filter's \(ws[1]) per group times \(group) groups is \(ws[1] * group)")
        }
        let attrs = Conv2DAttributes(strideH: s.strideH, strideW: s.strideW, dilationH: s.dilationH,
                                     dilationW: s.dilationW, padding: s.padding)
        let bias = n.optionalInput(2)
        let filter = try n.hwio(ws.count == 3 ? try n.add("filter_2d", .expandDims(axis: 2), [w]) : w)
        return try n.spatial2D(x) { n, image in
            let y = try n.add("conv", .conv2D(attrs), [image, filter])
            guard let bias else { return y }
            return try n.add("bias", .biasAdd(.nhwc), [y, bias])
        }
    },
    "ConvTranspose": .single(2...3, ["kernel_shape", "strides", "dilations", "pads", "auto_pad", "group",
                                     "output_padding", "output_shape"]) { n in
        try convTranspose(&n)
    },
]

/// ConvTranspose is the input gradient of the convolution that maps its output back onto its
/// input: the filter `[C, O/G, KH, KW]` is that convolution's, read as HWIO `[KH, KW, O/G, C]`
/// (grouped as GraphIR reads groups), the pads are its padding, and output_padding rows lie
/// past its last window, so they get only the bias. The gradient's shape is an attribute, so an
/// image whose batch is unknown at import is a forward convolution instead (`transposedAsForward`).
private func convTranspose(_ n: inout ONNXNode) throws -> Value {
    let x = try n.input(0), w = try n.input(1)
    guard let xs = n.type(x).shape, xs.count == 3 || xs.count == 4 else {
        throw n.fail("ConvTranspose needs a 1-D or 2-D image (rank 3 or 4), got \(formatShape(n.type(x).shape))")
    }
    guard let ws = n.type(w).shape, ws.count == xs.count, ws.allSatisfy({ $0 >= 0 }) else {
        throw n.fail("ConvTranspose needs a filter of known shape and the image's rank, got \(formatShape(n.type(w).shape))")
    }
    let group = try n.int("group", default: 1)
    guard group >= 1, ws[0] % group == 0 else { throw n.fail("group \(group) does not divide the filter's \(ws[0]) input channels") }
    if xs[1] >= 0, xs[1] != ws[0] { throw n.fail("input has \(xs[1]) channels but the filter takes \(ws[0])") }
    guard xs.dropFirst(2).allSatisfy({ $0 >= 0 }) else {
        throw n.fail("ConvTranspose needs the input's spatial size to be known (give it in the file)")
    }
    let oneD = xs.count == 3
    // Height and width as 2-D, a 1-D image being one row.
    let (inH, inW) = oneD ? (1, xs[2]) : (xs[2], xs[3])
    let channels = ws[1] * group
    // The window is read as a forward convolution's over the output; pads are then its padding.
    let s = try SpatialAttributes(n, input: [xs[0], channels] + Array(xs.dropFirst(2)), kernel: Array(ws.dropFirst(2)))
    let given = try n.ints("output_padding", default: Array(repeating: 0, count: xs.count - 2))
    guard given.count == xs.count - 2 else { throw n.fail("output_padding has \(given.count) entries for \(xs.count - 2) spatial dimensions") }
    let outputPadding = oneD ? (0, given[0]) : (given[0], given[1])
    guard outputPadding.0 >= 0, outputPadding.1 >= 0,
          outputPadding.0 < max(s.strideH, s.dilationH), outputPadding.1 < max(s.strideW, s.dilationW) else {
        throw n.fail("output_padding \(given) must be less than the stride or the dilation")
    }
    // The size the op gives before any padding is taken off, per axis.
    let full = { (size: Int, stride: Int, extra: Int, k: Int, d: Int) in stride * (size - 1) + extra + (k - 1) * d + 1 }
    let fullH = full(inH, s.strideH, outputPadding.0, s.kernelH, s.dilationH)
    let fullW = full(inW, s.strideW, outputPadding.1, s.kernelW, s.dilationW)
    // Total padding split as onnxruntime splits it: the odd one at the end for SAME_UPPER, at
    // the start otherwise (output_shape without auto_pad too, as the ONNX spec says).
    let autoPad = try n.string("auto_pad", default: "NOTSET")
    func split(_ total: Int) -> (Int, Int) {
        autoPad == "SAME_UPPER" ? (total / 2, total - total / 2) : (total - total / 2, total / 2)
    }
    var pads = s.explicitPads
    if let shape = try n.ints("output_shape") {
        let spatial = Array(shape.suffix(xs.count - 2))
        guard spatial.count == xs.count - 2 else { throw n.fail("output_shape \(shape) does not give the \(xs.count - 2) spatial sizes") }
        let (h, w) = oneD ? (1, spatial[0]) : (spatial[0], spatial[1])
        guard h >= 1, w >= 1, h <= fullH, w <= fullW else {
            throw n.fail("output_shape \(shape) is not between 1 and the \(oneD ? "\(fullW)" : "\(fullH)x\(fullW)") the op gives")
        }
        ((pads.top, pads.bottom), (pads.left, pads.right)) = (split(fullH - h), split(fullW - w))
    } else if autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER" {
        // The output is the input times the stride; the padding is what that leaves over.
        ((pads.top, pads.bottom), (pads.left, pads.right)) = (split(max(0, fullH - inH * s.strideH)), split(max(0, fullW - inW * s.strideW)))
    }
    if oneD { (pads.top, pads.bottom) = (0, 0) }
    let height = fullH - pads.top - pads.bottom, width = fullW - pads.left - pads.right
    guard height > 0, width > 0 else { throw n.fail("the output would be empty (\(height)x\(width))") }
    let bias = n.optionalInput(2)
    let filter2D = oneD ? try n.add("filter_2d", .expandDims(axis: 2), [w]) : w
    let geometry = TransposedGeometry(strideH: s.strideH, strideW: s.strideW, dilationH: s.dilationH, dilationW: s.dilationW,
                                      kernelH: s.kernelH, kernelW: s.kernelW, pads: pads, outputPadding: outputPadding,
                                      input: (inH, inW), output: (height, width), group: group)
    return try n.spatial2D(x) { n, image in
        let y: Value
        if xs[0] >= 0 {
            let attrs = Conv2DAttributes(strideH: s.strideH, strideW: s.strideW, dilationH: s.dilationH, dilationW: s.dilationW,
                                         padding: .explicit(top: pads.top, bottom: pads.bottom, left: pads.left, right: pads.right))
            y = try n.add("conv_transpose", .conv2DBackpropInput(attrs, inputShape: [xs[0], height, width, channels]),
                          [try n.hwio(filter2D), image])
        } else {
            y = try transposedAsForward(&n, image, filter: filter2D, filterShape: [ws[0], ws[1], s.kernelH, s.kernelW], geometry)
        }
        guard let bias else { return y }
        return try n.add("bias", .biasAdd(.nhwc), [y, bias])
    }
}

/// What `transposedAsForward` needs of a ConvTranspose, in 2-D terms.
private struct TransposedGeometry {
    var strideH: Int, strideW: Int, dilationH: Int, dilationW: Int, kernelH: Int, kernelW: Int
    var pads: (top: Int, bottom: Int, left: Int, right: Int)
    var outputPadding: (Int, Int)
    var input: (Int, Int), output: (Int, Int)
    var group: Int
}

/// ConvTranspose as a forward convolution, which takes any batch: the NHWC image with stride - 1
/// zeros between its pixels, padded by `span - 1 - pad` on each side (output_padding more at the
/// end; negative: cropped), convolved at stride 1 with the filter flipped in space and each
/// group's `[C/G, O/G]` block transposed. (Gradients of strided convolutions are not written
/// this way otherwise: it multiplies the zeros too.)
private func transposedAsForward(_ n: inout ONNXNode, _ image: Value, filter w: Value, filterShape fs: [Int],
                                 _ g: TransposedGeometry) throws -> Value {
    let (c, perGroup, groups) = (fs[0], fs[1], g.group)
    let dtype = n.type(image).dtype
    let zero = try n.scalar("zero", 0, dtype)
    var x = image
    if g.strideH > 1 || g.strideW > 1 {
        // [N,H,W,C] -> [N,H,1,W,1,C], zeros after each pixel, -> [N,H·sh,W·sw,C], the last zeros cut.
        let (h, wd) = g.input
        let cells = try n.add("cells", .reshape([-1, h, 1, wd, 1, c]), [x])
        let spread = try n.add("spread", .pad(before: [0, 0, 0, 0, 0, 0], after: [0, 0, g.strideH - 1, 0, g.strideW - 1, 0],
                                              mode: .constant), [cells, zero])
        let rows = try n.add("strided", .reshape([-1, h * g.strideH, wd * g.strideW, c]), [spread])
        x = try n.add("dilated", .slice(begin: [0, 0, 0, 0], size: [-1, (h - 1) * g.strideH + 1, (wd - 1) * g.strideW + 1, c]), [rows])
    }
    let spanH = (g.kernelH - 1) * g.dilationH, spanW = (g.kernelW - 1) * g.dilationW
    let before = [spanH - g.pads.top, spanW - g.pads.left]
    let after = [spanH - g.pads.bottom + g.outputPadding.0, spanW - g.pads.right + g.outputPadding.1]
    if (before + after).contains(where: { $0 < 0 }) {
        // Padding wider than the window: the output starts (or ends) inside the image.
        guard let xs = n.type(x).shape else { throw n.fail("the spread image's shape is unknown") }
        let begin = [0, max(0, -before[0]), max(0, -before[1]), 0]
        let size = [-1, xs[1] - begin[1] - max(0, -after[0]), xs[2] - begin[2] - max(0, -after[1]), c]
        x = try n.add("cropped", .slice(begin: begin, size: size), [x])
    }
    // [C, O/G, KH, KW] -> [G, C/G, O/G, KH, KW] -> [KH, KW, C/G, G, O/G] -> [KH, KW, C/G, O], flipped.
    let blocks = try n.add("filter_groups", .reshape([groups, c / groups, perGroup, g.kernelH, g.kernelW]), [w])
    let moved = try n.add("filter_moved", .transpose([3, 4, 1, 0, 2]), [blocks])
    let forward = try n.add("filter_forward", .reshape([g.kernelH, g.kernelW, c / groups, groups * perGroup]), [moved])
    let flipped = try n.add("filter_flipped", .reverse(axes: [0, 1]), [forward])
    let attrs = Conv2DAttributes(dilationH: g.dilationH, dilationW: g.dilationW,
                                 padding: .explicit(top: max(0, before[0]), bottom: max(0, after[0]),
                                                    left: max(0, before[1]), right: max(0, after[1])))
    return try n.add("conv_transpose", .conv2D(attrs), [x, flipped])
}
