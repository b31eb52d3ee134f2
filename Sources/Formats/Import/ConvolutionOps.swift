import GraphIR

/// The convolution family real frozen models use beyond Conv2D (which already takes grouped
/// filters): depthwise convolution, inference batch norm and image resizing.
let convolutionOps: [String: OpBuilder] = {
    var table: [String: OpBuilder] = [
        "DepthwiseConv2dNative": OpBuilder(inputs: 2, attributes: ["strides", "padding", "explicit_paddings", "data_format", "dilations"],
                                           lower: { try depthwiseConv2D($0) }),
        "ResizeBilinear": OpBuilder(inputs: 2, attributes: ["align_corners", "half_pixel_centers"], folded: [1],
                                    lower: { try resize(.bilinear, $0) }),
        "ResizeNearestNeighbor": OpBuilder(inputs: 2, attributes: ["align_corners", "half_pixel_centers"], folded: [1],
                                           lower: { try resize(.nearest, $0) }),
        // Gradients, as tf.gradients writes them: the original image only gives its shape.
        "ResizeBilinearGrad": OpBuilder(inputs: 2, attributes: ["align_corners", "half_pixel_centers"], folded: [1], typedInput: 1,
                                        build: { try resizeBilinearGrad($0) }),
        "ResizeNearestNeighborGrad": OpBuilder(inputs: 2, attributes: ["align_corners", "half_pixel_centers"], folded: [1],
                                               build: { try resizeNearestGrad($0) }),
    ]
    // GraphJIT's own resizes by ONNX's rules (as `ResizeRule.onnx`; the exporter writes them), with
    // the inputs of TensorFlow's and the rule as attributes.
    let onnxRule: Set<String> = ["coordinate_transformation_mode", "nearest_mode", "scales"]
    table["GraphJITResizeBilinear"] = OpBuilder(inputs: 2, attributes: onnxRule, folded: [1], lower: { try resize(.bilinear, $0) })
    table["GraphJITResizeNearestNeighbor"] = OpBuilder(inputs: 2, attributes: onnxRule, folded: [1], lower: { try resize(.nearest, $0) })
    table["GraphJITResizeBilinearGrad"] = OpBuilder(inputs: 2, attributes: onnxRule, folded: [1], typedInput: 1,
                                                    build: { try resizeBilinearGrad($0) })
    table["GraphJITResizeNearestNeighborGrad"] = OpBuilder(inputs: 2, attributes: onnxRule, folded: [1],
                                                           build: { try resizeNearestGrad($0) })
    for (name, version) in [("FusedBatchNorm", 1), ("FusedBatchNormV2", 2), ("FusedBatchNormV3", 3)] {
        table[name] = OpBuilder(inputs: 5, attributes: ["epsilon", "exponential_avg_factor", "data_format", "is_training", "U"],
                                lower: { try fusedBatchNorm($0, version: version) })
    }
    return table
}()

/// `DepthwiseConv2dNative(x, filter [KH,KW,C,M])`: output channel `c·M + m` is input channel c
/// convolved with `filter[:,:,c,m]`. That is the grouped Conv2D with C groups whose filter is the
/// same bytes seen as `[KH,KW,1,C·M]` (TensorFlow computes both alike), so it imports as
/// `Conv2D(x, Reshape(filter))` and shares the convolution's kernels, gradients and folding.
private func depthwiseConv2D(_ ctx: NodeContext) throws -> Lowering {
    let attributes = try conv2DAttributes(ctx)
    let (x, f) = (ctx.inputTypes[0], ctx.inputTypes[1])
    guard x.dtype.isFloatingPoint else { throw ctx.fail("DepthwiseConv2dNative needs floating-point inputs, got \(x.dtype)") }
    guard let fs = f.shape, fs.count == 4, fs.allSatisfy({ $0 >= 0 }) else {
        throw ctx.fail("the filter must have a known shape [KH,KW,C,M], got \(formatShape(f.shape))")
    }
    if let xs = x.shape, xs.count == 4, case let c = xs[attributes.dataFormat.axes.c], c >= 0, c != fs[2] {
        throw ctx.fail("input has \(c) channels but the filter [KH,KW,C,M] has \(fs[2])")
    }
    let target = [fs[0], fs[1], 1, fs[2] * fs[3]]
    return .composite(Composite { b in
        let filter = try b.add("filter_grouped", .reshape(target), [b.operands[1]])
        return try b.output(.conv2D(attributes), [b.operands[0], filter])
    })
}

