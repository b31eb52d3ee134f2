import Foundation
import GraphIR
import LLVMKit
import Reference
import XCTest

// The per-op test matrix (Glow's OperatorTest pattern): data-driven cases of (op, attributes,
// input shapes and dtypes), each JIT-compiled and compared with the Reference evaluator on seeded
// random inputs, within a tolerance stated per op family.

/// Allowed difference between the JIT and the Reference: `|a - e| <= atol + rtol * |e|` for floats.
/// Integer results must always be equal.
struct Tolerance: CustomStringConvertible {
    var rtol: Double
    var atol: Double

    /// Ops IEEE rounds correctly in one step (+ - * / sqrt, neg, abs, max, min, relu, copies):
    /// computing in Double and rounding once gives the same bits.
    static let exact = Tolerance(rtol: 0, atol: 0)

    /// Transcendental element-wise functions (exp, log, tanh, sigmoid, rsqrt): a few ulp relative,
    /// and nothing absolute beyond the subnormal range, so a result that loses all its significant
    /// digits near zero still fails.
    static func transcendental(_ d: DType) -> Tolerance {
        d == .float64 ? Tolerance(rtol: 1e-14, atol: 1e-300) : Tolerance(rtol: 1e-6, atol: 1e-37)
    }

    /// Sums of `k` products or terms accumulated in the dtype (MatMul, Conv2D, Sum, Mean, AvgPool):
    /// the rounding error of a float sum grows like sqrt(k).
    static func accumulation(_ d: DType, k: Int) -> Tolerance {
        let s = Double(max(k, 1)).squareRoot()
        switch d {
        case .float64: return Tolerance(rtol: 1e-12, atol: 1e-12 * s)
        case .float32: return Tolerance(rtol: 1e-5, atol: 1e-5 * s)
        default: return .exact
        }
    }

    /// Softmax: exp, a row sum and a division.
    static func softmax(_ d: DType) -> Tolerance {
        d == .float64 ? Tolerance(rtol: 1e-12, atol: 1e-14) : Tolerance(rtol: 1e-5, atol: 1e-6)
    }

    var description: String { "rtol \(rtol) atol \(atol)" }
}

/// One input of a case: a placeholder (fed) or a constant (baked into the module).
struct InputSpec {
    var dtype: DType
    var shape: [Int]
    /// Values are drawn uniformly from here (integers: whole numbers).
    var range: ClosedRange<Double> = -1...1
    /// Exact values instead, repeated cyclically to fill the shape (special values).
    var values: [Double]? = nil
    /// Zero is replaced by 1 (integer divisors).
    var nonZero = false
    var constant = false

    func tensor<G: RandomNumberGenerator>(using rng: inout G) throws -> Tensor {
        let count = shape.reduce(1, *)
        if let values {
            return makeTensor(dtype, shape, (0..<count).map { values[$0 % values.count] })
        }
        var t = try randomTensor(dtype, shape, in: range, using: &rng)
        if nonZero {
            t = makeTensor(dtype, shape, t.doubles.map { $0 == 0 ? 1 : $0 })
        }
        return t
    }
}

/// A tensor of any dtype from Doubles (integers converted exactly; they must be whole).
func makeTensor(_ dtype: DType, _ shape: [Int], _ values: [Double]) -> Tensor {
    switch dtype {
    case .float32: return Tensor(shape: shape, floats: values.map { Float($0) })
    case .float64: return Tensor(shape: shape, doubles: values)
    case .int32: return Tensor(shape: shape, int32s: values.map { Int32($0) })
    case .int64: return Tensor(shape: shape, int64s: values.map { Int64($0) })
    case .bool: return Tensor(shape: shape, bools: values.map { $0 != 0 })
    }
}

/// One row of the matrix.
struct OpCase {
    var name: String
    var op: Op
    var inputs: [InputSpec]
    var tolerance: Tolerance
}

