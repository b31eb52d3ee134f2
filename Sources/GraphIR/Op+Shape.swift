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
            if u != .neg && u != .abs && u != .square && u != .relu {
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
            guard f.rank ?? 4 == 4 else { throw ShapeError("filter must have rank 4 [KH,KW,C,F], got \(formatShape(f.shape))") }
            let xs = x.shape ?? [-1, -1, -1, -1], fs = f.shape ?? [-1, -1, -1, -1]
            let ax = c.dataFormat.axes
            let channels = xs[ax.c]
            if channels >= 0, fs[2] >= 0 {
                guard channels == fs[2] else {
                    throw ShapeError("input has \(channels) channels but the filter expects \(fs[2])")
                }
            }
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
            guard x.dtype != .bool else { throw ShapeError("\(name) does not take bool") }
            if kind == .mean, !x.dtype.isFloatingPoint, !x.dtype.isInteger {
                throw ShapeError("Mean needs a numeric input")
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
        }
    }
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
