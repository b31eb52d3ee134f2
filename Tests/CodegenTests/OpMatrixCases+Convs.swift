import GraphIR

/// Grouped and depthwise convolutions (filters `[KH,KW,C/G,F]`) and their gradients.
extension OpMatrix {
    /// A `ConvConfig` whose filter has `groupChannels` input channels (C / groups).
    struct GroupedConv {
        var conv: ConvConfig
        var groupChannels: Int
        var filterShape: [Int] { [conv.kh, conv.kw, groupChannels, conv.f] }
    }

    static func depthwise(_ cfg: ConvConfig) -> GroupedConv { GroupedConv(conv: cfg, groupChannels: 1) }

    static let groupedConvConfigs: [GroupedConv] = [
        // Depthwise, multiplier 1: vector tiles with interior and edge tiles, strides, dilation.
        depthwise(ConvConfig(n: 2, h: 7, w: 9, c: 8, kh: 3, kw: 3, f: 8, padding: .same, label: "depthwise 8 same")),
        depthwise(ConvConfig(n: 1, h: 9, w: 11, c: 16, kh: 3, kw: 3, f: 16, sh: 2, sw: 2, padding: .same, label: "depthwise 16 stride 2 same")),
        depthwise(ConvConfig(n: 1, h: 6, w: 40, c: 32, kh: 5, kw: 5, f: 32, padding: .explicit(top: 2, bottom: 1, left: 0, right: 3),
                             label: "depthwise 32 5x5 explicit wide row")),
        depthwise(ConvConfig(n: 1, h: 10, w: 20, c: 16, kh: 7, kw: 7, f: 16, padding: .same, label: "depthwise 7x7 same (ConvNeXt)")),
        depthwise(ConvConfig(n: 1, h: 10, w: 9, c: 24, kh: 3, kw: 3, f: 24, dh: 2, dw: 2, padding: .valid, label: "depthwise 24 dilation 2 valid")),
        depthwise(ConvConfig(n: 1, h: 3, w: 3, c: 8, kh: 3, kw: 3, f: 8, sh: 1, sw: 2, padding: .same, label: "depthwise all edge")),
        depthwise(ConvConfig(n: 1, h: 14, w: 14, c: 144, kh: 3, kw: 3, f: 144, padding: .same, label: "depthwise 144 (MobileNetV2)")),
        // Enough work that threads share it, by output rows of one image.
        depthwise(ConvConfig(n: 1, h: 28, w: 29, c: 64, kh: 3, kw: 3, f: 64, sh: 1, sw: 1, padding: .same, label: "depthwise 64 rows in parallel")),
        // Multipliers: each vector repeats lanes / M input channels.
        depthwise(ConvConfig(n: 1, h: 6, w: 7, c: 8, kh: 3, kw: 3, f: 16, padding: .same, label: "depthwise multiplier 2")),
        depthwise(ConvConfig(n: 2, h: 5, w: 6, c: 4, kh: 2, kw: 3, f: 16, sh: 2, sw: 1, padding: .valid, label: "depthwise multiplier 4 stride 2x1")),
        // Channel counts no vector tile takes: the grouped loops.
        depthwise(ConvConfig(n: 1, h: 5, w: 6, c: 3, kh: 3, kw: 3, f: 3, padding: .same, label: "depthwise 3 channels")),
        depthwise(ConvConfig(n: 1, h: 5, w: 5, c: 6, kh: 3, kw: 3, f: 18, sh: 2, sw: 2, padding: .same, label: "depthwise multiplier 3")),
        depthwise(ConvConfig(n: 1, h: 7, w: 6, c: 8, kh: 3, kw: 2, f: 8, padding: .same, dtype: .float64, label: "depthwise float64")),
        // Grouped with several channels per group.
        GroupedConv(conv: ConvConfig(n: 2, h: 6, w: 7, c: 8, kh: 3, kw: 3, f: 12, padding: .same, label: "4 groups of 2 -> 3"), groupChannels: 2),
        GroupedConv(conv: ConvConfig(n: 1, h: 9, w: 8, c: 8, kh: 3, kw: 3, f: 8, sh: 2, sw: 2, dh: 1, dw: 2,
                                     padding: .explicit(top: 1, bottom: 0, left: 2, right: 1), label: "2 groups explicit stride 2"), groupChannels: 4),
        GroupedConv(conv: ConvConfig(n: 1, h: 5, w: 5, c: 6, kh: 1, kw: 1, f: 4, dtype: .float64, label: "2 groups 1x1 float64"), groupChannels: 3),
        GroupedConv(conv: ConvConfig(n: 2, h: 6, w: 11, c: 16, kh: 3, kw: 3, f: 64, padding: .same, label: "4 groups of 4 -> 16 on register tiles"),
                    groupChannels: 4),
        GroupedConv(conv: ConvConfig(n: 1, h: 5, w: 6, c: 8, kh: 2, kw: 2, f: 512, sh: 2, sw: 2, padding: .valid,
                                     label: "2 groups of 4 -> 256 in channel blocks"), groupChannels: 4),
        depthwise(ConvConfig(n: 1, h: 5, w: 7, c: 2, kh: 3, kw: 3, f: 64, padding: .same, label: "depthwise multiplier 32 on grouped tiles")),
        // Ungrouped, more output channels than one register row holds: blocks of channel vectors.
        GroupedConv(conv: ConvConfig(n: 1, h: 6, w: 9, c: 5, kh: 1, kw: 1, f: 256, label: "1x1 256 filters in channel blocks"), groupChannels: 5),
        GroupedConv(conv: ConvConfig(n: 2, h: 5, w: 7, c: 3, kh: 3, kw: 3, f: 728, sh: 2, sw: 2, padding: .same,
                                     label: "3x3 728 filters stride 2 same in channel blocks"), groupChannels: 3),
        GroupedConv(conv: ConvConfig(n: 1, h: 4, w: 6, c: 4, kh: 3, kw: 2, f: 192, padding: .explicit(top: 1, bottom: 0, left: 1, right: 1),
                                     dtype: .float64, label: "float64 192 filters explicit in channel blocks"), groupChannels: 4),
    ]

