/// Shape and dtype rules: one exhaustive switch over the op table.
/// Unknown dimensions (-1) propagate; they are resolved when placeholders get concrete shapes.
extension Op {
    /// The types of the op's outputs given its inputs' types; throws on a mismatch.
    public func inferTypes(_ inputs: [TensorType]) throws -> [TensorType] {
        guard inputs.count == arity else {
            throw ShapeError("takes \(arity) input(s), got \(inputs.count)")
        }
        switch self {
        case let .placeholder(dtype, shape):
            if let shape { try checkDeclaredShape(shape) }
            return [TensorType(dtype, shape)]
        case .constant(let t):
            return [t.type]
        case .identity:
            return inputs
        case .unary(let u):
            let t = inputs[0]
            if !u.takesIntegers {
                guard t.dtype.isFloatingPoint else { throw ShapeError("\(name) needs a floating-point input, got \(t.dtype)") }
            }
            guard t.dtype != .bool else { throw ShapeError("\(name) does not take bool") }
            return [t]
        case .binary:
            let (a, b) = (inputs[0], inputs[1])
            guard a.dtype == b.dtype else {
                throw ShapeError("input dtypes differ: \(a.dtype) and \(b.dtype)")
            }
            guard a.dtype != .bool else { throw ShapeError("\(name) does not take bool") }
            return [TensorType(a.dtype, try broadcastShapes(a.shape, b.shape))]
        case let .matMul(ta, tb):
            let (a, b) = (inputs[0], inputs[1])
            guard a.dtype == b.dtype else { throw ShapeError("input dtypes differ: \(a.dtype) and \(b.dtype)") }
            guard a.dtype != .bool else { throw ShapeError("MatMul does not take bool") }
            guard a.rank ?? 2 == 2, b.rank ?? 2 == 2 else {
                throw ShapeError("inputs must be matrices, got \(formatShape(a.shape)) and \(formatShape(b.shape))")
            }
            let ad = a.shape ?? [-1, -1], bd = b.shape ?? [-1, -1]
            let (m, ka) = ta ? (ad[1], ad[0]) : (ad[0], ad[1])
            let (kb, n) = tb ? (bd[1], bd[0]) : (bd[0], bd[1])
            if ka >= 0, kb >= 0, ka != kb {
                throw ShapeError("inner dimensions differ: \(formatShape(a.shape))\(ta ? "ᵀ" : "") x \(formatShape(b.shape))\(tb ? "ᵀ" : "")")
            }
            return [TensorType(a.dtype, [m, n])]
        case .conv2D(let c):
            let (x, f) = (inputs[0], inputs[1])
            guard x.dtype == f.dtype else { throw ShapeError("input and filter dtypes differ: \(x.dtype) and \(f.dtype)") }
            guard x.dtype.isFloatingPoint else { throw ShapeError("Conv2D needs floating-point inputs, got \(x.dtype)") }
            guard x.rank ?? 4 == 4 else { throw ShapeError("input must have rank 4, got \(formatShape(x.shape))") }
            let fs: [Int]
            if c.filterBlock > 0 || c.filterPadding > 0 {
                guard let shape = f.shape, let hwio = c.hwioFilterShape(shape) else {
                    throw ShapeError("a filter packed in blocks of \(c.filterBlock) must be [F/\(c.filterBlock),KH,KW,C,\(c.filterBlock)] with fewer than \(c.filterBlock) channels of padding, got \(formatShape(f.shape)) and \(c.filterPadding)")
                }
                fs = hwio
            } else {
                guard f.rank ?? 4 == 4 else { throw ShapeError("filter must have rank 4 [KH,KW,C,F], got \(formatShape(f.shape))") }
                fs = f.shape ?? [-1, -1, -1, -1]
            }
            let xs = x.shape ?? [-1, -1, -1, -1]
            let ax = c.dataFormat.axes
            let channels = xs[ax.c]
            if channels >= 0, fs[2] >= 0 { _ = try convolutionGroups(channels: channels, filter: fs) }
            // A filter of unknown size (e.g. a placeholder filter) leaves the output size unknown.
            let oh = fs[0] < 0 ? -1 : try spatial(xs[ax.h], fs[0], c.strideH, c.dilationH, c.padding, true)
            let ow = fs[1] < 0 ? -1 : try spatial(xs[ax.w], fs[1], c.strideW, c.dilationW, c.padding, false)
            return [TensorType(x.dtype, layout(c.dataFormat, n: xs[ax.n], h: oh, w: ow, c: fs[3]))]
        case .pool(let p):
            let x = inputs[0]
            guard x.dtype.isFloatingPoint else { throw ShapeError("\(name) needs a floating-point input, got \(x.dtype)") }
            guard x.rank ?? 4 == 4 else { throw ShapeError("input must have rank 4, got \(formatShape(x.shape))") }
            let xs = x.shape ?? [-1, -1, -1, -1]
            let ax = p.dataFormat.axes
            let oh = try spatial(xs[ax.h], p.windowH, p.strideH, 1, p.padding, true)
            let ow = try spatial(xs[ax.w], p.windowW, p.strideW, 1, p.padding, false)
            return [TensorType(x.dtype, layout(p.dataFormat, n: xs[ax.n], h: oh, w: ow, c: xs[ax.c]))]
        case .biasAdd(let format):
            let (x, b) = (inputs[0], inputs[1])
            guard x.dtype == b.dtype else { throw ShapeError("input and bias dtypes differ: \(x.dtype) and \(b.dtype)") }
            guard b.rank ?? 1 == 1 else { throw ShapeError("bias must be a vector, got \(formatShape(b.shape))") }
            guard let xs = x.shape else { return [x] }
            guard xs.count >= 2 else { throw ShapeError("input must have rank >= 2, got \(formatShape(xs))") }
            let c = xs[format.channelAxis(rank: xs.count)]
            if let bn = b.shape?[0], bn >= 0, c >= 0, bn != c {
                throw ShapeError("bias has \(bn) elements but the input has \(c) channels (\(format.rawValue))")
            }
            return [x]
        case .softmax:
            let x = inputs[0]
            guard x.dtype.isFloatingPoint else { throw ShapeError("Softmax needs a floating-point input, got \(x.dtype)") }
            guard x.rank ?? 1 >= 1 else { throw ShapeError("input must have rank >= 1") }
            return [x]
        case .reshape(let target):
            let x = inputs[0]
            return [TensorType(x.dtype, try reshapeTarget(from: x.shape, to: target))]
        case let .reduce(kind, axes, keepDims):
            let x = inputs[0]
            if kind == .all || kind == .any {
                guard x.dtype == .bool else { throw ShapeError("\(name) needs a bool input, got \(x.dtype)") }
            } else {
                guard x.dtype != .bool else { throw ShapeError("\(name) does not take bool") }
            }
            guard let xs = x.shape else { return [TensorType(x.dtype, nil)] }
            for a in axes where a < 0 || a >= xs.count {
                throw ShapeError("axis \(a) is out of range for rank \(xs.count)")
            }
            var out: [Int] = []
            for (i, d) in xs.enumerated() {
                if axes.contains(i) { if keepDims { out.append(1) } } else { out.append(d) }
            }
            return [TensorType(x.dtype, out)]
        case let .variable(dtype, shape):
            _ = try checkedElementCount(shape)
            return [TensorType(dtype, shape)]
        case .assign:
            let (v, x) = (inputs[0], inputs[1])
            guard v.dtype == x.dtype else { throw ShapeError("value dtype \(x.dtype) differs from the variable's \(v.dtype)") }
            if let vs = v.shape, let xs = x.shape, vs.count == xs.count {
                for (a, b) in zip(vs, xs) where a >= 0 && b >= 0 && a != b {
                    throw ShapeError("value shape \(formatShape(xs)) differs from the variable's \(formatShape(vs))")
                }
            } else if v.shape != nil, x.shape != nil {
                throw ShapeError("value shape \(formatShape(x.shape)) differs from the variable's \(formatShape(v.shape))")
            }
            return [v]
        case .dropout(let rate):
            guard rate >= 0, rate < 1 else { throw ShapeError("rate \(rate) must be in [0, 1)") }
            guard inputs[0].dtype.isFloatingPoint else { throw ShapeError("Dropout needs a floating-point input") }
            return inputs
        case let .randomUniform(_, shape):
            guard inputs[0].dtype == .int64, inputs[0].rank ?? 0 == 0 else {
                throw ShapeError("the counter input must be an int64 scalar, got \(inputs[0])")
            }
            _ = try checkedElementCount(shape)
            return [TensorType(.float32, shape)]
        case .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy:
            let (logits, labels) = (inputs[0], inputs[1])
            guard logits.dtype.isFloatingPoint else { throw ShapeError("logits must be floating point, got \(logits.dtype)") }
            guard logits.rank ?? 2 == 2 else { throw ShapeError("logits must be [batch, classes], got \(formatShape(logits.shape))") }
            let ls = logits.shape ?? [-1, -1]
            if self == .sparseSoftmaxCrossEntropy {
                guard labels.dtype.isInteger else { throw ShapeError("labels must be int32 or int64, got \(labels.dtype)") }
                guard labels.rank ?? 1 == 1 else { throw ShapeError("labels must be [batch], got \(formatShape(labels.shape))") }
                if let n = labels.shape?[0], n >= 0, ls[0] >= 0, n != ls[0] {
                    throw ShapeError("\(n) labels for a batch of \(ls[0]) logits")
                }
            } else {
                guard labels.dtype == logits.dtype else { throw ShapeError("labels dtype \(labels.dtype) differs from logits \(logits.dtype)") }
                let joint = try broadcastShapes(labels.shape, logits.shape)
                guard labels.rank ?? 2 == 2 else { throw ShapeError("labels must be [batch, classes], got \(formatShape(labels.shape))") }
                // Labels may broadcast onto the logits, not widen them: the losses are per row of logits.
                if let joint, let shape = logits.shape, !shape.contains(-1), !joint.contains(-1), joint != shape {
                    throw ShapeError("labels \(formatShape(labels.shape)) are larger than the logits \(formatShape(shape)); they must match or broadcast onto them")
                }
            }
            return [TensorType(logits.dtype, [ls[0]]), TensorType(logits.dtype, ls)]
        case let .argMax(axis, outputType):
            let x = inputs[0]
            guard outputType == .int32 || outputType == .int64 else { throw ShapeError("output_type must be int32 or int64") }
            guard x.dtype != .bool else { throw ShapeError("ArgMax does not take bool") }
            guard let xs = x.shape else { return [TensorType(outputType, nil)] }
            guard axis >= 0, axis < xs.count else { throw ShapeError("axis \(axis) is out of range for rank \(xs.count)") }
            if xs[axis] == 0 { throw ShapeError("ArgMax over an empty axis") }
            var out = xs
            out.remove(at: axis)
            return [TensorType(outputType, out)]
        case .compare:
            let (a, b) = (inputs[0], inputs[1])
            guard a.dtype == b.dtype else { throw ShapeError("input dtypes differ: \(a.dtype) and \(b.dtype)") }
            return [TensorType(.bool, try broadcastShapes(a.shape, b.shape))]
        case .select:
            let (c, a, b) = (inputs[0], inputs[1], inputs[2])
            guard c.dtype == .bool else { throw ShapeError("the condition must be bool, got \(c.dtype)") }
            guard a.dtype == b.dtype else { throw ShapeError("branch dtypes differ: \(a.dtype) and \(b.dtype)") }
            return [TensorType(a.dtype, try broadcastShapes(c.shape, try broadcastShapes(a.shape, b.shape)))]
        case .cast(let to):
            return [TensorType(to, inputs[0].shape)]
        case .broadcastTo(let shape):
            _ = try checkedElementCount(shape)
            if let xs = inputs[0].shape {
                guard try broadcastShapes(xs, shape) == shape else {
                    throw ShapeError("cannot broadcast \(formatShape(xs)) to \(formatShape(shape))")
                }
            }
            return [TensorType(inputs[0].dtype, shape)]
        case .transpose(let perm):
            let x = inputs[0]
            guard perm.sorted() == Array(0..<perm.count) else { throw ShapeError("\(perm) is not a permutation") }
            guard let xs = x.shape else { return [TensorType(x.dtype, nil)] }
            guard xs.count == perm.count else { throw ShapeError("permutation \(perm) does not match rank \(xs.count)") }
            return [TensorType(x.dtype, perm.map { xs[$0] })]
        case .reverse(let axes):
            try checkReverseAxes(axes, rank: inputs[0].rank)
            return inputs
        case let .conv2DBackpropInput(c, inputShape):
            let (f, dy) = (inputs[0], inputs[1])
            let expected = try Op.conv2D(c).inferTypes([TensorType(f.dtype, inputShape), f])[0]
            try checkGradient(dy, expected, "dy")
            return [TensorType(f.dtype, inputShape)]
        case let .conv2DBackpropFilter(c, filterShape):
            let (x, dy) = (inputs[0], inputs[1])
            let expected = try Op.conv2D(c).inferTypes([x, TensorType(x.dtype, filterShape)])[0]
            try checkGradient(dy, expected, "dy")
            return [TensorType(x.dtype, filterShape)]
        case .maxPoolGrad(let p):
            let (x, y, dy) = (inputs[0], inputs[1], inputs[2])
            let expected = try Op.pool(p).inferTypes([x])[0]
            try checkGradient(y, expected, "the pooled output")
            try checkGradient(dy, expected, "dy")
            return [x]
        case .shape(let outType):
            guard outType == .int32 || outType == .int64 else { throw ShapeError("out_type must be int32 or int64, got \(outType)") }
            return [TensorType(outType, inputs[0].rank.map { [$0] } ?? [-1])]
        case .dynamicTranspose:
            let (x, perm) = (inputs[0], inputs[1])
            guard perm.dtype.isInteger else { throw ShapeError("the permutation must be int32 or int64, got \(perm.dtype)") }
            guard perm.rank ?? 1 == 1 else { throw ShapeError("the permutation must be a vector, got \(formatShape(perm.shape))") }
            if let rank = x.rank, let n = perm.shape?[0], n >= 0, n != rank {
                throw ShapeError("permutation of \(n) entries for an input of rank \(rank)")
            }
            return [TensorType(x.dtype, x.rank.map { Array(repeating: -1, count: $0) })]
        case .dynamicReshape, .dynamicBroadcast:
            let (x, target) = (inputs[0], inputs[1])
            guard target.dtype.isInteger else { throw ShapeError("the shape must be int32 or int64, got \(target.dtype)") }
            guard target.rank ?? 1 == 1 else { throw ShapeError("the shape must be a vector, got \(formatShape(target.shape))") }
            guard let rank = target.shape?[0], rank >= 0 else { return [TensorType(x.dtype, nil)] }
            return [TensorType(x.dtype, Array(repeating: -1, count: rank))]
        case .splat:
            guard inputs[0].dtype != .bool else { throw ShapeError("\(name) of bool is not supported") }
            return inputs
        case let .range(start, delta, count, dtype):
            guard dtype != .bool else { throw ShapeError("Range of bool is not supported") }
            guard delta != 0, start.isFinite, delta.isFinite else { throw ShapeError("Range needs a finite, non-zero delta and start") }
            _ = try checkedElementCount([count])
            return [TensorType(dtype, [count])]
        case let .avgPoolGrad(p, inputShape):
            let dy = inputs[0]
            let expected = try Op.pool(p).inferTypes([TensorType(dy.dtype, inputShape)])[0]
            try checkGradient(dy, expected, "dy")
            return [TensorType(dy.dtype, inputShape)]
        case let .pad(before, after, mode):
            return [try padType(inputs[0], before, after, mode, value: mode.takesValue ? inputs[1] : nil)]
        case .concat(let axis, _):
            return [try concatType(inputs, axis: axis)]
        case let .split(axis, pieces):
            return try splitTypes(inputs[0], axis: axis, pieces: pieces)
        case .squeeze(let axes):
            return [TensorType(inputs[0].dtype, try squeezedShape(inputs[0].shape, axes: axes))]
        case .expandDims(let axis):
            return [try expandDimsType(inputs[0], axis: axis)]
        case let .slice(begin, size):
            return [TensorType(inputs[0].dtype, try sliceSizes(inputs[0].shape, begin: begin, size: size))]
        case .stridedSlice(let spec):
            return [TensorType(inputs[0].dtype, try spec.resolve(inputs[0].shape)?.shape)]
        case .tile(let multiples):
            return [try tileType(inputs[0], multiples: multiples)]
        case let .pack(axis, count):
            return [try packType(inputs, axis: axis, count: count)]
        case let .unpack(axis, count):
            return try unpackTypes(inputs[0], axis: axis, count: count)
        case let .gather(axis, batchDims):
            return [try gatherType(inputs[0], inputs[1], axis: axis, batchDims: batchDims)]
        case let .gatherGrad(axis, batchDims, paramsShape):
            return [try gatherGradType(inputs[0], inputs[1], axis: axis, batchDims: batchDims, paramsShape: paramsShape)]
        case .logSoftmax:
            let x = inputs[0]
            guard x.dtype.isFloatingPoint else { throw ShapeError("LogSoftmax needs a floating-point input, got \(x.dtype)") }
            guard x.rank ?? 1 >= 1 else { throw ShapeError("input must have rank >= 1") }
            return [x]
        case let .batchMatMul(adjX, adjY):
            return [try batchMatMulType(inputs[0], inputs[1], adjX: adjX, adjY: adjY)]
        case .truncatingCast(let to):
            guard inputs[0].dtype == .float64, to == .float32 else {
                throw ShapeError("a truncating Cast goes from float64 to float32, not \(inputs[0].dtype) to \(to)")
            }
            return [TensorType(to, inputs[0].shape)]
        case .resize(let r):
            return [try resizedType(inputs[0], r)]
        case let .resizeGrad(r, inputShape):
            let dy = inputs[0]
            guard dy.dtype.isFloatingPoint else { throw ShapeError("\(name) needs a floating-point gradient, got \(dy.dtype)") }
            _ = try checkedElementCount(inputShape)
            let expected = try resizedType(TensorType(r.method == .bilinear ? .float32 : dy.dtype, inputShape), r)
            try checkGradient(dy, TensorType(dy.dtype, expected.shape), "dy")
            return [TensorType(dy.dtype, inputShape)]
        case .winograd(let w):
            return [try winogradType(inputs[0], w)]
        }
    }
}

