import GraphIR
import LLVMKit

/// Scalar code for the element-wise functions that need more than one instruction or intrinsic:
/// the error functions, Softplus, Sign, integer powers, floor division and the truncating cast.
extension KernelEmitter {
    /// float32 `erf(x)` or `erfc(x)` (`complement`), computed in float64 and rounded once, so the
    /// result is within about half an ulp (`scripts/erf_coefficients.py` fits the polynomials and
    /// measures this). float64 calls the C library's `erf` / `erfc`.
    ///
    /// |x| < 1: erf(x) = x·P(2x² - 1) and erfc = 1 - erf (erfc >= 0.157 there). |x| >= 1:
    /// erfc(|x|) = t·exp(-x² + Q(3t - 1)) with t = 2 / (2 + |x|), erf = ±(1 - erfc(|x|)),
    /// erfc(-|x|) = 2 - erfc(|x|). The float64 x² of a float32 is exact, so erfc keeps its relative
    /// accuracy down to the smallest float32 (x near 10), where 1 - erf(x) would be all rounding
    /// error. Branch-free: both halves are computed and one selected, which vectorises.
    func emitErf(_ x: IRValue, _ dtype: DType, complement: Bool) throws -> IRValue {
        let d = context.float64
        guard dtype == .float32 else { return try libraryCall(complement ? "erfc" : "erf", d, [x]) }
        let one = context.scalar(.float64, 1), two = context.scalar(.float64, 2)
        let xd = b.fpCast(x, d)
        let ax = try intrinsic("llvm.fabs", d, [xd])
        let square = b.mul(xd, xd)
        let small = b.mul(xd, try polynomial(ErfCoefficients.small, at: b.sub(b.mul(square, two), one)))
        let t = b.div(two, b.add(two, ax))
        let q = try polynomial(ErfCoefficients.tail, at: b.sub(b.mul(t, context.scalar(.float64, 3)), one))
        let tail = b.mul(t, try boundedExp(b.sub(q, square)))
        let isSmall = b.fcmp(.olt, ax, one)
        let result: IRValue
        if complement {
            let negative = b.fcmp(.olt, xd, context.zero(.float64))
            result = b.select(isSmall, b.sub(one, small), b.select(negative, b.sub(two, tail), tail))
        } else {
            result = b.select(isSmall, small, try intrinsic("llvm.copysign", d, [b.sub(one, tail), xd]))
        }
        // NaN takes the large-|x| side, where the exponential's clamp would hide it.
        return b.fpCast(b.select(b.fcmp(.uno, xd, xd), xd, result), elementType(dtype))
    }

    /// float32 `e^x - 1`, computed in float64 and rounded once (correctly rounded but for rare
    /// ties): near 0 its Taylor series (no cancellation), elsewhere `boundedExp(x) - 1`. Straight-line
    /// code that vectorises, where the C library's `expm1f` is a slow scalar call.
    func emitExpm1Float32(_ x: IRValue) throws -> IRValue {
        let xd = b.fpCast(x, context.float64)
        // x·Σ x^j/(j+1)! for |x| < 0.35: the first omitted term is below 2e-11 of the result.
        var coefficients: [Double] = [1]
        for j in 1...8 { coefficients.append(coefficients[j - 1] / Double(j + 1)) }
        let series = b.mul(xd, try polynomial(coefficients, at: xd))
        let near = b.fcmp(.olt, try intrinsic("llvm.fabs", context.float64, [xd]), context.scalar(.float64, 0.35))
        let far = b.sub(try boundedExp(xd), context.scalar(.float64, 1))
        let result = b.select(near, series, far)
        return b.fpCast(b.select(b.fcmp(.uno, xd, xd), xd, result), context.float32)
    }