/// Inference batch norm: `y = x·s + (offset - mean·s)` with `s = scale·rsqrt(variance + epsilon)`,
/// along the channel axis of `data_format`. The per-channel terms are computed on the parameter
/// vectors (constants in a frozen graph, so they fold), and the multiply-add fuses into the
/// producer's kernel or folds into a preceding convolution (pass `bnfold`).
///
/// Outputs 1 and 2 (batch_mean, batch_variance) and, from V2 on, 3 and 4 (reserve_space_1/2) are
/// in inference the mean and variance given, as TensorFlow returns them; V3's reserve_space_3 is
/// an empty scratch tensor that GraphJIT does not compute, and a consumer of it is refused.
private func fusedBatchNorm(_ ctx: NodeContext, version: Int) throws -> Lowering {
    if try ctx.bool("is_training", default: true) {
        throw ctx.fail("is_training=true is not supported: GraphJIT imports inference batch norm only (freeze the model with training off)")
    }
    let format = try ctx.dataFormat()
    let epsilon: Float
    switch try ctx.attr("epsilon") {
    case nil: epsilon = 0.0001
    case .f(let e)?: epsilon = e
    case let v?: throw ctx.fail("attribute 'epsilon' must be a float, got \(AttrValue(v).kindName)")
    }
    guard epsilon.isFinite, epsilon >= 0 else { throw ctx.fail("epsilon \(epsilon) must be finite and not negative") }
    // Only training reads the running-average factor; it must still be a float.
    if let v = try ctx.attr("exponential_avg_factor") {
        guard case .f = v else { throw ctx.fail("attribute 'exponential_avg_factor' must be a float, got \(AttrValue(v).kindName)") }
    }
    let x = ctx.inputTypes[0]
    guard x.dtype == .float32 else { throw ctx.fail("x must be float32 (the only supported TensorFlow type of FusedBatchNorm), got \(x.dtype)") }
    if let u = try ctx.dtype("U"), u != .float32 { throw ctx.fail("attribute 'U' must be float32, got \(u)") }
    guard let rank = x.rank else { throw ctx.fail("x must have a known rank (4)") }
    guard rank == 4 else { throw ctx.fail("x must have rank 4, got \(formatShape(x.shape))") }
    let names = ["scale", "offset", "mean", "variance"]
    for (k, name) in names.enumerated() {
        let p = ctx.inputTypes[k + 1]
        guard p.dtype == .float32 else { throw ctx.fail("\(name) must be float32, got \(p.dtype)") }
        guard p.rank ?? 1 == 1 else { throw ctx.fail("\(name) must be a vector, got \(formatShape(p.shape))") }
        if let c = x.shape?[format.channelAxis(rank: 4)], let n = p.shape?[0], c >= 0, n >= 0, n != c {
            throw ctx.fail("\(name) has \(n) elements but x has \(c) channels (\(format.rawValue))")
        }
    }
    return .composite(Composite { b in
        let (scale, offset, mean, variance) = (b.operands[1], b.operands[2], b.operands[3], b.operands[4])
        let eps = try b.scalar("epsilon", Double(epsilon), .float32)
        let inverse = try b.add("rsqrt", .unary(.rsqrt), [try b.add("add_epsilon", .binary(.add), [variance, eps])])
        var factor = try b.add("scale_factor", .binary(.mul), [scale, inverse])
        var shift = try b.add("shift", .binary(.sub), [offset, try b.add("mean_scaled", .binary(.mul), [mean, factor])])
        if format == .nchw {
            // [C] -> [C,1,1], so the terms broadcast along axis 1.
            factor = try b.add("scale_factor_nchw", .reshape([-1, 1, 1]), [factor])
            shift = try b.add("shift_nchw", .reshape([-1, 1, 1]), [shift])
        }
        let scaled = try b.add("scaled", .binary(.mul), [b.operands[0], factor])
        b.extraOutputs = [1: mean, 2: variance]
        if version >= 2 { b.extraOutputs[3] = mean; b.extraOutputs[4] = variance }
        if version == 3 { b.refusedOutputs[5] = "reserve_space_3 is TensorFlow's scratch space, which GraphJIT does not compute" }
        return try b.output(.binary(.add), [scaled, shift])
    })
}

