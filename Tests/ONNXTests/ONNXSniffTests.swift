import ONNX
import XCTest

final class ONNXSniffTests: XCTestCase {
    func testFieldOneVarintIsONNX() {
        XCTAssertTrue(ONNXFile.looksLikeONNX([0x08, 0x07, 0x12]))
        XCTAssertFalse(ONNXFile.looksLikeONNX([0x0A, 0x07]))  // a GraphDef's first node
        XCTAssertFalse(ONNXFile.looksLikeONNX([0x08]))
    }
}
