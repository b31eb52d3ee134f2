import GraphIR

/// Cases for the training ops: comparisons, select, casts, broadcasts, the random generator,
/// the cross-entropy losses, ArgMax, Transpose and the convolution and pooling gradients.
extension OpMatrix {
    static let allTypes: [DType] = [.float32, .float64, .int32, .int64, .bool]

    // MARK: element-wise

    static var compare: [OpCase] {
        var cases: [OpCase] = []
        for op in CompareOp.allCases {
            for d in allTypes {
                // Small integer ranges, so equal values (and ties) actually occur.
                let range: ClosedRange<Double> = d.isFloatingPoint ? -2...2 : -3...3
                for (sa, sb) in [([3, 4], [3, 4]), ([3, 1], [1, 4]), ([], [2, 5]), ([2, 1, 3], [3]), ([2, 17], [17])] {
                    let quantised = d.isFloatingPoint ? InputSpec(dtype: d, shape: sa, values: [0.5, -1, 2, 0.5, 3, -1, 0]) : InputSpec(dtype: d, shape: sa, range: range)
                    cases.append(OpCase(name: "\(op.rawValue) \(d)\(shapeName(sa)) x \(shapeName(sb))", op: .compare(op),
                                        inputs: [quantised, InputSpec(dtype: d, shape: sb, range: range)], tolerance: .exact))
                }
            }
            // NaN compares false except notEqual; infinities and signed zeros.
            let specials: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan]
            let lhs = specials.flatMap { a in specials.map { _ in a } }, rhs = specials.flatMap { _ in specials }
            for d in floatTypes {
                cases.append(OpCase(name: "\(op.rawValue) \(d) special pairs", op: .compare(op),
                                    inputs: [InputSpec(dtype: d, shape: [lhs.count], values: lhs),
                                             InputSpec(dtype: d, shape: [rhs.count], values: rhs)], tolerance: .exact))
            }
        }
        return cases
    }

    static var select: [OpCase] {
        let shapes: [([Int], [Int], [Int])] = [
            ([3, 4], [3, 4], [3, 4]), ([3, 1], [1, 4], []), ([], [2, 3], [2, 3]), ([4], [3, 4], [1]),
            ([2, 1, 5], [3, 1], [5]), ([2, 17], [2, 17], [17]),
        ]
        var cases: [OpCase] = []
        for d in allTypes {
            for (sc, sa, sb) in shapes {
                cases.append(OpCase(name: "select \(d) \(shapeName(sc)) ? \(shapeName(sa)) : \(shapeName(sb))", op: .select,
                                    inputs: [InputSpec(dtype: .bool, shape: sc), InputSpec(dtype: d, shape: sa, range: -50...50),
                                             InputSpec(dtype: d, shape: sb, range: -50...50)], tolerance: .exact))
            }
        }
        cases.append(OpCase(name: "select constant condition", op: .select,
                            inputs: [InputSpec(dtype: .bool, shape: [2, 3], constant: true), InputSpec(dtype: .float32, shape: [2, 3]),
                                     InputSpec(dtype: .float32, shape: [])], tolerance: .exact))
        return cases
    }

    static var cast: [OpCase] {
        var cases: [OpCase] = []
        for from in allTypes {
            for to in allTypes {
                let range: ClosedRange<Double> = from.isFloatingPoint ? -100...100 : -1000...1000
                cases.append(OpCase(name: "cast \(from) to \(to)", op: .cast(to),
                                    inputs: [InputSpec(dtype: from, shape: [3, 7], range: range)], tolerance: .exact))
            }
            // Out of range, NaN, infinities, halves (truncation toward zero), zeros, tiny values.
            if from.isFloatingPoint {
                let specials: [Double] = [.nan, .infinity, -.infinity, 1e10, -1e10, 2.5, -2.5, 0.99, -0.99, 0, -0.0, 1e-30,
                                          2_147_483_647, 2_147_483_648, -2_147_483_648, -2_147_483_649, 3e9, -3e9,
                                          9.3e18, -9.3e18, 9_223_372_036_854_775_807, -9_223_372_036_854_775_808, 1e300]
                for to in allTypes where to != from {
                    cases.append(OpCase(name: "cast \(from) to \(to) special values", op: .cast(to),
                                        inputs: [InputSpec(dtype: from, shape: [specials.count], values: specials)], tolerance: .exact))
                }
            }
        }
        let i64: [Double] = [-9_223_372_036_854_775_808, 9_223_372_036_854_774_784, 4_294_967_297, -4_294_967_297,
                             16_777_217, 9_007_199_254_740_993, -1, 0, 1, 2_147_483_648]
        for to in allTypes where to != .int64 {
            cases.append(OpCase(name: "cast int64 to \(to) extremes", op: .cast(to),
                                inputs: [InputSpec(dtype: .int64, shape: [i64.count], values: i64)], tolerance: .exact))
        }
        return cases
    }

    static var broadcastTo: [OpCase] {
        let shapes: [([Int], [Int])] = [([], [3]), ([1], [2, 3]), ([3], [2, 3]), ([3, 1], [3, 4]), ([1, 4], [2, 3, 4]),
                                        ([2, 1, 3], [2, 5, 3]), ([2, 3], [2, 3]), ([17], [3, 17])]
        return shapes.flatMap { from, to in
            allTypes.map { d in
                OpCase(name: "broadcastTo \(d)\(shapeName(from)) to \(shapeName(to))", op: .broadcastTo(to),
                       inputs: [InputSpec(dtype: d, shape: from, range: -100...100)], tolerance: .exact)
            }
        }
    }

    static var randomUniform: [OpCase] {
        let configs: [(UInt64, [Int], Double)] = [(0, [], 0), (1, [7], 3), (42, [3, 5], -1), (0xDEAD_BEEF, [2, 3, 17], 123_456),
                                                  (7, [1000], 9e15)]
        return configs.map { seed, shape, counter in
            OpCase(name: "randomUniform seed \(seed)\(shapeName(shape)) counter \(counter)", op: .randomUniform(seed: seed, shape: shape),
                   inputs: [InputSpec(dtype: .int64, shape: [], values: [counter])], tolerance: .exact)
        }
    }

    // MARK: losses, ArgMax, Transpose

    /// exp, a row sum, log and a division, in the dtype.
    static func loss(_ d: DType) -> Tolerance {
        d == .float64 ? Tolerance(rtol: 1e-12, atol: 1e-13) : Tolerance(rtol: 2e-5, atol: 2e-6)
    }

    static var crossEntropy: [OpCase] {
        var cases: [OpCase] = []
        for d in floatTypes {
            for (rows, classes) in [(1, 1), (4, 10), (7, 3), (3, 17), (2, 64)] {
                for labelType in [DType.int32, .int64] {
                    cases.append(OpCase(name: "sparse xent \(d) \(rows)x\(classes) \(labelType) labels", op: .sparseSoftmaxCrossEntropy,
                                        inputs: [InputSpec(dtype: d, shape: [rows, classes], range: -8...8),
                                                 InputSpec(dtype: labelType, shape: [rows], range: 0...Double(classes - 1))],
                                        tolerance: loss(d)))
                }
                cases.append(OpCase(name: "xent \(d) \(rows)x\(classes)", op: .softmaxCrossEntropy,
                                    inputs: [InputSpec(dtype: d, shape: [rows, classes], range: -8...8),
                                             InputSpec(dtype: d, shape: [rows, classes], range: 0...1)],
                                    tolerance: loss(d)))
            }
            // Out-of-range labels (negative, = C, large): NaN loss and backprop rows; valid rows unaffected.
            cases.append(OpCase(name: "sparse xent \(d) labels out of range", op: .sparseSoftmaxCrossEntropy,
                                inputs: [InputSpec(dtype: d, shape: [6, 4], range: -3...3),
                                         InputSpec(dtype: .int64, shape: [6], values: [-1, 2, 4, 0, 1_000_000_000_000, 3])],
                                tolerance: loss(d)))
            cases.append(OpCase(name: "sparse xent \(d) large logits", op: .sparseSoftmaxCrossEntropy,
                                inputs: [InputSpec(dtype: d, shape: [2, 3], values: [1000, 1001, 1002, -1000, -1001, -1002]),
                                         InputSpec(dtype: .int32, shape: [2], values: [0, 2])], tolerance: loss(d)))
            cases.append(OpCase(name: "xent \(d) large logits one-hot", op: .softmaxCrossEntropy,
                                inputs: [InputSpec(dtype: d, shape: [2, 3], values: [1000, 1001, 1002, -1000, -1001, -1002]),
                                         InputSpec(dtype: d, shape: [2, 3], values: [0, 0, 1, 1, 0, 0])], tolerance: loss(d)))
            cases.append(OpCase(name: "xent \(d) broadcast labels [1,C]", op: .softmaxCrossEntropy,
                                inputs: [InputSpec(dtype: d, shape: [5, 6], range: -4...4), InputSpec(dtype: d, shape: [1, 6], range: 0...1)],
                                tolerance: loss(d)))
        }
        return cases
    }

    static var argMax: [OpCase] {
        var cases: [OpCase] = []
        let configs: [([Int], Int)] = [([7], 0), ([3, 5], 1), ([3, 5], 0), ([2, 3, 4], 1), ([2, 3, 4], 2), ([4, 1, 3], 1), ([5, 10], 1), ([1], 0)]
        for d in numericTypes {
            for (shape, axis) in configs {
                for outputType in [DType.int32, .int64] {
                    // Few distinct values, so ties are common and "first maximum" is exercised.
                    let range: ClosedRange<Double> = d.isInteger ? -3...3 : -1...1
                    let x = d.isInteger ? InputSpec(dtype: d, shape: shape, range: range) : InputSpec(dtype: d, shape: shape, values: [0.5, -1, 2, 0.5, 2, -3, 1, 2, 0.25, -0.5, 2.5])
                    cases.append(OpCase(name: "argmax \(d)\(shapeName(shape)) axis \(axis) \(outputType)", op: .argMax(axis: axis, outputType: outputType),
                                        inputs: [x], tolerance: .exact))
                }
            }
        }
        let specials: [Double] = [1, .nan, 3, -.infinity, .infinity, 2, .nan, .infinity, -1, -.infinity, -.infinity, 0]
        cases.append(OpCase(name: "argmax float32 NaN and infinities", op: .argMax(axis: 1, outputType: .int64),
                            inputs: [InputSpec(dtype: .float32, shape: [4, 3], values: specials)], tolerance: .exact))
        cases.append(OpCase(name: "argmax float32 large random", op: .argMax(axis: 1, outputType: .int64),
                            inputs: [InputSpec(dtype: .float32, shape: [9, 33])], tolerance: .exact))
        return cases
    }

    static var transpose: [OpCase] {
        let configs: [([Int], [Int])] = [([], []), ([5], [0]), ([3, 4], [1, 0]), ([3, 4], [0, 1]), ([2, 3, 4], [2, 0, 1]),
                                         ([2, 3, 4], [1, 2, 0]), ([2, 1, 4], [2, 1, 0]), ([2, 3, 4, 5], [0, 3, 1, 2]),
                                         ([2, 3, 4, 5], [0, 2, 3, 1]), ([2, 3, 4, 5], [3, 2, 1, 0]), ([17, 9], [1, 0])]
        return configs.flatMap { shape, perm in
            [DType.float32, .int64, .bool].map { d in
                OpCase(name: "transpose \(d)\(shapeName(shape)) perm \(perm)", op: .transpose(perm),
                       inputs: [InputSpec(dtype: d, shape: shape, range: -100...100)], tolerance: .exact)
            }
        }
    }

    /// Every rank up to 4, single and several axes, all or none of them, size-1 axes and a long
    /// row; every dtype (bool included: the kernel only moves bytes).
    static var reverse: [OpCase] {
        let configs: [([Int], [Int])] = [([], []), ([7], [0]), ([3, 4], [0]), ([3, 4], [1]), ([3, 4], [0, 1]),
                                         ([2, 3, 4], [1]), ([2, 3, 4], [0, 2]), ([2, 1, 4], [1, 2]), ([1, 5], [0]),
                                         ([3, 3, 4, 5], [0, 1]), ([2, 3, 4, 5], [3]), ([2, 3, 4, 5], [0, 1, 2, 3]),
                                         ([17, 9], []), ([5, 33], [1])]
        return configs.flatMap { shape, axes in
            DType.allCases.map { d in
                OpCase(name: "reverse \(d)\(shapeName(shape)) axes \(axes)", op: .reverse(axes: axes),
                       inputs: [InputSpec(dtype: d, shape: shape, range: -100...100)], tolerance: .exact)
            }
        }
    }

    // MARK: gradients

    static func convAttributes(_ cfg: ConvConfig, _ format: DataFormat) -> Conv2DAttributes {
        Conv2DAttributes(strideH: cfg.sh, strideW: cfg.sw, dilationH: cfg.dh, dilationW: cfg.dw, padding: cfg.padding, dataFormat: format)
    }

    static func convInputShape(_ cfg: ConvConfig, _ format: DataFormat) -> [Int] {
        format == .nhwc ? [cfg.n, cfg.h, cfg.w, cfg.c] : [cfg.n, cfg.c, cfg.h, cfg.w]
    }

    /// The shape of the forward Conv2D's output for a config.
    static func convOutputShape(_ cfg: ConvConfig, _ format: DataFormat) throws -> [Int] {
        let attrs = convAttributes(cfg, format)
        let t = try Op.conv2D(attrs).inferTypes([TensorType(cfg.dtype, convInputShape(cfg, format)),
                                                 TensorType(cfg.dtype, [cfg.kh, cfg.kw, cfg.c, cfg.f])])
        return t[0].shape ?? []
    }

    /// Extra configs for the gradients: MNIST-like layers (5x5 SAME, 32 -> 64 channels).
    static let convGradConfigs: [ConvConfig] = convConfigs + [
        ConvConfig(n: 2, h: 12, w: 12, c: 4, kh: 5, kw: 5, f: 8, padding: .same, label: "MNIST-like 5x5 same"),
        ConvConfig(n: 1, h: 8, w: 9, c: 3, kh: 3, kw: 3, f: 17, sh: 1, sw: 2, padding: .same, label: "odd filters stride 1x2"),
        // Images large enough that the filter gradient sums the batch in several cache-sized chunks.
        ConvConfig(n: 3, h: 40, w: 40, c: 8, kh: 3, kw: 3, f: 16, padding: .same, label: "batch in several chunks"),
        ConvConfig(n: 0, h: 5, w: 5, c: 4, kh: 3, kw: 3, f: 8, padding: .same, label: "empty batch"),
    ]

    static var convGrad: [OpCase] {
        var cases: [OpCase] = []
        for cfg in convGradConfigs {
            for format in DataFormat.allCases {
                guard let dy = try? convOutputShape(cfg, format) else { continue }
                let attrs = convAttributes(cfg, format)
                let x = convInputShape(cfg, format), w = [cfg.kh, cfg.kw, cfg.c, cfg.f]
                let perInput = cfg.kh * cfg.kw * cfg.f, perFilter = dy.reduce(1, *) / cfg.f
                cases.append(OpCase(name: "conv2d backprop input \(format.rawValue) \(cfg.label)",
                                    op: .conv2DBackpropInput(attrs, inputShape: x),
                                    inputs: [InputSpec(dtype: cfg.dtype, shape: w), InputSpec(dtype: cfg.dtype, shape: dy)],
                                    tolerance: .accumulation(cfg.dtype, k: perInput)))
                cases.append(OpCase(name: "conv2d backprop filter \(format.rawValue) \(cfg.label)",
                                    op: .conv2DBackpropFilter(attrs, filterShape: w),
                                    inputs: [InputSpec(dtype: cfg.dtype, shape: x), InputSpec(dtype: cfg.dtype, shape: dy)],
                                    tolerance: .accumulation(cfg.dtype, k: perFilter)))
            }
        }
        return cases
    }

    static var poolGrad: [OpCase] {
        var cases: [OpCase] = []
        var configs = poolConfigs.map { ($0, $0.padding) }
        configs.append((PoolConfig(n: 2, h: 5, w: 6, c: 3, wh: 3, ww: 2, sh: 2, sw: 2, padding: .valid),
                        .explicit(top: 1, bottom: 2, left: 0, right: 1)))
        for (cfg, padding) in configs {
            for format in DataFormat.allCases {
                let x = format == .nhwc ? [cfg.n, cfg.h, cfg.w, cfg.c] : [cfg.n, cfg.c, cfg.h, cfg.w]
                let pad: String
                switch padding {
                case .valid: pad = "valid"
                case .same: pad = "same"
                case .explicit: pad = "explicit"
                }
                let label = "\(format.rawValue) \(cfg.dtype)\(shapeName(x)) window \(cfg.wh)x\(cfg.ww) stride \(cfg.sh)x\(cfg.sw) \(pad)"
                for kind in [PoolKind.max, .avg] {
                    if kind == .avg, case .explicit = padding { continue }
                    let attrs = PoolAttributes(kind: kind, windowH: cfg.wh, windowW: cfg.ww, strideH: cfg.sh, strideW: cfg.sw,
                                               padding: padding, dataFormat: format)
                    guard let y = try? Op.pool(attrs).inferTypes([TensorType(cfg.dtype, x)])[0].shape else { continue }
                    let overlap = ((cfg.wh + cfg.sh - 1) / cfg.sh) * ((cfg.ww + cfg.sw - 1) / cfg.sw)
                    if kind == .max {
                        // Few distinct values: ties inside windows pick the first maximum.
                        cases.append(OpCase(name: "maxpool grad \(label)", op: .maxPoolGrad(attrs),
                                            inputs: [InputSpec(dtype: cfg.dtype, shape: x, values: [1, 3, 3, 0, 3, 2, 1, -1, 3, 2, 0]),
                                                     InputSpec(dtype: cfg.dtype, shape: y), InputSpec(dtype: cfg.dtype, shape: y)],
                                            tolerance: .accumulation(cfg.dtype, k: overlap)))
                    } else {
                        cases.append(OpCase(name: "avgpool grad \(label)", op: .avgPoolGrad(attrs, inputShape: x),
                                            inputs: [InputSpec(dtype: cfg.dtype, shape: y)],
                                            tolerance: .accumulation(cfg.dtype, k: overlap)))
                    }
                }
            }
        }
        let specials: [Double] = [.nan, 1, -.infinity, 2, .infinity, -3, 0, -0.0, 5, -1, 7, .nan, .nan]
        cases.append(OpCase(name: "maxpool grad special values",
                            op: .maxPoolGrad(PoolAttributes(kind: .max, windowH: 2, windowW: 2, strideH: 1, strideW: 1, padding: .same)),
                            inputs: [InputSpec(dtype: .float32, shape: [1, 4, 5, 2], values: specials),
                                     InputSpec(dtype: .float32, shape: [1, 4, 5, 2]), InputSpec(dtype: .float32, shape: [1, 4, 5, 2])],
                            tolerance: .accumulation(.float32, k: 4)))
        return cases
    }

    static var training: [OpCase] {
        compare + select + cast + broadcastTo + randomUniform + crossEntropy + argMax + transpose + reverse + convGrad
            + poolGrad
    }
}