/// The transformed tiles `[16, N·TH·TW, C]` of an NHWC float image, or the output image
/// `[N, height, width, F]` of transformed products `[16, N·TH·TW, F]`.
private func winogradType(_ x: TensorType, _ w: WinogradAttributes) throws -> TensorType {
    guard x.dtype.isFloatingPoint else { throw ShapeError("\(Op.winograd(w).name) needs a floating-point input, got \(x.dtype)") }
    guard (1..<maxTensorElements).contains(w.height), (1..<maxTensorElements).contains(w.width),
          (0...2).contains(w.padTop), (0...2).contains(w.padLeft) else {
        throw ShapeError("\(Op.winograd(w).name): output \(w.height)x\(w.width) with padding \(w.padTop)x\(w.padLeft) is not a 3x3 convolution's")
    }
    guard let s = x.shape else { return TensorType(x.dtype, nil) }
    // Attributes come from graph files: sizes whose products overflow are refused, not trapped on.
    let tiles = try checkedElementCount([w.tilesH, w.tilesW])
    switch w.stage {
    case .input:
        guard s.count == 4 else { throw ShapeError("WinogradInputTransform needs an NHWC image, got \(formatShape(s))") }
        return TensorType(x.dtype, [16, try checkedElementCount([s[0], tiles]), s[3]])
    case .output:
        guard s.count == 3, s[0] == 16, tiles > 0, s[1] % tiles == 0 else {
            throw ShapeError("WinogradOutputTransform needs [16, N·\(tiles), F] products, got \(formatShape(s))")
        }
        let shape = [s[1] / tiles, w.height, w.width, s[2]]
        _ = try checkedElementCount(shape)
        return TensorType(x.dtype, shape)
    }
}

