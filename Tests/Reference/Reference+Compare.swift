import GraphIR

/// Describes the first way `actual` differs from `expected`, or returns nil when they match:
/// same dtype and shape, integers and bools equal, floats within
/// `absoluteTolerance + relativeTolerance * |expected|` (NaN matches NaN, infinities must be equal).
public func mismatch(_ actual: Tensor, _ expected: Tensor,
                     relativeTolerance: Double = 1e-5, absoluteTolerance: Double = 1e-6) -> String? {
    guard actual.dtype == expected.dtype else { return "dtype \(actual.dtype), expected \(expected.dtype)" }
    guard actual.shape == expected.shape else {
        return "shape \(formatShape(actual.shape)), expected \(formatShape(expected.shape))"
    }
    for i in 0..<expected.elementCount {
        if expected.dtype.isFloatingPoint {
            let (a, e) = (actual.double(at: i), expected.double(at: i))
            if a.isNaN && e.isNaN { continue }
            if a == e { continue }
            let close = a.isFinite && e.isFinite && Swift.abs(a - e) <= absoluteTolerance + relativeTolerance * Swift.abs(e)
            if !close { return "element \(i) (index \(multiIndex(i, expected.shape))) is \(a), expected \(e)" }
        } else if actual.int(at: i) != expected.int(at: i) {
            return "element \(i) (index \(multiIndex(i, expected.shape))) is \(actual.int(at: i)), expected \(expected.int(at: i))"
        }
    }
    return nil
}
