import Foundation
import GraphIR

/// Element-wise function of one tensor.
func unary(_ op: UnaryOp, _ x: Tensor) throws -> Tensor {
    if x.dtype.isFloatingPoint {
        return try tensor(x.dtype, x.shape, doubles: doubles(x).map { unaryDouble(op, $0) })
    }
    guard x.dtype.isInteger else { throw ReferenceError("\(op) does not take \(x.dtype)") }
    let values = try int64s(x).map { v -> Int64 in
        switch op {
        case .neg: return 0 &- v
        case .abs: return v < 0 ? 0 &- v : v
        case .square: return v &* v
        case .relu: return max(v, 0)
        case .sign: return v > 0 ? 1 : (v < 0 ? -1 : 0)
        case .round: return v
        case .exp, .log, .sqrt, .rsqrt, .tanh, .sigmoid, .elu, .softplus, .erf, .erfc, .log1p, .expm1, .floor, .ceil,
             .reciprocal, .sin, .cos:
            throw ReferenceError("\(op) needs a floating-point input, got \(x.dtype)")
        }
    }
    return try tensor(x.dtype, x.shape, int64s: values)
}

private func unaryDouble(_ op: UnaryOp, _ x: Double) -> Double {
    switch op {
    case .neg: return -x
    case .relu: return x.isNaN ? x : (x > 0 ? x : 0)
    case .exp: return Foundation.exp(x)
    case .log: return Foundation.log(x)
    case .sqrt: return x.squareRoot()
    case .rsqrt: return 1 / x.squareRoot()
    case .square: return x * x
    case .abs: return Swift.abs(x)
    case .tanh: return Foundation.tanh(x)
    case .sigmoid:
        // Written so exp never overflows: for x < 0, e^x / (1 + e^x) instead of 1 / (1 + e^-x).
        if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
        let e = Foundation.exp(x)
        return e / (1 + e)
    case .elu: return x > 0 ? x : Foundation.expm1(x)
    case .softplus:
        // log(1 + e^x) without overflow: x + log(1 + e^-x) for positive x.
        return x > 0 ? x + Foundation.log1p(Foundation.exp(-x)) : Foundation.log1p(Foundation.exp(x))
    case .erf: return Foundation.erf(x)
    case .erfc: return Foundation.erfc(x)
    case .log1p: return Foundation.log1p(x)
    case .expm1: return Foundation.expm1(x)
    case .floor: return x.rounded(.down)
    case .ceil: return x.rounded(.up)
    case .round: return x.rounded(.toNearestOrEven)
    case .sign: return x.isNaN ? x : (x > 0 ? 1 : (x < 0 ? -1 : 0))
    case .reciprocal: return 1 / x
    case .sin: return Foundation.sin(x)
    case .cos: return Foundation.cos(x)
    }
}

/// Element-wise function of two tensors with NumPy broadcasting.
func binary(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.dtype == b.dtype else { throw ReferenceError("input dtypes differ: \(a.dtype) and \(b.dtype)") }
    guard let shape = try broadcastShapes(a.shape, b.shape) else {
        throw ReferenceError("internal: concrete shapes broadcast to an unknown shape")
    }
    let pairs = broadcastPairs(a.shape, b.shape, to: shape)
    if a.dtype.isFloatingPoint {
        let (x, y) = (doubles(a), doubles(b))
        let values = pairs.map { i, j -> Double in
            switch op {
            case .add: return x[i] + y[j]
            case .sub: return x[i] - y[j]
            case .mul: return x[i] * y[j]
            case .div: return x[i] / y[j]
            case .maximum: return maxPropagatingNaN(x[i], y[j])
            case .minimum: return minPropagatingNaN(x[i], y[j])
            case .reluGrad: return y[j] > 0 ? x[i] : 0
            case .pow: return Foundation.pow(x[i], y[j])
            // TensorFlow's floor(x / y) floors the quotient as the dtype rounds it.
            case .floorDiv: return rounded(x[i] / y[j], to: a.dtype).rounded(.down)
            case .floorMod:
                let r = Foundation.fmod(x[i], y[j])
                return r != 0 && (r < 0) != (y[j] < 0) ? r + y[j] : r
            }
        }
        return try tensor(a.dtype, shape, doubles: values)
    }
    guard a.dtype.isInteger else { throw ReferenceError("\(op) does not take \(a.dtype)") }
    let (x, y) = (int64s(a), int64s(b))
    let values = try pairs.map { i, j -> Int64 in
        switch op {
        case .add: return x[i] &+ y[j]
        case .sub: return x[i] &- y[j]
        case .mul: return x[i] &* y[j]
        case .div: return try truncatingDivide(x[i], y[j], a.dtype)
        case .maximum: return max(x[i], y[j])
        case .minimum: return min(x[i], y[j])
        case .reluGrad: return y[j] > 0 ? x[i] : 0
        case .pow: return try integerPower(x[i], y[j], a.dtype)
        case .floorDiv:
            let q = try truncatingDivide(x[i], y[j], a.dtype)
            let r = x[i].remainderReportingOverflow(dividingBy: y[j]).partialValue
            return r != 0 && (r < 0) != (y[j] < 0) ? q &- 1 : q
        case .floorMod:
            _ = try truncatingDivide(x[i], y[j], a.dtype)  // the zero-divisor check
            let r = x[i].remainderReportingOverflow(dividingBy: y[j]).partialValue
            return r != 0 && (r < 0) != (y[j] < 0) ? r &+ y[j] : r
        }
    }
    return try tensor(a.dtype, shape, int64s: values)
}

