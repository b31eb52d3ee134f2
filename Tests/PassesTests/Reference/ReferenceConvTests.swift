import GraphIR
import Reference
import XCTest

final class ReferenceConvTests: XCTestCase {
    /// 1..9 in a 3x3 single-channel image, and a Sobel-like filter: (left column - right column) x [1,2,1].
    private let image = floats([1, 3, 3, 1], [1, 2, 3, 4, 5, 6, 7, 8, 9])
    private let sobel = floats([3, 3, 1, 1], [1, 0, -1, 2, 0, -2, 1, 0, -1])

    func testValid3x3ByHand() throws {
        // 1 - 3 + 2*(4 - 6) + 7 - 9
        assertTensor(try apply(convOp(padding: .valid), image, sobel), [1, 1, 1, 1], [-8])
    }

    func testSame3x3ByHand() throws {
        // Zero padding of one on every side; e.g. the top-left output sees only 1,2 / 4,5:
        // 2*(0 - 2) + 1*(0 - 5) = -9.
        assertTensor(try apply(convOp(padding: .same), image, sobel), [1, 3, 3, 1],
                     [-9, -6, 9,
                      -20, -8, 20,
                      -21, -6, 21])
    }

    func testNCHWGivesTheSameNumbersInItsLayout() throws {
        assertTensor(try apply(convOp(padding: .same, format: .nchw), try image.reshaped([1, 1, 3, 3]), sobel),
                     [1, 1, 3, 3], [-9, -6, 9, -20, -8, 20, -21, -6, 21])
        var rng = SeededGenerator(seed: 7)
        let x = try randomTensor(.float32, [2, 5, 4, 3], using: &rng)
        let w = try randomTensor(.float32, [2, 3, 3, 4], using: &rng)
        let attributes = (strides: (2, 1), dilations: (1, 2), padding: Padding.same)
        let nhwc = try apply(convOp(strides: attributes.strides, dilations: attributes.dilations,
                                  padding: attributes.padding), x, w)
        let nchw = try apply(convOp(strides: attributes.strides, dilations: attributes.dilations,
                                  padding: attributes.padding, format: .nchw), try nhwcToNCHW(x), w)
        XCTAssertNil(mismatch(nchw, try nhwcToNCHW(nhwc), relativeTolerance: 0, absoluteTolerance: 0))
    }

    func testDilationAndStride() throws {
        // in(r, c) = 5r + c; a 2x2 filter of ones dilated by 2 sums in(y,x), in(y,x+2), in(y+2,x), in(y+2,x+2)
        // = 20y + 4x + 24.
        let ramp = Tensor(shape: [1, 5, 5, 1], floats: (0..<25).map(Float.init))
        let ones = floats([2, 2, 1, 1], [1, 1, 1, 1])
        assertTensor(try apply(convOp(dilations: (2, 2), padding: .valid), ramp, ones), [1, 3, 3, 1],
                     [24, 28, 32, 44, 48, 52, 64, 68, 72])
        assertTensor(try apply(convOp(strides: (2, 2), dilations: (2, 2), padding: .valid), ramp, ones), [1, 2, 2, 1],
                     [24, 32, 64, 72])
        // Stride 3 with a 1x1 kernel skips rows and columns.
        assertTensor(try apply(convOp(strides: (3, 3), padding: .valid), ramp, floats([1, 1, 1, 1], [2])), [1, 2, 2, 1],
                     [0, 6, 30, 36])
    }

    func testExplicitPaddingPerSide() throws {
        let x = floats([1, 2, 2, 1], [1, 2, 3, 4])
        let padding = Padding.explicit(top: 1, bottom: 0, left: 0, right: 1)
        assertTensor(try apply(convOp(padding: padding), x, floats([1, 1, 1, 1], [10])), [1, 3, 3, 1],
                     [0, 0, 0,
                      10, 20, 0,
                      30, 40, 0])
    }

    func testChannelsAndFiltersContract() throws {
        // Filter HWIO [1,1,2,3]: w[c][f] = [[1,2,3],[4,5,6]]; out[f] = 1*w[0][f] + 2*w[1][f].
        let x = floats([1, 1, 1, 2], [1, 2])
        let w = floats([1, 1, 2, 3], [1, 2, 3, 4, 5, 6])
        assertTensor(try apply(convOp(padding: .valid), x, w), [1, 1, 1, 3], [9, 12, 15])
        assertTensor(try apply(convOp(padding: .valid, format: .nchw), try x.reshaped([1, 2, 1, 1]), w), [1, 3, 1, 1],
                     [9, 12, 15])
    }

    func testFloat32AccumulatesInDouble() throws {
        // 1e8 + 1 - 1e8 is 0 in float32 arithmetic, 1 when accumulated wider and rounded once.
        let x = floats([1, 1, 1, 3], [1e8, 1, -1e8])
        assertTensor(try apply(convOp(padding: .valid), x, floats([1, 1, 3, 1], [1, 1, 1])), [1, 1, 1, 1], [1])
    }

    func testFloat64AndMismatchesAreRejected() throws {
        let x = Tensor(shape: [1, 2, 2, 1], doubles: [0.1, 0.2, 0.3, 0.4])
        let w = Tensor(shape: [2, 2, 1, 1], doubles: [1, 1, 1, 1])
        assertTensor(try apply(convOp(padding: .valid), x, w), [1, 1, 1, 1], [0.1 + 0.2 + 0.3 + 0.4])
        XCTAssertThrowsError(try apply(convOp(padding: .valid), x, floats([2, 2, 1, 1], [1, 1, 1, 1]))) { error in
            XCTAssertTrue("\(error)".contains("dtypes differ"), "\(error)")
        }
        XCTAssertThrowsError(try apply(convOp(padding: .valid), x, Tensor(shape: [3, 3, 1, 1], doubles: Array(repeating: 1, count: 9))))
    }
}
