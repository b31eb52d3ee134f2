import Codegen
import GraphIR
import LLVMKit

/// The cases of the per-op matrix, one family per static property.
enum OpMatrix {
    static let floatTypes: [DType] = [.float32, .float64]
    static let numericTypes: [DType] = [.float32, .float64, .int32, .int64]

    // MARK: element-wise

    static let unaryShapes: [[Int]] = [[], [1], [7], [3, 5], [2, 3, 1, 5], [2, 17]]

    /// Inputs where each function is defined and well-conditioned.
    static func unaryRange(_ u: UnaryOp, _ d: DType) -> ClosedRange<Double> {
        if d.isInteger { return u == .square ? -3000...3000 : -100...100 }
        switch u {
        case .log, .sqrt, .rsqrt: return 0.01...50
        case .exp: return -20...20
        case .tanh, .sigmoid: return -6...6
        case .neg, .relu, .square, .abs: return -10...10
        case .elu, .expm1: return -10...5
        case .softplus: return -20...20
        case .erf, .erfc: return -4...4
        case .log1p: return -0.99...30
        case .floor, .ceil, .round, .sign, .reciprocal: return -10...10
        case .sin, .cos: return -7...7
        }
    }

    static func unaryTolerance(_ u: UnaryOp, _ d: DType) -> Tolerance {
        switch u {
        case .neg, .relu, .square, .abs, .sqrt: return .exact
        case .exp, .log, .rsqrt, .tanh, .sigmoid: return .transcendental(d)
        // Correctly rounded in one step.
        case .floor, .ceil, .round, .sign, .reciprocal: return .exact
        case .elu, .softplus, .erf, .erfc, .log1p, .expm1, .sin, .cos: return .transcendental(d)
        }
    }

    static var unary: [OpCase] {
        var cases: [OpCase] = []
        for u in UnaryOp.allCases {
            for d in u.takesIntegers ? numericTypes : floatTypes {
                for s in unaryShapes {
                    cases.append(OpCase(name: "\(u.rawValue) \(d)\(shapeName(s))", op: .unary(u),
                                        inputs: [InputSpec(dtype: d, shape: s, range: unaryRange(u, d))],
                                        tolerance: unaryTolerance(u, d)))
                }
                // Near zero (where tanh and sigmoid are easy to get wrong) and a constant operand.
                if d.isFloatingPoint {
                    let tiny: [Double] = [1e-8, -1e-8, 3e-5, -3e-5, 1e-3, -2e-3, 0.02, -0.07, 0, 0.3, 0.01, 0.5]
                    let small = [.log, .sqrt, .rsqrt].contains(u) ? tiny.map { Swift.abs($0) + 1e-9 } : tiny
                    cases.append(OpCase(name: "\(u.rawValue) \(d) near zero", op: .unary(u),
                                        inputs: [InputSpec(dtype: d, shape: [3, 4], values: small)],
                                        tolerance: unaryTolerance(u, d)))
                }
                cases.append(OpCase(name: "\(u.rawValue) \(d) constant input", op: .unary(u),
                                    inputs: [InputSpec(dtype: d, shape: [2, 3], range: unaryRange(u, d), constant: true)],
                                    tolerance: unaryTolerance(u, d)))
            }
        }
        return cases
    }

    /// Infinities, NaN, signed zero, overflow: IEEE results, NaN propagated (as TensorFlow does).
    static var unarySpecial: [OpCase] {
        let floats: [Double] = [0, -0.0, .infinity, -.infinity, .nan, 1e-30, -1e-30, 88, -88, 100, -100,
                                1e30, -1e30, 710, -710, 20, -20, 1, -1, 0.5]
        var cases: [OpCase] = []
        for u in UnaryOp.allCases {
            for d in floatTypes {
                cases.append(OpCase(name: "\(u.rawValue) \(d) special values", op: .unary(u),
                                    inputs: [InputSpec(dtype: d, shape: [floats.count], values: floats)],
                                    tolerance: unaryTolerance(u, d)))
            }
        }
        let i32: [Double] = [Double(Int32.min), Double(Int32.max), -1, 0, 1, 46341, -46341, 65536]
        let i64: [Double] = [-9_223_372_036_854_775_808, 9_223_372_036_854_774_784, -1, 0, 1, 3_037_000_500, 4_294_967_296]
        for u in UnaryOp.allCases where u.takesIntegers {
            cases.append(OpCase(name: "\(u.rawValue) int32 wrap-around", op: .unary(u),
                                inputs: [InputSpec(dtype: .int32, shape: [i32.count], values: i32)], tolerance: .exact))
            cases.append(OpCase(name: "\(u.rawValue) int64 wrap-around", op: .unary(u),
                                inputs: [InputSpec(dtype: .int64, shape: [i64.count], values: i64)], tolerance: .exact))
        }
        return cases
    }

