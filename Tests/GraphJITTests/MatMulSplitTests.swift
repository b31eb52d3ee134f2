import GraphIR
import GraphJIT
import Reference
import XCTest

/// The `splitk` pass end to end: a dense layer of a few rows by a 32 MB weight (bigger than four
/// level-2 caches of any core in use, so the compiler splits it) compiles to a product of segments
/// and a Sum with the bias and Relu fused, and computes what the Reference evaluator does.
final class MatMulSplitTests: XCTestCase {
    func testDenseLayerOverALargeWeightIsSplitAndMatchesTheReference() throws {
        let (inner, cols) = (4096, 2048)
        var rng = SeededGenerator(seed: 3)
        let weights = try randomTensor(.float32, [inner, cols], using: &rng)
        let bias = try randomTensor(.float32, [cols], using: &rng)
        for rows in [1, 3] {
            var g = Graph()
            let x = try g.add("x", .placeholder(dtype: .float32, shape: [rows, inner]))
            let w = try g.add("w", .constant(weights))
            let b = try g.add("b", .constant(bias))
            let dense = try g.add("dense", .matMul(transposeA: false, transposeB: false), [x, w])
            let biased = try g.add("biased", .biasAdd(.nhwc), [dense, b])
            let relu = try g.add("relu", .unary(.relu), [biased])
            let feeds = ["x": try randomTensor(.float32, [rows, inner], using: &rng)]
            let expected = try evaluate(g, feeds: feeds, fetch: [relu, dense])

            let compiled = try Model(graph: g).compile(outputs: ["relu", "dense"])
            XCTAssertTrue(try compiled.graph.nodes.contains { $0.op == .batchMatMul(adjX: false, adjY: false) }, "not split: \(rows) rows")
            XCTAssertEqual(try compiled.graph.nodes.first { $0.name == "dense" }?.op, .reduce(.sum, axes: [0], keepDims: false))
            let got = try compiled.run(feeds)
            // Sums of 4096 products of numbers in [-1, 1]: rounding grows like the square root.
            for (name, want) in zip(["relu", "dense"], expected) {
                let value = try XCTUnwrap(got[name], name)
                XCTAssertNil(mismatch(value, want, relativeTolerance: 1e-5, absoluteTolerance: 1e-5 * Double(inner).squareRoot()),
                             "\(name), \(rows) rows")
            }
        }
    }
}
