import XCTest
@testable import GraphIR

/// Shape and dtype rules of BatchMatMul, LogSoftmax, the truncating Cast and the reductions over bools.
final class ElementwiseOpShapeTests: XCTestCase {
    func testBatchMatMulBroadcastsBatchAxes() throws {
        let plain = Op.batchMatMul(adjX: false, adjY: false)
        XCTAssertEqual(try infer(plain, f32([3, 4]), f32([4, 5])), f32([3, 5]))
        XCTAssertEqual(try infer(plain, f32([2, 3, 4]), f32([4, 5])), f32([2, 3, 5]))
        XCTAssertEqual(try infer(plain, f32([3, 4]), f32([6, 4, 5])), f32([6, 3, 5]))
        XCTAssertEqual(try infer(plain, f32([2, 1, 3, 4]), f32([5, 4, 2])), f32([2, 5, 3, 2]))
        XCTAssertEqual(try infer(plain, f32([-1, 3, 4]), f32([1, 4, -1])), f32([-1, 3, -1]))
        XCTAssertEqual(try infer(plain, f32(nil), f32([4, 5])), f32(nil))
        XCTAssertEqual(try infer(plain, TensorType(.int64, [2, 3, 4]), TensorType(.int64, [2, 4, 1])), TensorType(.int64, [2, 3, 1]))
        // The adjoints swap the last two axes of their operand.
        XCTAssertEqual(try infer(.batchMatMul(adjX: true, adjY: false), f32([2, 4, 3]), f32([4, 5])), f32([2, 3, 5]))
        XCTAssertEqual(try infer(.batchMatMul(adjX: false, adjY: true), f32([2, 3, 4]), f32([7, 1, 5, 4])), f32([7, 2, 3, 5]))
        XCTAssertEqual(try infer(.batchMatMul(adjX: true, adjY: true), f32([4, 3]), f32([5, 4])), f32([3, 5]))
    }

    func testBatchMatMulRejects() {
        let plain = Op.batchMatMul(adjX: false, adjY: false)
        assertRejects(plain, f32([2, 3, 4]), f32([3, 4, 5]), mentioning: "batch dimensions [2] and [3] cannot be broadcast")
        assertRejects(plain, f32([3, 4]), f32([5, 6]), mentioning: "inner dimensions differ: [3,4] x [5,6]")
        assertRejects(.batchMatMul(adjX: true, adjY: false), f32([3, 4]), f32([4, 5]), mentioning: "inner dimensions differ: [3,4]ᴴ x [4,5]")
        assertRejects(plain, f32([4]), f32([4, 5]), mentioning: "rank >= 2")
        assertRejects(plain, f32([3, 4]), TensorType(.float64, [4, 5]), mentioning: "input dtypes differ")
        assertRejects(plain, TensorType(.bool, [3, 4]), TensorType(.bool, [4, 5]), mentioning: "does not take bool")
        assertRejects(plain, f32([3, 4]), mentioning: "takes 2 input(s), got 1")
    }

    func testLogSoftmax() {
        XCTAssertEqual(try infer(.logSoftmax, f32([-1, 10])), f32([-1, 10]))
        XCTAssertEqual(try infer(.logSoftmax, TensorType(.float64, [2, 3, 4])), TensorType(.float64, [2, 3, 4]))
        assertRejects(.logSoftmax, f32([]), mentioning: "rank >= 1")
        assertRejects(.logSoftmax, i32([3]), mentioning: "LogSoftmax needs a floating-point input, got int32")
    }

    func testTruncatingCastGoesFromFloat64ToFloat32() {
        XCTAssertEqual(try infer(.truncatingCast(.float32), TensorType(.float64, [2, -1])), f32([2, -1]))
        assertRejects(.truncatingCast(.float32), f32([2]), mentioning: "from float64 to float32, not float32 to float32")
        assertRejects(.truncatingCast(.int32), TensorType(.float64, [2]), mentioning: "not float64 to int32")
    }

    func testReductionDtypes() {
        let flags = TensorType(.bool, [2, 3])
        for kind in [ReduceKind.all, .any] {
            XCTAssertEqual(try infer(.reduce(kind, axes: [1], keepDims: true), flags), TensorType(.bool, [2, 1]))
            assertRejects(.reduce(kind, axes: [0], keepDims: false), f32([2]), mentioning: "needs a bool input, got float32")
        }
        for kind in [ReduceKind.min, .prod, .sum, .mean, .max] {
            XCTAssertEqual(try infer(.reduce(kind, axes: [0], keepDims: false), i32([4])), i32([]))
            XCTAssertEqual(try infer(.reduce(kind, axes: [], keepDims: false), f32([2, 3])), f32([2, 3]))
            assertRejects(.reduce(kind, axes: [0], keepDims: false), flags, mentioning: "does not take bool")
        }
    }

    func testIntegerBinaryOps() throws {
        for b in [BinaryOp.pow, .floorDiv, .floorMod] {
            XCTAssertEqual(try infer(.binary(b), TensorType(.int64, [3, 1]), TensorType(.int64, [4])), TensorType(.int64, [3, 4]))
            assertRejects(.binary(b), TensorType(.bool, [2]), TensorType(.bool, [2]), mentioning: "does not take bool")
        }
    }
}
