import GraphIR
import Reference
import XCTest

final class ReferenceGraphTests: XCTestCase {
    /// x[?,2] -> relu -> + c ; and an unrelated integer division by zero.
    private func graph() throws -> (Graph, Value) {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [-1, 2]))
        let r = try g.add("r", .unary(.relu), [x])
        let c = try g.add("c", .constant(floats([2], [10, 20])))
        let out = try g.add("out", .binary(.add), [r, c])
        let i = try g.add("i", .constant(Tensor(shape: [1], int32s: [1])))
        let z = try g.add("z", .constant(Tensor(shape: [1], int32s: [0])))
        try g.add("bad", .binary(.div), [i, z])
        return (g, out)
    }

    func testEvaluatesOnlyWhatTheFetchNeeds() throws {
        let (g, out) = try graph()
        let result = try Reference.evaluate(g, feeds: ["x": floats([2, 2], [-1, 1, 2, -2])], fetch: [out, out])
        XCTAssertEqual(result.count, 2)
        assertTensor(result[0], [2, 2], [10, 21, 12, 20])
    }

    func testOpErrorsNameTheNode() throws {
        let (g, _) = try graph()
        let bad = try XCTUnwrap(g.value(named: "bad"))
        XCTAssertThrowsError(try Reference.evaluate(g, feeds: [:], fetch: [bad])) { error in
            XCTAssertEqual((error as? GraphError)?.node, "bad")
            XCTAssertEqual("\(error)", "node 'bad' (RealDiv): integer division by zero (int32)")
        }
    }

    func testFeedsAreChecked() throws {
        let (g, out) = try graph()
        XCTAssertThrowsError(try Reference.evaluate(g, feeds: [:], fetch: [out])) { error in
            XCTAssertEqual("\(error)", "node 'x' (Placeholder): no feed given for this placeholder")
        }
        XCTAssertThrowsError(try Reference.evaluate(g, feeds: ["x": Tensor(shape: [1, 2], doubles: [1, 2])], fetch: [out])) { error in
            XCTAssertEqual("\(error)", "node 'x' (Placeholder): fed a float64 tensor, expected float32")
        }
        XCTAssertThrowsError(try Reference.evaluate(g, feeds: ["x": floats([2], [1, 2])], fetch: [out])) { error in
            XCTAssertEqual("\(error)", "node 'x' (Placeholder): fed shape [2], expected [?,2]")
        }
        XCTAssertThrowsError(try Reference.evaluate(g, feeds: ["x": floats([1, 2], [1, 2]), "r": floats([1], [1])], fetch: [out])) { error in
            XCTAssertEqual("\(error)", "feed 'r' does not name a placeholder of the graph")
        }
        XCTAssertThrowsError(try Reference.evaluate(g, feeds: [:], fetch: [Value(node: 99)])) { error in
            XCTAssertTrue(error is ReferenceError, "\(error)")
        }
    }

    func testRandomFeedsAreDeterministicAndComparisonsReportTheElement() throws {
        let g = try graph().0.specialized(inputShapes: ["x": [3, 2]])
        var first = SeededGenerator(seed: 42), second = SeededGenerator(seed: 42)
        let a = try randomFeeds(for: g, using: &first)
        let b = try randomFeeds(for: g, using: &second)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a["x"]?.shape, [3, 2])
        XCTAssertNil(mismatch(floats([2], [1, .nan]), floats([2], [1 + 1e-7, .nan])))
        XCTAssertEqual(mismatch(floats([2], [1, 2]), floats([2], [1, 2.5])), "element 1 (index [1]) is 2.0, expected 2.5")
        XCTAssertEqual(mismatch(floats([2], [1, 2]), floats([1, 2], [1, 2])), "shape [2], expected [1,2]")
        XCTAssertNotNil(mismatch(floats([1], [.infinity]), floats([1], [1e30])))
        XCTAssertThrowsError(try randomFeeds(for: try graph().0, using: &first), "x has an unknown batch")
    }
}
