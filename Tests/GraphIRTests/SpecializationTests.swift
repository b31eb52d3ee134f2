import XCTest
@testable import GraphIR

final class SpecializationTests: XCTestCase {
    func testConcreteInputShapesReachEveryNode() throws {
        let g = try smallConvNet(batch: -1).specialized(inputShapes: ["x": [2, 8, 8, 1]])
        XCTAssertTrue(g.nodes.allSatisfy { $0.types.allSatisfy(\.isStatic) }, "\(g)")
        XCTAssertEqual(g[try XCTUnwrap(g.value(named: "flat"))], f32([2, 64]))
        XCTAssertEqual(g[try XCTUnwrap(g.value(named: "probs"))], f32([2, 10]))
        XCTAssertEqual(g.nodes.map(\.name), try smallConvNet(batch: -1).nodes.map(\.name), "nodes stay in place")
        XCTAssertNoThrow(try g.verify())
    }

    func testShapesMustMatchTheDeclaration() throws {
        let g = try smallConvNet(batch: -1)
        XCTAssertThrowsError(try g.specialized(inputShapes: ["x": [2, 9, 8, 1]])) { error in
            XCTAssertEqual("\(error)", "node 'x' (Placeholder): input of shape [2,9,8,1] does not match the declared shape [?,8,8,1]")
        }
        XCTAssertThrowsError(try g.specialized(inputShapes: ["x": [8, 8, 1]])) { error in
            XCTAssertTrue("\(error)".contains("does not match the declared shape"), "\(error)")
        }
        XCTAssertThrowsError(try g.specialized(inputShapes: ["x": [-1, 8, 8, 1]])) { error in
            XCTAssertTrue("\(error)".contains("is negative"), "\(error)")
        }
    }

    func testErrorsDownstreamNameTheNodeThatBreaks() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: nil))
        try g.add("r", .reshape([7]), [x])
        XCTAssertThrowsError(try g.specialized(inputShapes: ["x": [2, 3]])) { error in
            XCTAssertEqual((error as? GraphError)?.node, "r")
            XCTAssertEqual((error as? GraphError)?.op, "Reshape")
        }
        let ok = try g.specialized(inputShapes: ["x": [7, 1]])
        XCTAssertEqual(ok.nodes[0].op, .placeholder(dtype: .float32, shape: [7, 1]))
    }

    func testPlaceholdersNotGivenKeepTheirDeclaration() throws {
        var g = Graph()
        let a = try g.add("a", .placeholder(dtype: .float32, shape: [2, -1]))
        let b = try g.add("b", .placeholder(dtype: .float32, shape: [1, 3]))
        try g.add("sum", .binary(.add), [a, b])
        let s = try g.specialized(inputShapes: ["a": [2, 3]])
        XCTAssertEqual(s.nodes.map(\.types), [[f32([2, 3])], [f32([1, 3])], [f32([2, 3])]])
        let partial = try g.specialized(inputShapes: ["b": [1, 3]])
        XCTAssertEqual(partial[Value(node: 2)], f32([2, 3]), "broadcasting against 3 resolves the unknown")
        XCTAssertEqual(partial[Value(node: 0)], f32([2, -1]))
    }
}
