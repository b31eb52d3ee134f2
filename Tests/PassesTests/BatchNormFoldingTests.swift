import GraphIR
@testable import Passes
import Reference
import XCTest

final class BatchNormFoldingTests: XCTestCase {
    private func constant(_ shape: [Int], _ values: (Int) -> Float) -> Op {
        .constant(Tensor(shape: shape, floats: (0..<shape.reduce(1, *)).map(values)))
    }

    /// Keras 3's batch norm after constant folding: `AddV2(Mul(BiasAdd(Conv2D(x, W), b), m), c)`,
    /// `m` and `c` of shape `[1,1,1,F]`, then Relu.
    private func kerasBlock(filter: [Int] = [3, 3, 3, 4], format: DataFormat = .nhwc, channelShape: [Int]? = nil) throws -> Graph {
        var g = Graph()
        let f = filter[3]
        let x = try g.add("x", placeholder(format == .nhwc ? [2, 6, 5, filter[2] == 1 ? f : 3] : [2, filter[2] == 1 ? f : 3, 6, 5]))
        let w = try g.add("w", constant(filter) { Float($0 % 7) - 3 })
        let conv = try g.add("conv", .conv2D(Conv2DAttributes(padding: .same, dataFormat: format)), [x, w])
        let bias = try g.add("conv/bias", .biasAdd(format), [conv, try g.add("b", vector((0..<f).map { Float($0) - 1.5 }))])
        let shape = channelShape ?? (format == .nhwc ? [1, 1, 1, f] : [1, f, 1, 1])
        let scaled = try g.add("bn/mul_1", .binary(.mul), [bias, try g.add("bn/mul", constant(shape) { Float($0 + 1) * 0.5 })])
        let shifted = try g.add("bn/add_1", .binary(.add), [try g.add("bn/sub", constant(shape) { Float($0) - 2 }), scaled])
        try g.add("relu", .unary(.relu), [shifted])
        return g
    }

    private func folded(_ g: Graph, keeping: [String] = ["relu"]) throws -> PassResult {
        try PassManager([.batchNormFolding, .constantFolding, .deadNodeElimination], constantEvaluator: ReferenceConstantEvaluator())
            .run(g, keepingNames: keeping)
    }

    /// The folded graph computes the same (within float rounding: the sums are reassociated).
    private func assertClose(_ g: Graph, _ result: PassResult, file: StaticString = #filePath, line: UInt = #line) throws {
        var rng = SeededGenerator(seed: 3)
        let feeds = try randomFeeds(for: g, in: -2...2, using: &rng)
        let expected = try Reference.evaluate(g, feeds: feeds, fetch: try keptValues(named: ["relu"], in: g))
        let actual = try Reference.evaluate(result.graph, feeds: feeds, fetch: result.kept)
        if let problem = mismatch(actual[0], expected[0], relativeTolerance: 1e-5, absoluteTolerance: 1e-4) {
            XCTFail(problem, file: file, line: line)
        }
    }

    private func op(_ g: Graph, _ name: String) throws -> Op {
        g.nodes[try XCTUnwrap(g.index(of: name), "no node \(name)")].op
    }

    func testKerasBatchNormBecomesOneBiasAddOnAScaledFilter() throws {
        for format in DataFormat.allCases {
            let g = try kerasBlock(format: format)
            let result = try folded(g)
            XCTAssertEqual(try inputNames(result.graph, "relu"), ["bn/add_1"])
            XCTAssertEqual(try op(result.graph, "bn/add_1"), .biasAdd(format))
            XCTAssertEqual(try inputNames(result.graph, "bn/add_1").first, "conv/bn_folded")
            let filter = try inputNames(result.graph, "conv/bn_folded")[1]
            guard case .constant = try op(result.graph, filter) else { return XCTFail("the scaled filter is not folded: \(result.graph)") }
            XCTAssertFalse(result.graph.nodes.contains { if case .binary = $0.op { return true } else { return false } }, "\(result.graph)")
            try assertClose(g, result)
        }
    }

