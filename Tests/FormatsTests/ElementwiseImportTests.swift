import GraphIR
import XCTest
@testable import Formats

/// The importer on the element-wise ops, reductions and batched products of real models: each
/// op and attribute, the composites' structure, and every refusal.
final class ElementwiseImportTests: XCTestCase {
    private let f32 = ("T", "type: DT_FLOAT")
    private let x = placeholderText("x", "DT_FLOAT", [2, 3])

    private func op(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) -> Op? {
        node(importText(text, file: file, line: line), name, file: file, line: line)?.op
    }

    /// The op of the node feeding input `k` of `name`.
    private func input(_ g: Graph, _ name: String, _ k: Int) -> Node? {
        guard let n = node(g, name), k < n.inputs.count else { return nil }
        return g.nodes[n.inputs[k].node]
    }

    func testUnaryOps() {
        let ops: [(String, UnaryOp)] = [
            ("Elu", .elu), ("Softplus", .softplus), ("Erf", .erf), ("Erfc", .erfc), ("Log1p", .log1p), ("Expm1", .expm1),
            ("Floor", .floor), ("Ceil", .ceil), ("Round", .round), ("Sign", .sign), ("Reciprocal", .reciprocal),
            ("Inv", .reciprocal), ("Sin", .sin), ("Cos", .cos),
        ]
        for (name, u) in ops {
            XCTAssertEqual(op(x + nodeText("u", name, ["x"], [f32]), "u"), .unary(u), name)
        }
        // Round and Sign take integers (Round is the identity on them).
        let i = placeholderText("i", "DT_INT32", [4])
        XCTAssertEqual(op(i + nodeText("r", "Round", ["i"], [("T", "type: DT_INT32")]), "r"), .unary(.round))
        XCTAssertEqual(op(i + nodeText("s", "Sign", ["i"], [("T", "type: DT_INT32")]), "s"), .unary(.sign))
    }

    func testBinaryOpsAndBiasAddV1() {
        let y = placeholderText("y", "DT_FLOAT", [3])
        for (name, b) in [("Pow", BinaryOp.pow), ("FloorDiv", .floorDiv), ("FloorMod", .floorMod)] {
            XCTAssertEqual(op(x + y + nodeText("b", name, ["x", "y"], [f32]), "b"), .binary(b), name)
        }
        XCTAssertEqual(op(x + y + nodeText("b", "BiasAddV1", ["x", "y"], [f32]), "b"), .biasAdd(.nhwc))
    }

    func testReductions() {
        let axes = int32ConstText("axes", [-1, 0])
        for (name, kind) in [("Min", ReduceKind.min), ("Prod", .prod)] {
            XCTAssertEqual(op(x + axes + nodeText("r", name, ["x", "axes"], [f32, ("keep_dims", "b: true"), ("Tidx", "type: DT_INT32")]), "r"),
                           .reduce(kind, axes: [0, 1], keepDims: true), name)
        }
        let flags = placeholderText("f", "DT_BOOL", [2, 3]) + constText("axis", "DT_INT64", [], "int64_val: 1")
        for (name, kind) in [("All", ReduceKind.all), ("Any", .any)] {
            XCTAssertEqual(op(flags + nodeText("r", name, ["f", "axis"], [("Tidx", "type: DT_INT64")]), "r"),
                           .reduce(kind, axes: [1], keepDims: false), name)
        }
        // Prod of an int32 shape vector, as Keras' tensordot computes it.
        let shape = placeholderText("s", "DT_INT32", [4]) + int32ConstText("a", [0])
        XCTAssertEqual(op(shape + nodeText("p", "Prod", ["s", "a"], [("T", "type: DT_INT32")]), "p"), .reduce(.prod, axes: [0], keepDims: false))
        // An empty axes list reduces nothing.
        XCTAssertEqual(op(x + constText("none", "DT_INT32", [0], "") + nodeText("p", "Prod", ["x", "none"], [f32]), "p"),
                       .reduce(.prod, axes: [], keepDims: false))
    }

