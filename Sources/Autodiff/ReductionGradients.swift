import GraphIR

// Rules that undo a reduction, shared by the switch in Op+Gradient.swift.

/// dx of a reduction over `axes`: dy broadcast back over the reduced axes (routed to the extrema
/// for Max and Min, scaled by the other factors for Prod); nil for the bool All and Any.
func reduceGradient(_ kind: ReduceKind, axes: [Int], _ g: Value, x: Value, y: Value,
                            _ b: inout GradientBuilder) throws -> Value? {
    let xs = try b.shape(of: x)
    let kept = try b.keptDims(g, input: xs, axes: axes)
    switch kind {
    case .sum:
        return try b.shape(of: kept) == xs ? kept : try b.emit(.broadcastTo(xs), [kept])
    case .mean:
        let spread = try b.shape(of: kept) == xs ? kept : try b.emit(.broadcastTo(xs), [kept])
        let count = axes.reduce(1) { $0 * xs[$1] }
        return try b.binary(.div, spread, try b.scalar(Double(count), b.dtype(of: g), name: "count"))
    case .max, .min:
        // dy goes to every position equal to the extremum, shared equally among ties (TensorFlow's rule).
        let t = b.dtype(of: g)
        let top = try b.keptDims(y, input: xs, axes: axes)
        let hits = try b.emit(.cast(t), [try b.emit(.compare(.equal), [x, top])])
        let ties = try b.emit(.reduce(.sum, axes: axes, keepDims: true), [hits])
        return try b.binary(.mul, try b.binary(.div, hits, ties), kept)
    case .prod:
        return try b.binary(.mul, try productOfOthers(x, axes: axes, &b), kept)
    case .all, .any:
        return nil
    }
}

/// For each element of `x`, the product of the other elements of its reduction group, without
/// dividing by zero: with no zero in the group it is prod / x; with exactly one zero, the product
/// of the non-zeros at the zero and 0 elsewhere; with more, 0. (TensorFlow uses exclusive
/// cumulative products; this needs only primitives and agrees up to rounding.)
private func productOfOthers(_ x: Value, axes: [Int], _ b: inout GradientBuilder) throws -> Value {
    let t = b.dtype(of: x)
    let zero = try b.scalar(0, t, name: "zero"), one = try b.scalar(1, t, name: "one")
    let isZero = try b.emit(.compare(.equal), [x, zero])
    let zeros = try b.emit(.reduce(.sum, axes: axes, keepDims: true), [try b.emit(.cast(t), [isZero])])
    let nonZero = try b.emit(.select, [isZero, one, x])
    let product = try b.emit(.reduce(.prod, axes: axes, keepDims: true), [nonZero])
    let noZero = try b.emit(.compare(.equal), [zeros, zero])
    let oneZero = try b.emit(.compare(.equal), [zeros, one])
    let atTheZero = try b.emit(.select, [isZero, product, zero])
    return try b.emit(.select, [noZero, try b.binary(.div, product, nonZero), try b.emit(.select, [oneZero, atTheZero, zero])])
}

/// dx of LogSoftmax over the last axis: dy - softmax(x)·Σ dy, with softmax(x) = exp(y).
func logSoftmaxGradient(_ g: Value, y: Value, _ b: inout GradientBuilder) throws -> Value {
    let last = try b.shape(of: y).count - 1
    let total = try b.emit(.reduce(.sum, axes: [last], keepDims: true), [g])
    return try b.binary(.sub, g, try b.binary(.mul, try b.unary(.exp, y), total))
}
