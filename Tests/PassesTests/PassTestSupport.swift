import GraphIR
import Passes
import Reference
import XCTest

/// Folds constants with the reference interpreter, recording what it was asked for.
final class ReferenceConstantEvaluator: ConstantEvaluator {
    private(set) var requests: [[String]] = []

    func evaluate(_ graph: Graph, fetch: [Value]) throws -> [Tensor] {
        XCTAssertTrue(graph.placeholders.isEmpty, "constant subgraphs have no placeholders")
        requests.append(fetch.map(graph.name(of:)))
        return try Reference.evaluate(graph, feeds: [:], fetch: fetch)
    }
}

/// An evaluator for passes that must not compute anything.
struct RefusingEvaluator: ConstantEvaluator {
    struct Refused: Error, CustomStringConvertible { var description: String { "refused on purpose" } }
    func evaluate(_ graph: Graph, fetch: [Value]) throws -> [Tensor] { throw Refused() }
}

/// Checks that `result` computes the same kept values as `original` (bit for bit, through the
/// reference interpreter) on several random feeds.
func assertEquivalent(_ original: Graph, keeping kept: [Value], _ result: PassResult, seeds: ClosedRange<UInt64> = 1...3,
                      file: StaticString = #filePath, line: UInt = #line) throws {
    XCTAssertEqual(result.kept.count, kept.count, file: file, line: line)
    for seed in seeds {
        var rng = SeededGenerator(seed: seed)
        let feeds = try randomFeeds(for: original, in: -3...3, using: &rng)
        // Placeholders a pass removed are not fed (the reference rejects feeds for unknown names).
        let remaining = feeds.filter { result.graph.index(of: $0.key) != nil }
        let expected = try Reference.evaluate(original, feeds: feeds, fetch: kept)
        let actual = try Reference.evaluate(result.graph, feeds: remaining, fetch: result.kept)
        for (i, (a, e)) in zip(actual, expected).enumerated() {
            if let problem = mismatch(a, e, relativeTolerance: 0, absoluteTolerance: 0) {
                XCTFail("kept value \(original.name(of: kept[i])), seed \(seed): \(problem)", file: file, line: line)
            }
        }
    }
}

/// The names of the values node `name` reads.
func inputNames(_ g: Graph, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
    let i = try XCTUnwrap(g.index(of: name), "no node '\(name)'", file: file, line: line)
    return g.nodes[i].inputs.map(g.name(of:))
}

/// The node names of a graph in order.
func names(_ g: Graph) -> [String] { g.nodes.map(\.name) }

func vector(_ values: [Float]) -> Op { .constant(Tensor(shape: [values.count], floats: values)) }

func placeholder(_ shape: [Int], _ dtype: DType = .float32) -> Op { .placeholder(dtype: dtype, shape: shape) }
