import GraphIR
import Reference
import XCTest
@testable import Passes

/// The `shapes` pass: computed shapes become static once the inputs' shapes are.
final class ShapeFoldingTests: XCTestCase {
    /// Reshape(x, Shape(y)) with y's batch unknown: nothing is static before specialisation, and
    /// after it the reshape is a plain one and everything after it has static shapes.
    func testReshapeToAComputedShapeBecomesStatic() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [-1, 2, 3]))
        let y = try g.add("y", .placeholder(dtype: .float32, shape: [-1, 6]))
        let s = try g.add("s", .shape(outType: .int32), [y])
        let r = try g.add("r", .dynamicReshape, [x, s])
        XCTAssertEqual(g[r], TensorType(.float32, [-1, -1]))
        _ = try g.add("out", .binary(.add), [r, y])
        let bound = try g.specialized(inputShapes: ["x": [4, 2, 3], "y": [4, 6]])
        XCTAssertEqual(bound.nodes[try XCTUnwrap(bound.index(of: "r"))].types, [TensorType(.float32, [-1, -1])])

        let result = try ShapeFolding(evaluator: ReferenceConstantEvaluator()).run(bound, keepingNames: ["out", "r"])
        let out = result.graph
        XCTAssertEqual(out.nodes[try XCTUnwrap(out.index(of: "r"))].op, .reshape([4, 6]))
        XCTAssertTrue(out.nodes.allSatisfy { $0.types.allSatisfy(\.isStatic) }, "\(out)")
        XCTAssertFalse(out.nodes.contains { $0.op == .shape(outType: .int32) })
        try out.verify()
        let feeds = ["x": Tensor(shape: [4, 2, 3], floats: (0..<24).map(Float.init)),
                     "y": Tensor(shape: [4, 6], floats: Array(repeating: 1, count: 24))]
        let before = try evaluate(bound, feeds: feeds, fetch: [try XCTUnwrap(bound.value(named: "out"))])
        let after = try evaluate(out, feeds: feeds, fetch: [try XCTUnwrap(out.value(named: "out"))])
        XCTAssertEqual(before, after)
        XCTAssertEqual(after[0].scalars(as: Float.self), (0..<24).map { Float($0) + 1 })
    }

    /// A shape that depends on a tensor's values, not its shape, cannot be compiled: one line
    /// naming the node.
    func testAShapeFromRunTimeValuesIsRefused() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [6]))
        let dims = try g.add("dims", .placeholder(dtype: .int32, shape: [2]))
        _ = try g.add("r", .dynamicReshape, [x, dims])
        XCTAssertThrowsError(try ShapeFolding(evaluator: ReferenceConstantEvaluator()).run(g, keepingNames: ["r"])) { error in
            XCTAssertTrue("\(error)".contains("node 'r' (Reshape): its target shape depends on run-time values"), "\(error)")
        }
    }

    /// Splat, Range and a dynamic broadcast to a computed shape (TensorFlow's ZerosLike, Range, Fill).
    func testFillRangeAndSplatFold() throws {
        var g = Graph()
        let y = try g.add("y", .placeholder(dtype: .float32, shape: [-1, 3]))
        let s = try g.add("s", .shape(outType: .int64), [y])
        let v = try g.add("v", .constant(Tensor(shape: [], floats: [2.5])))
        _ = try g.add("fill", .dynamicBroadcast, [v, s])
        _ = try g.add("zeros", .splat(0), [y])
        _ = try g.add("range", .range(start: 1, delta: 2, count: 3, dtype: .int32))
        let bound = try g.specialized(inputShapes: ["y": [2, 3]])
        let out = try ShapeFolding(evaluator: ReferenceConstantEvaluator()).run(bound, keepingNames: ["fill", "zeros", "range"]).graph
        XCTAssertEqual(out.nodes[try XCTUnwrap(out.index(of: "fill"))].op, .broadcastTo([2, 3]))
        let values = try evaluate(out, feeds: ["y": Tensor(shape: [2, 3], floats: [1, 2, 3, 4, 5, 6])],
                                  fetch: try ["fill", "zeros", "range"].map { try XCTUnwrap(out.value(named: $0)) })
        XCTAssertEqual(values[0].scalars(as: Float.self), Array(repeating: 2.5, count: 6))
        XCTAssertEqual(values[1].scalars(as: Float.self), Array(repeating: 0, count: 6))
        XCTAssertEqual(values[2].scalars(as: Int32.self), [1, 3, 5])
    }
}
