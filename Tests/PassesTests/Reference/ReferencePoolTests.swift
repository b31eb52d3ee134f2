import GraphIR
import Reference
import XCTest

final class ReferencePoolTests: XCTestCase {
    private let image = floats([1, 3, 3, 1], [1, 2, 3, 4, 5, 6, 7, 8, 9])

    func testSameAverageDividesByRealElementsOnly() throws {
        // 2x2 window, stride 1, SAME on 3x3: one padding row/column, at the bottom and right.
        assertTensor(try apply(poolOp(.avg, window: (2, 2), strides: (1, 1), padding: .same), image), [1, 3, 3, 1],
                     [3, 4, 4.5,      // (3+6)/2 on the right edge
                      6, 7, 7.5,
                      7.5, 8.5, 9])   // the corner window holds only the 9
        // 3x3 window: padding on every side; the corner averages 4 elements, an edge 6, the centre 9.
        assertTensor(try apply(poolOp(.avg, window: (3, 3), strides: (1, 1), padding: .same), image), [1, 3, 3, 1],
                     [3, 3.5, 4,
                      4.5, 5, 5.5,
                      6, 6.5, 7])
    }

    func testSameMaxIgnoresPadding() throws {
        assertTensor(try apply(poolOp(.max, window: (2, 2), strides: (1, 1), padding: .same), image), [1, 3, 3, 1],
                     [5, 6, 6, 8, 9, 9, 8, 9, 9])
        let negative = floats([1, 2, 2, 1], [-4, -3, -2, -1])
        assertTensor(try apply(poolOp(.max, window: (3, 3), strides: (1, 1), padding: .same), negative), [1, 2, 2, 1],
                     [-1, -1, -1, -1], accuracy: 0)
    }

    func testValidWithStride() throws {
        let ramp = Tensor(shape: [1, 4, 4, 1], floats: (0..<16).map(Float.init))
        assertTensor(try apply(poolOp(.max, window: (2, 2), strides: (2, 2), padding: .valid), ramp), [1, 2, 2, 1],
                     [5, 7, 13, 15])
        assertTensor(try apply(poolOp(.avg, window: (2, 2), strides: (2, 2), padding: .valid), ramp), [1, 2, 2, 1],
                     [2.5, 4.5, 10.5, 12.5])
        // Stride larger than the window skips the elements between windows.
        assertTensor(try apply(poolOp(.max, window: (1, 1), strides: (3, 3), padding: .valid), ramp), [1, 2, 2, 1],
                     [0, 3, 12, 15])
    }

    func testChannelsPoolSeparatelyInBothLayouts() throws {
        // Two channels: channel 0 = 1..4, channel 1 = 10..40.
        let nhwc = floats([1, 2, 2, 2], [1, 10, 2, 20, 3, 30, 4, 40])
        assertTensor(try apply(poolOp(.avg, window: (2, 2), strides: (1, 1), padding: .valid), nhwc), [1, 1, 1, 2], [2.5, 25])
        let nchw = try nhwcToNCHW(nhwc)
        assertTensor(try apply(poolOp(.max, window: (2, 2), strides: (1, 1), padding: .valid, format: .nchw), nchw),
                     [1, 2, 1, 1], [4, 40])
    }

    func testNaNPropagatesThroughMaxPool() throws {
        let x = floats([1, 1, 2, 1], [.nan, 1])
        XCTAssertTrue(try apply(poolOp(.max, window: (1, 2), strides: (1, 1), padding: .valid), x).double(at: 0).isNaN)
    }

    func testWindowsOfOnlyPaddingAreRejected() {
        let x = floats([1, 1, 1, 1], [1])
        let op = poolOp(.avg, window: (1, 1), strides: (1, 1), padding: .explicit(top: 1, bottom: 0, left: 0, right: 0))
        XCTAssertThrowsError(try apply(op, x)) { error in
            XCTAssertTrue("\(error)".contains("covers only padding"), "\(error)")
        }
    }
}
