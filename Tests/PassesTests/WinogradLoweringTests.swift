import GraphIR
@testable import Passes
import Reference
import XCTest

final class WinogradLoweringTests: XCTestCase {
    private func convGraph(input: [Int], filters: Int, padding: Padding, stride: Int = 1, shared: Bool = false) throws -> Graph {
        var g = Graph()
        let x = try g.add("x", placeholder(input))
        let count = 9 * input[3] * filters
        let w = try g.add("w", .constant(Tensor(shape: [3, 3, input[3], filters], floats: (0..<count).map { Float($0 % 13) / 4 - 1.5 })))
        let conv = try g.add("conv", .conv2D(Conv2DAttributes(strideH: stride, strideW: stride, padding: padding)), [x, w])
        let relu = try g.add("relu", .unary(.relu), [conv])
        if shared {
            try g.add("again", .conv2D(Conv2DAttributes(padding: .same)), [relu, w])
        }
        return g
    }

    private func lowered(_ g: Graph, keeping: [String], profitable: WinogradLowering.Profitable? = { _, _, _ in true }) throws -> PassResult {
        var manager = PassManager([.winograd, .deadNodeElimination], constantEvaluator: ReferenceConstantEvaluator())
        manager.winogradProfitable = profitable
        return try manager.run(g, keepingNames: keeping)
    }

    /// The rewritten graph against the convolution, through the reference interpreter: equal up
    /// to rounding (the transforms reassociate the sums).
    private func assertClose(_ g: Graph, _ result: PassResult, _ output: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for seed: UInt64 in 1...2 {
            var rng = SeededGenerator(seed: seed)
            let feeds = try randomFeeds(for: g, in: -2...2, using: &rng)
            let expected = try Reference.evaluate(g, feeds: feeds, fetch: try keptValues(named: [output], in: g))
            let actual = try Reference.evaluate(result.graph, feeds: feeds, fetch: result.kept)
            XCTAssertEqual(actual[0].shape, expected[0].shape, file: file, line: line)
            if let problem = mismatch(actual[0], expected[0], relativeTolerance: 1e-5, absoluteTolerance: 1e-4) {
                XCTFail("seed \(seed): \(problem)", file: file, line: line)
            }
        }
    }

    func testSameAndValidConvolutionsBecomeTransformsAndProducts() throws {
        for (input, padding) in [([2, 6, 7, 5], Padding.same), ([1, 7, 6, 3], .valid), ([1, 5, 5, 4], .explicit(top: 2, bottom: 0, left: 1, right: 2))] {
            let g = try convGraph(input: input, filters: 6, padding: padding)
            let result = try lowered(g, keeping: ["relu"])
            // The convolution's name now holds the output transform, which reads the 16 products.
            let conv = try XCTUnwrap(result.graph.nodes.first { $0.name == "conv" })
            guard case .winograd(let w) = conv.op, w.stage == .output else { return XCTFail("conv was not rewritten: \(result.graph)") }
            let products = result.graph.nodes[conv.inputs[0].node]
            XCTAssertEqual(products.op, .batchMatMul(adjX: false, adjY: false))
            XCTAssertEqual(result.graph[products.inputs[1]].shape, [16, input[3], 6])
            XCTAssertFalse(result.graph.nodes.contains { if case .conv2D = $0.op { return true } else { return false } })
            try assertClose(g, result, "relu")
        }
    }

    func testConvolutionsSharingAFilterShareItsTransform() throws {
        let g = try convGraph(input: [1, 6, 6, 4], filters: 4, padding: .same, shared: true)
        let result = try lowered(g, keeping: ["again"])
        let transforms = result.graph.nodes.filter { if case .constant(let t) = $0.op { return t.shape == [16, 4, 4] } else { return false } }
        XCTAssertEqual(transforms.count, 1, "\(result.graph)")
        try assertClose(g, result, "again")
    }

    func testOtherConvolutionsAndUnprofitableOnesStay() throws {
        // Strided, or not wanted by the target: unchanged.
        func ops(_ g: Graph) -> [String] { g.nodes.map(\.op.name) }
        let strided = try convGraph(input: [1, 8, 8, 4], filters: 4, padding: .same, stride: 2)
        XCTAssertEqual(ops(try lowered(strided, keeping: ["relu"]).graph), ops(strided))
        let plain = try convGraph(input: [1, 8, 8, 4], filters: 4, padding: .same)
        XCTAssertEqual(ops(try lowered(plain, keeping: ["relu"], profitable: { _, _, _ in false }).graph), ops(plain))
        XCTAssertEqual(ops(try lowered(plain, keeping: ["relu"], profitable: nil).graph), ops(plain))
    }
}
