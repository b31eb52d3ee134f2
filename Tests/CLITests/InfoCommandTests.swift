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

    /// A graph with unsupported ops shows what imports (every weight included), then the list.
    func testGraphWithUnsupportedOpsShowsWhatImports() throws {
        let r = try graphjit(["info", "Tests/Fixtures/bad/unsupported_ops.pbtxt"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("x     Placeholder  float32[3,3]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("1 nodes; inputs: x\nlearnable parameters: 0\nnot imported: 4 nodes (see the error)"), r.stdout)
        XCTAssertEqual(r.stderr, "graphjit: error: 3 unsupported ops (4 nodes): MatrixInverse (inv1, inv2), MatrixDeterminant (det), FancyNewOp (y)\n")
    }

    /// Function calls are inlined: a frozen TF2 graph's weights inside called functions count.
    func testFrozenGraphWithFunctionCalls() throws {
        let r = try graphjit(["info", "Tests/Fixtures/tf/import_frozen_calls/graph.pb"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("StatefulPartitionedCall/Conv2D"), r.stdout)
        // Conv2D 3x3x4x2 = 72 weights, bias 2.
        XCTAssertTrue(r.stdout.contains("learnable parameters: 74"), r.stdout)
        XCTAssertFalse(r.stdout.contains("not imported"), r.stdout)
    }
}
