@testable import Codegen
import GraphIR
import XCTest

/// Which kernel a convolution gets, per target width: the op matrix checks each kernel's values;
/// this checks that the shapes meant for a kernel reach it (so the matrix covers it).
final class ConvKernelChoiceTests: XCTestCase {
    func choice(h: Int, w: Int, c: Int, k: Int, f: Int, stride: Int = 1, padding: Padding = .same,
                vectorBytes: Int, packing: Bool = false) throws -> ConvKernelChoice {
        let attributes = Conv2DAttributes(strideH: stride, strideW: stride, padding: padding)
        let g = try ConvGeometry(attributes, input: [1, h, w, c], filter: [k, k, c, f])
        return ConvKernelChoice(attributes, g, dtype: .float32, vectorBytes: vectorBytes, packing: packing)
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
        XCTAssertEqual(wide.tailVectors, 0)
        // With 16 registers 7 vectors would leave room for one pixel: blocks of 2 vectors, the
        // last of 1, and filters packed by 16 with 8 zero filters.
        guard case .blocked(let narrow) = try choice(h: 37, w: 37, c: 728, k: 1, f: 728, padding: .valid, vectorBytes: 32) else {
            return XCTFail("the pointwise layer should take the row tiles with AVX2 too")
        }
        XCTAssertEqual(narrow.vectors, 2)
        XCTAssertEqual(narrow.tailVectors, 1)
        XCTAssertEqual(narrow.blocks, 46)
        XCTAssertEqual(narrow.slices, 46 * 37)
        XCTAssertEqual((narrow.blocks - 1) * narrow.vectors + narrow.tailVectors, 91)
        XCTAssertGreaterThanOrEqual(narrow.rows, 4)
        XCTAssertEqual(ConvKernelChoice.blocked(narrow).blockWidth, 16)
    }

    func testPackedFiltersTakeTheWidestVectorsWithAPartLastOne() throws {
        // Packed with zero filters, 728 channels are 46 vectors of 16 lanes, the last half used:
        // 23 blocks of 2, packed by 32 with 8 zero filters.
        guard case .blocked(let packed) = try choice(h: 19, w: 19, c: 728, k: 1, f: 728, padding: .valid, vectorBytes: 64, packing: true) else {
            return XCTFail("Xception's packed pointwise layer should take the row tiles")
        }
        XCTAssertEqual(packed.lanes, 16)
        XCTAssertEqual(packed.vectors, 2)
        XCTAssertEqual(packed.blocks, 23)
        XCTAssertEqual(packed.tailVectors, 0)
        XCTAssertEqual(packed.lastLanes, 8)
        XCTAssertTrue(packed.lastBlockDiffers)
        XCTAssertEqual(packed.lastBlockChannels, 24)
        XCTAssertEqual(Conv2DAttributes.filterPadding(filters: 728, block: packed.blockWidth), 8)
        // A narrower last block with a part last vector: 168 = 5 x 32 + 8.
        guard case .blocked(let tail) = try choice(h: 4, w: 25, c: 8, k: 1, f: 168, padding: .valid, vectorBytes: 64, packing: true) else {
            return XCTFail("168 channels should take the row tiles")
        }
        XCTAssertEqual([tail.lanes, tail.vectors, tail.blocks, tail.tailVectors, tail.lastLanes, tail.lastBlockChannels], [16, 2, 6, 1, 8, 8])
        // 40 = 2.5 vectors wastes too much, 72 = 4.5 would be one block (which is not packed),
        // 512 is whole vectors: the lanes that divide the channels.
        for (f, lanes) in [(40, 8), (72, 8), (512, 16)] {
            guard case .blocked(let b) = try choice(h: 4, w: 25, c: 8, k: 1, f: f, padding: .valid, vectorBytes: 64, packing: true) else {
                return XCTFail("\(f) channels should take the row tiles")
            }
            XCTAssertEqual(b.lanes, lanes, "\(f) channels")
            XCTAssertEqual(b.lastLanes, b.lanes, "\(f) channels")
        }
    }

    func testRGBStemsTakeWideBlocks() throws {
        // VGG16's 224x224 3 -> 64 stem: 4 vectors x 6 pixels with AVX-512 (one block: the input
        // read once), 2 vectors with 16 registers; 64 input channels keep blocks of 2.
        for (c, vectorBytes, vectors) in [(3, 64, 4), (3, 32, 2), (64, 64, 2)] {
            guard case .blocked(let b) = try choice(h: 8, w: 224, c: c, k: 3, f: 64, vectorBytes: vectorBytes) else {
                return XCTFail("224 wide should take the row tiles")
            }
            XCTAssertEqual(b.vectors, vectors, "\(c) channels, \(vectorBytes)-byte vectors")
            XCTAssertGreaterThanOrEqual(b.rows, 4)
        }
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

    func testRowTilesAreNearlyEqualWithTheEdgesInsideWholeTiles() throws {
        // VGG16's 28x28x512 3x3 SAME layer: 12 pixels x 2 vectors at most, so three tiles of 10,
        // 9 and 9, the first and last reaching into the padding (once 1, 12, 12, 2 and 1).
        guard case .blocked(let vgg) = try choice(h: 28, w: 28, c: 512, k: 3, f: 512, vectorBytes: 64) else {
            return XCTFail("28x28 should take the row tiles")
        }
        XCTAssertEqual(vgg.spans.flatMap { span in Array(repeating: span.rows, count: span.count) }, [10, 9, 9])
        XCTAssertEqual(vgg.spans.map(\.edge), [true, false, true])
        XCTAssertEqual(vgg.rows, 10)
        for (w, k, stride, padding) in [(224, 3, 1, Padding.same), (112, 7, 2, .same), (56, 1, 1, .valid), (147, 3, 2, .valid), (14, 3, 1, .same)] {
            guard case .blocked(let b) = try choice(h: 8, w: w, c: 64, k: k, f: 64, stride: stride, padding: padding, vectorBytes: 64) else {
                return XCTFail("width \(w) should take the row tiles")
            }
            let g = try ConvGeometry(Conv2DAttributes(strideH: stride, strideW: stride, padding: padding), input: [1, 8, w, 64], filter: [k, k, 64, 64])
            // The spans cover the output row in order, tiles differ by at most one pixel, and a
            // tile is marked edge exactly when one of its windows leaves the image.
            var next = 0
            var sizes: [Int] = []
            for span in b.spans {
                XCTAssertEqual(span.start, next, "width \(w)")
                for t in 0..<span.count {
                    let first = span.start + t * span.rows, last = first + span.rows - 1
                    let outside = g.gw.inputIndex(output: first, tap: 0) < 0 || g.gw.inputIndex(output: last, tap: k - 1) >= g.gw.input
                    XCTAssertEqual(span.edge, outside, "width \(w), tile at \(first)")
                    sizes.append(span.rows)
                }
                next += span.count * span.rows
            }
            XCTAssertEqual(next, g.gw.output, "width \(w)")
            XCTAssertLessThanOrEqual((sizes.max() ?? 0) - (sizes.min() ?? 0), 1, "width \(w)")
            XCTAssertLessThanOrEqual(sizes.max() ?? 0, b.rows)
        }
    }
}
