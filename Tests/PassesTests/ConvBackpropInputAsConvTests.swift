import GraphIR
@testable import Passes
import Reference
import XCTest

final class ConvBackpropInputAsConvTests: XCTestCase {
    /// `dx = Conv2DBackpropInput(w, dy)` for a forward convolution of `[n,h,w,c]` by a `[kh,kw,c,f]` filter.
    private func gradientGraph(_ a: Conv2DAttributes, n: Int = 2, h: Int, w: Int, c: Int = 2,
                               kh: Int, kw: Int, f: Int = 3, constantFilter: Bool = false) throws -> Graph {
        let x = a.dataFormat == .nhwc ? [n, h, w, c] : [n, c, h, w]
        let filter = [kh, kw, c, f]
        let dyShape = try XCTUnwrap(try Op.conv2D(a).inferTypes([TensorType(.float32, x), TensorType(.float32, filter)])[0].shape)
        var g = Graph()
        let wv = constantFilter
            ? try g.add("w", .constant(integerTensor(filter, seed: 5)))
            : try g.add("w", placeholder(filter))
        let dy = try g.add("dy", placeholder(dyShape))
        try g.add("dx", .conv2DBackpropInput(a, inputShape: x), [wv, dy])
        return g
    }

    /// Small whole numbers as floats: every product and partial sum is exact, so the rewritten graph
    /// must agree with the original bit for bit whatever order it adds in.
    private func integerTensor(_ shape: [Int], seed: UInt64) -> Tensor {
        var rng = SeededGenerator(seed: seed)
        return Tensor(shape: shape, floats: (0..<shape.reduce(1, *)).map { _ in Float(Int.random(in: -4...4, using: &rng)) })
    }

    private func assertSameGradient(_ original: Graph, _ result: PassResult, file: StaticString = #filePath, line: UInt = #line) throws {
        var feeds: [String: Tensor] = [:]
        for i in original.placeholders {
            let node = original.nodes[i]
            feeds[node.name] = integerTensor(try XCTUnwrap(node.types[0].shape), seed: UInt64(i + 11))
        }
        let expected = try Reference.evaluate(original, feeds: feeds, fetch: [try XCTUnwrap(original.value(named: "dx"))])
        let actual = try Reference.evaluate(result.graph, feeds: feeds, fetch: result.kept)
        if let problem = mismatch(actual[0], expected[0], relativeTolerance: 0, absoluteTolerance: 0) {
            XCTFail(problem, file: file, line: line)
        }
    }

    private func rewritten(_ g: Graph) throws -> PassResult {
        try PassManager([.convBackpropInputAsConv]).run(g, keepingNames: ["dx"])
    }

    func testRewritesSameStride1IntoAFlippedFilterConvolution() throws {
        let g = try gradientGraph(Conv2DAttributes(padding: .same), h: 5, w: 6, kh: 3, kw: 3)
        let result = try rewritten(g)
        XCTAssertEqual(result.graph.description, """
        %w = Placeholder() : float32[3,3,2,3]
        %dy = Placeholder() : float32[2,5,6,3]
        %dx/filter_reversed = ReverseV2[axes=[0, 1]](%w) : float32[3,3,2,3]
        %dx/filter_transposed = Transpose[perm=[0, 1, 3, 2]](%dx/filter_reversed) : float32[3,3,3,2]
        %dx = Conv2D[strides=1x1,dilations=1x1,padding=explicit(top: 1, bottom: 1, left: 1, right: 1),NHWC](%dy, %dx/filter_transposed) : float32[2,5,6,2]
        """)
        try assertSameGradient(g, result)
    }