/// `align_corners` and `half_pixel_centers`, which TensorFlow refuses together; for GraphJIT's
/// own resizes, neither and ONNX's rule from the attributes.
private func resizeFlags(_ ctx: NodeContext) throws -> (Bool, Bool, ResizeRule) {
    guard ctx.def.op.hasPrefix("GraphJIT") else {
        let align = try ctx.bool("align_corners", default: false), half = try ctx.bool("half_pixel_centers", default: false)
        guard !(align && half) else { throw ctx.fail("align_corners and half_pixel_centers cannot both be true") }
        return (align, half, .tensorFlow)
    }
    let modeName = try ctx.string("coordinate_transformation_mode", default: nil)
    guard let coordinates = ONNXResizeRule.Coordinates(rawValue: modeName) else {
        throw ctx.fail("coordinate_transformation_mode '\(modeName)' is not one of \(ONNXResizeRule.Coordinates.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let nearestName = try ctx.string("nearest_mode", default: nil)
    guard let nearest = ONNXResizeRule.Nearest(rawValue: nearestName) else {
        throw ctx.fail("nearest_mode '\(nearestName)' is not one of \(ONNXResizeRule.Nearest.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    guard case .list(let l) = try ctx.required("scales"), l.i.isEmpty, l.f.count == 2, l.f.allSatisfy({ $0 > 0 && $0.isFinite }) else {
        throw ctx.fail("attribute 'scales' must be a list of 2 positive floats (height, width)")
    }
    return (false, false, .onnx(ONNXResizeRule(coordinates: coordinates, nearest: nearest, scaleH: l.f[0], scaleW: l.f[1])))
}

/// A Const int32 `[2]` of positive sizes (an output size, or a gradient's original size).
private func resizeSize(_ ctx: NodeContext, what: String) throws -> (Int, Int) {
    let size = try integerConstant(ctx, what: what, typeAttr: nil, maxRank: 1)
    guard size.count == 2 else { throw ctx.fail("\(what) must have 2 entries (height, width), got \(size.count)") }
    guard size[0] > 0, size[1] > 0 else { throw ctx.fail("\(what) \(size) must be positive (a resize to zero is refused)") }
    return (size[0], size[1])
}

/// `ResizeBilinear(images, size)` (float32 out, as TensorFlow: other input types are cast first)
/// and `ResizeNearestNeighbor(images, size)` (same type out).
private func resize(_ method: ResizeMethod, _ ctx: NodeContext) throws -> Lowering {
    let (align, half, rule) = try resizeFlags(ctx)
    let (height, width) = try resizeSize(ctx, what: "size")
    let x = ctx.inputTypes[0]
    guard x.dtype != .bool else { throw ctx.fail("\(ctx.def.op) does not take bool") }
    let attributes = ResizeAttributes(method: method, height: height, width: width, alignCorners: align, halfPixelCenters: half,
                                      rule: rule)
    guard method == .bilinear, x.dtype != .float32 else { return .op(.resize(attributes)) }
    return .composite(Composite { b in
        let image = try b.add("to_float", .cast(.float32), [b.operands[0]])
        return try b.output(.resize(attributes), [image])
    })
}

/// `ResizeBilinearGrad(grads, original_image)`: only the original image's (static) shape is read.
private func resizeBilinearGrad(_ ctx: NodeContext) throws -> Op {
    let (align, half, rule) = try resizeFlags(ctx)
    let (dy, image) = (ctx.inputTypes[0], ctx.inputTypes[1])
    guard dy.dtype == .float32 else { throw ctx.fail("grads must be float32, got \(dy.dtype)") }
    guard image.dtype == .float32 else { throw ctx.fail("original_image must be float32 (GraphJIT's gradient is float32), got \(image.dtype)") }
    guard let shape = image.shape, image.isStatic, shape.count == 4 else {
        throw ctx.fail("original_image must have a known shape [N,H,W,C], got \(formatShape(image.shape))")
    }
    guard let gs = dy.shape, gs.count == 4, gs[1] > 0, gs[2] > 0 else {
        throw ctx.fail("grads must have a known size [N,H,W,C], got \(formatShape(dy.shape))")
    }
    return .resizeGrad(ResizeAttributes(method: .bilinear, height: gs[1], width: gs[2], alignCorners: align, halfPixelCenters: half,
                                        rule: rule), inputShape: shape)
}

/// `ResizeNearestNeighborGrad(grads, size)`: `size` is the original image's (height, width).
private func resizeNearestGrad(_ ctx: NodeContext) throws -> Op {
    let (align, half, rule) = try resizeFlags(ctx)
    let (height, width) = try resizeSize(ctx, what: "size")
    let dy = ctx.inputTypes[0]
    guard dy.dtype.isFloatingPoint else { throw ctx.fail("grads must be floating point, got \(dy.dtype)") }
    guard let gs = dy.shape, gs.count == 4, dy.isStatic, gs[1] > 0, gs[2] > 0 else {
        throw ctx.fail("grads must have a known shape [N,H,W,C], got \(formatShape(dy.shape))")
    }
    return .resizeGrad(ResizeAttributes(method: .nearest, height: gs[1], width: gs[2], alignCorners: align, halfPixelCenters: half,
                                        rule: rule), inputShape: [gs[0], height, width, gs[3]])
}
