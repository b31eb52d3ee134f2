import XCTest
@testable import GraphIR

final class BiasSoftmaxShapeTests: XCTestCase {
    func testBiasFollowsTheChannelAxisOfTheFormat() throws {
        XCTAssertEqual(try infer(.biasAdd(.nhwc), f32([2, 3, 4, 5]), f32([5])), f32([2, 3, 4, 5]))
        XCTAssertEqual(try infer(.biasAdd(.nchw), f32([2, 3, 4, 5]), f32([3])), f32([2, 3, 4, 5]))
        XCTAssertEqual(try infer(.biasAdd(.nhwc), i32([7, 2]), i32([2])), i32([7, 2]))
        XCTAssertEqual(try infer(.biasAdd(.nhwc), f32([-1, 4]), f32([-1])), f32([-1, 4]))
        XCTAssertEqual(try infer(.biasAdd(.nchw), f32(nil), f32([3])), f32(nil))
    }

    func testBiasRejections() {
        assertRejects(.biasAdd(.nchw), f32([2, 3, 4, 5]), f32([5]),
                      mentioning: "bias has 5 elements but the input has 3 channels (NCHW)")
        assertRejects(.biasAdd(.nhwc), f32([5]), f32([5]), mentioning: "input must have rank >= 2")
        assertRejects(.biasAdd(.nhwc), f32([2, 5]), f32([1, 5]), mentioning: "bias must be a vector")
        assertRejects(.biasAdd(.nhwc), f32([2, 5]), TensorType(.float64, [5]), mentioning: "dtypes differ")
    }

    func testSoftmaxKeepsTheShape() throws {
        XCTAssertEqual(try infer(.softmax, f32([-1, 10])), f32([-1, 10]))
        XCTAssertEqual(try infer(.softmax, TensorType(.float64, [3])), TensorType(.float64, [3]))
        assertRejects(.softmax, f32([]), mentioning: "rank >= 1")
        assertRejects(.softmax, i32([3]), mentioning: "Softmax needs a floating-point input, got int32")
    }
}

final class ReshapeShapeTests: XCTestCase {
    func testTargetsWithAndWithoutMinusOne() throws {
        XCTAssertEqual(try infer(.reshape([3, 2]), f32([2, 3])), f32([3, 2]))
        XCTAssertEqual(try infer(.reshape([-1]), f32([2, 3])), f32([6]))
        XCTAssertEqual(try infer(.reshape([2, -1, 1]), f32([2, 3])), f32([2, 3, 1]))
        XCTAssertEqual(try infer(.reshape([]), f32([1, 1])), f32([]))
        XCTAssertEqual(try infer(.reshape([0, 5]), f32([5, 0])), f32([0, 5]))
        XCTAssertEqual(try infer(.reshape([2, 2]), TensorType(.bool, [4])), TensorType(.bool, [2, 2]))
    }

    func testUnknownInputLeavesTheTargetAsWritten() throws {
        XCTAssertEqual(try infer(.reshape([-1, 6]), f32([-1, 2, 3])), f32([-1, 6]))
        XCTAssertEqual(try infer(.reshape([4, 3]), f32(nil)), f32([4, 3]))
    }

    func testBadTargetsAreRejected() {
        assertRejects(.reshape([-1, -1]), f32([4]), mentioning: "has more than one -1")
        assertRejects(.reshape([4, 2]), f32([2, 3]), mentioning: "cannot reshape [2,3] (6 elements) to [4,2]")
        assertRejects(.reshape([4, -1]), f32([2, 3]), mentioning: "cannot reshape [2,3]")
        assertRejects(.reshape([0, -1]), f32([0, 3]), mentioning: "cannot reshape [0,3]")
        assertRejects(.reshape([2, -3]), f32([6]), mentioning: "negative dimension")
        // The target alone is checked even when the input is unknown.
        assertRejects(.reshape([-1, -1]), f32(nil), mentioning: "more than one -1")
    }
}

