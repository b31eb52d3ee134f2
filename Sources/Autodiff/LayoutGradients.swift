import GraphIR

// Rules of the layout ops, shared by the switch in Op+Gradient.swift. Each moves dy back to where
// its elements came from; what no output element came from gets zero.

extension GradientBuilder {
    /// `x` padded with zeros (nothing added when every padding is 0).
    mutating func padZeros(_ x: Value, before: [Int], after: [Int]) throws -> Value {
        guard (before + after).contains(where: { $0 != 0 }) else { return x }
        let zero = try scalar(0, dtype(of: x), name: "zeros")
        return try emit(.pad(before: before, after: after, mode: .constant), [x, zero])
    }

    /// The block of `x` from `begin` of `size` (nothing when it is all of `x`).
    mutating func slice(_ x: Value, begin: [Int], size: [Int]) throws -> Value {
        try shape(of: x) == size ? x : emit(.slice(begin: begin, size: size), [x])
    }

    /// The gradients of the outputs of a multi-output op, zeros for those nothing differentiates.
    mutating func outputGradients(_ c: GradientContext) throws -> [Value] {
        try c.dys.enumerated().map { k, g in try g ?? zeros(like: Value(node: c.index, output: k)) }
    }
}

/// MirrorPad's gradient, one padded dimension at a time: the middle of dy, plus each mirrored
/// border reversed and added onto the input positions it copied.
func mirrorPadGradient(_ g: Value, input xs: [Int], before: [Int], after: [Int], mode: PadMode,
                       _ b: inout GradientBuilder) throws -> Value {
    var current = g
    let skip = mode == .reflect ? 1 : 0  // REFLECT does not repeat the edge element
    for d in xs.indices where before[d] != 0 || after[d] != 0 {
        let shape = try b.shape(of: current)
        let n = xs[d]
        func block(_ start: Int, _ length: Int, _ b: inout GradientBuilder) throws -> Value {
            var begin = Array(repeating: 0, count: shape.count), size = shape
            (begin[d], size[d]) = (start, length)
            return try b.slice(current, begin: begin, size: size)
        }
        func placed(_ border: Value, at start: Int, _ b: inout GradientBuilder) throws -> Value {
            let reversed = try b.emit(.reverse(axes: [d]), [border])
            var low = Array(repeating: 0, count: xs.count), high = low
            (low[d], high[d]) = (start, n - start - (try b.shape(of: border))[d])
            return try b.padZeros(reversed, before: low, after: high)
        }
        var folded = try block(before[d], n, &b)
        if before[d] > 0 {
            folded = try b.binary(.add, folded, try placed(try block(0, before[d], &b), at: skip, &b))
        }
        if after[d] > 0 {
            folded = try b.binary(.add, folded, try placed(try block(before[d] + n, after[d], &b), at: n - after[d] - skip, &b))
        }
        current = folded
    }
    return current
}

/// Edge padding's gradient, one padded dimension at a time: the middle of dy, plus the sum of
/// each border (every element of which copied the edge) added onto that edge.
func edgePadGradient(_ g: Value, input xs: [Int], before: [Int], after: [Int], _ b: inout GradientBuilder) throws -> Value {
    var current = g
    for d in xs.indices where before[d] != 0 || after[d] != 0 {
        let shape = try b.shape(of: current)
        let n = xs[d]
        func block(_ start: Int, _ length: Int, _ b: inout GradientBuilder) throws -> Value {
            var begin = Array(repeating: 0, count: shape.count), size = shape
            (begin[d], size[d]) = (start, length)
            return try b.slice(current, begin: begin, size: size)
        }
        /// The border summed along `d` (kept as size 1), padded with zeros to sit at `index`.
        func onEdge(_ border: Value, at index: Int, _ b: inout GradientBuilder) throws -> Value {
            let total = try b.emit(.reduce(.sum, axes: [d], keepDims: true), [border])
            var low = Array(repeating: 0, count: xs.count), high = low
            (low[d], high[d]) = (index, n - 1 - index)
            return try b.padZeros(total, before: low, after: high)
        }
        var folded = try block(before[d], n, &b)
        if before[d] > 0 {
            folded = try b.binary(.add, folded, try onEdge(try block(0, before[d], &b), at: 0, &b))
        }
        if after[d] > 0 {
            folded = try b.binary(.add, folded, try onEdge(try block(before[d] + n, after[d], &b), at: n - 1, &b))
        }
        current = folded
    }
    return current
}

/// StridedSlice's gradient: dy in the slice's dense shape, reversed where the stride is negative,
/// spread out by the stride (zeros between) and padded back to the input's shape.
func stridedSliceGradient(_ g: Value, input x: Value, _ spec: StridedSliceSpec, _ b: inout GradientBuilder) throws -> Value {
    let xs = try b.shape(of: x)
    guard let r = try spec.resolve(xs) else { throw GraphError(node: b.scope, op: "StridedSlice", "input rank unknown") }
    if r.sizes.contains(0) { return try b.zeros(like: x) }
    var current = try b.reshape(g, to: r.sizes)
    // Per dimension: the lowest input index read and the distance between reads.
    let steps = xs.indices.map { r.sizes[$0] == 1 ? 1 : abs(r.strides[$0]) }
    let starts = xs.indices.map { r.strides[$0] > 0 || r.sizes[$0] == 1 ? r.begin[$0] : r.begin[$0] + (r.sizes[$0] - 1) * r.strides[$0] }
    let reversed = xs.indices.filter { r.strides[$0] < 0 && r.sizes[$0] > 1 }
    if !reversed.isEmpty { current = try b.emit(.reverse(axes: reversed), [current]) }
    var lengths = r.sizes
    if steps.contains(where: { $0 > 1 }) {
        // [.., k, ..] -> [.., k, 1, ..] -> padded to [.., k, step, ..] -> [.., k·step, ..]: element j at j·step.
        var split: [Int] = [], low: [Int] = [], high: [Int] = []
        for d in xs.indices {
            split.append(r.sizes[d]); low.append(0); high.append(0)
            if steps[d] > 1 { split.append(1); low.append(0); high.append(steps[d] - 1) }
        }
        current = try b.padZeros(try b.reshape(current, to: split), before: low, after: high)
        lengths = xs.indices.map { r.sizes[$0] * steps[$0] }
        current = try b.reshape(current, to: lengths)
        // The zeros after the last element may pass the end of the input: cut them.
        let fitted = xs.indices.map { min(lengths[$0], xs[$0] - starts[$0]) }
        current = try b.slice(current, begin: Array(repeating: 0, count: xs.count), size: fitted)
        lengths = fitted
    }
    return try b.padZeros(current, before: starts, after: xs.indices.map { xs[$0] - starts[$0] - lengths[$0] })
}

/// Tile's gradient: dy seen as `[m0, x0, m1, x1, ...]` (each tiled dimension split into its
/// copies), summed over the copies.
func tileGradient(_ g: Value, input xs: [Int], multiples: [Int], _ b: inout GradientBuilder) throws -> Value {
    var split: [Int] = [], copies: [Int] = []
    for d in xs.indices {
        if multiples[d] != 1 {
            copies.append(split.count)
            split.append(multiples[d])
        }
        split.append(xs[d])
    }
    guard !copies.isEmpty else { return g }
    let summed = try b.emit(.reduce(.sum, axes: copies, keepDims: false), [try b.reshape(g, to: split)])
    return try b.reshape(summed, to: xs)
}