    static var groupedConv: [OpCase] {
        var cases: [OpCase] = []
        for g in groupedConvConfigs {
            let cfg = g.conv
            for format in DataFormat.allCases {
                cases.append(OpCase(name: "conv2d \(format.rawValue) \(cfg.label)", op: .conv2D(convAttributes(cfg, format)),
                                    inputs: [InputSpec(dtype: cfg.dtype, shape: convInputShape(cfg, format)),
                                             InputSpec(dtype: cfg.dtype, shape: g.filterShape)],
                                    tolerance: .accumulation(cfg.dtype, k: cfg.kh * cfg.kw * g.groupChannels)))
            }
        }
        // A constant filter, as frozen models have.
        let cfg = groupedConvConfigs[0]
        cases.append(OpCase(name: "conv2d NHWC depthwise constant filter", op: .conv2D(convAttributes(cfg.conv, .nhwc)),
                            inputs: [InputSpec(dtype: .float32, shape: convInputShape(cfg.conv, .nhwc)),
                                     InputSpec(dtype: .float32, shape: cfg.filterShape, constant: true)],
                            tolerance: .accumulation(.float32, k: 9)))
        return cases
    }

    static var groupedConvGrad: [OpCase] {
        var cases: [OpCase] = []
        for g in groupedConvConfigs {
            let cfg = g.conv
            for format in DataFormat.allCases {
                let attrs = convAttributes(cfg, format), x = convInputShape(cfg, format)
                guard let dy = try? Op.conv2D(attrs).inferTypes([TensorType(cfg.dtype, x), TensorType(cfg.dtype, g.filterShape)])[0].shape
                else { continue }
                let groups = cfg.c / g.groupChannels
                cases.append(OpCase(name: "conv2d backprop input \(format.rawValue) \(cfg.label)",
                                    op: .conv2DBackpropInput(attrs, inputShape: x),
                                    inputs: [InputSpec(dtype: cfg.dtype, shape: g.filterShape), InputSpec(dtype: cfg.dtype, shape: dy)],
                                    tolerance: .accumulation(cfg.dtype, k: cfg.kh * cfg.kw * cfg.f / groups)))
                cases.append(OpCase(name: "conv2d backprop filter \(format.rawValue) \(cfg.label)",
                                    op: .conv2DBackpropFilter(attrs, filterShape: g.filterShape),
                                    inputs: [InputSpec(dtype: cfg.dtype, shape: x), InputSpec(dtype: cfg.dtype, shape: dy)],
                                    tolerance: .accumulation(cfg.dtype, k: dy.reduce(1, *) / cfg.f)))
            }
        }
        return cases
    }
}

/// Image resizing: up, down, to and from one pixel, every coordinate rule, and their gradients.
extension OpMatrix {
    static let resizeSizes: [(input: [Int], height: Int, width: Int)] = [
        ([2, 4, 5, 3], 7, 9),      // up, non-integer ratios
        ([1, 9, 8, 2], 4, 3),      // down
        ([1, 1, 1, 4], 3, 2),      // from one pixel
        ([1, 5, 6, 1], 1, 1),      // to one pixel (align_corners' scale is in/out there)
        ([1, 3, 4, 16], 6, 8),     // exactly 2x, a vector of channels
        ([2, 6, 6, 5], 6, 6),      // same size
    ]
    static let resizeFlags: [(align: Bool, half: Bool)] = [(false, false), (true, false), (false, true)]

    static func resizeName(_ r: ResizeAttributes, _ input: [Int]) -> String {
        let rule: String
        switch r.rule {
        case .tensorFlow: rule = "\(r.alignCorners ? " align_corners" : "")\(r.halfPixelCenters ? " half_pixel" : "")"
        case .onnx(let o): rule = " onnx \(o.coordinates.rawValue) \(o.nearest.rawValue) scales \(o.scaleH)x\(o.scaleW)"
        }
        return "\(r.method) \(formatShape(input)) -> \(r.height)x\(r.width)\(rule)"
    }