/// BatchMatMulV2's result: `[batch..., m, n]` where the batch axes of both operands (all but the
/// last two) broadcast and the inner sizes (after the adjoints) agree.
private func batchMatMulType(_ a: TensorType, _ b: TensorType, adjX: Bool, adjY: Bool) throws -> TensorType {
    guard a.dtype == b.dtype else { throw ShapeError("input dtypes differ: \(a.dtype) and \(b.dtype)") }
    guard a.dtype != .bool else { throw ShapeError("BatchMatMulV2 does not take bool") }
    for t in [a, b] where t.rank ?? 2 < 2 {
        throw ShapeError("inputs must have rank >= 2, got \(formatShape(a.shape)) and \(formatShape(b.shape))")
    }
    guard let ad = a.shape, let bd = b.shape else { return TensorType(a.dtype, nil) }
    let (m, ka) = adjX ? (ad[ad.count - 1], ad[ad.count - 2]) : (ad[ad.count - 2], ad[ad.count - 1])
    let (kb, n) = adjY ? (bd[bd.count - 1], bd[bd.count - 2]) : (bd[bd.count - 2], bd[bd.count - 1])
    if ka >= 0, kb >= 0, ka != kb {
        throw ShapeError("inner dimensions differ: \(formatShape(ad))\(adjX ? "ᴴ" : "") x \(formatShape(bd))\(adjY ? "ᴴ" : "")")
    }
    let batch: [Int]?
    do {
        batch = try broadcastShapes(Array(ad.dropLast(2)), Array(bd.dropLast(2)))
    } catch {
        throw ShapeError("batch dimensions \(formatShape(Array(ad.dropLast(2)))) and \(formatShape(Array(bd.dropLast(2)))) cannot be broadcast")
    }
    return TensorType(a.dtype, (batch ?? []) + [m, n])
}

