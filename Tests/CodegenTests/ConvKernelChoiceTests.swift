@testable import Codegen
import GraphIR
import XCTest

/// Which kernel a convolution gets, per target width: the op matrix checks each kernel's values;
/// this checks that the shapes meant for a kernel reach it (so the matrix covers it).
final class ConvKernelChoiceTests: XCTestCase {
    func choice(h: Int, w: Int, c: Int, k: Int, f: Int, stride: Int = 1, padding: Padding = .same,
                vectorBytes: Int) throws -> ConvKernelChoice {
        let attributes = Conv2DAttributes(strideH: stride, strideW: stride, padding: padding)
        let g = try ConvGeometry(attributes, input: [1, h, w, c], filter: [k, k, c, f])
        return ConvKernelChoice(attributes, g, dtype: .float32, vectorBytes: vectorBytes)
    }

    func testSmallImagesTakePixelTilesAcrossRows() throws {
        for vectorBytes in [64, 32] {
            guard case .pixels(let tiling) = try choice(h: 7, w: 7, c: 512, k: 3, f: 512, vectorBytes: vectorBytes) else {
                return XCTFail("ResNet's 7x7 3x3 convolution should take pixel tiles at \(vectorBytes)-byte vectors")
            }
            // The tiles cover the image in order, as equal as they can be.
            XCTAssertEqual(tiling.tiles.first?.lowerBound, 0)
            XCTAssertEqual(tiling.tiles.last?.upperBound, 49)
            XCTAssertTrue(zip(tiling.tiles, tiling.tiles.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            XCTAssertLessThanOrEqual((tiling.tiles.map(\.count).max() ?? 0) - (tiling.tiles.map(\.count).min() ?? 0), 1)
            XCTAssertEqual(tiling.slices, tiling.blocks * tiling.tiles.count)
        }
        guard case .pixels = try choice(h: 14, w: 14, c: 1024, k: 1, f: 2048, stride: 2, padding: .valid, vectorBytes: 64) else {
            return XCTFail("the strided projection onto 7x7 should take pixel tiles")
        }
    }

    func testOddVectorCountsMakeWideBlocks() throws {
        // 728 = 91 vectors of 8 lanes (16 do not divide it): 7 vectors a block with 32 registers.
        guard case .blocked(let wide) = try choice(h: 37, w: 37, c: 728, k: 1, f: 728, padding: .valid, vectorBytes: 64) else {
            return XCTFail("Xception's pointwise layer should take the row tiles")
        }
        XCTAssertEqual(wide.lanes, 8)
        XCTAssertEqual(wide.vectors, 7)
        XCTAssertGreaterThanOrEqual(wide.rows, 2)
        // With 16 registers 7 vectors would leave room for one pixel: one vector a block instead.
        guard case .blocked(let narrow) = try choice(h: 37, w: 37, c: 728, k: 1, f: 728, padding: .valid, vectorBytes: 32) else {
            return XCTFail("the pointwise layer should take the row tiles with AVX2 too")
        }
        XCTAssertEqual(narrow.vectors, 1)
    }

    func testLargerImagesKeepRowTiles() throws {
        guard case .blocked = try choice(h: 56, w: 56, c: 64, k: 3, f: 64, vectorBytes: 64) else {
            return XCTFail("56x56 should take the row tiles")
        }
        // 14x14 would be 17 tiles: more code for LLVM than the speed is worth.
        guard case .blocked = try choice(h: 14, w: 14, c: 256, k: 3, f: 256, vectorBytes: 64) else {
            return XCTFail("14x14 should take the row tiles")
        }
    }
}
