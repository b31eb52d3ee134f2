import GraphIR
import Passes
import XCTest

final class IdentityEliminationTests: XCTestCase {
    /// x -> id1 -> id2 -> r = relu(id2) -> out = Identity(r); s = id1 + id2
    private func graph() throws -> Graph {
        var g = Graph()
        let x = try g.add("x", placeholder([4]))
        let id1 = try g.add("id1", .identity, [x])
        let id2 = try g.add("id2", .identity, [id1])
        let r = try g.add("r", .unary(.relu), [id2])
        try g.add("out", .identity, [r])
        try g.add("s", .binary(.add), [id1, id2])
        return g
    }

    func testConsumersReadTheSourceAndKeptIdentitiesStay() throws {
        let g = try graph()
        let kept = try keptValues(named: ["out", "s"], in: g)
        let result = try IdentityElimination().run(g, keeping: kept)
        XCTAssertEqual(result.graph.description, """
        %x = Placeholder() : float32[4]
        %r = Relu(%x) : float32[4]
        %out = Identity(%r) : float32[4]
        %s = Add(%x, %x) : float32[4]
        """)
        XCTAssertEqual(result.valueMap[Value(node: 1)], Value(node: 0), "a bypassed identity maps to its source")
        XCTAssertEqual(result.valueMap[Value(node: 2)], Value(node: 0))
        XCTAssertEqual(result.kept.map(result.graph.name(of:)), ["out", "s"])
        try assertEquivalent(g, keeping: kept, result)
    }

    func testAKeptIdentityInTheMiddleOfAChainKeepsItsName() throws {
        let g = try graph()
        let kept = try keptValues(named: ["id2", "r"], in: g)
        let result = try IdentityElimination().run(g, keeping: kept)
        XCTAssertEqual(names(result.graph), ["x", "id2", "r", "s"])
        XCTAssertEqual(try inputNames(result.graph, "id2"), ["x"], "id2 reads x, not the removed id1")
        XCTAssertEqual(try inputNames(result.graph, "r"), ["id2"], "consumers of a kept identity read it")
        try assertEquivalent(g, keeping: kept, result)
    }

    func testAGraphWithoutIdentitiesIsUnchanged() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2]))
        let n = try g.add("n", .unary(.neg), [x])
        let result = try IdentityElimination().run(g, keeping: [n])
        XCTAssertEqual(result.graph.description, g.description)
        XCTAssertEqual(result.valueMap, ValueMap.identity(of: g))
    }
}
