import XCTest
@testable import GraphIR

/// Grouped convolutions (groups from the shapes, as TensorFlow) and resizing.
final class ConvolutionFamilyShapeTests: XCTestCase {
    func testGroupsComeFromTheShapes() throws {
        XCTAssertEqual(try convolutionGroups(channels: 8, filter: [3, 3, 8, 4]), 1)
        XCTAssertEqual(try convolutionGroups(channels: 8, filter: [3, 3, 2, 12]), 4)
        XCTAssertEqual(try convolutionGroups(channels: 8, filter: [3, 3, 1, 16]), 8)
        XCTAssertEqual(try convolutionGroups(channels: 0, filter: [3, 3, 0, 4]), 1)
        XCTAssertEqual(try infer(conv(padding: .same), f32([2, 5, 6, 8]), f32([3, 3, 2, 12])), f32([2, 5, 6, 12]))
        XCTAssertEqual(try infer(conv(strides: (2, 2), padding: .same, format: .nchw), f32([1, 7, 6, 5]), f32([3, 3, 1, 14])),
                       f32([1, 14, 3, 3]))
        // Unknown output channels stay unknown; unknown input channels leave the groups open.
        XCTAssertEqual(try infer(conv(padding: .valid), f32([1, 5, 5, 6]), f32([3, 3, 3, -1])), f32([1, 3, 3, -1]))
        XCTAssertEqual(try infer(conv(padding: .valid), f32([1, 5, 5, -1]), f32([3, 3, 3, 5])), f32([1, 3, 3, 5]))
    }

    func testGroupRejections() {
        assertRejects(conv(padding: .valid), f32([1, 5, 5, 8]), f32([3, 3, 3, 6]), mentioning: "input has 8 channels but the filter expects 3")
        assertRejects(conv(padding: .valid), f32([1, 5, 5, 8]), f32([3, 3, 2, 6]),
                      mentioning: "the filter's 6 output channels are not a multiple of the 4 groups")
        assertRejects(conv(padding: .valid), f32([1, 5, 5, 8]), f32([3, 3, 0, 6]), mentioning: "input has 8 channels but the filter expects 0")
        // The gradients check the same rule through the forward convolution.
        assertRejects(.conv2DBackpropInput(Conv2DAttributes(), inputShape: [1, 5, 5, 8]), f32([3, 3, 2, 6]), f32([1, 3, 3, 6]),
                      mentioning: "not a multiple of the 4 groups")
    }

    func testResizeShapes() throws {
        let up = ResizeAttributes(method: .bilinear, height: 9, width: 4, halfPixelCenters: true)
        XCTAssertEqual(try infer(.resize(up), f32([2, 3, 3, 5])), f32([2, 9, 4, 5]))
        XCTAssertEqual(try infer(.resize(up), f32([-1, -1, -1, 5])), f32([-1, 9, 4, 5]))
        XCTAssertEqual(try infer(.resize(ResizeAttributes(method: .nearest, height: 1, width: 1)), i32([1, 4, 4, 2])), i32([1, 1, 1, 2]))
        XCTAssertEqual(try infer(.resizeGrad(up, inputShape: [2, 3, 3, 5]), f32([2, 9, 4, 5])), f32([2, 3, 3, 5]))
    }

    func testResizeRejections() {
        let r = ResizeAttributes(method: .bilinear, height: 4, width: 4)
        assertRejects(.resize(ResizeAttributes(method: .nearest, height: 0, width: 4)), f32([1, 2, 2, 1]), mentioning: "must be positive")
        assertRejects(.resize(ResizeAttributes(method: .bilinear, height: 2, width: 2, alignCorners: true, halfPixelCenters: true)),
                      f32([1, 2, 2, 1]), mentioning: "cannot both be true")
        assertRejects(.resize(r), i32([1, 2, 2, 1]), mentioning: "ResizeBilinear computes in float32")
        assertRejects(.resize(r), TensorType(.float64, [1, 2, 2, 1]), mentioning: "ResizeBilinear computes in float32")
        assertRejects(.resize(ResizeAttributes(method: .nearest, height: 2, width: 2)), TensorType(.bool, [1, 2, 2, 1]), mentioning: "bool")
        assertRejects(.resize(r), f32([2, 2, 1]), mentioning: "rank 4")
        assertRejects(.resize(r), f32([1, 0, 2, 1]), mentioning: "is empty")
        assertRejects(.resize(ResizeAttributes(method: .nearest, height: 1 << 30, width: 1 << 30)), f32([1, 2, 2, 1]), mentioning: "more than 2^36 elements")
        assertRejects(.resizeGrad(r, inputShape: [1, 2, 2, 1]), f32([1, 3, 4, 1]), mentioning: "dy has shape [1,3,4,1], expected [1,4,4,1]")
        assertRejects(.resizeGrad(r, inputShape: [1, 2, 2, 1]), i32([1, 4, 4, 1]), mentioning: "floating-point gradient")
    }
}