    /// float32 `e^x` in straight-line float32 code that vectorises: the C library's `expf` is a
    /// scalar call, and Swish, Sigmoid and Softmax spend most of their time in it. x = n·ln 2 + r
    /// with |r| <= ln 2 / 2 (ln 2 split in two so n·hi is exact for the |n| <= 150 used), e^r from
    /// its Taylor series to r^7 (the rest is below |r|^8/8! < 6e-9, a tenth of an ulp), times 2^n
    /// applied as two halves 2^(n>>1)·2^(n-(n>>1)), each a normal float, so results in the
    /// subnormal range and up to the largest float come out right without ldexp. x is clamped
    /// to [-104, 89], beyond which e^x rounds to 0 or infinity either way; NaN passes through.
    /// Within 2 ulp of the exact value over the whole range (`OpMatrix.exponentialRange` checks it).
    func emitExpFloat32(_ x: IRValue) throws -> IRValue {
        let f = context.float32
        let low = context.scalar(.float32, -104), high = context.scalar(.float32, 89)
        let clamped = b.select(b.fcmp(.ogt, x, low), b.select(b.fcmp(.olt, x, high), x, high), low)
        let n = try intrinsic("llvm.rint", f, [b.mul(clamped, context.scalar(.float32, 1.4426950408889634))])
        let (ln2High, ln2Low) = Self.ln2Split
        var r = try multiplyAdd(n, context.scalar(.float32, -ln2High), clamped, .float32)
        r = try multiplyAdd(n, context.scalar(.float32, -ln2Low), r, .float32)
        var factorials: [Double] = [1]
        for k in 1...7 { factorials.append(factorials[k - 1] / Double(k)) }
        var er = context.scalar(.float32, factorials[7])
        for c in factorials.dropLast().reversed() { er = try multiplyAdd(er, r, context.scalar(.float32, c), .float32) }
        let whole = b.fpToSI(n, context.int32)
        let half = b.shiftRight(whole, context.i32(1), signed: true)
        // 2^e for a normal exponent e: the biased exponent e + 127 shifted into place.
        func power(_ e: IRValue) -> IRValue { b.bitCast(b.shiftLeft(b.add(e, context.i32(127)), context.i32(23)), f) }
        let result = b.mul(b.mul(er, power(half)), power(b.sub(whole, half)))
        return b.select(b.fcmp(.uno, x, x), x, result)
    }

    /// ln 2 as a float32 with its low 12 mantissa bits cleared (so n·hi is exact for |n| < 2^12)
    /// and the float32 nearest to the remainder.
    static let ln2Split: (Double, Double) = {
        let ln2 = 0.6931471805599453
        let high = Float(bitPattern: Float(ln2).bitPattern & ~0xFFF)
        return (Double(high), Double(Float(ln2 - Double(high))))
    }()

    /// float64 `e^y` to about 1e-11 relative (float32 results need 6e-8), in straight-line code
    /// that vectorises (the C library's exp is a scalar call, half of erf's time): y = n·ln 2 + r
    /// with |r| <= ln 2 / 2, e^r from its Taylor series to r^9 (the rest is below |r|^10/10! <
    /// 8e-12), times 2^n built in the exponent bits. y is clamped to [-700, 700], beyond float32's range either way
    /// (e^-700 = 1e-304 rounds to 0, e^700 to infinity); NaN is the caller's to keep.
    private func boundedExp(_ y: IRValue) throws -> IRValue {
        let d = context.float64
        let floor = context.scalar(.float64, -700), ceiling = context.scalar(.float64, 700)
        let clamped = b.select(b.fcmp(.ogt, y, floor), b.select(b.fcmp(.olt, y, ceiling), y, ceiling), floor)
        let n = try intrinsic("llvm.rint", d, [b.mul(clamped, context.scalar(.float64, 1 / 0.6931471805599453))])
        let r = try multiplyAdd(n, context.scalar(.float64, -0.6931471805599453), clamped, .float64)
        var factorials: [Double] = [1]
        for k in 1...9 { factorials.append(factorials[k - 1] / Double(k)) }
        let er = try polynomial(factorials, at: r)
        // 2^n for n in [-1010, 1010]: the biased exponent n + 1023 shifted into place.
        let biased = b.add(b.fpToSI(n, context.int64), context.i64(1023))
        let scale = b.bitCast(b.shiftLeft(biased, context.i64(52)), d)
        return b.mul(er, scale)
    }