    /// Broadcasting corners: equal, scalar either side, [3,1] x [1,4], rank mismatch both ways.
    static let binaryShapes: [([Int], [Int])] = [
        ([], []), ([], [2, 3]), ([2, 3], []), ([1], [5]), ([5], [1]),
        ([3, 1], [1, 4]), ([1, 4], [3, 1]), ([2, 1, 3], [3]), ([3], [2, 1, 3]),
        ([4, 5], [4, 5]), ([2, 3, 4, 5], [1, 4, 1]), ([4, 1], [2, 3, 1, 6]), ([5, 1, 7], [1, 6, 1]),
        ([2, 17], [17]), ([3, 1, 1], [1, 1, 9]),
    ]

    static var binary: [OpCase] {
        var cases: [OpCase] = []
        for op in BinaryOp.allCases {
            for d in numericTypes {
                let (lhs, rhs) = binaryRanges(op, d)
                let nonZero = d.isInteger && [.div, .floorDiv, .floorMod].contains(op)
                for (sa, sb) in binaryShapes {
                    cases.append(OpCase(
                        name: "\(op.rawValue) \(d)\(shapeName(sa)) x \(shapeName(sb))", op: .binary(op),
                        inputs: [InputSpec(dtype: d, shape: sa, range: lhs),
                                 InputSpec(dtype: d, shape: sb, range: rhs, nonZero: nonZero)],
                        tolerance: binaryTolerance(op, d)))
                }
                // One side a constant (read from a global), each side.
                cases.append(OpCase(
                    name: "\(op.rawValue) \(d) constant lhs", op: .binary(op),
                    inputs: [InputSpec(dtype: d, shape: [3, 1], range: lhs, constant: true),
                             InputSpec(dtype: d, shape: [3, 4], range: rhs, nonZero: nonZero)],
                    tolerance: binaryTolerance(op, d)))
                cases.append(OpCase(
                    name: "\(op.rawValue) \(d) constant rhs", op: .binary(op),
                    inputs: [InputSpec(dtype: d, shape: [2, 5], range: lhs),
                             InputSpec(dtype: d, shape: [5], range: rhs, nonZero: nonZero, constant: true)],
                    tolerance: binaryTolerance(op, d)))
            }
        }
        // Enough elements that threads share the nest's outer dimensions (rank 4, with a
        // channel broadcast; rank 2, by rows).
        for (sa, sb) in [([1, 64, 64, 65], [65]), ([520, 512], [520, 1])] {
            cases.append(OpCase(name: "add float32\(shapeName(sa)) x \(shapeName(sb)) in parallel", op: .binary(.add),
                                inputs: [InputSpec(dtype: .float32, shape: sa), InputSpec(dtype: .float32, shape: sb)],
                                tolerance: binaryTolerance(.add, .float32)))
        }
        return cases
    }

