import GraphIR
import Passes
import Reference
import XCTest

/// Variables and assignments are state: never folded, never merged.
final class StatefulNodeTests: XCTestCase {
    func graph() throws -> Graph {
        var g = Graph()
        let a = try g.add("a", .variable(dtype: .float32, shape: [2]))
        let b = try g.add("b", .variable(dtype: .float32, shape: [2]))
        let one = try g.add("one", .constant(Tensor(shape: [2], floats: [1, 1])))
        let aNew = try g.add("a_new", .binary(.add), [a, one])
        let bNew = try g.add("b_new", .binary(.add), [b, one])
        try g.add("assign_a", .assign, [a, aNew])
        try g.add("assign_b", .assign, [b, bNew])
        return g
    }

    struct ReferenceEvaluator: ConstantEvaluator {
        func evaluate(_ graph: Graph, fetch: [Value]) throws -> [Tensor] {
            try Reference.evaluate(graph, feeds: [:], fetch: fetch)
        }
    }

    func testPipelineKeepsEveryVariableAndAssignment() throws {
        let manager = PassManager(PassName.standardPipeline, constantEvaluator: ReferenceEvaluator())
        let result = try manager.run(try graph(), keepingNames: ["assign_a", "assign_b"])
        let names = result.graph.nodes.map(\.name)
        for name in ["a", "b", "a_new", "b_new", "assign_a", "assign_b"] {
            XCTAssertTrue(names.contains(name), "\(name) missing from \(names)")
        }
        XCTAssertFalse(result.graph.nodes.contains { if case .constant = $0.op { return $0.name == "a" } else { return false } })
    }
}
