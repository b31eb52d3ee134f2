import GraphIR
import XCTest
@testable import Formats

/// The exporter on the element-wise ops and batched products: TensorFlow's op names and the
/// attributes TensorFlow 2 writes (the round trip itself is in ExporterTests).
final class ElementwiseExportTests: XCTestCase {
    func testAttributesAsTensorFlowWritesThem() throws {
        let def = GraphDefExporter.graphDef(from: try ExporterTests.everyOpGraph())
        func find(_ name: String) -> NodeDef? { def.node.first { $0.name == name } }
        XCTAssertEqual(find("u_erfc")?.op, "Erfc")
        XCTAssertEqual(find("u_reciprocal")?.op, "Reciprocal")
        XCTAssertEqual(find("b_floorMod")?.op, "FloorMod")
        XCTAssertEqual(find("log_softmax")?.op, "LogSoftmax")
        XCTAssertEqual(find("log_softmax")?.attr["T"], AttrValue(.type(.float)))
        XCTAssertEqual(find("bmm")?.op, "BatchMatMulV2")
        XCTAssertEqual(find("bmm_adj")?.attr["adj_x"], AttrValue(.b(true)))
        XCTAssertEqual(find("bmm_adj")?.attr["adj_y"], AttrValue(.b(true)))
        XCTAssertEqual(find("bmm")?.attr["adj_x"], AttrValue(.b(false)))
        XCTAssertEqual(find("reduce_prod")?.op, "Prod")
        XCTAssertEqual(find("reduce_prod")?.attr["T"], AttrValue(.type(.float)))
        // All and Any have no `T` (TensorFlow refuses a NodeDef naming an attribute the op lacks).
        XCTAssertEqual(find("reduce_all")?.op, "All")
        XCTAssertNil(find("reduce_all")?.attr["T"])
        XCTAssertNil(find("reduce_any")?.attr["T"])
        XCTAssertEqual(find("reduce_any")?.input, ["truth", "reduce_any/reduction_indices"])
        XCTAssertEqual(find("truncate")?.op, "Cast")
        XCTAssertEqual(find("truncate")?.attr["Truncate"], AttrValue(.b(true)))
        XCTAssertEqual(find("truncate")?.attr["SrcT"], AttrValue(.type(.double)))
        XCTAssertEqual(find("truncate")?.attr["DstT"], AttrValue(.type(.float)))
    }

    /// A composite exports as its primitives, which import back to the same graph.
    func testCompositesRoundTripAsPrimitives() throws {
        let text = placeholderText("x", "DT_FLOAT", [2, 3])
            + nodeText("l", "LeakyRelu", ["x"], [("T", "type: DT_FLOAT"), ("alpha", "f: 0.3")])
            + nodeText("s", "Selu", ["l"], [("T", "type: DT_FLOAT")])
            + nodeText("n", "AddN", ["s", "l", "x"], [("T", "type: DT_FLOAT"), ("N", "i: 3")])
        let g = try GraphDefFile.parse(text: text)
        let def = GraphDefExporter.graphDef(from: g)
        XCTAssertFalse(def.node.contains { ["LeakyRelu", "Selu", "AddN"].contains($0.op) })
        XCTAssertEqual(try GraphDefImporter.graph(from: def).nodes, g.nodes)
    }
}