    static var binarySpecial: [OpCase] {
        // Every pair of these values, in both orders.
        let specials: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan, 1e-30, 3e38]
        let lhs = specials.flatMap { a in specials.map { _ in a } }
        let rhs = specials.flatMap { _ in specials }
        var cases: [OpCase] = []
        for op in BinaryOp.allCases {
            for d in floatTypes {
                cases.append(OpCase(name: "\(op.rawValue) \(d) special pairs", op: .binary(op),
                                    inputs: [InputSpec(dtype: d, shape: [lhs.count], values: lhs),
                                             InputSpec(dtype: d, shape: [rhs.count], values: rhs)],
                                    tolerance: binaryTolerance(op, d)))
            }
        }
        // Integer extremes: wrap-around, and division truncating toward zero including min / -1.
        let i32: [Double] = [Double(Int32.min), Double(Int32.max), -7, 7, -1, 1, 65536, -3]
        let i64: [Double] = [-9_223_372_036_854_775_808, 9_223_372_036_854_774_784, -7, 7, -1, 1, 4_294_967_296, -3]
        for (d, values) in [(DType.int32, i32), (.int64, i64)] {
            let a = values.flatMap { x in values.map { _ in x } }
            let b = values.flatMap { _ in values }
            // Pow's extremes (exponents must not be negative) are in `powSpecial`.
            for op in BinaryOp.allCases where op != .pow {
                cases.append(OpCase(name: "\(op.rawValue) \(d) extremes", op: .binary(op),
                                    inputs: [InputSpec(dtype: d, shape: [a.count], values: a),
                                             InputSpec(dtype: d, shape: [b.count], values: b)],
                                    tolerance: .exact))
            }
        }
        return cases
    }

    /// Operand ranges where each op is defined: Pow of positive floats (negative bases are in
    /// `powSpecial`) and of integers to non-negative powers, which TensorFlow requires.
    static func binaryRanges(_ op: BinaryOp, _ d: DType) -> (ClosedRange<Double>, ClosedRange<Double>) {
        switch op {
        case .pow: return d.isInteger ? (-9...9, 0...12) : (0.05...6, -5...5)
        case .add, .sub, .mul, .div, .maximum, .minimum, .reluGrad, .floorDiv, .floorMod:
            return d.isInteger ? (-50...50, -50...50) : (-10...10, -10...10)
        }
    }

    static func binaryTolerance(_ op: BinaryOp, _ d: DType) -> Tolerance {
        op == .pow && d.isFloatingPoint ? .transcendental(d) : .exact
    }

    static var identity: [OpCase] {
        [[], [7], [3, 4, 5]].flatMap { s in
            numericTypes.map { d in
                OpCase(name: "identity \(d)\(shapeName(s))", op: .identity,
                       inputs: [InputSpec(dtype: d, shape: s, range: -100...100)], tolerance: .exact)
            }
        }
    }

    // MARK: MatMul

    /// (m, k, n): 1xk row, kx1 column, outer product, odd sizes, and one large enough to vectorise.
    static let matMulSizes: [(Int, Int, Int)] = [
        (1, 9, 1), (1, 9, 6), (6, 9, 1), (7, 13, 5), (4, 1, 3), (1, 1, 1), (3, 40, 2), (16, 33, 17),
        // Register tiles: columns in vector chunks, row and column remainders, k in whole vectors.
        (13, 32, 48), (9, 64, 7), (1, 16, 96), (11, 48, 80),
        // Column-sliced products of 1-4 rows: chunks of up to 16 vectors, k in blocks of 32 with a
        // remainder block, several chunks (and threads) per product.
        (1, 75, 64), (2, 32, 48), (3, 33, 512), (4, 70, 40), (1, 5, 272), (2, 0, 64),
        // Too narrow for column slices with wide vectors: a row-stream product.
        (2, 7, 64),
    ]

    static var matMul: [OpCase] {
        var cases: [OpCase] = []
        for ta in [false, true] {
            for tb in [false, true] {
                for (d, sizes) in [(DType.float32, matMulSizes), (.float64, [(7, 13, 5), (1, 9, 6), (10, 16, 24)]),
                                   (.int32, [(7, 13, 5), (6, 9, 1)]), (.int64, [(3, 4, 5)])] {
                    for (m, k, n) in sizes {
                        let a = ta ? [k, m] : [m, k], b = tb ? [n, k] : [k, n]
                        let range: ClosedRange<Double> = d.isInteger ? -20...20 : -1...1
                        cases.append(OpCase(
                            name: "matmul \(d) \(m)x\(k)x\(n) ta=\(ta) tb=\(tb)",
                            op: .matMul(transposeA: ta, transposeB: tb),
                            inputs: [InputSpec(dtype: d, shape: a, range: range), InputSpec(dtype: d, shape: b, range: range)],
                            tolerance: .accumulation(d, k: k)))
                    }
                }
                cases.append(OpCase(
                    name: "matmul float32 constant weights ta=\(ta) tb=\(tb)",
                    op: .matMul(transposeA: ta, transposeB: tb),
                    inputs: [InputSpec(dtype: .float32, shape: ta ? [11, 5] : [5, 11]),
                             InputSpec(dtype: .float32, shape: tb ? [8, 11] : [11, 8], constant: true)],
                    tolerance: .accumulation(.float32, k: 11)))
            }
        }
        return cases
    }

    // MARK: Conv2D

    struct ConvConfig {
        var n: Int, h: Int, w: Int, c: Int
        var kh: Int, kw: Int, f: Int
        var sh = 1, sw = 1, dh = 1, dw = 1
        var padding: Padding = .valid
        var dtype: DType = .float32
        var label: String
    }

    static let convConfigs: [ConvConfig] = [
        ConvConfig(n: 1, h: 5, w: 5, c: 1, kh: 3, kw: 3, f: 1, label: "3x3 valid single channel"),
        ConvConfig(n: 1, h: 7, w: 6, c: 3, kh: 3, kw: 2, f: 4, padding: .same, label: "3x2 same"),
        ConvConfig(n: 3, h: 8, w: 9, c: 2, kh: 3, kw: 3, f: 5, sh: 2, sw: 2, padding: .same, label: "stride 2 same batch 3"),
        ConvConfig(n: 2, h: 9, w: 7, c: 3, kh: 2, kw: 2, f: 3, sh: 3, sw: 3, label: "stride 3 > kernel 2 valid"),
        ConvConfig(n: 1, h: 10, w: 11, c: 2, kh: 3, kw: 3, f: 2, dh: 2, dw: 2, padding: .same, label: "dilation 2 same"),
        ConvConfig(n: 1, h: 11, w: 10, c: 2, kh: 3, kw: 2, f: 3, sh: 2, sw: 2, dh: 2, dw: 2, label: "dilation 2 stride 2 valid"),
        ConvConfig(n: 1, h: 9, w: 8, c: 4, kh: 1, kw: 1, f: 6, label: "1x1"),
        ConvConfig(n: 2, h: 6, w: 7, c: 3, kh: 1, kw: 1, f: 2, sh: 2, sw: 3, padding: .same, label: "1x1 stride 2x3 same"),
        ConvConfig(n: 1, h: 6, w: 5, c: 2, kh: 3, kw: 3, f: 3,
                   padding: .explicit(top: 1, bottom: 0, left: 2, right: 1), label: "explicit asymmetric"),
        ConvConfig(n: 3, h: 7, w: 7, c: 2, kh: 2, kw: 3, f: 3, sh: 2, sw: 1, dh: 1, dw: 2,
                   padding: .explicit(top: 0, bottom: 2, left: 1, right: 0), label: "explicit strided dilated"),
        ConvConfig(n: 1, h: 4, w: 4, c: 1, kh: 2, kw: 2, f: 1, padding: .explicit(top: 3, bottom: 3, left: 0, right: 2),
                   label: "explicit padding wider than kernel"),
        ConvConfig(n: 1, h: 5, w: 4, c: 1, kh: 5, kw: 4, f: 2, label: "kernel covers input"),
        ConvConfig(n: 1, h: 4, w: 5, c: 2, kh: 3, kw: 3, f: 2, sh: 3, sw: 2, padding: .same, label: "stride 3x2 same"),
        ConvConfig(n: 1, h: 12, w: 12, c: 8, kh: 3, kw: 3, f: 16, padding: .same, label: "8->16 channels same"),
        ConvConfig(n: 2, h: 5, w: 6, c: 5, kh: 1, kw: 3, f: 7, sh: 1, sw: 2, padding: .valid, label: "1x3 non-square stride"),
        ConvConfig(n: 1, h: 7, w: 6, c: 3, kh: 3, kw: 2, f: 4, padding: .same, dtype: .float64, label: "float64 3x2 same"),
        ConvConfig(n: 2, h: 6, w: 6, c: 2, kh: 2, kw: 2, f: 3, sh: 2, sw: 2, padding: .explicit(top: 1, bottom: 1, left: 0, right: 1),
                   dtype: .float64, label: "float64 explicit stride 2"),
        // Filter counts that fill vector registers: register tiles with interior and padded
        // edge tiles, remainder tiles, several vectors per row, and a row too wide to tile.
        ConvConfig(n: 2, h: 9, w: 13, c: 3, kh: 3, kw: 3, f: 32, padding: .same, label: "32 filters same, 13 wide"),
        ConvConfig(n: 1, h: 8, w: 17, c: 5, kh: 3, kw: 5, f: 48, sh: 1, sw: 2,
                   padding: .explicit(top: 1, bottom: 2, left: 3, right: 0), label: "48 filters explicit stride 1x2"),
        ConvConfig(n: 2, h: 6, w: 11, c: 4, kh: 2, kw: 3, f: 16, dh: 2, dw: 2, padding: .same, dtype: .float64,
                   label: "float64 16 filters dilation 2 same"),
        ConvConfig(n: 1, h: 14, w: 14, c: 1, kh: 5, kw: 5, f: 32, label: "5x5 single channel 32 filters valid"),
        ConvConfig(n: 1, h: 4, w: 5, c: 2, kh: 1, kw: 2, f: 512, label: "512 filters"),
        ConvConfig(n: 1, h: 5, w: 40, c: 3, kh: 3, kw: 3, f: 16, padding: .same, label: "wide row: edge tiles around a loop of inner tiles"),
        ConvConfig(n: 1, h: 1, w: 100, c: 1, kh: 1, kw: 65, f: 8, padding: .same, label: "window too wide to emit edge tiles for"),
        // Row tiles as equal as they can be, whose first and last hold several pixels of which
        // some windows reach into the padding (VGG16's 28-pixel rows: 10, 9 and 9).
        ConvConfig(n: 1, h: 4, w: 28, c: 5, kh: 3, kw: 3, f: 64, padding: .same, label: "28 wide: equal tiles with padded pixels inside"),
        ConvConfig(n: 1, h: 3, w: 61, c: 3, kh: 7, kw: 7, f: 32, sh: 2, sw: 2, padding: .same, label: "7x7 stride 2 same: edge tiles of several pixels"),
        // 11 vectors of 8 channels (Xception's 728 are 91): blocks of 2 vectors and a last of 1.
        ConvConfig(n: 1, h: 3, w: 30, c: 5, kh: 3, kw: 3, f: 88, padding: .same, label: "88 filters: a narrower last channel block"),
        // Small images (ResNet's 7x7 stage): tiles of consecutive pixels across output rows, each
        // padded window position decided at compile time, several channel blocks and images.
        ConvConfig(n: 2, h: 7, w: 7, c: 8, kh: 3, kw: 3, f: 64, padding: .same, label: "7x7 same on pixel tiles across rows"),
        ConvConfig(n: 1, h: 7, w: 7, c: 16, kh: 1, kw: 1, f: 32, label: "7x7 1x1 on interior pixel tiles"),
        ConvConfig(n: 1, h: 14, w: 13, c: 8, kh: 1, kw: 1, f: 32, sh: 2, sw: 2, label: "1x1 stride 2 onto 7x7 pixel tiles"),
        ConvConfig(n: 1, h: 9, w: 8, c: 4, kh: 3, kw: 3, f: 48, dh: 2, dw: 2, padding: .same, label: "48 filters dilation 2 same on pixel tiles"),
        ConvConfig(n: 1, h: 6, w: 5, c: 3, kh: 3, kw: 2, f: 16, sh: 1, sw: 2,
                   padding: .explicit(top: 0, bottom: 2, left: 1, right: 0), dtype: .float64, label: "float64 explicit pixel tiles"),
        // Channel counts of 5 and 7 vectors (EfficientNet's 80 and 112, Xception's 728 = 91 x 8):
        // blocks of 5 or 7 vectors rather than one.
        ConvConfig(n: 1, h: 9, w: 30, c: 6, kh: 3, kw: 3, f: 80, padding: .same, label: "80 filters in blocks of 5 vectors"),
        ConvConfig(n: 2, h: 7, w: 7, c: 5, kh: 1, kw: 1, f: 112, label: "7x7 112 filters in blocks of 7 vectors"),
        ConvConfig(n: 1, h: 5, w: 19, c: 4, kh: 1, kw: 1, f: 728, label: "728 filters (91 vectors of 8)"),
    ]

    static var conv2D: [OpCase] {
        var cases: [OpCase] = []
        for cfg in convConfigs {
            for format in DataFormat.allCases {
                let attrs = Conv2DAttributes(strideH: cfg.sh, strideW: cfg.sw, dilationH: cfg.dh, dilationW: cfg.dw,
                                             padding: cfg.padding, dataFormat: format)
                let x = format == .nhwc ? [cfg.n, cfg.h, cfg.w, cfg.c] : [cfg.n, cfg.c, cfg.h, cfg.w]
                let k = cfg.kh * cfg.kw * cfg.c
                cases.append(OpCase(name: "conv2d \(format.rawValue) \(cfg.label)", op: .conv2D(attrs),
                                    inputs: [InputSpec(dtype: cfg.dtype, shape: x),
                                             InputSpec(dtype: cfg.dtype, shape: [cfg.kh, cfg.kw, cfg.c, cfg.f])],
                                    tolerance: .accumulation(cfg.dtype, k: k)))
            }
        }
        // A constant filter, as imported models have.
        for format in DataFormat.allCases {
            let x = format == .nhwc ? [2, 6, 5, 3] : [2, 3, 6, 5]
            cases.append(OpCase(name: "conv2d \(format.rawValue) constant filter", op: .conv2D(Conv2DAttributes(padding: .same, dataFormat: format)),
                                inputs: [InputSpec(dtype: .float32, shape: x),
                                         InputSpec(dtype: .float32, shape: [3, 3, 3, 4], constant: true)],
                                tolerance: .accumulation(.float32, k: 27)))
        }
        return cases + packedConv2D(for: .host)
    }

    /// Filters packed by channel blocks (pass `pack`) in the width `target`'s kernel computes, for
    /// the pixel tiles (7x7) and the row tiles (9x20), strided and not.
    static func packedConv2D(for target: TargetDescription) -> [OpCase] {
        var cases: [OpCase] = []
        for (x, f, stride) in [([2, 7, 7, 8], [3, 3, 8, 64], 1), ([1, 9, 20, 5], [3, 3, 5, 96], 1), ([1, 14, 14, 16], [1, 1, 16, 128], 2),
                               ([1, 5, 30, 5], [3, 3, 5, 88], 1),  // the last block padded with zero filters
                               // With 512-bit vectors: 136 = 8.5 and 168 = 10.5 vectors of 16 lanes, the
                               // last vector half past the channels (168: in a narrower last block).
                               ([1, 5, 30, 8], [3, 3, 8, 136], 1), ([1, 4, 25, 8], [1, 1, 8, 168], 1)] {
            var attributes = Conv2DAttributes(strideH: stride, strideW: stride, padding: .same)
            guard let k = CodeGenerator.convolutionBlockWidth(attributes, input: x, filter: f, dtype: .float32, target: target),
                  k < f[3] else { continue }
            attributes.filterBlock = k
            attributes.filterPadding = Conv2DAttributes.filterPadding(filters: f[3], block: k)
            cases.append(OpCase(name: "conv2d NHWC filter packed by \(k) \(x) * \(f) stride \(stride)", op: .conv2D(attributes),
                                inputs: [InputSpec(dtype: .float32, shape: x),
                                         InputSpec(dtype: .float32, shape: [(f[3] + k - 1) / k, f[0], f[1], f[2], k], constant: true)],
                                tolerance: .accumulation(.float32, k: f[0] * f[1] * f[2])))
        }
        return cases
    }

    // MARK: pooling

    struct PoolConfig {
        var n: Int, h: Int, w: Int, c: Int
        var wh: Int, ww: Int, sh: Int, sw: Int
        var padding: Padding
        var dtype: DType = .float32
    }

    static let poolConfigs: [PoolConfig] = [
        PoolConfig(n: 1, h: 6, w: 7, c: 3, wh: 2, ww: 2, sh: 2, sw: 2, padding: .valid),
        PoolConfig(n: 1, h: 6, w: 7, c: 3, wh: 2, ww: 2, sh: 2, sw: 2, padding: .same),
        PoolConfig(n: 1, h: 5, w: 5, c: 2, wh: 3, ww: 3, sh: 1, sw: 1, padding: .same),
        PoolConfig(n: 2, h: 7, w: 6, c: 2, wh: 3, ww: 3, sh: 2, sw: 2, padding: .same),
        PoolConfig(n: 2, h: 7, w: 6, c: 2, wh: 3, ww: 3, sh: 2, sw: 2, padding: .valid),
        PoolConfig(n: 1, h: 8, w: 8, c: 1, wh: 2, ww: 2, sh: 3, sw: 3, padding: .valid),
        PoolConfig(n: 1, h: 8, w: 7, c: 2, wh: 2, ww: 2, sh: 3, sw: 3, padding: .same),
        PoolConfig(n: 3, h: 7, w: 5, c: 4, wh: 3, ww: 2, sh: 3, sw: 1, padding: .same),
        PoolConfig(n: 1, h: 4, w: 3, c: 5, wh: 2, ww: 2, sh: 1, sw: 1, padding: .same),
        PoolConfig(n: 1, h: 3, w: 3, c: 1, wh: 3, ww: 3, sh: 3, sw: 3, padding: .valid),
        PoolConfig(n: 1, h: 2, w: 2, c: 3, wh: 3, ww: 3, sh: 1, sw: 1, padding: .same),
        PoolConfig(n: 2, h: 9, w: 9, c: 16, wh: 3, ww: 3, sh: 2, sw: 2, padding: .same),
        // Non-overlapping windows covering the whole input (the max-pool gradient writes each
        // position once, without zeroing first).
        PoolConfig(n: 2, h: 8, w: 6, c: 5, wh: 2, ww: 2, sh: 2, sw: 2, padding: .valid),
        // Channel rows too long for a worker thread's stack: the max-pool gradient's generic path.
        PoolConfig(n: 2, h: 3, w: 2, c: 6_000, wh: 2, ww: 2, sh: 1, sw: 1, padding: .valid),
        PoolConfig(n: 1, h: 7, w: 6, c: 3, wh: 3, ww: 3, sh: 2, sw: 2, padding: .same, dtype: .float64),
        // Channels in blocks of vector registers: InceptionV3's 3x3 stride-1 SAME average pool,
        // several blocks per pixel, and float64 vectors.
        PoolConfig(n: 2, h: 5, w: 6, c: 48, wh: 3, ww: 3, sh: 1, sw: 1, padding: .same),
        PoolConfig(n: 1, h: 6, w: 5, c: 128, wh: 3, ww: 3, sh: 2, sw: 2, padding: .valid),
        PoolConfig(n: 1, h: 5, w: 4, c: 8, wh: 2, ww: 3, sh: 1, sw: 2, padding: .same, dtype: .float64),
        // Enough work that threads share the output rows of one image.
        PoolConfig(n: 1, h: 30, w: 31, c: 64, wh: 3, ww: 3, sh: 1, sw: 1, padding: .same),
    ]

    static var pool: [OpCase] {
        var cases: [OpCase] = []
        for kind in [PoolKind.max, .avg] {
            for cfg in poolConfigs {
                for format in DataFormat.allCases {
                    let attrs = PoolAttributes(kind: kind, windowH: cfg.wh, windowW: cfg.ww, strideH: cfg.sh, strideW: cfg.sw,
                                               padding: cfg.padding, dataFormat: format)
                    let x = format == .nhwc ? [cfg.n, cfg.h, cfg.w, cfg.c] : [cfg.n, cfg.c, cfg.h, cfg.w]
                    let pad = cfg.padding == .same ? "same" : "valid"
                    cases.append(OpCase(
                        name: "\(kind.rawValue)pool \(format.rawValue) \(cfg.dtype)\(shapeName(x)) window \(cfg.wh)x\(cfg.ww) stride \(cfg.sh)x\(cfg.sw) \(pad)",
                        op: .pool(attrs), inputs: [InputSpec(dtype: cfg.dtype, shape: x, range: -10...10)],
                        tolerance: kind == .max ? .exact : .accumulation(cfg.dtype, k: cfg.wh * cfg.ww)))
                }
            }
        }
        // MaxPool with EXPLICIT (asymmetric) padding, as TensorFlow 2.x allows.
        for format in DataFormat.allCases {
            let x = format == .nhwc ? [2, 5, 6, 3] : [2, 3, 5, 6]
            cases.append(OpCase(
                name: "maxpool \(format.rawValue) explicit padding",
                op: .pool(PoolAttributes(kind: .max, windowH: 3, windowW: 2, strideH: 2, strideW: 2,
                                         padding: .explicit(top: 1, bottom: 2, left: 0, right: 1), dataFormat: format)),
                inputs: [InputSpec(dtype: .float32, shape: x, range: -10...10)], tolerance: .exact))
        }
        // Max pooling keeps NaN and handles infinities; average of infinities.
        let specials: [Double] = [.nan, 1, -.infinity, 2, .infinity, -3, 0, -0.0, 5, -1, 7]
        for kind in [PoolKind.max, .avg] {
            cases.append(OpCase(
                name: "\(kind.rawValue)pool special values",
                op: .pool(PoolAttributes(kind: kind, windowH: 2, windowW: 2, strideH: 1, strideW: 1, padding: .same)),
                inputs: [InputSpec(dtype: .float32, shape: [1, 4, 5, 2], values: specials)],
                tolerance: kind == .max ? .exact : .accumulation(.float32, k: 4)))
            // The same values in whole vectors of channels (the register path).
            cases.append(OpCase(
                name: "\(kind.rawValue)pool special values in channel vectors",
                op: .pool(PoolAttributes(kind: kind, windowH: 2, windowW: 2, strideH: 1, strideW: 1, padding: .same)),
                inputs: [InputSpec(dtype: .float32, shape: [1, 3, 4, 16], values: (0..<192).map { specials[($0 * 7) % specials.count] })],
                tolerance: kind == .max ? .exact : .accumulation(.float32, k: 4)))
        }
        return cases
    }

    // MARK: BiasAdd, Softmax, Reshape

    static var biasAdd: [OpCase] {
        var cases: [OpCase] = []
        for format in DataFormat.allCases {
            for shape in [[4, 5], [3, 1], [2, 3, 4], [2, 3, 4, 5], [1, 7, 2, 3]] {
                let channels = shape[format.channelAxis(rank: shape.count)]
                for d in numericTypes {
                    cases.append(OpCase(name: "biasadd \(format.rawValue) \(d)\(shapeName(shape))", op: .biasAdd(format),
                                        inputs: [InputSpec(dtype: d, shape: shape, range: -50...50),
                                                 InputSpec(dtype: d, shape: [channels], range: -50...50)],
                                        tolerance: .exact))
                }
            }
            let shape = [2, 3, 4, 5]
            let channels = shape[format.channelAxis(rank: 4)]
            cases.append(OpCase(name: "biasadd \(format.rawValue) constant bias", op: .biasAdd(format),
                                inputs: [InputSpec(dtype: .float32, shape: shape),
                                         InputSpec(dtype: .float32, shape: [channels], constant: true)],
                                tolerance: .exact))
        }
        return cases
    }

    static var softmax: [OpCase] { softmaxFamily(.softmax, "softmax") }

    /// Rows of the last axis: odd lengths, large logits (which overflow a naive exp), a wide range, infinities.
    static func softmaxFamily(_ op: Op, _ label: String) -> [OpCase] {
        var cases: [OpCase] = []
        for d in floatTypes {
            for s in [[1], [7], [3, 5], [4, 1], [2, 3, 17], [5, 64]] {
                cases.append(OpCase(name: "\(label) \(d)\(shapeName(s))", op: op,
                                    inputs: [InputSpec(dtype: d, shape: s, range: -8...8)], tolerance: .softmax(d)))
            }
            cases.append(OpCase(name: "\(label) \(d) large logits", op: op,
                                inputs: [InputSpec(dtype: d, shape: [2, 3], values: [1000, 1001, 1002, -1000, -1001, -1002])],
                                tolerance: .softmax(d)))
            cases.append(OpCase(name: "\(label) \(d) large logits constant", op: op,
                                inputs: [InputSpec(dtype: d, shape: [3], values: [1000, 1001, 1002], constant: true)],
                                tolerance: .softmax(d)))
            cases.append(OpCase(name: "\(label) \(d) wide range", op: op,
                                inputs: [InputSpec(dtype: d, shape: [3, 9], range: -300...300)], tolerance: .softmax(d)))
            cases.append(OpCase(name: "\(label) \(d) infinities", op: op,
                                inputs: [InputSpec(dtype: d, shape: [3, 3], values: [-.infinity, 0, 1, -.infinity, -.infinity, 5, 2, 2, 2])],
                                tolerance: .softmax(d)))
        }
        return cases
    }

    static var reshape: [OpCase] {
        [([2, 3, 4], [4, -1]), ([6], [1, 2, 3]), ([2, 3, 4], [24]), ([1, 5], [5, 1]), ([4, 2], [-1]), ([3], [1, 3, 1])].flatMap { from, to in
            [DType.float32, .int32].map { d in
                OpCase(name: "reshape \(d)\(shapeName(from)) to \(shapeName(to))", op: .reshape(to),
                       inputs: [InputSpec(dtype: d, shape: from, range: -100...100)], tolerance: .exact)
            }
        }
    }

    // MARK: reductions

    /// Max and Min pick an element; sums and products round once per term.
    static func reduceTolerance(_ kind: ReduceKind, _ d: DType, k: Int) -> Tolerance {
        kind == .max || kind == .min ? .exact : .accumulation(d, k: k)
    }

    static let reduceAxes: [[Int]] = [[0], [1], [2], [0, 2], [1, 2], [0, 1], [0, 1, 2], []]

    static var reduce: [OpCase] {
        var cases: [OpCase] = []
        for kind in ReduceKind.allCases where kind != .all && kind != .any {
            for keep in [false, true] {
                for d in [DType.float32, .int32] {
                    for axes in reduceAxes {
                        let shape = [3, 4, 5]
                        let k = axes.reduce(1) { $0 * shape[$1] }
                        cases.append(OpCase(
                            name: "\(kind.rawValue) \(d)\(shapeName(shape)) axes \(axes) keep=\(keep)",
                            op: .reduce(kind, axes: axes, keepDims: keep),
                            inputs: [InputSpec(dtype: d, shape: shape, range: d.isInteger ? -1000...1000 : -1...1)],
                            tolerance: reduceTolerance(kind, d, k: k)))
                    }
                }
                // Other ranks and dtypes.
                let more: [(DType, [Int], [Int])] = [
                    (.float64, [3, 4, 5], [1]), (.int64, [3, 4, 5], [0, 2]), (.float32, [7], [0]),
                    (.float32, [2, 1, 6], [1]), (.float32, [2, 3, 4, 5], [1, 3]), (.float32, [300], [0]),
                    (.float32, [2, 33, 3], [1]), (.int32, [2, 1, 6], [0, 1, 2]),
                ]
                for (d, shape, axes) in more {
                    let k = axes.reduce(1) { $0 * shape[$1] }
                    cases.append(OpCase(
                        name: "\(kind.rawValue) \(d)\(shapeName(shape)) axes \(axes) keep=\(keep)",
                        op: .reduce(kind, axes: axes, keepDims: keep),
                        inputs: [InputSpec(dtype: d, shape: shape, range: d.isInteger ? -1000...1000 : -1...1)],
                        tolerance: reduceTolerance(kind, d, k: k)))
                }
            }
        }
        // NaN and infinities in a max reduction; sums overflowing float32 to infinity.
        let specials: [Double] = [1, .nan, -2, -.infinity, 4, 3, .infinity, 0, -5, 6, 7, -8]
        for kind in ReduceKind.allCases where kind != .all && kind != .any {
            cases.append(OpCase(name: "\(kind.rawValue) special values", op: .reduce(kind, axes: [1], keepDims: false),
                                inputs: [InputSpec(dtype: .float32, shape: [4, 3], values: specials)],
                                tolerance: reduceTolerance(kind, .float32, k: 3)))
        }
        cases.append(OpCase(name: "max all-negative float32", op: .reduce(.max, axes: [0, 1], keepDims: true),
                            inputs: [InputSpec(dtype: .float32, shape: [3, 5], range: -9...(-1))], tolerance: .exact))
        cases.append(OpCase(name: "max all-min int32", op: .reduce(.max, axes: [1], keepDims: false),
                            inputs: [InputSpec(dtype: .int32, shape: [2, 3], values: [Double(Int32.min)])], tolerance: .exact))
        return cases
    }

    static var all: [OpCase] {
        unary + unarySpecial + binary + binarySpecial + identity + matMul + conv2D + pool + biasAdd + softmax + reshape + reduce
            + training + elementwise
            + training
            + groupedConv + groupedConvGrad + resize + resizeGrad
    }
}
