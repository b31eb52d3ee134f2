import GraphIR
import Passes
import XCTest

final class DeadNodeEliminationTests: XCTestCase {
    /// x, unused, y -> a = x*y, dead = exp(x), out = relu(a)
    private func graph() throws -> (Graph, out: Value, a: Value) {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 3]))
        try g.add("unused", placeholder([4]))
        let y = try g.add("y", placeholder([3]))
        let a = try g.add("a", .binary(.mul), [x, y])
        try g.add("dead", .unary(.exp), [x])
        let out = try g.add("out", .unary(.relu), [a])
        return (g, out, a)
    }

    func testKeepsOnlyWhatTheOutputsNeed() throws {
        let (g, out, _) = try graph()
        let result = try DeadNodeElimination().run(g, keeping: [out])
        XCTAssertEqual(result.graph.description, """
        %x = Placeholder() : float32[2,3]
        %y = Placeholder() : float32[3]
        %a = Mul(%x, %y) : float32[2,3]
        %out = Relu(%a) : float32[2,3]
        """)
        XCTAssertEqual(result.kept, [Value(node: 3)])
        try assertEquivalent(g, keeping: [out], result)
    }

    func testValueMapLeadsToTheSurvivorsAndDropsTheRest() throws {
        let (g, out, a) = try graph()
        let map = try DeadNodeElimination().run(g, keeping: [out]).valueMap
        XCTAssertEqual(map[a], Value(node: 2))
        XCTAssertEqual(map[Value(node: 2)], Value(node: 1), "placeholder y moved up")
        XCTAssertNil(map[Value(node: 1)], "unused placeholder removed")
        XCTAssertNil(map[Value(node: 4)], "dead node removed")
        XCTAssertEqual(map.mappings.count, 4)
    }

    func testKeptPlaceholdersSurviveEvenWhenUnused() throws {
        let (g, out, a) = try graph()
        let result = try DeadNodeElimination().run(g, keepingNames: ["out", "unused", "a:0"])
        XCTAssertEqual(names(result.graph), ["x", "unused", "y", "a", "out"])
        XCTAssertEqual(result.kept.map(result.graph.name(of:)), ["out", "unused", "a"])
        try assertEquivalent(g, keeping: [out, Value(node: 1), a], result)
    }

    func testKeepingNothingEmptiesTheGraph() throws {
        let (g, _, _) = try graph()
        XCTAssertTrue(try DeadNodeElimination().run(g, keeping: []).graph.nodes.isEmpty)
    }

    func testBadKeptValuesAreRejected() throws {
        let (g, _, _) = try graph()
        XCTAssertThrowsError(try DeadNodeElimination().run(g, keeping: [Value(node: 42)])) { error in
            XCTAssertEqual("\(error)", "pass 'dce': kept value 42:0 is not an output of the graph")
        }
        XCTAssertThrowsError(try DeadNodeElimination().run(g, keepingNames: ["nope"])) { error in
            XCTAssertEqual("\(error)", "the graph has no value named 'nope'")
        }
    }
}