    /// `Σ coefficients[i]·s^i` by Horner's rule, with FMAs where the target has them.
    private func polynomial(_ coefficients: [Double], at s: IRValue) throws -> IRValue {
        var acc = context.scalar(.float64, coefficients.last ?? 0)
        for c in coefficients.dropLast().reversed() {
            acc = try multiplyAdd(acc, s, context.scalar(.float64, c), .float64)
        }
        return acc
    }

    /// TensorFlow's Softplus: `x` above `-c`, `e^x` below `c`, else `log1p(e^x)`, where
    /// `c = log(ε) + 2` of the dtype: beyond the cut-offs the other terms are below ε.
    func emitSoftplus(_ x: IRValue, _ dtype: DType) throws -> IRValue {
        let t = elementType(dtype)
        // log(ε) + 2 as TensorFlow computes it in the dtype: logf(2^-23) + 2 and log(2^-52) + 2.
        let cut = context.scalar(dtype, dtype == .float32 ? -13.942384719848633 : -34.04365338911715)
        let e = try emitExp(x, dtype)
        let middle = try libraryCall(dtype == .float32 ? "log1pf" : "log1p", t, [e])
        let large = b.fcmp(.ogt, x, b.neg(cut)), tiny = b.fcmp(.olt, x, cut)
        return b.select(large, x, b.select(tiny, e, middle))
    }

    /// -1, 0 or 1; NaN gives NaN and -0 gives +0, as TensorFlow's Sign.
    func emitSign(_ x: IRValue, _ dtype: DType) -> IRValue {
        let zero = context.zero(dtype), one = context.scalar(dtype, 1), minusOne = context.scalar(dtype, -1)
        guard dtype.isFloatingPoint else {
            return b.select(b.icmp(.sgt, x, zero), one, b.select(b.icmp(.slt, x, zero), minusOne, zero))
        }
        let nanOrZero = b.select(b.fcmp(.uno, x, x), x, zero)
        return b.select(b.fcmp(.ogt, x, zero), one, b.select(b.fcmp(.olt, x, zero), minusOne, nanOrZero))
    }

    /// `x^e` for integers by repeated squaring over the exponent's bits, wrapping like the
    /// dtype's arithmetic. TensorFlow refuses negative exponents at run time; generated code has no
    /// error channel, so they give the integer part of the exact power: 1 for x = 1, ±1 for x = -1,
    /// else 0 (also for 0, whose negative powers do not exist).
    func emitIntegerPow(_ x: IRValue, _ e: IRValue, _ dtype: DType) -> IRValue {
        let zero = context.zero(dtype), one = context.scalar(dtype, 1), minusOne = context.scalar(dtype, -1)
        var result = one, base = x
        // The sign bit of a non-negative exponent is 0: bits 0 ..< width-1 suffice.
        for bit in 0..<(dtype.byteSize * 8 - 1) {
            let shifted = bit == 0 ? e : b.shiftRight(e, context.scalar(dtype, Double(bit)), signed: false)
            let set = b.icmp(.ne, b.and(shifted, one), zero)
            result = b.select(set, b.mul(result, base), result)
            if bit < dtype.byteSize * 8 - 2 { base = b.mul(base, base) }
        }
        let odd = b.icmp(.ne, b.and(e, one), zero)
        let unit = b.select(b.icmp(.eq, x, one), one,
                            b.select(b.icmp(.eq, x, minusOne), b.select(odd, minusOne, one), zero))
        return b.select(b.icmp(.slt, e, zero), unit, result)
    }