    func testScalarAndVectorConstantsAndSubtraction() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([1, 5, 5, 2]))
        let conv = try g.add("conv", .conv2D(Conv2DAttributes()), [x, try g.add("w", constant([3, 3, 2, 3]) { Float($0 % 5) - 2 })])
        let a = try g.add("a", .binary(.mul), [try g.add("two", .constant(Tensor(shape: [], floats: [2]))), conv])
        let s = try g.add("s", .binary(.sub), [a, try g.add("c", vector([1, 2, 3]))])
        let m = try g.add("m", .binary(.mul), [s, try g.add("v", vector([0.5, -1, 4]))])
        try g.add("relu", .unary(.relu), [m])
        let result = try folded(g)
        // Scalar times conv, minus a vector, times a vector: one shift, so `m` is a BiasAdd.
        XCTAssertEqual(try op(result.graph, "m"), .biasAdd(.nhwc))
        XCTAssertNil(result.graph.index(of: "a"))
        try assertClose(g, result)
    }

    func testDepthwiseFilterFolds() throws {
        let g = try kerasBlock(filter: [3, 3, 1, 4])
        let result = try folded(g)
        XCTAssertEqual(try op(result.graph, "bn/add_1"), .biasAdd(.nhwc))
        try assertClose(g, result)
    }

    func testScaleOnlyChainKeepsTheLastName() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([1, 4, 4, 2]))
        let conv = try g.add("conv", .conv2D(Conv2DAttributes()), [x, try g.add("w", constant([1, 1, 2, 2]) { Float($0) })])
        let m = try g.add("m", .binary(.mul), [conv, try g.add("v", vector([2, 3]))])
        try g.add("relu", .unary(.relu), [m])
        let result = try folded(g)
        guard case .conv2D = try op(result.graph, "m") else { return XCTFail("\(result.graph)") }
        try assertClose(g, result)
    }

    func testWhatDoesNotFold() throws {
        // Not per channel: a constant along the width.
        let across = try kerasBlock(channelShape: [1, 1, 5, 1])
        XCTAssertEqual(names(try PassManager([.batchNormFolding]).run(across, keepingNames: ["relu"]).graph), names(across))
        // A BiasAdd alone is already what the pass would make.
        var g = Graph()
        let x = try g.add("x", placeholder([1, 4, 4, 2]))
        let conv = try g.add("conv", .conv2D(Conv2DAttributes()), [x, try g.add("w", constant([1, 1, 2, 2]) { Float($0) })])
        let biased = try g.add("biased", .biasAdd(.nhwc), [conv, try g.add("b", vector([1, 2]))])
        try g.add("relu", .unary(.relu), [biased])
        XCTAssertEqual(try PassManager([.batchNormFolding]).run(g, keepingNames: ["relu"]).graph.description, g.description)
        // A filter that is not a constant, and c - x (a negation the pass does not take).
        var h = Graph()
        let y = try h.add("x", placeholder([1, 4, 4, 2]))
        let conv2 = try h.add("conv", .conv2D(Conv2DAttributes()), [y, try h.add("w", placeholder([1, 1, 2, 2]))])
        let scaled = try h.add("scaled", .binary(.mul), [conv2, try h.add("v", vector([2, 3]))])
        try h.add("relu", .unary(.relu), [scaled])
        XCTAssertEqual(try PassManager([.batchNormFolding]).run(h, keepingNames: ["relu"]).graph.description, h.description)
        var k = Graph()
        let z = try k.add("x", placeholder([1, 4, 4, 2]))
        let conv3 = try k.add("conv", .conv2D(Conv2DAttributes()), [z, try k.add("w", constant([1, 1, 2, 2]) { Float($0) })])
        try k.add("relu", .binary(.sub), [try k.add("v", vector([2, 3])), conv3])
        XCTAssertEqual(try PassManager([.batchNormFolding]).run(k, keepingNames: ["relu"]).graph.description, k.description)
    }

    func testChainStopsAtAValueSomethingElseReads() throws {
        var g = try kerasBlock()
        // The scaled value is also an output: the chain ends there, keeping its name.
        let result = try folded(g, keeping: ["relu", "bn/mul_1"])
        XCTAssertEqual(try op(result.graph, "bn/mul_1"), .biasAdd(.nhwc))
        XCTAssertEqual(try op(result.graph, "bn/add_1"), .binary(.add))
        // A second reader of the BiasAdd: it stays, and so does everything after it.
        let bias = try XCTUnwrap(g.value(named: "conv/bias"))
        try g.add("other", .unary(.neg), [bias])
        let kept = try folded(g, keeping: ["relu", "other"])
        XCTAssertEqual(try op(kept.graph, "conv/bias"), .biasAdd(.nhwc))
        guard case .conv2D = try op(kept.graph, "conv") else { return XCTFail("\(kept.graph)") }
    }
}
