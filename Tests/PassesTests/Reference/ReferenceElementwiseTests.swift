import GraphIR
import Reference
import XCTest

final class ReferenceElementwiseTests: XCTestCase {
    func testBroadcastingPairsTheRightElements() throws {
        let column = floats([2, 1], [10, 20])
        let row = floats([1, 3], [1, 2, 3])
        assertTensor(try apply(.binary(.add), column, row), [2, 3], [11, 12, 13, 21, 22, 23])
        assertTensor(try apply(.binary(.sub), row, column), [2, 3], [-9, -8, -7, -19, -18, -17])
        assertTensor(try apply(.binary(.mul), floats([], [2]), floats([2, 2], [1, 2, 3, 4])), [2, 2], [2, 4, 6, 8])
        // [2,1,2] against [3,1]: the middle axis comes from the right operand.
        let a = floats([2, 1, 2], [1, 2, 3, 4])
        let b = floats([3, 1], [0, 10, 100])
        assertTensor(try apply(.binary(.add), a, b), [2, 3, 2], [1, 2, 11, 12, 101, 102, 3, 4, 13, 14, 103, 104])
        assertTensor(try apply(.binary(.add), floats([0, 2], []), floats([2], [1, 2])), [0, 2], [])
    }

    func testFloatDivisionAndNaNHandling() throws {
        assertTensor(try apply(.binary(.div), floats([3], [1, -1, 0]), floats([3], [0, 0, 0])), [3], [.infinity, -.infinity, .nan])
        assertTensor(try apply(.binary(.maximum), floats([3], [.nan, 1, -2]), floats([3], [0, .nan, -3])), [3], [.nan, .nan, -2])
        assertTensor(try apply(.binary(.minimum), floats([2], [.nan, 1]), floats([2], [0, 5])), [2], [.nan, 1])
    }

    func testIntegerDivisionTruncatesAndRejectsZero() throws {
        let x = Tensor(shape: [4], int32s: [7, -7, 7, -7])
        let y = Tensor(shape: [4], int32s: [2, 2, -2, -2])
        assertInts(try apply(.binary(.div), x, y), [4], [3, -3, -3, 3])
        assertInts(try apply(.binary(.div), Tensor(shape: [1], int32s: [.min]), Tensor(shape: [1], int32s: [-1])),
                   [1], [Int(Int32.min)])
        assertInts(try apply(.binary(.div), Tensor(shape: [1], int64s: [.min]), Tensor(shape: [1], int64s: [-1])),
                   [1], [Int(Int64.min)])
        XCTAssertThrowsError(try apply(.binary(.div), x, Tensor(shape: [], int32s: [0]))) { error in
            XCTAssertTrue("\(error)".contains("integer division by zero"), "\(error)")
        }
    }

    func testIntegerArithmeticWrapsAtTheDtypeWidth() throws {
        assertInts(try apply(.binary(.add), Tensor(shape: [1], int32s: [.max]), Tensor(shape: [1], int32s: [1])),
                   [1], [Int(Int32.min)])
        assertInts(try apply(.binary(.mul), Tensor(shape: [1], int64s: [1 << 62]), Tensor(shape: [1], int64s: [4])),
                   [1], [0])
        assertInts(try apply(.binary(.maximum), Tensor(shape: [2], int64s: [3, -9]), Tensor(shape: [], int64s: [0])),
                   [2], [3, 0])
        assertInts(try apply(.unary(.neg), Tensor(shape: [2], int32s: [5, .min])), [2], [-5, Int(Int32.min)])
        assertInts(try apply(.unary(.abs), Tensor(shape: [2], int32s: [-5, .min])), [2], [5, Int(Int32.min)])
        assertInts(try apply(.unary(.square), Tensor(shape: [2], int32s: [-3, 65536])), [2], [9, 0])
        assertInts(try apply(.unary(.relu), Tensor(shape: [2], int64s: [-3, 4])), [2], [0, 4])
    }

    func testFloatUnaryOps() throws {
        let x = Tensor(shape: [3], doubles: [-2, 0, 4])
        assertTensor(try apply(.unary(.neg), x), [3], [2, -0.0, -4])
        assertTensor(try apply(.unary(.relu), x), [3], [0, 0, 4])
        assertTensor(try apply(.unary(.square), x), [3], [4, 0, 16])
        assertTensor(try apply(.unary(.abs), x), [3], [2, 0, 4])
        assertTensor(try apply(.unary(.sqrt), x), [3], [.nan, 0, 2])
        assertTensor(try apply(.unary(.rsqrt), x), [3], [.nan, .infinity, 0.5])
        assertTensor(try apply(.unary(.log), x), [3], [.nan, -.infinity, 2 * 0.6931471805599453], accuracy: 1e-15)
        assertTensor(try apply(.unary(.exp), x), [3], [0.1353352832366127, 1, 54.598150033144236], accuracy: 1e-13)
        assertTensor(try apply(.unary(.tanh), x), [3], [-0.9640275800758169, 0, 0.999329299739067], accuracy: 1e-15)
        assertTensor(try apply(.unary(.sigmoid), Tensor(shape: [4], doubles: [0, -1000, 1000, 1])), [4],
                     [0.5, 0, 1, 0.7310585786300049], accuracy: 1e-15)
        XCTAssertTrue(try apply(.unary(.relu), floats([1], [.nan])).double(at: 0).isNaN)
    }

    func testFloat32ResultsAreRoundedOnce() throws {
        let e = try apply(.unary(.exp), floats([1], [1]))
        XCTAssertEqual(e.dtype, .float32)
        XCTAssertEqual(e.scalars(as: Float.self), [Float(2.718281828459045)])
    }

    func testOpsRejectWhatTheirShapeRulesReject() {
        XCTAssertThrowsError(try apply(.unary(.exp), Tensor(shape: [1], int32s: [1]))) { error in
            XCTAssertEqual("\(error)", "Exp needs a floating-point input, got int32")
        }
        XCTAssertThrowsError(try apply(.binary(.add), floats([2], [1, 2]), floats([3], [1, 2, 3]))) { error in
            XCTAssertTrue("\(error)".contains("cannot be broadcast"), "\(error)")
        }
        XCTAssertThrowsError(try apply(.placeholder(dtype: .float32, shape: [1]))) { error in
            XCTAssertTrue("\(error)".contains("feed it"), "\(error)")
        }
    }

    func testBiasAddFollowsTheDataFormat() throws {
        let zeros = try Tensor(zeros: .float32, shape: [1, 2, 1, 2])
        let bias = floats([2], [1, 2])
        assertTensor(try apply(.biasAdd(.nhwc), zeros, bias), [1, 2, 1, 2], [1, 2, 1, 2])
        assertTensor(try apply(.biasAdd(.nchw), zeros, bias), [1, 2, 1, 2], [1, 1, 2, 2])
        assertInts(try apply(.biasAdd(.nhwc), Tensor(shape: [2, 2], int32s: [1, 2, 3, 4]), Tensor(shape: [2], int32s: [10, 20])),
                   [2, 2], [11, 22, 13, 24])
        XCTAssertThrowsError(try apply(.biasAdd(.nhwc), Tensor(shape: [1, 1], bools: [true]), Tensor(shape: [1], bools: [true])))
    }

    func testIdentityReshapeAndConstant() throws {
        let t = floats([2, 3], [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(try apply(.identity, t), t)
        XCTAssertEqual(try apply(.reshape([3, -1]), t), try t.reshaped([3, 2]))
        XCTAssertEqual(try apply(.constant(t)), t)
        XCTAssertThrowsError(try apply(.reshape([4, -1]), t))
    }
}
