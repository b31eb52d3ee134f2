import GraphIR
@testable import Passes
import Reference
import XCTest

final class FilterPackingTests: XCTestCase {
    private func convGraph(filter: [Int], input: [Int], format: DataFormat = .nhwc, shared: Bool = false) throws -> Graph {
        var g = Graph()
        let x = try g.add("x", placeholder(input))
        let values = (0..<filter.reduce(1, *)).map { Float($0 % 11) - 5 }
        let w = try g.add("w", .constant(Tensor(shape: filter, floats: values)))
        let conv = try g.add("conv", .conv2D(Conv2DAttributes(padding: .same, dataFormat: format)), [x, w])
        let relu = try g.add("relu", .unary(.relu), [conv])
        if shared {
            // A second convolution over the same filter shares its packed copy.
            let again = try g.add("conv2", .conv2D(Conv2DAttributes(strideH: 2, strideW: 2, padding: .same, dataFormat: format)), [relu, w])
            try g.add("out", .unary(.relu), [again])
        }
        return g
    }

    private func packed(_ g: Graph, block: Int?, keeping: [String]) throws -> PassResult {
        var manager = PassManager([.filterPacking, .deadNodeElimination], constantEvaluator: ReferenceConstantEvaluator())
        manager.filterBlockWidth = { _, _, _, _ in block }
        return try manager.run(g, keepingNames: keeping)
    }

    private func assertSameValues(_ g: Graph, _ result: PassResult, _ output: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var rng = SeededGenerator(seed: 5)
        let feeds = try randomFeeds(for: g, in: -2...2, using: &rng)
        let expected = try Reference.evaluate(g, feeds: feeds, fetch: try keptValues(named: [output], in: g))
        let actual = try Reference.evaluate(result.graph, feeds: feeds, fetch: result.kept)
        // The same products in the same order: packing moves bytes only.
        XCTAssertEqual(actual[0], expected[0], file: file, line: line)
    }

    func testConstantFilterIsPackedInBlocksAndComputesTheSame() throws {
        let g = try convGraph(filter: [3, 3, 4, 64], input: [2, 7, 7, 4])
        let result = try packed(g, block: 16, keeping: ["relu"])
        let conv = try XCTUnwrap(result.graph.nodes.first { $0.name == "conv" })
        guard case .conv2D(let c) = conv.op else { return XCTFail("conv is not a convolution: \(result.graph)") }
        XCTAssertEqual(c.filterBlock, 16)
        XCTAssertEqual(result.graph[conv.inputs[1]].shape, [4, 3, 3, 4, 16])
        XCTAssertEqual(conv.types[0].shape, [2, 7, 7, 64])
        // The unpacked filter is gone.
        XCTAssertFalse(result.graph.nodes.contains { $0.name == "w" }, "\(result.graph)")
        try assertSameValues(g, result, "relu")
    }

    func testFiltersThatAreNotWholeBlocksArePaddedWithZeroFilters() throws {
        // Xception's 728 channels in blocks of 16: the last block holds 8 filters and 8 zeros.
        let g = try convGraph(filter: [3, 3, 4, 40], input: [1, 6, 5, 4])
        let result = try packed(g, block: 16, keeping: ["relu"])
        let conv = try XCTUnwrap(result.graph.nodes.first { $0.name == "conv" })
        guard case .conv2D(let c) = conv.op else { return XCTFail("conv is not a convolution: \(result.graph)") }
        XCTAssertEqual(c.filterBlock, 16)
        XCTAssertEqual(c.filterPadding, 8)
        let filter = result.graph[conv.inputs[1]]
        XCTAssertEqual(filter.shape, [3, 3, 3, 4, 16])
        XCTAssertEqual(conv.types[0].shape, [1, 6, 5, 40])
        // The padding filters are zeros.
        guard case .constant(let t) = result.graph.nodes[conv.inputs[1].node].op else { return XCTFail("\(result.graph)") }
        let lastBlock = 2 * 3 * 3 * 4 * 16
        for i in stride(from: lastBlock, to: t.elementCount, by: 16) {
            XCTAssertEqual((8..<16).map { t.double(at: i + $0) }, Array(repeating: 0, count: 8))
        }
        try assertSameValues(g, result, "relu")
    }

    func testConvolutionsSharingAFilterShareItsPackedCopy() throws {
        let g = try convGraph(filter: [3, 3, 8, 8], input: [1, 6, 6, 8], shared: true)
        let result = try packed(g, block: 4, keeping: ["out"])
        let packedFilters = result.graph.nodes.filter { node in
            if case .constant(let t) = node.op { return t.shape == [2, 3, 3, 8, 4] } else { return false }
        }
        XCTAssertEqual(packedFilters.count, 1, "\(result.graph)")
        try assertSameValues(g, result, "out")
    }

    func testNothingIsPackedWithoutAWidthOrWhereOneBlockIsTheRow() throws {
        let g = try convGraph(filter: [3, 3, 4, 32], input: [1, 5, 5, 4])
        for block in [nil, 32, 64, 0] {
            let result = try packed(g, block: block, keeping: ["relu"])
            guard case .conv2D(let c)? = result.graph.nodes.first(where: { $0.name == "conv" })?.op else { return XCTFail() }
            XCTAssertEqual(c.filterBlock, 0, "block \(String(describing: block))")
        }
        // NCHW convolutions keep TensorFlow's layout (their kernel does not go by channel blocks).
        let nchw = try convGraph(filter: [3, 3, 4, 32], input: [1, 4, 5, 5], format: .nchw)
        guard case .conv2D(let c)? = try packed(nchw, block: 8, keeping: ["relu"]).graph.nodes.first(where: { $0.name == "conv" })?.op
        else { return XCTFail() }
        XCTAssertEqual(c.filterBlock, 0)
    }

    func testPackedFilterOfTheWrongShapeIsRefused() throws {
        let packedConv = Op.conv2D(Conv2DAttributes(padding: .same, filterBlock: 16))
        XCTAssertThrowsError(try packedConv.inferTypes([TensorType(.float32, [1, 7, 7, 4]), TensorType(.float32, [3, 3, 4, 64])]))
        XCTAssertThrowsError(try packedConv.inferTypes([TensorType(.float32, [1, 7, 7, 4]), TensorType(.float32, [4, 3, 3, 4, 8])]))
        XCTAssertEqual(try packedConv.inferTypes([TensorType(.float32, [1, 7, 7, 4]), TensorType(.float32, [4, 3, 3, 4, 16])])[0].shape,
                       [1, 7, 7, 64])
        // Padding filters: fewer than a block, and only in a packed filter.
        let padded = Op.conv2D(Conv2DAttributes(padding: .same, filterBlock: 16, filterPadding: 8))
        XCTAssertEqual(try padded.inferTypes([TensorType(.float32, [1, 7, 7, 4]), TensorType(.float32, [4, 3, 3, 4, 16])])[0].shape,
                       [1, 7, 7, 56])
        for attributes in [Conv2DAttributes(filterBlock: 16, filterPadding: 16), Conv2DAttributes(filterPadding: 8)] {
            XCTAssertThrowsError(try Op.conv2D(attributes).inferTypes([TensorType(.float32, [1, 7, 7, 4]), TensorType(.float32, [4, 3, 3, 4, 16])]))
            XCTAssertThrowsError(try Op.conv2D(attributes).inferTypes([TensorType(.float32, [1, 7, 7, 4]), TensorType(.float32, [3, 3, 4, 64])]))
        }
    }
}