    /// Floor division (`modulo: false`) or the floor remainder, whose sign is the divisor's.
    /// Floats: `floor(x / y)` and `fmod` moved by y when its sign differs from y's (TensorFlow's
    /// formulas). Integers: the truncating quotient minus 1, or the remainder plus y, when the
    /// remainder is non-zero and its sign differs from y's; a zero divisor gives 0 and `min / -1`
    /// wraps, as for RealDiv (no trap, no error channel).
    func emitFloorDivision(_ x: IRValue, _ y: IRValue, _ dtype: DType, modulo: Bool) throws -> IRValue {
        let zero = context.zero(dtype)
        if dtype.isFloatingPoint {
            guard modulo else { return try intrinsic("llvm.floor", elementType(dtype), [b.div(x, y)]) }
            let r = b.remainder(x, y)
            let signsDiffer = b.icmp(.ne, b.fcmp(.olt, r, zero), b.fcmp(.olt, y, zero))
            let move = b.and(b.fcmp(.one, r, zero), signsDiffer)
            return b.select(move, b.add(r, y), r)
        }
        let minusOne = b.icmp(.eq, y, context.scalar(dtype, -1))
        let byZero = b.icmp(.eq, y, zero)
        // x86 traps on a zero divisor and on min / -1: divide by 1 instead and fix the result up.
        let divisor = b.select(b.or(minusOne, byZero), context.scalar(dtype, 1), y)
        let r = b.remainder(x, divisor)
        let signsDiffer = b.icmp(.slt, b.xor(r, y), zero)
        let move = b.and(b.icmp(.ne, r, zero), signsDiffer)
        if modulo { return b.select(move, b.add(r, y), r) }
        let q = b.div(x, divisor)
        let floored = b.select(move, b.sub(q, context.scalar(dtype, 1)), q)
        return b.select(minusOne, b.neg(x), b.select(byZero, zero, floored))
    }

    /// TensorFlow's `Cast(Truncate: true)` from float64 to float32: the 29 mantissa bits float32
    /// lacks are cleared (finite values only; a NaN keeps its payload) before the conversion,
    /// which is then exact unless the value is beyond float32's range or below its normal range.
    func emitTruncatingCast(_ x: IRValue, to: DType) throws -> IRValue {
        let bits = b.bitCast(x, context.int64)
        let kept = b.and(bits, context.i64(~((1 << 29) - 1)))
        let finite = b.fcmp(.olt, try intrinsic("llvm.fabs", context.float64, [x]), context.scalar(.float64, .infinity))
        return b.fpCast(b.select(finite, b.bitCast(kept, context.float64), x), elementType(to))
    }
}

/// The polynomials of `emitErf`, fitted by `scripts/erf_coefficients.py` (Chebyshev least squares
/// converted to powers of the mapped argument); with them float32 erf and erfc are correctly
/// rounded on every sampled input with a normal result.
enum ErfCoefficients {
    /// erf(x) / x as a polynomial in s = 2x² - 1, |x| < 1.
    static let small: [Double] = [
        0.9654687386697706, -0.14053608901563872, 0.019852496691882413, -0.002285485656144311,
        0.00021751714420242758, -1.753682625084056e-05, 1.2233930656672637e-06, -7.55740529689056e-08,
        4.123555902643581e-09,
    ]
    /// log(erfc(z) / t) + z² as a polynomial in s = 3t - 1, t = 2 / (2 + z), z >= 1.
    static let tail: [Double] = [
        -0.8891660234284733, 0.41826135625504385, 0.03773345701245161, -0.007742689709312296,
        -0.0037691017873223063, 0.0001520855368348951, 0.0004233270972960682, 1.918085685684468e-05,
        -5.463017744315047e-05, -4.547698565265074e-06, 7.474641474097549e-06, 4.7110505701848904e-07,
        -7.615374649671654e-07,
    ]
}