    /// ONNX's rules: sizes from scales that are not the ratio of the sizes (5 * 1.5 -> 7,
    /// 8 * 0.3 -> 2, 4 * 2.6 -> 10) besides `resizeSizes` with `out / in`, and an axis of scale 1.
    static let onnxResizeSizes: [(input: [Int], height: Int, width: Int, scaleH: Float, scaleW: Float)] =
        resizeSizes.map { ($0.input, $0.height, $0.width, Float($0.height) / Float($0.input[1]), Float($0.width) / Float($0.input[2])) }
        + [([1, 5, 8, 3], 7, 2, 1.5, 0.3), ([2, 4, 3, 2], 10, 3, 2.6, 1)]

    /// Every size of `resizeSizes` with every coordinate rule and method; ONNX's coordinate modes
    /// on `onnxResizeSizes`, its nearest modes taken in turn so each meets every mode.
    static func resizeConfigs() -> [(r: ResizeAttributes, input: [Int])] {
        let tensorFlow = resizeSizes.flatMap { input, h, w in
            resizeFlags.flatMap { align, half in
                ResizeMethod.allCases.map { (ResizeAttributes(method: $0, height: h, width: w, alignCorners: align, halfPixelCenters: half), input) }
            }
        }
        let modes = ONNXResizeRule.Nearest.allCases
        let onnx = onnxResizeSizes.enumerated().flatMap { i, size in
            ONNXResizeRule.Coordinates.allCases.enumerated().flatMap { j, coordinates in
                ResizeMethod.allCases.map { method in
                    let rule = ONNXResizeRule(coordinates: coordinates, nearest: modes[(i + j) % modes.count],
                                              scaleH: size.scaleH, scaleW: size.scaleW)
                    return (ResizeAttributes(method: method, height: size.height, width: size.width, rule: .onnx(rule)), size.input)
                }
            }
        }
        return tensorFlow + onnx
    }

    static var resize: [OpCase] {
        resizeConfigs().flatMap { r, input -> [OpCase] in
            let types: [DType]
            switch (r.method, r.rule) {
            case (.bilinear, _): types = [.float32]
            case (.nearest, .tensorFlow): types = [.float32, .float64, .int32, .int64]
            case (.nearest, .onnx): types = [.float32, .int64]  // the same taps: one of each kind
            }
            return types.map { d in
                OpCase(name: "resize \(resizeName(r, input)) \(d)", op: .resize(r),
                       inputs: [InputSpec(dtype: d, shape: input, range: d.isInteger ? -50...50 : -1...1)],
                       tolerance: r.method == .nearest ? .exact : Tolerance(rtol: 1e-6, atol: 1e-6))
            }
        }
    }

    static var resizeGrad: [OpCase] {
        resizeConfigs().flatMap { r, input -> [OpCase] in
            let types: [DType] = r.method == .bilinear ? [.float32] : [.float32, .float64]
            // A dy element reaches at most four input pixels, but an input pixel sums many.
            let fanIn = (r.height * r.width) / max(input[1] * input[2], 1) + 4
            return types.map { d in
                OpCase(name: "resize grad \(resizeName(r, input)) \(d)", op: .resizeGrad(r, inputShape: input),
                       inputs: [InputSpec(dtype: d, shape: [input[0], r.height, r.width, input[3]])],
                       tolerance: .accumulation(d, k: fanIn))
            }
        }
    }
}

/// Winograd's F(2x2, 3x3) transforms: SAME (padding 1) and VALID (0) geometry, even and odd
/// output sizes (the last row and column of tiles half outside), several images, channels that
/// make whole vectors and not.
extension OpMatrix {
    static let winogradSizes: [(input: [Int], pad: Int, height: Int, width: Int)] = [
        ([1, 4, 6, 3], 1, 4, 6),      // SAME, even
        ([2, 5, 7, 16], 1, 5, 7),     // SAME, odd: the last tiles hold one row / column
        ([1, 6, 5, 8], 0, 4, 3),      // VALID, the last column of tiles half outside
        ([1, 3, 3, 17], 1, 3, 3),     // odd both ways, one tile short in each
    ]

    static var winograd: [OpCase] {
        winogradSizes.flatMap { input, pad, h, w -> [OpCase] in
            let attributes = { (stage: WinogradAttributes.Stage) in WinogradAttributes(stage: stage, padTop: pad, padLeft: pad, height: h, width: w) }
            let tiles = input[0] * ((h + 1) / 2) * ((w + 1) / 2)
            let name = "\(formatShape(input)) pad \(pad) -> \(h)x\(w)"
            return [
                OpCase(name: "winograd input \(name)", op: .winograd(attributes(.input)),
                       inputs: [InputSpec(dtype: .float32, shape: input)], tolerance: .accumulation(.float32, k: 16)),
                OpCase(name: "winograd output \(name)", op: .winograd(attributes(.output)),
                       inputs: [InputSpec(dtype: .float32, shape: [16, tiles, input[3] + 3])], tolerance: .accumulation(.float32, k: 16)),
            ]
        }
    }
}
