import GraphIR
import XCTest

/// What generated code gives where TensorFlow raises a run-time error it has no channel for:
/// integer floor division by zero, and integers to negative powers. Never a trap.
final class IntegerEdgeCaseTests: XCTestCase {
    private func run(_ op: BinaryOp, _ x: [Int64], _ y: [Int64], _ dtype: DType) throws -> [[Int]] {
        var g = Graph()
        let a = try g.add("x", .placeholder(dtype: dtype, shape: [x.count]))
        let b = try g.add("y", .placeholder(dtype: dtype, shape: [y.count]))
        try g.add("z", .binary(op), [a, b])
        return try [0, 3].map { level in
            let c = try jit(g, outputs: ["z"], level: level)
            let feeds = dtype == .int32 ? [Tensor(shape: [x.count], int32s: x.map { Int32($0) }), Tensor(shape: [y.count], int32s: y.map { Int32($0) })]
                                        : [Tensor(shape: [x.count], int64s: x), Tensor(shape: [y.count], int64s: y)]
            let out = try c.executable.run(feeds)[0]
            return (0..<out.elementCount).map { out.int(at: $0) }
        }
    }

    /// A zero divisor gives 0 (as RealDiv); `min // -1` wraps to min and `min mod -1` is 0.
    func testFloorDivisionByZeroAndMinusOne() throws {
        for (dtype, min) in [(DType.int32, Int64(Int32.min)), (.int64, Int64.min)] {
            for results in try run(.floorDiv, [7, -7, min, 5, -9], [0, 0, -1, -1, 4], dtype) {
                XCTAssertEqual(results, [0, 0, Int(min), -5, -3], "\(dtype)")
            }
            for results in try run(.floorMod, [7, -7, min, 5, -9], [0, 0, -1, -1, 4], dtype) {
                XCTAssertEqual(results, [0, 0, 0, 0, 3], "\(dtype)")
            }
        }
    }

    /// A negative exponent gives the integer part of the exact power: 1 for 1, ±1 for -1, else 0.
    func testNegativeIntegerPowers() throws {
        for dtype in [DType.int32, .int64] {
            for results in try run(.pow, [1, -1, -1, 2, -3, 0, 5], [-5, -3, -2, -1, -1, -2, Int64(Int32.min)], dtype) {
                XCTAssertEqual(results, [1, -1, 1, 0, 0, 0, 0], "\(dtype)")
            }
        }
    }

    /// BatchMatMul of matrices is MatMul's kernel, instruction for instruction (so it is as fast),
    /// and so is a batch of rows times one shared matrix (Keras' Dense on a rank-3 input).
    func testBatchMatMulOfMatricesIsMatMul() throws {
        func ir(_ op: Op, _ a: [Int], _ b: [Int]) throws -> String {
            var g = Graph()
            let x = try g.add("x", .placeholder(dtype: .float32, shape: a))
            let w = try g.add("w", .placeholder(dtype: .float32, shape: b))
            try g.add("y", op, [x, w])
            return try jit(g, outputs: ["y"]).irAfter
        }
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            let a = ta ? [32, 24] : [24, 32], b = tb ? [48, 32] : [32, 48]
            XCTAssertEqual(try ir(.batchMatMul(adjX: ta, adjY: tb), a, b), try ir(.matMul(transposeA: ta, transposeB: tb), a, b), "\(ta) \(tb)")
        }
        XCTAssertEqual(try ir(.batchMatMul(adjX: false, adjY: false), [4, 6, 32], [32, 48]),
                       try ir(.matMul(transposeA: false, transposeB: false), [24, 32], [32, 48]))
    }
}