    func testLogSoftmaxAndBatchMatMuls() {
        XCTAssertEqual(op(x + nodeText("l", "LogSoftmax", ["x"], [f32]), "l"), .logSoftmax)
        let a = placeholderText("a", "DT_FLOAT", [2, 1, 3, 4]), b = placeholderText("b", "DT_FLOAT", [5, 4, 2])
        for (adjX, adjY) in [(false, false), (true, false), (false, true), (true, true)] {
            let attrs = [f32, ("adj_x", "b: \(adjX)"), ("adj_y", "b: \(adjY)"), ("grad_x", "b: true"), ("grad_y", "b: false")]
            let left = adjX ? placeholderText("a", "DT_FLOAT", [2, 1, 4, 3]) : a
            let right = adjY ? placeholderText("b", "DT_FLOAT", [5, 2, 4]) : b
            let g = importText(left + right + nodeText("m", "BatchMatMulV2", ["a", "b"], attrs))
            XCTAssertEqual(node(g, "m")?.op, .batchMatMul(adjX: adjX, adjY: adjY))
            XCTAssertEqual(node(g, "m")?.types, [TensorType(.float32, [2, 5, 3, 2])])
        }
        let same = placeholderText("p", "DT_FLOAT", [3, 2, 4]) + placeholderText("q", "DT_FLOAT", [3, 4, 5])
        XCTAssertEqual(op(same + nodeText("m", "BatchMatMul", ["p", "q"], [f32, ("adj_x", "b: false")]), "m"),
                       .batchMatMul(adjX: false, adjY: false))
        let v3 = [("Ta", "type: DT_FLOAT"), ("Tb", "type: DT_FLOAT"), ("Tout", "type: DT_FLOAT"), ("adj_y", "b: false")]
        XCTAssertEqual(op(same + nodeText("m", "BatchMatMulV3", ["p", "q"], v3), "m"), .batchMatMul(adjX: false, adjY: false))
    }

    func testTruncatingCast() {
        let d = placeholderText("d", "DT_DOUBLE", [2])
        XCTAssertEqual(op(d + nodeText("c", "Cast", ["d"], [("SrcT", "type: DT_DOUBLE"), ("DstT", "type: DT_FLOAT"), ("Truncate", "b: true")]), "c"),
                       .truncatingCast(.float32))
        // Truncate only changes a narrowing float conversion; TensorFlow ignores it elsewhere.
        XCTAssertEqual(op(d + nodeText("c", "Cast", ["d"], [("DstT", "type: DT_INT32"), ("Truncate", "b: true")]), "c"), .cast(.int32))
        XCTAssertEqual(op(x + nodeText("c", "Cast", ["x"], [("DstT", "type: DT_DOUBLE"), ("Truncate", "b: true")]), "c"), .cast(.float64))
    }

    /// Selu: select(x > 0, scale·x, scale·α·elu(x)) with TensorFlow's two constants.
    func testSeluComposite() throws {
        let g = importText(x + nodeText("s", "Selu", ["x"], [f32]))
        XCTAssertEqual(node(g, "s")?.op, .select)
        XCTAssertEqual(input(g, "s", 0)?.op, .compare(.greater))
        XCTAssertEqual(input(g, "s", 1)?.op, .binary(.mul))
        let exponential = try XCTUnwrap(input(g, "s", 2))
        XCTAssertEqual(g.nodes[exponential.inputs[0].node].op, .unary(.elu))
        XCTAssertEqual(g.nodes[exponential.inputs[1].node].op, .constant(Tensor(shape: [], floats: [1.7580993408473768599402175208123])))
        XCTAssertEqual(node(g, "s")?.types, [TensorType(.float32, [2, 3])])
    }

    /// LeakyRelu: select(x > 0, x, α·x), α a 32-bit float (0.2 by default), also for float64.
    func testLeakyReluComposite() throws {
        for (attrs, alpha) in [([f32], Float(0.2)), ([f32, ("alpha", "f: 3.5")], 3.5)] {
            let g = importText(x + nodeText("l", "LeakyRelu", ["x"], attrs))
            XCTAssertEqual(node(g, "l")?.op, .select)
            XCTAssertEqual(input(g, "l", 1)?.name, "x")
            let scaled = try XCTUnwrap(input(g, "l", 2))
            XCTAssertEqual(g.nodes[scaled.inputs[1].node].op, .constant(Tensor(shape: [], floats: [alpha])))
        }
        let d = placeholderText("d", "DT_DOUBLE", [2])
        let g = importText(d + nodeText("l", "LeakyRelu", ["d"], [("T", "type: DT_DOUBLE"), ("alpha", "f: 0.1")]))
        let scaled = try XCTUnwrap(input(g, "l", 2))
        XCTAssertEqual(g.nodes[scaled.inputs[1].node].op, .constant(Tensor(shape: [], doubles: [Double(Float(0.1))])))
    }

