import XCTest
@testable import GraphIR

final class ElementwiseShapeTests: XCTestCase {
    func testPlaceholderKeepsDeclaredShapeAndRejectsBadDimensions() throws {
        XCTAssertEqual(try infer(.placeholder(dtype: .int64, shape: [-1, 3])), TensorType(.int64, [-1, 3]))
        XCTAssertEqual(try infer(.placeholder(dtype: .bool, shape: nil)), TensorType(.bool, nil))
        assertRejects(.placeholder(dtype: .float32, shape: [2, -2]), mentioning: "dimension -2 is invalid")
        assertRejects(.placeholder(dtype: .float32, shape: [1 << 21, 1 << 21]), mentioning: "more than 2^36")
    }

    func testConstantHasItsTensorsType() throws {
        let t = Tensor(shape: [2, 1], int32s: [1, 2])
        XCTAssertEqual(try infer(.constant(t)), TensorType(.int32, [2, 1]))
    }

    func testIdentityForwardsAnyType() throws {
        XCTAssertEqual(try infer(.identity, TensorType(.bool, [3])), TensorType(.bool, [3]))
        XCTAssertEqual(try infer(.identity, f32(nil)), f32(nil))
    }

    func testWrongInputCountIsRejected() {
        assertRejects(.binary(.add), f32([1]), mentioning: "takes 2 input(s), got 1")
        assertRejects(.softmax, mentioning: "takes 1 input(s), got 0")
    }

    func testEveryUnaryOpTakesFloats() throws {
        for u in UnaryOp.allCases {
            XCTAssertEqual(try infer(.unary(u), f32([2, -1])), f32([2, -1]), "\(u)")
            XCTAssertEqual(try infer(.unary(u), TensorType(.float64, [])), TensorType(.float64, []), "\(u)")
        }
    }

    func testOnlySignPreservingAndRoundingUnaryOpsTakeIntegers() throws {
        let integerOps: Set<UnaryOp> = [.neg, .abs, .square, .relu, .sign, .round]
        for u in UnaryOp.allCases {
            if integerOps.contains(u) {
                XCTAssertEqual(try infer(.unary(u), TensorType(.int64, [3])), TensorType(.int64, [3]))
            } else {
                assertRejects(.unary(u), i32([3]), mentioning: "\(Op.unary(u).name) needs a floating-point input, got int32")
            }
            assertRejects(.unary(u), TensorType(.bool, [3]), mentioning: "bool")
        }
    }

    func testBroadcastingCorners() throws {
        let cases: [([Int]?, [Int]?, [Int]?)] = [
            ([2, 3], [3], [2, 3]),
            ([2, 1], [1, 3], [2, 3]),
            ([], [4, 5], [4, 5]),
            ([5, 1, 4], [3, 1], [5, 3, 4]),
            ([0], [1], [0]),
            ([1], [0], [0]),
            ([3, 0], [3, 1], [3, 0]),
            ([-1, 3], [3], [-1, 3]),
            ([-1], [1], [-1]),
            ([1], [-1], [-1]),
            ([-1], [4], [4]),
            ([-1, -1], [-1, 2], [-1, 2]),
            (nil, [3], nil),
            ([3], nil, nil),
        ]
        for (a, b, expected) in cases {
            XCTAssertEqual(try infer(.binary(.add), f32(a), f32(b)), f32(expected),
                           "\(formatShape(a)) + \(formatShape(b))")
            XCTAssertEqual(try broadcastShapes(b, a), expected, "broadcasting is symmetric")
        }
    }

    func testIncompatibleBroadcastIsRejected() {
        assertRejects(.binary(.mul), f32([2, 3]), f32([2]), mentioning: "shapes [2,3] and [2] cannot be broadcast")
        assertRejects(.binary(.mul), f32([0]), f32([2]), mentioning: "cannot be broadcast")
    }

    func testBinaryOpsNeedEqualNonBoolDtypes() throws {
        for b in BinaryOp.allCases {
            XCTAssertEqual(try infer(.binary(b), i32([2]), i32([2])), i32([2]), "\(b)")
            assertRejects(.binary(b), f32([2]), i32([2]), mentioning: "input dtypes differ: float32 and int32")
            assertRejects(.binary(b), TensorType(.bool, [2]), TensorType(.bool, [2]), mentioning: "does not take bool")
        }
    }
}