/// The output of resizing `x` (NHWC): `[N, height, width, C]`.
private func resizedType(_ x: TensorType, _ r: ResizeAttributes) throws -> TensorType {
    guard r.height > 0, r.width > 0 else { throw ShapeError("the output size \(r.height)x\(r.width) must be positive") }
    switch r.rule {
    case .tensorFlow:
        guard !(r.alignCorners && r.halfPixelCenters) else {
            throw ShapeError("align_corners and half_pixel_centers cannot both be true")
        }
    case .onnx(let o):
        guard !r.alignCorners, !r.halfPixelCenters else {
            throw ShapeError("align_corners and half_pixel_centers are TensorFlow's; ONNX's rule is coordinates=\(o.coordinates.rawValue)")
        }
        guard o.scaleH > 0, o.scaleW > 0, o.scaleH.isFinite, o.scaleW.isFinite else {
            throw ShapeError("the scales \(o.scaleH)x\(o.scaleW) must be positive")
        }
    }
    switch r.method {
    case .bilinear:
        guard x.dtype == .float32 else { throw ShapeError("ResizeBilinear computes in float32, got \(x.dtype)") }
    case .nearest:
        guard x.dtype != .bool else { throw ShapeError("ResizeNearestNeighbor does not take bool") }
    }
    guard x.rank ?? 4 == 4 else { throw ShapeError("the image must have rank 4 [N,H,W,C], got \(formatShape(x.shape))") }
    let xs = x.shape ?? [-1, -1, -1, -1]
    guard xs[1] != 0, xs[2] != 0 else { throw ShapeError("the image \(formatShape(xs)) is empty") }
    _ = try checkedElementCount([max(xs[0], 0), r.height, r.width, max(xs[3], 0)])
    return TensorType(x.dtype, [xs[0], r.height, r.width, xs[3]])
}

