import GraphIR

// Reading tensors as wide scalars and writing results back, plus row-major index arithmetic.

/// Every element widened to Double (float tensors).
func doubles(_ t: Tensor) -> [Double] { t.doubles }

/// Every element widened to Int64 (integer tensors).
func int64s(_ t: Tensor) -> [Int64] { (0..<t.elementCount).map { Int64(t.int(at: $0)) } }

/// A float tensor from Double results, rounded once to `dtype`.
func tensor(_ dtype: DType, _ shape: [Int], doubles values: [Double]) throws -> Tensor {
    switch dtype {
    case .float32: return try packed(dtype, shape, values.map { Float($0) })
    case .float64: return try packed(dtype, shape, values)
    case .int32, .int64, .bool: throw ReferenceError("internal: \(dtype) results built from Doubles")
    }
}

/// An integer tensor from Int64 results, truncated (wrapped) to the width of `dtype`.
func tensor(_ dtype: DType, _ shape: [Int], int64s values: [Int64]) throws -> Tensor {
    switch dtype {
    case .int32: return try packed(dtype, shape, values.map { Int32(truncatingIfNeeded: $0) })
    case .int64: return try packed(dtype, shape, values)
    case .float32, .float64, .bool: throw ReferenceError("internal: \(dtype) results built from Int64s")
    }
}

private func packed<T>(_ dtype: DType, _ shape: [Int], _ scalars: [T]) throws -> Tensor {
    try Tensor(dtype: dtype, shape: shape, bytes: scalars.withUnsafeBytes { Array($0) })
}

/// Row-major strides: how far the flat index moves per step along each axis.
func rowMajorStrides(_ shape: [Int]) -> [Int] {
    var strides = Array(repeating: 1, count: shape.count)
    var step = 1
    for axis in shape.indices.reversed() {
        strides[axis] = step
        step *= shape[axis]
    }
    return strides
}

/// The multi-index of flat position `flat` in a row-major tensor of `shape`.
func multiIndex(_ flat: Int, _ shape: [Int]) -> [Int] {
    var rest = flat
    var index = Array(repeating: 0, count: shape.count)
    for axis in shape.indices.reversed() where shape[axis] > 0 {
        index[axis] = rest % shape[axis]
        rest /= shape[axis]
    }
    return index
}

/// The flat position of `index` given row-major `strides`.
func flatIndex(_ index: [Int], _ strides: [Int]) -> Int {
    zip(index, strides).reduce(0) { $0 + $1.0 * $1.1 }
}

/// NaN-propagating maximum: IEEE `max` would drop a NaN, TensorFlow's kernels keep it.
func maxPropagatingNaN(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN { return .nan }
    return a >= b ? a : b
}

/// NaN-propagating minimum.
func minPropagatingNaN(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN { return .nan }
    return a <= b ? a : b
}