/// `x^e` wrapping at the dtype's width; a negative exponent is an error, as in TensorFlow.
func integerPower(_ x: Int64, _ e: Int64, _ dtype: DType) throws -> Int64 {
    guard e >= 0 else { throw ReferenceError("integers to negative integer powers are not allowed (\(dtype))") }
    let wrap = { (v: Int64) in dtype == .int32 ? Int64(Int32(truncatingIfNeeded: v)) : v }
    // Square and multiply; products modulo 2^width are the wrapped products at every step.
    var (result, base, n): (Int64, Int64, Int64) = (1, x, e)
    while n > 0 {
        if n & 1 == 1 { result = wrap(result &* base) }
        base = wrap(base &* base)
        n >>= 1
    }
    return result
}

/// `v` rounded to the precision of a float dtype.
func rounded(_ v: Double, to dtype: DType) -> Double {
    dtype == .float32 ? Double(Float(v)) : v
}

/// Integer division truncating toward zero; `min / -1` wraps as the hardware's 32/64-bit result does.
func truncatingDivide(_ x: Int64, _ y: Int64, _ dtype: DType) throws -> Int64 {
    guard y != 0 else { throw ReferenceError("integer division by zero (\(dtype))") }
    return x.dividedReportingOverflow(by: y).partialValue
}

/// For each output element (row-major), the flat positions in `a` and `b` it reads.
func broadcastPairs(_ a: [Int], _ b: [Int], to shape: [Int]) -> [(Int, Int)] {
    let count = shape.reduce(1, *)
    let (sa, sb) = (broadcastStrides(a, rank: shape.count), broadcastStrides(b, rank: shape.count))
    return (0..<count).map { flat in
        let index = multiIndex(flat, shape)
        return (flatIndex(index, sa), flatIndex(index, sb))
    }
}

/// Strides of `shape` aligned to the right within `rank` axes; broadcast axes (size 1 or missing)
/// get stride 0 so every output position along them reads the same element.
private func broadcastStrides(_ shape: [Int], rank: Int) -> [Int] {
    let own = rowMajorStrides(shape)
    let missing = rank - shape.count
    return (0..<rank).map { axis in
        axis < missing || shape[axis - missing] == 1 ? 0 : own[axis - missing]
    }
}

/// Adds a rank-1 bias along the channel axis given by `format`.
func biasAdd(_ x: Tensor, bias: Tensor, _ format: DataFormat) throws -> Tensor {
    guard x.shape.count >= 2, bias.shape.count == 1 else {
        throw ReferenceError("BiasAdd needs input rank >= 2 and a vector bias")
    }
    let axis = format.channelAxis(rank: x.shape.count)
    let channels = x.shape[axis]
    guard bias.shape[0] == channels else {
        throw ReferenceError("bias has \(bias.shape[0]) elements but the input has \(channels) channels")
    }
    let stride = rowMajorStrides(x.shape)[axis]
    func channel(_ flat: Int) -> Int { (flat / stride) % channels }
    if x.dtype.isFloatingPoint {
        let (v, b) = (doubles(x), doubles(bias))
        return try tensor(x.dtype, x.shape, doubles: v.indices.map { v[$0] + b[channel($0)] })
    }
    guard x.dtype.isInteger else { throw ReferenceError("BiasAdd does not take \(x.dtype)") }
    let (v, b) = (int64s(x), int64s(bias))
    return try tensor(x.dtype, x.shape, int64s: v.indices.map { v[$0] &+ b[channel($0)] })
}
