import XCTest

final class InfoCommandTests: XCTestCase {
    func testShapesAndParameterCount() throws {
        let r = try graphjit(["info", "graphs/cnn.pbtxt"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("conv1/Conv2D    Conv2D       float32[?,24,24,8]"), r.stdout)
        // 5*5*1*8+8 + 3*3*8*8+8 + 288*32+32 + 32*10+10
        XCTAssertTrue(r.stdout.contains("learnable parameters: 10,370"), r.stdout)
        let fixed = try graphjit(["info", "graphs/cnn.pbtxt", "--input-shape", "images=3,28,28,1"])
        XCTAssertTrue(fixed.stdout.contains("float32[3,10]"), fixed.stdout)
    }
}
