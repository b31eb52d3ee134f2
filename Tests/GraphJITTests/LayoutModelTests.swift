import GraphIR
import GraphJIT
import XCTest

/// Layout ops through the public API: constant shape arithmetic folds at compile time, outputs
/// `node:k` of multi-output ops can be asked for, and element-wise consumers run as epilogues.
final class LayoutModelTests: XCTestCase {
    private func node(_ name: String, _ op: String, _ inputs: [String], _ attrs: String = "") -> String {
        "node { name: \"\(name)\" op: \"\(op)\" " + inputs.map { "input: \"\($0)\" " }.joined() + attrs + " }\n"
    }

    private func int32s(_ name: String, _ values: [Int], shape: [Int]? = nil) -> String {
        let dims = (shape ?? [values.count]).map { "dim { size: \($0) } " }.joined()
        return node(name, "Const", [], "attr { key: \"dtype\" value { type: DT_INT32 } } attr { key: \"value\" value { tensor { "
                    + "dtype: DT_INT32 tensor_shape { \(dims)} " + values.map { "int_val: \($0) " }.joined() + "} } }")
    }

    private func placeholder(_ name: String, _ shape: [Int]) -> String {
        node(name, "Placeholder", [], "attr { key: \"dtype\" value { type: DT_FLOAT } } attr { key: \"shape\" value { shape { "
             + shape.map { "dim { size: \($0) } " }.joined() + "} } }")
    }

    /// Keras' Flatten computes its target shape from a shape vector; with the vector a Const, the
    /// JIT's constant evaluator computes StridedSlice and Pack while compiling.
    func testShapeArithmeticFoldsWhileCompiling() throws {
        let text = int32s("shape", [2, 7, 7, 512]) + int32s("b", [0]) + int32s("e", [1]) + int32s("s", [1])
            + node("batch", "StridedSlice", ["shape", "b", "e", "s"], "attr { key: \"shrink_axis_mask\" value { i: 1 } }")
            + int32s("minus", [-1], shape: []) + node("target", "Pack", ["batch", "minus"], "attr { key: \"N\" value { i: 2 } }")
        let compiled = try Model(text: text).compile(outputs: ["target"])
        XCTAssertEqual(try compiled.graph.nodes.first { $0.name == "target" }?.op, .constant(Tensor(shape: [2], int32s: [2, -1])))
        XCTAssertEqual(try compiled.run([:])["target"]?.scalars(as: Int32.self), [2, -1])
    }

    func testOutputsOfMultiOutputOpsByIndex() throws {
        let text = placeholder("x", [2, 6]) + int32s("d", [1], shape: [])
            + node("s", "Split", ["d", "x"], "attr { key: \"num_split\" value { i: 3 } }")
            + node("u", "Unpack", ["s:2"], "attr { key: \"num\" value { i: 2 } }")
        let compiled = try Model(text: text).compile(outputs: ["s:1", "u:1", "s"])
        let x = Tensor(shape: [2, 6], floats: (0..<12).map(Float.init))
        let out = try compiled.run(["x": x])
        XCTAssertEqual(out["s"]?.scalars(as: Float.self), [0, 1, 6, 7])
        XCTAssertEqual(out["s:1"]?.scalars(as: Float.self), [2, 3, 8, 9])
        XCTAssertEqual(out["u:1"]?.scalars(as: Float.self), [10, 11])
    }

    /// A concatenation or a pad followed by element-wise ops is one kernel: the ops run on each
    /// row the layout kernel has just written.
    func testElementwiseConsumersBecomeEpilogues() throws {
        let concat = placeholder("a", [1, 4, 4, 3]) + placeholder("b", [1, 4, 4, 5]) + int32s("axis", [3], shape: [])
            + node("c", "ConcatV2", ["a", "b", "axis"], "attr { key: \"N\" value { i: 2 } }") + node("r", "Relu", ["c"])
        let joined = try Model(text: concat).compile(outputs: ["r"])
        let joinedPlan = try joined.plan
        XCTAssertEqual(joinedPlan.kernels.count, 1, "\(joinedPlan)")
        let a = Tensor(shape: [1, 4, 4, 3], floats: (0..<48).map { Float($0 % 7) - 3 })
        let b = Tensor(shape: [1, 4, 4, 5], floats: (0..<80).map { Float($0 % 5) - 2 })
        let out = try XCTUnwrap(try joined.run(["a": a, "b": b])["r"]?.scalars(as: Float.self))
        let (av, bv) = (a.scalars(as: Float.self), b.scalars(as: Float.self))
        var expected: [Float] = []
        for p in 0..<16 {
            let row: [Float] = Array(av[(p * 3)..<(p * 3 + 3)]) + Array(bv[(p * 5)..<(p * 5 + 5)])
            expected += row.map { max($0, 0) }
        }
        XCTAssertEqual(out, expected)

        let pad = placeholder("x", [1, 3, 3, 2]) + int32s("p", [0, 0, 1, 1, 1, 1, 0, 0], shape: [4, 2])
            + node("pad", "Pad", ["x", "p"]) + node("n", "Neg", ["pad"])
        let padded = try Model(text: pad).compile(outputs: ["n"])
        let paddedPlan = try padded.plan
        XCTAssertEqual(paddedPlan.kernels.count, 1, "\(paddedPlan)")
        let x = Tensor(shape: [1, 3, 3, 2], floats: (1...18).map(Float.init))
        let values = try XCTUnwrap(try padded.run(["x": x])["n"]?.scalars(as: Float.self))
        XCTAssertEqual(values.count, 50)
        XCTAssertEqual(Array(values[0..<10]), Array(repeating: 0, count: 10), "the first padded row")
        XCTAssertEqual(Array(values[10..<16]), [0, 0, -1, -2, -3, -4])
    }
}