final class ReduceShapeTests: XCTestCase {
    func testAxesAreDroppedOrKept() throws {
        let x = f32([2, 3, 4])
        XCTAssertEqual(try infer(.reduce(.sum, axes: [1], keepDims: false), x), f32([2, 4]))
        XCTAssertEqual(try infer(.reduce(.mean, axes: [1], keepDims: true), x), f32([2, 1, 4]))
        XCTAssertEqual(try infer(.reduce(.max, axes: [0, 1, 2], keepDims: false), x), f32([]))
        XCTAssertEqual(try infer(.reduce(.max, axes: [0, 2], keepDims: true), x), f32([1, 3, 1]))
        XCTAssertEqual(try infer(.reduce(.sum, axes: [], keepDims: false), x), x)
        XCTAssertEqual(try infer(.reduce(.mean, axes: [0], keepDims: false), TensorType(.int64, [5])),
                       TensorType(.int64, []))
    }

    func testUnknownDimensionsPropagate() throws {
        XCTAssertEqual(try infer(.reduce(.sum, axes: [1], keepDims: false), f32([-1, 3])), f32([-1]))
        XCTAssertEqual(try infer(.reduce(.sum, axes: [0], keepDims: true), f32([-1, 3])), f32([1, 3]))
        XCTAssertEqual(try infer(.reduce(.sum, axes: [0], keepDims: true), f32(nil)), f32(nil))
    }

    func testReduceRejections() {
        assertRejects(.reduce(.sum, axes: [2], keepDims: false), f32([2, 3]), mentioning: "axis 2 is out of range for rank 2")
        assertRejects(.reduce(.max, axes: [-1], keepDims: false), f32([2, 3]), mentioning: "axis -1 is out of range")
        assertRejects(.reduce(.sum, axes: [0], keepDims: false), TensorType(.bool, [2]), mentioning: "Sum does not take bool")
    }
}

final class ReverseShapeTests: XCTestCase {
    func testShapeAndTypeAreKept() throws {
        XCTAssertEqual(try infer(.reverse(axes: [0, 2]), f32([2, 3, 4])), f32([2, 3, 4]))
        XCTAssertEqual(try infer(.reverse(axes: []), TensorType(.bool, [])), TensorType(.bool, []))
        XCTAssertEqual(try infer(.reverse(axes: [1]), TensorType(.int64, [-1, 5])), TensorType(.int64, [-1, 5]))
        XCTAssertEqual(try infer(.reverse(axes: [3]), f32(nil)), f32(nil))
    }

    func testBadAxesAreNamed() {
        assertRejects(.reverse(axes: [2]), f32([2, 3]), mentioning: "axis 2 is out of range for rank 2")
        assertRejects(.reverse(axes: [-1]), f32([2, 3]), mentioning: "axis -1 is negative")
        assertRejects(.reverse(axes: [1, 1]), f32([2, 3]), mentioning: "axis 1 is given more than once")
        assertRejects(.reverse(axes: [1, 0]), f32([2, 3]), mentioning: "axes [1, 0] must be in increasing order")
        // Checked even before the rank is known.
        assertRejects(.reverse(axes: [0, 0]), f32(nil), mentioning: "axis 0 is given more than once")
    }
}

final class LossShapeTests: XCTestCase {
    func testDenseLabelsMatchOrBroadcastOntoTheLogits() throws {
        let op = Op.softmaxCrossEntropy
        XCTAssertEqual(try op.inferTypes([f32([4, 10]), f32([4, 10])]), [f32([4]), f32([4, 10])])
        XCTAssertEqual(try op.inferTypes([f32([4, 10]), f32([1, 10])]), [f32([4]), f32([4, 10])])
        XCTAssertEqual(try op.inferTypes([f32([-1, 10]), f32([-1, 10])]), [f32([-1]), f32([-1, 10])])
        assertRejects(op, f32([1, 10]), f32([4, 10]), mentioning: "labels [4,10] are larger than the logits [1,10]")
        assertRejects(op, f32([4, 10]), f32([4, 3]), mentioning: "cannot be broadcast")
    }
}