    func testSoftsignSquaredDifferenceAndDivNoNanComposites() throws {
        let y = placeholderText("y", "DT_FLOAT", [3])
        var g = importText(x + nodeText("s", "Softsign", ["x"], [f32]))
        XCTAssertEqual(node(g, "s")?.op, .binary(.div))
        XCTAssertEqual(input(g, "s", 1)?.op, .binary(.add))
        g = importText(x + y + nodeText("d", "SquaredDifference", ["x", "y"], [f32]))
        XCTAssertEqual(node(g, "d")?.op, .unary(.square))
        XCTAssertEqual(input(g, "d", 0)?.op, .binary(.sub))
        XCTAssertEqual(node(g, "d")?.types, [TensorType(.float32, [2, 3])])
        let i = placeholderText("i", "DT_INT32", [2]) + placeholderText("j", "DT_INT32", [2])
        XCTAssertEqual(op(i + nodeText("d", "SquaredDifference", ["i", "j"], [("T", "type: DT_INT32")]), "d"), .unary(.square))
        g = importText(x + y + nodeText("n", "DivNoNan", ["x", "y"], [f32]))
        XCTAssertEqual(node(g, "n")?.op, .select)
        XCTAssertEqual(input(g, "n", 0)?.op, .compare(.equal))
        // The quotient's divisor is itself a select, so a zero divisor never forms 0/0.
        let quotient = try XCTUnwrap(input(g, "n", 2))
        XCTAssertEqual(quotient.op, .binary(.div))
        XCTAssertEqual(g.nodes[quotient.inputs[1].node].op, .select)
        XCTAssertEqual(node(g, "n")?.types, [TensorType(.float32, [2, 3])])
    }

    func testAddNChainsAdds() throws {
        let terms = placeholderText("a", "DT_FLOAT", [2, 3]) + placeholderText("b", "DT_FLOAT", [2, 3]) + placeholderText("c", "DT_FLOAT", [-1, 3])
        let g = importText(terms + nodeText("s", "AddN", ["a", "b", "c"], [f32, ("N", "i: 3")]))
        XCTAssertEqual(node(g, "s")?.op, .binary(.add))
        XCTAssertEqual(input(g, "s", 0)?.op, .binary(.add))
        XCTAssertEqual(input(g, "s", 1)?.name, "c")
        XCTAssertEqual(node(g, "s")?.types, [TensorType(.float32, [2, 3])])
        let one = importText(terms + nodeText("s", "AddN", ["a"], [f32, ("N", "i: 1")]))
        XCTAssertEqual(node(one, "s")?.op, .identity)
    }