/// Checks that a gradient input has the type of the forward op's output it stands for.
private func checkGradient(_ given: TensorType, _ expected: TensorType, _ what: String) throws {
    guard given.dtype == expected.dtype else { throw ShapeError("\(what) is \(given.dtype), expected \(expected.dtype)") }
    if let g = given.shape, let e = expected.shape {
        guard g.count == e.count, zip(g, e).allSatisfy({ $0 < 0 || $1 < 0 || $0 == $1 }) else {
            throw ShapeError("\(what) has shape \(formatShape(g)), expected \(formatShape(e))")
        }
    }
}

/// ReverseV2's axes as GraphIR stores them: non-negative, increasing (so equal ops compare equal
/// for CSE) and, once the rank is known, in range. Importers normalise TensorFlow's negative axes.
private func checkReverseAxes(_ axes: [Int], rank: Int?) throws {
    for a in axes where a < 0 { throw ShapeError("axis \(a) is negative (axes must be normalised)") }
    if let rank, let a = axes.first(where: { $0 >= rank }) {
        throw ShapeError("axis \(a) is out of range for rank \(rank)")
    }
    var seen = Set<Int>()
    for a in axes where !seen.insert(a).inserted { throw ShapeError("axis \(a) is given more than once") }
    guard axes == axes.sorted() else { throw ShapeError("axes \(axes) must be in increasing order") }
}

