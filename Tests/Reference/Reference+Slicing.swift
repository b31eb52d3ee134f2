import GraphIR

// Slice, StridedSlice, GatherV2 and its gradient. StridedSlice is written from NumPy's indexing
// rules (Python's `slice.indices`), not from the shape rule's port of TensorFlow's dense spec, so
// the two formulations check each other.

/// `size[d]` elements from `begin[d]` (-1: the rest).
func slice(_ x: Tensor, begin: [Int], size: [Int]) throws -> Tensor {
    guard begin.count == x.shape.count, size.count == x.shape.count else { throw ReferenceError("slice spec does not match the rank") }
    let shape = x.shape.indices.map { size[$0] == -1 ? x.shape[$0] - begin[$0] : size[$0] }
    for d in shape.indices where begin[d] < 0 || shape[d] < 0 || begin[d] + shape[d] > x.shape[d] {
        throw ReferenceError("slice out of range in dimension \(d)")
    }
    let strides = rowMajorStrides(x.shape)
    return try remapped(x, to: shape) { index in flatIndex(zip(index, begin).map(+), strides) }
}

/// `x[spec]` as NumPy reads an index tuple: `...` stands for the dimensions the other entries
/// leave, `newaxis` adds one, an integer picks one index (negative from the end) and drops the
/// dimension, a range `begin:end:stride` (either end omitted when masked) is clamped as Python's
/// `slice.indices`. An entry flagged both ellipsis and something else is the ellipsis; new axis
/// wins over the rest (TensorFlow's order).
func stridedSlice(_ x: Tensor, _ spec: StridedSliceSpec) throws -> Tensor {
    enum Entry { case ellipsis, newAxis, index(Int), range(Int?, Int?, Int) }
    func bit(_ mask: Int, _ i: Int) -> Bool { (mask >> i) & 1 == 1 }
    var entries: [Entry] = spec.strides.indices.map { i in
        if bit(spec.ellipsisMask, i) { return .ellipsis }
        if bit(spec.newAxisMask, i) { return .newAxis }
        if bit(spec.shrinkAxisMask, i) { return .index(spec.begin[i]) }
        return .range(bit(spec.beginMask, i) ? nil : spec.begin[i], bit(spec.endMask, i) ? nil : spec.end[i], spec.strides[i])
    }
    if !entries.contains(where: { if case .ellipsis = $0 { return true } else { return false } }) { entries.append(.ellipsis) }
    let consuming = entries.filter { e in
        switch e {
        case .index, .range: return true
        case .ellipsis, .newAxis: return false
        }
    }.count
    let rank = x.shape.count
    guard consuming <= rank else { throw ReferenceError("\(consuming) indices for rank \(rank)") }

    // Per output dimension: the input dimension it walks (start, step) or nil for a new axis;
    // fixed input coordinates for the integer entries.
    var outputs: [(dim: Int?, start: Int, step: Int, count: Int)] = []
    var fixed: [Int: Int] = [:]
    var d = 0
    for e in entries {
        switch e {
        case .ellipsis:
            for _ in 0..<(rank - consuming) {
                outputs.append((d, 0, 1, x.shape[d]))
                d += 1
            }
        case .newAxis:
            outputs.append((nil, 0, 1, 1))
        case .index(let i):
            let n = x.shape[d]
            let at = i < 0 ? i + n : i
            guard at >= 0, at < n else { throw ReferenceError("index \(i) out of range for size \(n)") }
            fixed[d] = at
            d += 1
        case let .range(begin, end, step):
            guard step != 0 else { throw ReferenceError("zero stride") }
            let (start, stop) = pythonSliceIndices(begin, end, step, length: x.shape[d])
            let count = step > 0 ? max(0, (stop - start + step - 1) / step) : max(0, (start - stop - step - 1) / -step)
            outputs.append((d, start, step, count))
            d += 1
        }
    }
    let strides = rowMajorStrides(x.shape)
    return try remapped(x, to: outputs.map(\.count)) { index in
        var at = 0
        for (k, o) in outputs.enumerated() {
            if let dim = o.dim { at += (o.start + index[k] * o.step) * strides[dim] }
        }
        for (dim, i) in fixed { at += i * strides[dim] }
        return at
    }
}

/// Python's `slice(begin, end, step).indices(length)`: omitted ends default to the whole
/// dimension in the step's direction, negative ones count from the end, and both are clamped.
private func pythonSliceIndices(_ begin: Int?, _ end: Int?, _ step: Int, length n: Int) -> (Int, Int) {
    func clamp(_ v: Int) -> Int {
        let w = v < 0 ? v + n : v
        return step > 0 ? min(max(w, 0), n) : min(max(w, -1), n - 1)
    }
    let start = begin.map(clamp) ?? (step > 0 ? 0 : n - 1)
    let stop = end.map(clamp) ?? (step > 0 ? n : -1)
    return (start, stop)
}

/// `params` gathered at `indices` along `axis`; the first `batchDims` dimensions pair params and
/// indices. An index outside `[0, params.shape[axis])` gives zeros (the JIT's documented answer).
func gather(_ params: Tensor, _ indices: Tensor, axis: Int, batchDims: Int) throws -> Tensor {
    let ps = params.shape, ids = indices.shape
    guard axis >= batchDims, axis < ps.count, batchDims <= ids.count else { throw ReferenceError("bad gather axes") }
    let shape = Array(ps[..<axis]) + Array(ids[batchDims...]) + Array(ps[(axis + 1)...])
    let (pStrides, iStrides) = (rowMajorStrides(ps), rowMajorStrides(ids))
    let indexValues = int64s(indices)
    return try remapped(params, to: shape, fill: try Tensor(zeros: params.dtype, shape: []).bytes) { index in
        let batch = Array(index[..<batchDims])
        let positions = Array(index[axis..<(axis + ids.count - batchDims)])
        let k = Int(indexValues[flatIndex(batch + positions, iStrides)])
        guard k >= 0, k < ps[axis] else { return nil }
        let source = Array(index[..<axis]) + [k] + Array(index[(axis + ids.count - batchDims)...])
        return flatIndex(source, pStrides)
    }
}

/// The gradient of `gather`: every dy element added into the params position it was read from.
func gatherGrad(_ indices: Tensor, _ dy: Tensor, axis: Int, batchDims: Int, paramsShape ps: [Int]) throws -> Tensor {
    let ids = indices.shape
    let pStrides = rowMajorStrides(ps), iStrides = rowMajorStrides(ids)
    let indexValues = int64s(indices)
    var sums = Array(repeating: 0.0, count: ps.reduce(1, *))
    var integerSums = Array(repeating: Int64(0), count: sums.count)
    let (values, integers) = (doubles(dy), int64s(dy))
    for flat in 0..<dy.elementCount {
        let index = multiIndex(flat, dy.shape)
        let positions = Array(index[axis..<(axis + ids.count - batchDims)])
        let k = Int(indexValues[flatIndex(Array(index[..<batchDims]) + positions, iStrides)])
        guard k >= 0, k < ps[axis] else { continue }
        let at = flatIndex(Array(index[..<axis]) + [k] + Array(index[(axis + ids.count - batchDims)...]), pStrides)
        sums[at] += values[flat]
        integerSums[at] &+= integers[flat]
    }
    return dy.dtype.isFloatingPoint ? try tensor(dy.dtype, ps, doubles: sums) : try tensor(dy.dtype, ps, int64s: integerSums)
}
