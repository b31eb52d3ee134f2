import GraphIR

/// Conv and ConvTranspose: NCHW images and OIHW filters around GraphIR's NHWC convolution and its
/// input gradient (`NCHWLayout`). Groups need no attribute: GraphIR reads them from the shapes,
/// as ONNX's grouping and TensorFlow's agree (output channel o belongs to group o / (O / G)).
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
        let x = try n.input(0), w = try n.input(1)
        guard let xs = n.type(x).shape, xs.count == 4 else { throw n.fail("ConvTranspose needs a 2-D image (rank 4)") }
        guard let ws = n.type(w).shape, ws.count == 4, ws.allSatisfy({ $0 >= 0 }) else {
            throw n.fail("ConvTranspose needs a 2-D filter of known shape")
        }
        guard try n.int("group", default: 1) == 1 else { throw n.fail("grouped ConvTranspose is not supported") }
        guard xs.allSatisfy({ $0 >= 0 }) else { throw n.fail("ConvTranspose needs the input's shape to be known (give the batch size in the file)") }
        // Read the window as a forward convolution's; pads are then the forward padding.
        var s = try SpatialAttributes(n, input: [xs[0], ws[1], xs[2], xs[3]], kernel: [ws[2], ws[3]])
        let outputPadding = try n.ints("output_padding", default: [0, 0])
        guard outputPadding.count == 2 else { throw n.fail("output_padding must have 2 entries") }
        let span = { (k: Int, d: Int) in (k - 1) * d + 1 }
        var pads = s.explicitPads
        var height = s.strideH * (xs[2] - 1) + outputPadding[0] + span(s.kernelH, s.dilationH) - pads.top - pads.bottom
        var width = s.strideW * (xs[3] - 1) + outputPadding[1] + span(s.kernelW, s.dilationW) - pads.left - pads.right
        let autoPad = try n.string("auto_pad", default: "NOTSET")
        if let shape = try n.ints("output_shape") {
            let hw = Array(shape.suffix(2))
            guard hw.count == 2 else { throw n.fail("output_shape must give the output's height and width") }
            // The total padding follows from the size asked for; SAME_UPPER puts the odd one at the end.
            let totalH = s.strideH * (xs[2] - 1) + outputPadding[0] + span(s.kernelH, s.dilationH) - hw[0]
            let totalW = s.strideW * (xs[3] - 1) + outputPadding[1] + span(s.kernelW, s.dilationW) - hw[1]
            guard totalH >= 0, totalW >= 0 else { throw n.fail("output_shape \(hw) is larger than the op can give") }
            let lower = autoPad == "SAME_LOWER"
            pads = (lower ? totalH - totalH / 2 : totalH / 2, lower ? totalH / 2 : totalH - totalH / 2,
                    lower ? totalW - totalW / 2 : totalW / 2, lower ? totalW / 2 : totalW - totalW / 2)
            (height, width) = (hw[0], hw[1])
        } else if autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER" {
            // The output is input × stride; the padding is what that leaves over.
            height = xs[2] * s.strideH
            width = xs[3] * s.strideW
            let totalH = max(0, s.strideH * (xs[2] - 1) + outputPadding[0] + span(s.kernelH, s.dilationH) - height)
            let totalW = max(0, s.strideW * (xs[3] - 1) + outputPadding[1] + span(s.kernelW, s.dilationW) - width)
            let lower = autoPad == "SAME_LOWER"
            pads = (lower ? totalH - totalH / 2 : totalH / 2, lower ? totalH / 2 : totalH - totalH / 2,
                    lower ? totalW - totalW / 2 : totalW / 2, lower ? totalW / 2 : totalW - totalW / 2)
        }
        guard height > 0, width > 0 else { throw n.fail("the output would be empty (\(height)x\(width))") }
        // The forward convolution whose input gradient this is maps the output back onto the
        // input with the same pads: output_padding (less than the stride) rows are past its last
        // window, which the floor in its output size drops, so they receive nothing but bias.
        s.padding = .explicit(top: pads.top, bottom: pads.bottom, left: pads.left, right: pads.right)
        let attrs = Conv2DAttributes(strideH: s.strideH, strideW: s.strideW, dilationH: s.dilationH,
                                     dilationW: s.dilationW, padding: s.padding)
        let filter = try n.hwio(w)
        let bias = n.optionalInput(2)
        return try n.spatial2D(x) { n, image in
            let y = try n.add("conv_transpose", .conv2DBackpropInput(attrs, inputShape: [xs[0], height, width, ws[1]]),
                              [filter, image])
            guard let bias else { return y }
            return try n.add("bias", .biasAdd(.nhwc), [y, bias])
        }
    },
]