    func testErrors() {
        let i = placeholderText("i", "DT_INT32", [2])
        let y = placeholderText("y", "DT_FLOAT", [3])
        assertImportError(x + nodeText("l", "LeakyRelu", ["x"], [f32, ("alpha", "i: 1")]), node: "l", "attribute 'alpha' must be a float, got int")
        assertImportError(i + nodeText("l", "LeakyRelu", ["i"], [("T", "type: DT_INT32")]), node: "l", "LeakyRelu needs a floating-point input, got int32")
        assertImportError(i + nodeText("s", "Selu", ["i"], []), node: "s", "Selu needs a floating-point input")
        assertImportError(i + nodeText("s", "Softsign", ["i"], []), node: "s", "Softsign needs a floating-point input")
        assertImportError(i + i.replacingOccurrences(of: "\"i\"", with: "\"j\"") + nodeText("d", "DivNoNan", ["i", "j"], []),
                          node: "d", "DivNoNan needs a floating-point input")
        assertImportError(i + nodeText("e", "Elu", ["i"], []), node: "e", "Elu needs a floating-point input, got int32")
        assertImportError(i + nodeText("e", "Reciprocal", ["i"], []), node: "e", "Reciprocal needs a floating-point input, got int32")
        assertImportError(i + nodeText("e", "Floor", ["i"], []), node: "e", "Floor needs a floating-point input, got int32")
        // AddN: N must match the inputs, which must agree in shape (no broadcasting) and dtype.
        assertImportError(x + nodeText("s", "AddN", ["x", "x"], [f32, ("N", "i: 3")]), node: "s", "attribute 'N' is 3 but the node has 2 data input(s)")
        assertImportError(x + nodeText("s", "AddN", ["x", "x"], [f32]), node: "s", "missing required attribute 'N'")
        assertImportError(x + nodeText("s", "AddN", ["x", "x"], [f32, ("N", "f: 2")]), node: "s", "attribute 'N' must be an int, got float")
        assertImportError(x + y + nodeText("s", "AddN", ["x", "y"], [f32, ("N", "i: 2")]), node: "s", "AddN does not broadcast")
        assertImportError(x + i + nodeText("s", "AddN", ["x", "i"], [("N", "i: 2")]), node: "s", "input 1 is int32, input 0 is float32")
        assertImportError(nodeText("s", "AddN", [], [f32, ("N", "i: 0")]), node: "s", "expected at least 1")
        // BatchMatMul: incompatible batch axes, V1's lack of broadcasting, inner sizes, ranks, V3's types.
        let a = placeholderText("a", "DT_FLOAT", [2, 3, 4]), b = placeholderText("b", "DT_FLOAT", [3, 4, 5])
        assertImportError(a + b + nodeText("m", "BatchMatMulV2", ["a", "b"], [f32]), node: "m", "batch dimensions [2] and [3] cannot be broadcast")
        let b1 = placeholderText("b", "DT_FLOAT", [1, 4, 5])
        assertImportError(a + b1 + nodeText("m", "BatchMatMul", ["a", "b"], [f32]), node: "m", "BatchMatMul does not broadcast")
        assertImportError(a + nodeText("m", "BatchMatMulV2", ["a", "a"], [f32]), node: "m", "inner dimensions differ")
        assertImportError(a + y + nodeText("m", "BatchMatMulV2", ["a", "y"], [f32]), node: "m", "inputs must have rank >= 2")
        assertImportError(a + b1 + nodeText("m", "BatchMatMulV2", ["a", "b"], [f32, ("adj_x", "s: \"yes\"")]), node: "m", "attribute 'adj_x' must be a bool")
        assertImportError(a + b1 + nodeText("m", "BatchMatMulV3", ["a", "b"], [("Ta", "type: DT_FLOAT"), ("Tb", "type: DT_FLOAT")]),
                          node: "m", "missing required attribute 'Tout'")
        assertImportError(a + b1 + nodeText("m", "BatchMatMulV3", ["a", "b"], [("Ta", "type: DT_FLOAT"), ("Tout", "type: DT_DOUBLE")]),
                          node: "m", "mixed types")
        assertImportError(a + b1 + nodeText("m", "BatchMatMulV3", ["a", "b"], [("Ta", "type: DT_INT32"), ("Tout", "type: DT_FLOAT")]),
                          node: "m", "attribute 'Ta' is DT_INT32 but input 0 is DT_FLOAT")
        // Reductions: bools only for All/Any, never for the others; axes must be constant and in range.
        let flags = placeholderText("f", "DT_BOOL", [2, 3]) + int32ConstText("axis", [1])
        assertImportError(flags + nodeText("r", "Prod", ["f", "axis"], [("T", "type: DT_BOOL")]), node: "r", "Prod does not take bool")
        assertImportError(x + int32ConstText("axis", [1]) + nodeText("r", "All", ["x", "axis"], []), node: "r", "All needs a bool input, got float32")
        assertImportError(x + int32ConstText("axis", [2]) + nodeText("r", "Min", ["x", "axis"], [f32]), node: "r", "out of range")
        assertImportError(x + y + nodeText("r", "Min", ["x", "y"], [f32]), node: "r", "must be a constant")
        assertImportError(x + nodeText("l", "LogSoftmax", ["x"], [f32, ("axis", "i: 1")]), node: "l", "unknown attribute 'axis'")
        assertImportError(i + nodeText("l", "LogSoftmax", ["i"], []), node: "l", "LogSoftmax needs a floating-point input")
        assertImportError(i + i.replacingOccurrences(of: "\"i\"", with: "\"j\"") + nodeText("p", "Pow", ["i", "j"], [f32]),
                          node: "p", "attribute 'T' is DT_FLOAT but input 0 is DT_INT32")
    }
}