/// How a case is compiled.
struct Variant: CustomStringConvertible {
    var level: Int
    /// Multiplies the op's result by a broadcast vector (`z = y * e`, `e` the size of the last axis),
    /// so the op is computed as the anchor (or first body node) of a fused kernel with an epilogue
    /// that reads a broadcast operand.
    var epilogue: Bool
    /// Code for this target instead of the host's (a subset of the host's features, so it runs).
    var target: TargetDescription? = nil

    var description: String { "O\(level)" + (epilogue ? "+epilogue" : "") + (target.map { " \($0.features.count > 60 ? "narrowed" : $0.features)" } ?? "") }
}

/// A stable seed from a case name (Swift's `hashValue` changes from run to run).
func stableSeed(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in s.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return h
}

/// Builds the case's graph, JIT-compiles it, runs it once and compares with the Reference.
/// Returns a description of the difference, or nil when the results match.
func runCase(_ c: OpCase, _ v: Variant) -> String? {
    do {
        var rng = SeededGenerator(seed: stableSeed(c.name))
        var g = Graph()
        var feeds: [String: Tensor] = [:]
        var operands: [Value] = []
        for (k, spec) in c.inputs.enumerated() {
            let t = try spec.tensor(using: &rng)
            if spec.constant {
                operands.append(try g.add("in\(k)", .constant(t)))
            } else {
                operands.append(try g.add("in\(k)", .placeholder(dtype: spec.dtype, shape: spec.shape)))
                feeds["in\(k)"] = t
            }
        }
        let y = try g.add("y", c.op, operands)
        // Every output of the op (the losses have two), or the epilogue's result.
        var outputs = c.op.outputCount == 1 ? ["y"] : (0..<c.op.outputCount).map { "y:\($0)" }
        if v.epilogue {
            let type = g[y]
            let shape = type.shape ?? []
            let eShape = shape.last.map { [$0] } ?? []
            let range: ClosedRange<Double> = type.dtype.isFloatingPoint ? -1...1 : -3...3
            try g.add("e", .placeholder(dtype: type.dtype, shape: eShape))
            feeds["e"] = try randomTensor(type.dtype, eShape, in: range, using: &rng)
            // Bools cannot be multiplied: compare them instead.
            try g.add("z", type.dtype == .bool ? .compare(.equal) : .binary(.mul), [y, g.value(named: "e")!])
            outputs = ["z"]
        }
        let fetch = try outputs.map { name -> Value in
            guard let v = g.value(named: name) else { throw ReferenceError("no value \(name)") }
            return v
        }
        let expected = try evaluate(g, feeds: feeds, fetch: fetch)
        let compiled = try jit(g, outputs: outputs, level: v.level, name: "opcase", target: v.target ?? .host)
        let args = try compiled.plan.inputNames.map { name -> Tensor in
            guard let t = feeds[name] else { throw ReferenceError("no feed for \(name)") }
            return t
        }
        let actual = try compiled.executable.run(args)
        for (k, (a, e)) in zip(actual, expected).enumerated() {
            if let problem = mismatch(a, e, relativeTolerance: c.tolerance.rtol, absoluteTolerance: c.tolerance.atol) {
                return outputs.count == 1 ? problem : "output \(k): \(problem)"
            }
        }
        return actual.count == expected.count ? nil : "\(actual.count) outputs, expected \(expected.count)"
    } catch {
        return "threw \(error)"
    }
}

/// Runs every case at O3 with and without an epilogue, and every third case also at O0.
/// Each failure names the case, the variant and the first differing element.
func runMatrix(_ cases: [OpCase], target: TargetDescription? = nil, file: StaticString = #filePath, line: UInt = #line) {
    var names: Set<String> = []
    for (i, c) in cases.enumerated() {
        XCTAssertTrue(names.insert(c.name).inserted, "duplicate case name \(c.name)", file: file, line: line)
        var variants = [Variant(level: 3, epilogue: false, target: target), Variant(level: 3, epilogue: true, target: target)]
        if i % 3 == 0, target == nil { variants.append(Variant(level: 0, epilogue: false)) }
        for v in variants {
            if let problem = runCase(c, v) {
                XCTFail("\(c.name) [\(v), \(c.tolerance)]: \(problem)", file: file, line: line)
            }
        }
    }
}

func shapeName(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ",") + "]" }
