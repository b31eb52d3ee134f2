@testable import Codegen
import GraphIR
import LLVMKit
import XCTest

/// Which products take the row-stream kernel and which the compiler splits into segments: the op
/// matrix checks the kernels' values, this that the shapes meant for them reach them.
final class MatMulKernelChoiceTests: XCTestCase {
    private func product(_ rows: Int, _ inner: Int, _ cols: Int, ta: Bool = false, tb: Bool = false) -> MatrixProduct {
        MatrixProduct(rows: rows, cols: cols, inner: inner, transposeA: ta, transposeB: tb, dtype: .float32)
    }

    func testRowStreamTakesOneToFourRowsOfAtLeastFourVectors() {
        for vectorBytes in [64, 32] {
            let lanes = vectorBytes / 4
            for rows in 1...4 { XCTAssertNotNil(RowStreamTiling.lanes(product(rows, 9, 4 * lanes), vectorBytes: vectorBytes)) }
            XCTAssertNil(RowStreamTiling.lanes(product(5, 9, 4 * lanes), vectorBytes: vectorBytes))
            XCTAssertNil(RowStreamTiling.lanes(product(1, 9, 3 * lanes), vectorBytes: vectorBytes))
            XCTAssertNil(RowStreamTiling.lanes(product(1, 9, 4 * lanes, ta: true), vectorBytes: vectorBytes))
            XCTAssertNil(RowStreamTiling.lanes(product(1, 9, 4 * lanes, tb: true), vectorBytes: vectorBytes))
            // All its rows in each pass over B: one slice, never one per row.
            XCTAssertEqual(product(3, 9, 4 * lanes).rowSlices(vectorBytes: vectorBytes), 1)
        }
    }

    func testBlocksKeepTheRowsOutputInHalfTheLevelOneCache() throws {
        // The op matrix's 4 x 1040 entry: more than one block, and a remainder block.
        for vectorBytes in [64, 32] {
            let tiling = try XCTUnwrap(RowStreamTiling(product(4, 7, 1040), vectorBytes: vectorBytes, cacheBytes: 32 * 1024))
            XCTAssertLessThanOrEqual(4 * tiling.blockVectors * vectorBytes, 16 * 1024)
            XCTAssertGreaterThan(1040 / tiling.lanes, tiling.blockVectors)
            XCTAssertNotEqual(1040 % (tiling.blockVectors * tiling.lanes), 0)
        }
        // One row of 4096 columns fits whole.
        let one = try XCTUnwrap(RowStreamTiling(product(1, 7, 4096), vectorBytes: 64, cacheBytes: 32 * 1024))
        XCTAssertEqual(one.blockVectors, 256)
    }

    func testCacheSizesComeFromTheSystemForTheHostOnly() {
        XCTAssertGreaterThan(TargetCaches.level1DataBytes(.host), 0)
        XCTAssertGreaterThanOrEqual(TargetCaches.level2Bytes(.host), TargetCaches.level1DataBytes(.host))
        let other = TargetDescription(triple: "aarch64-unknown-linux-gnu", cpu: "neoverse-v1")
        XCTAssertEqual(TargetCaches.level1DataBytes(other), TargetCaches.fallbackLevel1Bytes)
        XCTAssertEqual(TargetCaches.level2Bytes(other), TargetCaches.fallbackLevel2Bytes)
    }

    func testLargeFewRowProductsAreSplitIntoAFixedNumberOfSegments() {
        // Not the host: the fallback caches, whatever this machine has.
        let target = TargetDescription(triple: "x86_64-unknown-linux-gnu", cpu: "x86-64-v4", features: "+avx512f,+avx2,+avx")
        func segments(_ rows: Int, _ inner: Int, _ cols: Int) -> Int? {
            CodeGenerator.matMulSegments(rows: rows, inner: inner, cols: cols, dtype: .float32, target: target)
        }
        XCTAssertEqual(segments(1, 25088, 4096), 32)  // VGG16's fc1
        XCTAssertEqual(segments(4, 4096, 4096), 32)
        XCTAssertEqual(segments(1, 2048, 1000), 32)  // ResNet50's classifier, 8 MB
        XCTAssertNil(segments(1, 512, 1024))  // 2 MB: stays in cache
        XCTAssertNil(segments(5, 25088, 4096))  // enough rows for register tiles
        XCTAssertNil(segments(1, 4099, 4096))  // a prime inner dimension has no equal segments
        XCTAssertNil(segments(1, 25088, 10))  // too narrow for row streams
        // Segments of at least 16 rows of B per row of A.
        XCTAssertEqual(segments(4, 768, 8192), 12)
    }
}
