import GraphIR

/// Sum, mean or max over `axes`; reduced axes are dropped, or kept with size 1 when `keepDims`.
///
/// Edge cases follow TensorFlow: the sum of nothing is 0, the float mean of nothing is NaN, the max
/// of nothing is the lowest value (-inf for floats). An integer mean wraps the sum to the dtype's
/// width, then truncates the division; an integer mean of nothing is an error.
func reduce(_ kind: ReduceKind, _ x: Tensor, axes: [Int], keepDims: Bool) throws -> Tensor {
    let reduced = Set(axes)
    for axis in reduced where axis < 0 || axis >= x.shape.count {
        throw ReferenceError("axis \(axis) is out of range for rank \(x.shape.count)")
    }
    // The output position of each input element: its index with reduced axes set to 0 (kept) or removed.
    var outShape: [Int] = []
    for (axis, d) in x.shape.enumerated() {
        if !reduced.contains(axis) { outShape.append(d) } else if keepDims { outShape.append(1) }
    }
    let outStrides = rowMajorStrides(outShape)
    func target(_ flat: Int) -> Int {
        var outIndex: [Int] = []
        for (axis, i) in multiIndex(flat, x.shape).enumerated() {
            if !reduced.contains(axis) { outIndex.append(i) } else if keepDims { outIndex.append(0) }
        }
        return flatIndex(outIndex, outStrides)
    }
    let outCount = outShape.reduce(1, *)
    let groupSize = reduced.reduce(1) { $0 * x.shape[$1] }

    if x.dtype.isFloatingPoint {
        var groups = Array(repeating: [Double](), count: outCount)
        for (flat, v) in doubles(x).enumerated() { groups[target(flat)].append(v) }
        let values = groups.map { g -> Double in
            switch kind {
            case .sum: return g.reduce(0, +)
            case .mean: return g.reduce(0, +) / Double(groupSize)
            case .max: return g.reduce(-Double.infinity, maxPropagatingNaN)
            }
        }
        return try tensor(x.dtype, outShape, doubles: values)
    }
    guard x.dtype.isInteger else { throw ReferenceError("\(kind) reduction does not take \(x.dtype)") }
    var groups = Array(repeating: [Int64](), count: outCount)
    for (flat, v) in int64s(x).enumerated() { groups[target(flat)].append(v) }
    let lowest: Int64 = x.dtype == .int32 ? Int64(Int32.min) : Int64.min
    let values = try groups.map { g -> Int64 in
        switch kind {
        case .sum: return g.reduce(0, &+)
        case .mean:
            let sum = x.dtype == .int32 ? Int64(Int32(truncatingIfNeeded: g.reduce(0, &+))) : g.reduce(0, &+)
            guard groupSize > 0 else { throw ReferenceError("integer mean over an empty axis") }
            return try truncatingDivide(sum, Int64(groupSize), x.dtype)
        case .max: return g.reduce(lowest, max)
        }
    }
    return try tensor(x.dtype, outShape, int64s: values)
}