private func checkDeclaredShape(_ shape: [Int]) throws {
    for d in shape where d < -1 { throw ShapeError("dimension \(d) is invalid") }
    _ = try checkedElementCount(shape.map { max($0, 0) })
}

private func spatial(_ input: Int, _ window: Int, _ stride: Int, _ dilation: Int,
                     _ padding: Padding, _ isHeight: Bool) throws -> Int {
    guard input >= 0 else { return -1 }
    return try AxisGeometry(input: input, window: window, stride: stride, dilation: dilation,
                            padding: padding, isHeight: isHeight).output
}

private func layout(_ f: DataFormat, n: Int, h: Int, w: Int, c: Int) -> [Int] {
    f == .nhwc ? [n, h, w, c] : [n, c, h, w]
}

/// NumPy broadcasting of two shapes (unknown dims stay unknown unless the other side decides).
public func broadcastShapes(_ a: [Int]?, _ b: [Int]?) throws -> [Int]? {
    guard let a, let b else { return nil }
    let rank = max(a.count, b.count)
    let pa = Array(repeating: 1, count: rank - a.count) + a
    let pb = Array(repeating: 1, count: rank - b.count) + b
    var out: [Int] = []
    for (x, y) in zip(pa, pb) {
        switch (x, y) {
        case _ where x == y: out.append(x)
        case (1, _): out.append(y)
        case (_, 1): out.append(x)
        case (-1, _): out.append(y)
        case (_, -1): out.append(x)
        default:
            throw ShapeError("shapes \(formatShape(a)) and \(formatShape(b)) cannot be broadcast")
        }
    }
    return out
}

/// Resolves a Reshape target (one -1 allowed) against the input shape.
public func reshapeTarget(from input: [Int]?, to target: [Int]) throws -> [Int] {
    let unknowns = target.filter { $0 == -1 }.count
    guard unknowns <= 1 else { throw ShapeError("target shape \(formatShape(target)) has more than one -1") }
    for d in target where d < -1 { throw ShapeError("target shape \(formatShape(target)) has a negative dimension") }
    let known = try checkedElementCount(target.filter { $0 != -1 })
    guard let input, input.allSatisfy({ $0 >= 0 }) else {
        return target
    }
    let total = try checkedElementCount(input)
    if unknowns == 0 {
        guard known == total else {
            throw ShapeError("cannot reshape \(formatShape(input)) (\(total) elements) to \(formatShape(target))")
        }
        return target
    }
    guard known > 0, total % known == 0 else {
        throw ShapeError("cannot reshape \(formatShape(input)) (\(total) elements) to \(formatShape(target))")
    }
    return target.map { $0 == -1 ? total / known : $0 }
}
