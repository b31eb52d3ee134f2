@testable import Codegen
import XCTest

/// Vector widths come from the target's features, never from an assumption about the machine.
final class VectorWidthTests: XCTestCase {
    func testWidthFollowsFeatures() {
        XCTAssertEqual(CodeGenerator.vectorBytes(features: "+sse2,+avx,+avx2,+fma,+avx512f"), 64)
        XCTAssertEqual(CodeGenerator.vectorBytes(features: "+sse2,+avx,+avx2,+fma,-avx512f"), 32)
        XCTAssertEqual(CodeGenerator.vectorBytes(features: "+sse2,-avx"), 16)
        XCTAssertEqual(CodeGenerator.vectorBytes(features: ""), 16)
    }
}
