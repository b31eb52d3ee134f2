import XCTest
@testable import GraphIR

final class ConvShapeTests: XCTestCase {
    /// Output height/width of a conv over an `h`x`w` NHWC input with an `kh`x`kw` filter.
    private func convHW(_ h: Int, _ w: Int, kernel: (Int, Int), strides: (Int, Int) = (1, 1),
                        dilations: (Int, Int) = (1, 1), padding: Padding) throws -> [Int] {
        let out = try infer(conv(strides: strides, dilations: dilations, padding: padding),
                            f32([1, h, w, 2]), f32([kernel.0, kernel.1, 2, 5]))
        return Array(try XCTUnwrap(out.shape)[1...2])
    }

    func testValidPadding() throws {
        XCTAssertEqual(try convHW(5, 5, kernel: (3, 3), padding: .valid), [3, 3])
        XCTAssertEqual(try convHW(5, 6, kernel: (3, 3), strides: (2, 2), padding: .valid), [2, 2])
        XCTAssertEqual(try convHW(3, 3, kernel: (3, 3), padding: .valid), [1, 1])
    }

    func testSamePaddingIsCeilOfInputOverStride() throws {
        XCTAssertEqual(try convHW(5, 5, kernel: (3, 3), padding: .same), [5, 5])
        XCTAssertEqual(try convHW(5, 6, kernel: (3, 3), strides: (2, 2), padding: .same), [3, 3])
        XCTAssertEqual(try convHW(1, 1, kernel: (3, 3), padding: .same), [1, 1])
    }

    func testStridesLargerThanTheKernel() throws {
        XCTAssertEqual(try convHW(7, 8, kernel: (2, 2), strides: (3, 4), padding: .valid), [2, 2])
        XCTAssertEqual(try convHW(7, 8, kernel: (2, 2), strides: (3, 4), padding: .same), [3, 2])
    }

    func testDilationWidensTheWindow() throws {
        // A 3-tap filter with dilation 2 spans 5 inputs.
        XCTAssertEqual(try convHW(7, 7, kernel: (3, 3), dilations: (2, 1), padding: .valid), [3, 5])
        XCTAssertEqual(try convHW(7, 7, kernel: (3, 3), dilations: (2, 2), padding: .same), [7, 7])
    }

    func testExplicitPaddingIsPerSide() throws {
        let p = Padding.explicit(top: 1, bottom: 0, left: 0, right: 2)
        XCTAssertEqual(try convHW(5, 5, kernel: (3, 3), padding: p), [4, 5])
        XCTAssertEqual(try convHW(5, 5, kernel: (3, 3), strides: (2, 2), padding: p), [2, 3])
    }

    func testNCHWMovesTheChannelAxis() throws {
        XCTAssertEqual(try infer(conv(padding: .same, format: .nchw), f32([2, 3, 8, 6]), f32([3, 3, 3, 16])),
                       f32([2, 16, 8, 6]))
        XCTAssertEqual(try infer(conv(strides: (2, 2), padding: .valid, format: .nchw), f32([1, 3, 8, 6]), f32([3, 3, 3, 4])),
                       f32([1, 4, 3, 2]))
    }

    func testUnknownDimensionsPropagate() throws {
        XCTAssertEqual(try infer(conv(padding: .valid), f32([-1, 5, 5, 2]), f32([3, 3, 2, 4])), f32([-1, 3, 3, 4]))
        XCTAssertEqual(try infer(conv(padding: .valid), f32([1, -1, 5, 2]), f32([3, 3, 2, 4])), f32([1, -1, 3, 4]))
        XCTAssertEqual(try infer(conv(padding: .same), f32(nil), f32([3, 3, 2, 4])), f32([-1, -1, -1, 4]))
        XCTAssertEqual(try infer(conv(padding: .valid), f32([1, 5, 5, 2]), f32([-1, 3, 2, 4])), f32([1, -1, 3, 4]))
        XCTAssertEqual(try infer(conv(padding: .valid), f32([1, 5, 5, 2]), f32(nil)), f32([1, -1, -1, -1]))
    }

    func testConvRejections() {
        assertRejects(conv(padding: .valid), f32([1, 5, 5, 3]), f32([3, 3, 4, 1]),
                      mentioning: "input has 3 channels but the filter expects 4")
        assertRejects(conv(padding: .valid), f32([1, 4, 4, 1]), f32([5, 5, 1, 1]),
                      mentioning: "window 5 is larger than the input size 4 with VALID padding")
        assertRejects(conv(dilations: (3, 1), padding: .valid), f32([1, 6, 9, 1]), f32([3, 3, 1, 1]),
                      mentioning: "window 7 is larger than the input size 6")
        assertRejects(conv(padding: .explicit(top: 0, bottom: 0, left: -1, right: 0)), f32([1, 5, 5, 1]), f32([1, 1, 1, 1]),
                      mentioning: "must not be negative")
        assertRejects(conv(strides: (0, 1), padding: .same), f32([1, 5, 5, 1]), f32([1, 1, 1, 1]),
                      mentioning: "stride 0 must be positive")
        assertRejects(conv(padding: .same), i32([1, 5, 5, 1]), i32([1, 1, 1, 1]), mentioning: "floating-point")
        assertRejects(conv(padding: .same), f32([5, 5, 1]), f32([1, 1, 1, 1]), mentioning: "input must have rank 4")
        assertRejects(conv(padding: .same), f32([1, 5, 5, 1]), f32([1, 1, 1]), mentioning: "filter must have rank 4")
    }