    /// Every padding kind, dilations 1 and 2, odd and even sizes and kernels: the padding is
    /// (K-1)·d minus the forward padding on each side.
    func testPaddingIsTheComplementOfTheForwardPadding() throws {
        let cases: [(h: Int, w: Int, kh: Int, kw: Int, Conv2DAttributes, Padding)] = [
            (5, 6, 3, 2, Conv2DAttributes(padding: .valid), .explicit(top: 2, bottom: 2, left: 1, right: 1)),
            // SAME puts the odd element after: K=4 pads 1 before and 2 after, so 2 and 1 here.
            (5, 6, 4, 3, Conv2DAttributes(padding: .same), .explicit(top: 2, bottom: 1, left: 1, right: 1)),
            (6, 5, 2, 1, Conv2DAttributes(padding: .same), .explicit(top: 1, bottom: 0, left: 0, right: 0)),
            (7, 6, 3, 3, Conv2DAttributes(dilationH: 2, dilationW: 2, padding: .same), .explicit(top: 2, bottom: 2, left: 2, right: 2)),
            (7, 8, 3, 2, Conv2DAttributes(dilationH: 2, dilationW: 3, padding: .valid), .explicit(top: 4, bottom: 4, left: 3, right: 3)),
            (4, 5, 3, 3, Conv2DAttributes(padding: .explicit(top: 1, bottom: 0, left: 2, right: 1)),
             .explicit(top: 1, bottom: 2, left: 0, right: 1)),
            (5, 5, 2, 3, Conv2DAttributes(dilationH: 2, dilationW: 1, padding: .explicit(top: 0, bottom: 2, left: 1, right: 1)),
             .explicit(top: 2, bottom: 0, left: 1, right: 1)),
        ]
        for (h, w, kh, kw, attributes, expected) in cases {
            let g = try gradientGraph(attributes, h: h, w: w, kh: kh, kw: kw)
            let result = try rewritten(g)
            let dx = try XCTUnwrap(result.graph.index(of: "dx"))
            var forward = attributes
            forward.padding = expected
            XCTAssertEqual(result.graph.nodes[dx].op, .conv2D(forward), "\(attributes)")
            try assertSameGradient(g, result)
        }
    }

    /// NCHW, strides above 1, and padding wider than the dilated window (which would need a crop).
    func testLeavesOtherGradientsAlone() throws {
        let untouched: [(Int, Int, Int, Int, Conv2DAttributes)] = [
            (5, 6, 3, 3, Conv2DAttributes(padding: .same, dataFormat: .nchw)),
            (6, 6, 3, 3, Conv2DAttributes(strideH: 2, strideW: 2, padding: .same)),
            (6, 6, 3, 3, Conv2DAttributes(strideH: 1, strideW: 2, padding: .valid)),
            (4, 4, 3, 3, Conv2DAttributes(padding: .explicit(top: 3, bottom: 0, left: 0, right: 0))),
            (4, 4, 2, 2, Conv2DAttributes(dilationH: 2, dilationW: 2, padding: .explicit(top: 0, bottom: 0, left: 0, right: 3))),
        ]
        for (h, w, kh, kw, attributes) in untouched {
            let g = try gradientGraph(attributes, h: h, w: w, kh: kh, kw: kw)
            XCTAssertEqual(try rewritten(g).graph.description, g.description, "\(attributes)")
        }
    }

    /// New nodes never take a name the graph already uses, even one that comes later in it.
    func testNewNodeNamesAreUnique() throws {
        var g = try gradientGraph(Conv2DAttributes(padding: .valid), h: 4, w: 4, kh: 2, kw: 2)
        try g.add("dx/filter_reversed", .unary(.neg), [try XCTUnwrap(g.value(named: "dx"))])
        let result = try PassManager([.convBackpropInputAsConv]).run(g, keepingNames: ["dx", "dx/filter_reversed"])
        XCTAssertEqual(names(result.graph), ["w", "dy", "dx/filter_reversed_1", "dx/filter_transposed", "dx", "dx/filter_reversed"])
        XCTAssertEqual(try inputNames(result.graph, "dx/filter_reversed"), ["dx"])
    }

    /// In the standard pipeline a constant filter's flip is folded, and two gradients of one filter
    /// share it.
    func testStandardPipelineFoldsAConstantFilterAndSharesIt() throws {
        var g = try gradientGraph(Conv2DAttributes(padding: .same), h: 5, w: 5, kh: 3, kw: 3, constantFilter: true)
        let w = try XCTUnwrap(g.value(named: "w")), dy = try XCTUnwrap(g.value(named: "dy"))
        try g.add("dx2", .conv2DBackpropInput(Conv2DAttributes(padding: .same), inputShape: [2, 5, 5, 2]), [w, try g.add("dy2", .unary(.neg), [dy])])
        let manager = PassManager(PassName.standardPipeline, constantEvaluator: ReferenceConstantEvaluator())
        let result = try manager.run(g, keepingNames: ["dx", "dx2"])
        XCTAssertEqual(result.graph.nodes.map(\.op.name), ["Placeholder", "Const", "Conv2D", "Neg", "Conv2D"])
        XCTAssertEqual(names(result.graph), ["dy", "dx/filter_transposed", "dx", "dy2", "dx2"])
        XCTAssertEqual(try inputNames(result.graph, "dx2"), ["dy2", "dx/filter_transposed"])
        try assertSameGradient(g, PassResult(graph: result.graph, valueMap: result.valueMap, kept: [result.kept[0]]))
    }
}
