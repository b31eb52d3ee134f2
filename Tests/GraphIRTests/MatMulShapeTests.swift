import XCTest
@testable import GraphIR

final class MatMulShapeTests: XCTestCase {
    func testTransposesPickTheOuterDimensions() throws {
        let plain = Op.matMul(transposeA: false, transposeB: false)
        XCTAssertEqual(try infer(plain, f32([2, 3]), f32([3, 4])), f32([2, 4]))
        XCTAssertEqual(try infer(.matMul(transposeA: true, transposeB: false), f32([3, 2]), f32([3, 4])), f32([2, 4]))
        XCTAssertEqual(try infer(.matMul(transposeA: false, transposeB: true), f32([2, 3]), f32([4, 3])), f32([2, 4]))
        XCTAssertEqual(try infer(.matMul(transposeA: true, transposeB: true), f32([3, 2]), f32([4, 3])), f32([2, 4]))
        XCTAssertEqual(try infer(plain, i32([1, 1]), i32([1, 0])), i32([1, 0]))
    }

    func testUnknownDimensionsPropagate() throws {
        let plain = Op.matMul(transposeA: false, transposeB: false)
        XCTAssertEqual(try infer(plain, f32([-1, 3]), f32([3, 4])), f32([-1, 4]))
        XCTAssertEqual(try infer(plain, f32([2, -1]), f32([3, 4])), f32([2, 4]))
        XCTAssertEqual(try infer(plain, f32(nil), f32([3, 4])), f32([-1, 4]))
    }

    func testMismatchesAreRejected() {
        let plain = Op.matMul(transposeA: false, transposeB: false)
        assertRejects(plain, f32([2, 3]), f32([4, 5]), mentioning: "inner dimensions differ: [2,3] x [4,5]")
        assertRejects(.matMul(transposeA: true, transposeB: false), f32([2, 3]), f32([3, 5]), mentioning: "[2,3]ᵀ x [3,5]")
        assertRejects(plain, f32([2, 3, 1]), f32([3, 4]), mentioning: "inputs must be matrices")
        assertRejects(plain, f32([2, 3]), TensorType(.float64, [3, 4]), mentioning: "input dtypes differ")
        assertRejects(plain, TensorType(.bool, [1, 1]), TensorType(.bool, [1, 1]), mentioning: "does not take bool")
    }
}