    func testSamePaddingPutsTheOddElementAtTheEnd() throws {
        let g = try AxisGeometry(input: 6, window: 3, stride: 2, padding: .same, isHeight: true)
        XCTAssertEqual([g.output, g.padBefore, g.padAfter], [3, 0, 1])  // one padding element in total, after
        let h = try AxisGeometry(input: 5, window: 4, stride: 1, padding: .same, isHeight: true)
        XCTAssertEqual([h.output, h.padBefore, h.padAfter], [5, 1, 2])  // three in total: one before, two after
        let d = try AxisGeometry(input: 5, window: 3, stride: 1, dilation: 2, padding: .same, isHeight: false)
        XCTAssertEqual([d.output, d.padBefore, d.padAfter], [5, 2, 2])
        let big = try AxisGeometry(input: 7, window: 2, stride: 3, padding: .same, isHeight: true)
        XCTAssertEqual([big.output, big.padBefore, big.padAfter], [3, 0, 1])
        XCTAssertEqual([h.inputIndex(output: 0, tap: 0), h.inputIndex(output: 4, tap: 3)], [-1, 6])  // both in the padding
        XCTAssertEqual(d.inputIndex(output: 1, tap: 2), 3)
        XCTAssertTrue(g.readsPadding)
        XCTAssertFalse(try AxisGeometry(input: 6, window: 3, stride: 1, padding: .valid, isHeight: true).readsPadding)
        // Stride 3 over 7 inputs with VALID never reaches the last element: no padding read.
        XCTAssertFalse(try AxisGeometry(input: 7, window: 2, stride: 3, padding: .valid, isHeight: true).readsPadding)
    }

    func testExplicitGeometryPicksTheAxisPair() throws {
        let p = Padding.explicit(top: 2, bottom: 0, left: 1, right: 3)
        XCTAssertEqual(try AxisGeometry(input: 4, window: 3, stride: 1, padding: p, isHeight: true).padBefore, 2)
        XCTAssertEqual(try AxisGeometry(input: 4, window: 3, stride: 1, padding: p, isHeight: false).padBefore, 1)
        XCTAssertEqual(try AxisGeometry(input: 4, window: 3, stride: 1, padding: p, isHeight: false).output, 6)
        XCTAssertEqual(try AxisGeometry(input: 4, window: 3, stride: 1, padding: p, isHeight: false).padAfter, 3)
    }

    /// With stride 1 every padding element is read; with larger strides the last window may stop short.
    func testPaddingAfterIsWhatTheLastWindowReaches() throws {
        XCTAssertEqual(try AxisGeometry(input: 6, window: 3, stride: 1, padding: .valid, isHeight: true).padAfter, 0)
        XCTAssertEqual(try AxisGeometry(input: 7, window: 3, stride: 1, dilation: 2, padding: .valid, isHeight: true).padAfter, 0)
        // VALID stride 2 on 6 rows with a 3-window: windows at 0 and 2, row 5 never read.
        XCTAssertEqual(try AxisGeometry(input: 6, window: 3, stride: 2, padding: .valid, isHeight: true).padAfter, -1)
        let p = Padding.explicit(top: 0, bottom: 2, left: 0, right: 0)
        XCTAssertEqual(try AxisGeometry(input: 5, window: 2, stride: 3, padding: p, isHeight: true).padAfter, 0)
    }
}

final class PoolShapeTests: XCTestCase {
    func testPoolOutputSizes() throws {
        for kind in [PoolKind.max, .avg] {
            XCTAssertEqual(try infer(pool(kind, window: (2, 2), strides: (2, 2), padding: .valid), f32([1, 5, 5, 3])),
                           f32([1, 2, 2, 3]))
            XCTAssertEqual(try infer(pool(kind, window: (2, 2), strides: (2, 2), padding: .same), f32([1, 5, 5, 3])),
                           f32([1, 3, 3, 3]))
            XCTAssertEqual(try infer(pool(kind, window: (3, 1), strides: (1, 4), padding: .same), f32([2, 4, 9, 1])),
                           f32([2, 4, 3, 1]))
            XCTAssertEqual(try infer(pool(kind, window: (3, 3), strides: (1, 1), padding: .valid, format: .nchw),
                                     TensorType(.float64, [2, 7, 5, 6])), TensorType(.float64, [2, 7, 3, 4]))
        }
    }

    func testPoolPropagatesUnknownBatchAndChannels() throws {
        XCTAssertEqual(try infer(pool(.max, window: (2, 2), strides: (2, 2), padding: .valid), f32([-1, 4, 4, -1])),
                       f32([-1, 2, 2, -1]))
        XCTAssertEqual(try infer(pool(.avg, window: (2, 2), strides: (2, 2), padding: .valid), f32(nil)),
                       f32([-1, -1, -1, -1]))
    }

    func testPoolRejections() {
        assertRejects(pool(.max, window: (2, 2), strides: (1, 1), padding: .valid), i32([1, 4, 4, 1]),
                      mentioning: "MaxPool needs a floating-point input, got int32")
        assertRejects(pool(.avg, window: (5, 1), strides: (1, 1), padding: .valid), f32([1, 4, 4, 1]),
                      mentioning: "larger than the input size 4")
        assertRejects(pool(.avg, window: (0, 1), strides: (1, 1), padding: .same), f32([1, 4, 4, 1]),
                      mentioning: "window size 0 must be positive")
        assertRejects(pool(.avg, window: (1, 1), strides: (1, 1), padding: .same), f32([4, 4, 1]),
                      mentioning: "rank 4")
    }
}
