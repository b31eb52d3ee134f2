import GraphIR
import XCTest
@testable import Formats

/// `partialGraph` imports what does not depend on unsupported or failing nodes, for `info`.
final class PartialImportTests: XCTestCase {
    private let f32 = ("T", "type: DT_FLOAT")

    func testUnsupportedOpsLeaveOutTheirConsumers() throws {
        let text = placeholderText("x", "DT_FLOAT", [2, 2]) + constText("w", "DT_FLOAT", [2, 2], "float_val: 1")
            + nodeText("m", "MatMul", ["x", "w"], [f32])
            + nodeText("odd", "Oddity", ["m"]) + nodeText("after", "Relu", ["odd"], [f32]) + nodeText("after2", "Neg", ["after"], [f32])
            + nodeText("side", "Relu", ["m"], [f32]) + constText("b", "DT_FLOAT", [3], "float_val: 1")
        let def = try GraphDef(text: text)
        let p = try GraphDefImporter.partialGraph(from: def)
        XCTAssertEqual(p.graph.nodes.map(\.name), ["x", "w", "m", "side", "b"])
        XCTAssertEqual(p.nodesLeftOut, 3)
        XCTAssertEqual(p.problem.map { "\($0)" }, "1 unsupported op (1 node): Oddity (odd)")
        XCTAssertThrowsError(try GraphDefImporter.graph(from: def)) { XCTAssertTrue($0 is UnsupportedOpsError) }
    }

    func testFailingNodesAreLeftOutAndTheFirstErrorKept() throws {
        let text = placeholderText("x", "DT_FLOAT", [2, 3])
            + nodeText("bad", "Relu", ["x"], [f32, ("alpha", "f: 1")]) + nodeText("n", "Neg", ["bad"], [f32])
            + nodeText("worse", "MatMul", ["x", "x"], [f32]) + nodeText("fine", "Relu6", ["x"], [f32])
            // A composite (Relu6) whose T contradicts its input.
            + nodeText("r6", "Relu6", ["x"], [("T", "type: DT_BOOL")])
        let p = try GraphDefImporter.partialGraph(from: try GraphDef(text: text))
        XCTAssertEqual(p.graph.nodes.map(\.name), ["x", "fine/zero", "fine/six", "fine/max", "fine"])
        XCTAssertEqual(p.nodesLeftOut, 4)
        XCTAssertEqual((p.problem as? GraphError)?.node, "bad")
        let whole = try GraphDefImporter.partialGraph(from: try GraphDef(text: placeholderText("x", "DT_FLOAT", [1])))
        XCTAssertNil(whole.problem)
        XCTAssertEqual(whole.nodesLeftOut, 0)
    }

    func testStructuralErrorsAreStillThrown() throws {
        let cycle = try GraphDef(text: nodeText("a", "Neg", ["b"]) + nodeText("b", "Neg", ["a"]))
        XCTAssertThrowsError(try GraphDefImporter.partialGraph(from: cycle)) { XCTAssertTrue("\($0)".contains("cycle"), "\($0)") }
        let missing = try GraphDef(text: nodeText("a", "Neg", ["nowhere"]))
        XCTAssertThrowsError(try GraphDefImporter.partialGraph(from: missing)) { XCTAssertTrue("\($0)".contains("does not exist"), "\($0)") }
    }
}
