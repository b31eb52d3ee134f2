import XCTest
@testable import GraphIR

/// `Graph.receptiveField` through layout changes: an NHWC <-> NCHW transpose holds the same
/// pixels (ONNX models' NHWC view switches at every convolution), any other transpose moves them.
final class ReceptiveFieldTests: XCTestCase {
    /// x [1,9,9,2] -> NCHW -> Relu -> NHWC -> 3x3 VALID conv: the centre unit (3,3) of the 7x7
    /// output reads rows and columns 3-5 of the image.
    private func field(through perm: [Int], back: [Int]) throws -> PixelBox? {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, 9, 9, 2]))
        let t = try g.add("to_nchw", .transpose(perm), [x])
        let r = try g.add("relu", .unary(.relu), [t])
        let u = try g.add("to_nhwc", .transpose(back), [r])
        let w = try g.add("w", .constant(try Tensor(zeros: .float32, shape: [3, 3, 2, 4])))
        let c = try g.add("conv", conv(padding: .valid), [u, w])
        return g.receptiveField(of: c, box: PixelBox(top: 3, bottom: 3, left: 3, right: 3), in: 0)
    }

    func testTransposesBetweenNHWCAndNCHWKeepTheBox() throws {
        XCTAssertEqual(try field(through: [0, 3, 1, 2], back: [0, 2, 3, 1]), PixelBox(top: 3, bottom: 5, left: 3, right: 5))
    }

    func testATransposeThatSwapsRowsAndColumnsReadsTheWholeImage() throws {
        // [0,2,1,3] moves pixel (y, x) to (x, y): the walk does not follow it and takes everything.
        XCTAssertEqual(try field(through: [0, 2, 1, 3], back: [0, 2, 1, 3]), PixelBox(top: 0, bottom: 8, left: 0, right: 8))
    }
}
