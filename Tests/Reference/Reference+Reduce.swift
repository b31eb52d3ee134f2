import GraphIR

/// A reduction over `axes`; reduced axes are dropped, or kept with size 1 when `keepDims`.
///
/// Edge cases follow TensorFlow: the sum of nothing is 0, the float mean of nothing is NaN, the max
/// of nothing is the lowest value (-inf for floats), the min of nothing the highest, the product of
/// nothing 1, All of nothing true and Any false. An integer mean wraps the sum to the dtype's
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
        let values = try groups.map { g -> Double in
            switch kind {
            case .sum: return g.reduce(0, +)
            case .mean: return g.reduce(0, +) / Double(groupSize)
            case .max: return g.reduce(-Double.infinity, maxPropagatingNaN)
            case .min: return g.reduce(Double.infinity, minPropagatingNaN)
            case .prod: return g.reduce(1, *)
            case .all, .any: throw ReferenceError("\(kind) takes bools")
            }
        }
        return try tensor(x.dtype, outShape, doubles: values)
    }
    if x.dtype == .bool {
        guard kind == .all || kind == .any else { throw ReferenceError("\(kind) reduction does not take bool") }
        var groups = Array(repeating: [Bool](), count: outCount)
        for flat in 0..<x.elementCount { groups[target(flat)].append(x.bytes[flat] != 0) }
        return Tensor(shape: outShape, bools: groups.map { kind == .all ? $0.allSatisfy { $0 } : $0.contains(true) })
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
        case .min: return g.reduce(x.dtype == .int32 ? Int64(Int32.max) : Int64.max, min)
        case .prod: return g.reduce(1, &*)
        case .all, .any: throw ReferenceError("\(kind) takes bools")
        }
    }
    return try tensor(x.dtype, outShape, int64s: values)
}
