import GraphIR
@testable import Passes
import Reference
import XCTest

final class MatMulSplittingTests: XCTestCase {
    /// `relu(x · w + b)` with x `[rows, inner]` fed and w, b constants.
    private func denseGraph(rows: Int, inner: Int, cols: Int) throws -> Graph {
        var g = Graph()
        let x = try g.add("x", placeholder([rows, inner]))
        let w = try g.add("w", .constant(Tensor(shape: [inner, cols], floats: (0..<inner * cols).map { Float($0 % 13) / 8 - 0.7 })))
        let bias = try g.add("b", .constant(Tensor(shape: [cols], floats: (0..<cols).map { Float($0 % 5) - 2 })))
        let product = try g.add("dense", .matMul(transposeA: false, transposeB: false), [x, w])
        let sum = try g.add("biased", .biasAdd(.nhwc), [product, bias])
        try g.add("relu", .unary(.relu), [sum])
        return g
    }

    private func split(_ g: Graph, segments: Int?, keeping: [String]) throws -> PassResult {
        var manager = PassManager([.matMulSplitting, .deadNodeElimination])
        manager.matMulSegments = { _, _, _, _ in segments }
        return try manager.run(g, keepingNames: keeping)
    }

    private func assertClose(_ g: Graph, _ result: PassResult, _ outputs: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        var rng = SeededGenerator(seed: 11)
        let feeds = try randomFeeds(for: g, in: -2...2, using: &rng)
        let expected = try Reference.evaluate(g, feeds: feeds, fetch: try keptValues(named: outputs, in: g))
        let actual = try Reference.evaluate(result.graph, feeds: feeds, fetch: result.kept)
        XCTAssertEqual(expected.count, actual.count, file: file, line: line)
        for (want, got) in zip(expected, actual) {
            // The same products summed in another order: equal to rounding.
            XCTAssertNil(mismatch(got, want, relativeTolerance: 1e-5, absoluteTolerance: 1e-4), file: file, line: line)
        }
    }

    func testOneRowBecomesSegmentViewsABatchedProductAndASumUnderTheProductsName() throws {
        let g = try denseGraph(rows: 1, inner: 64, cols: 48)
        let result = try split(g, segments: 8, keeping: ["relu", "dense"])
        let graph = result.graph
        let dense = try XCTUnwrap(graph.nodes.first { $0.name == "dense" })
        XCTAssertEqual(dense.op, .reduce(.sum, axes: [0], keepDims: false), "\(graph)")
        XCTAssertEqual(dense.types[0].shape, [1, 48])
        let partial = graph.nodes[dense.inputs[0].node]
        XCTAssertEqual(partial.op, .batchMatMul(adjX: false, adjY: false))
        XCTAssertEqual(partial.types[0].shape, [8, 1, 48])
        // One row needs no transpose: both operands are reshapes (views).
        XCTAssertFalse(graph.nodes.contains { if case .transpose = $0.op { return true } else { return false } }, "\(graph)")
        for input in partial.inputs { XCTAssertEqual(graph.nodes[input.node].op.kernelRole, .alias) }
        XCTAssertFalse(graph.nodes.contains { if case .matMul = $0.op { return true } else { return false } })
        try assertClose(g, result, ["relu", "dense"])
    }

    func testSeveralRowsTakeTheirSegmentsThroughATranspose() throws {
        for rows in [2, 3] {
            let g = try denseGraph(rows: rows, inner: 96, cols: 32)
            let result = try split(g, segments: 6, keeping: ["relu"])
            XCTAssertTrue(result.graph.nodes.contains { $0.op == .transpose([1, 0, 2]) }, "\(result.graph)")
            try assertClose(g, result, ["relu"])
        }
    }

    func testProductsTheTargetDoesNotSplitOrCannotBeSplitStayWhole() throws {
        let g = try denseGraph(rows: 1, inner: 60, cols: 16)
        // No choice, one segment, or a count that does not divide the inner dimension.
        for segments in [nil, 1, 7] {
            let result = try split(g, segments: segments, keeping: ["relu"])
            XCTAssertTrue(result.graph.nodes.contains { $0.op == .matMul(transposeA: false, transposeB: false) },
                          "segments \(String(describing: segments))")
        }
        // Transposed products are left to their own kernels.
        var t = Graph()
        let x = try t.add("x", placeholder([60, 1]))
        let w = try t.add("w", .constant(Tensor(shape: [60, 16], floats: Array(repeating: 1, count: 960))))
        try t.add("y", .matMul(transposeA: true, transposeB: false), [x, w])
        XCTAssertTrue(try split(t, segments: 4, keeping: ["y"]).graph.nodes.contains { $0.op == .matMul(transposeA: true, transposeB: false) })
    }
}
