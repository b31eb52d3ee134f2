import GraphIR

/// Element-wise comparison with NumPy broadcasting. IEEE: every comparison with NaN is false
/// except `notEqual`. Bools compare as 0 < 1.
func compare(_ op: CompareOp, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.dtype == b.dtype else { throw ReferenceError("input dtypes differ: \(a.dtype) and \(b.dtype)") }
    let shape = try concreteBroadcast([a.shape, b.shape])
    let (x, y) = (doubles(a), doubles(b))  // exact for float32/float64/int32/bool
    let (i, j) = (int64s(a), int64s(b))
    let results = (0..<shape.reduce(1, *)).map { flat -> Bool in
        let (p, q) = (broadcastOffset(flat, shape, a.shape), broadcastOffset(flat, shape, b.shape))
        if a.dtype.isFloatingPoint { return compareValues(op, x[p], y[q]) }
        return compareValues(op, i[p], j[q])
    }
    return Tensor(shape: shape, bools: results)
}

private func compareValues<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool {
    switch op {
    case .equal: return x == y
    case .notEqual: return x != y
    case .less: return x < y
    case .lessEqual: return x <= y
    case .greater: return x > y
    case .greaterEqual: return x >= y
    }
}

/// `condition ? a : b` element-wise, all three broadcast (TensorFlow's SelectV2).
func select(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard condition.dtype == .bool else { throw ReferenceError("the condition must be bool") }
    guard a.dtype == b.dtype else { throw ReferenceError("branch dtypes differ: \(a.dtype) and \(b.dtype)") }
    let shape = try concreteBroadcast([condition.shape, a.shape, b.shape])
    let size = a.dtype.byteSize
    let (conditionBytes, aBytes, bBytes) = (condition.bytes, a.bytes, b.bytes)
    var bytes: [UInt8] = []
    for flat in 0..<shape.reduce(1, *) {
        let pick = conditionBytes[broadcastOffset(flat, shape, condition.shape)] != 0
        let (source, shapeOf) = pick ? (aBytes, a.shape) : (bBytes, b.shape)
        let at = broadcastOffset(flat, shape, shapeOf) * size
        bytes += source[at..<at + size]
    }
    return try Tensor(dtype: a.dtype, shape: shape, bytes: bytes)
}

/// Element-wise conversion. Float -> int truncates toward zero and saturates at the integer's
/// limits, NaN giving 0 (what the generated code's `llvm.fptosi.sat` does; TensorFlow leaves these
/// undefined). Int -> narrower int wraps; bool -> number is 0/1; number -> bool is `x != 0` (NaN is
/// true). Every value is converted from its source type in one rounding.
func cast(_ x: Tensor, to: DType) throws -> Tensor {
    let n = x.elementCount
    let from = x.dtype
    func truthy(_ i: Int) -> Bool { from.isFloatingPoint ? x.double(at: i) != 0 : x.int(at: i) != 0 }
    switch to {
    case .bool:
        return Tensor(shape: x.shape, bools: (0..<n).map(truthy))
    case .float32:
        return Tensor(shape: x.shape, floats: (0..<n).map { i in
            from.isFloatingPoint ? Float(x.double(at: i)) : Float(Int64(x.int(at: i)))
        })
    case .float64:
        return Tensor(shape: x.shape, doubles: (0..<n).map { i in
            from.isFloatingPoint ? x.double(at: i) : Double(Int64(x.int(at: i)))
        })
    case .int32, .int64:
        let (low, high): (Int64, Int64) = to == .int32 ? (Int64(Int32.min), Int64(Int32.max)) : (.min, .max)
        let values = (0..<n).map { i -> Int64 in
            guard from.isFloatingPoint else { return Int64(x.int(at: i)) }
            let d = x.double(at: i)
            if d.isNaN { return 0 }
            let t = d.rounded(.towardZero)
            if t >= Double(high) { return high }  // Double(Int64.max) is 2^63: saturate there too.
            if t <= Double(low) { return low }
            return Int64(t)
        }
        return try tensor(to, x.shape, int64s: values)
    }
}

/// The broadcast shape of several concrete shapes.
func concreteBroadcast(_ shapes: [[Int]]) throws -> [Int] {
    var result: [Int] = []
    for s in shapes {
        guard let r = try broadcastShapes(result, s) else { throw ReferenceError("internal: unknown broadcast shape") }
        result = r
    }
    return result
}

/// The flat position in a tensor of `operand` shape of the element broadcast onto flat position
/// `flat` of `shape` (NumPy rules: right-aligned, size-1 axes repeat).
func broadcastOffset(_ flat: Int, _ shape: [Int], _ operand: [Int]) -> Int {
    let index = multiIndex(flat, shape)
    let lead = shape.count - operand.count
    let strides = rowMajorStrides(operand)
    var offset = 0
    for (d, size) in operand.enumerated() where size != 1 { offset += index[lead + d] * strides[d] }
    return offset
}

/// TensorFlow's `Cast(Truncate: true)` from float64 to float32: a finite value loses the 29
/// mantissa bits float32 lacks (rounding toward zero), then converts; NaN and infinities as `cast`.
func truncatingCast(_ x: Tensor, to: DType) throws -> Tensor {
    guard x.dtype == .float64, to == .float32 else { throw ReferenceError("a truncating cast goes from float64 to float32") }
    return Tensor(shape: x.shape, floats: x.scalars(as: Double.self).map { d in
        d.isFinite ? Float(Double(bitPattern: d.bitPattern & ~((1 << 29) - 1))) : Float(d)
    })
}
