import GraphIR

// Rules that undo a reduction, shared by the switch in Op+Gradient.swift.

/// dx of Sum, Mean or Max over `axes`: dy broadcast back over the reduced axes.
func reduceGradient(_ kind: ReduceKind, axes: [Int], _ g: Value, x: Value, y: Value,
                            _ b: inout GradientBuilder) throws -> Value {
    let xs = try b.shape(of: x)
    let kept = try b.keptDims(g, input: xs, axes: axes)
    switch kind {
    case .sum:
        return try b.shape(of: kept) == xs ? kept : try b.emit(.broadcastTo(xs), [kept])
    case .mean:
        let spread = try b.shape(of: kept) == xs ? kept : try b.emit(.broadcastTo(xs), [kept])
        let count = axes.reduce(1) { $0 * xs[$1] }
        return try b.binary(.div, spread, try b.scalar(Double(count), b.dtype(of: g), name: "count"))
    case .max:
        // dy goes to every position equal to the maximum, shared equally among ties (TensorFlow's rule).
        let t = b.dtype(of: g)
        let top = try b.keptDims(y, input: xs, axes: axes)
        let hits = try b.emit(.cast(t), [try b.emit(.compare(.equal), [x, top])])
        let ties = try b.emit(.reduce(.sum, axes: axes, keepDims: true), [hits])
        return try b.binary(.mul, try b.binary(.div, hits, ties), kept)
    }
}

/// log(softmax(x)) over the last axis of a matrix, computed stably: (x - max) - log(sum(exp(x - max))).
func logSoftmax(_ x: Value, _ b: inout GradientBuilder) throws -> Value {
    let last = try b.shape(of: x).count - 1
    let top = try b.emit(.reduce(.max, axes: [last], keepDims: true), [x])
    let shifted = try b.binary(.sub, x, top)
    let total = try b.emit(.reduce(.sum, axes: [last], keepDims: true), [try b.unary(.exp, shifted)])
    return try b.binary(.sub, shifted, try b.unary(.log, total))
}
