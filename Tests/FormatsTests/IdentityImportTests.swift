import GraphIR
import XCTest
@testable import Formats

/// Ops that pass values on: identity-like ops become `identity`, IdentityN forwards its inputs.
final class IdentityImportTests: XCTestCase {
    private let x = placeholderText("x", "DT_FLOAT", [-1, 3])
    private let f32 = ("T", "type: DT_FLOAT")

    func testIdentityLikeOpsBecomeIdentity() {
        let text = x + nodeText("sg", "StopGradient", ["x"], [f32])
            + nodeText("pg", "PreventGradient", ["sg"], [f32, ("message", "s: \"no second derivative\"")])
            + nodeText("pg0", "PreventGradient", ["pg"], [f32])
            + nodeText("snap", "Snapshot", ["pg0"], [f32])
            + nodeText("es", "EnsureShape", ["snap"], [f32, ("shape", shapeText([-1, 3]))])
            + nodeText("es2", "EnsureShape", ["es"], [f32, ("shape", shapeText([5, -1]))])
            + nodeText("es3", "EnsureShape", ["es2"], [f32, ("shape", shapeText(nil))])
        let g = importText(text)
        for (name, input) in [("sg", "x"), ("pg", "sg"), ("pg0", "pg"), ("snap", "pg0"), ("es", "snap"), ("es2", "es"), ("es3", "es2")] {
            guard let n = node(g, name) else { continue }
            XCTAssertEqual(n.op, .identity, name)
            XCTAssertEqual(g.name(of: n.inputs[0]), input, name)
            XCTAssertEqual(n.types, [TensorType(.float32, [-1, 3])], name)
        }
    }

    func testEnsureShapeChecksWhatIsKnown() {
        assertImportError(x + nodeText("es", "EnsureShape", ["x"], [f32, ("shape", shapeText([-1, 4]))]), node: "es",
                          "the input's shape [?,3] is not the shape [?,4] it must have")
        assertImportError(x + nodeText("es", "EnsureShape", ["x"], [f32, ("shape", shapeText([3]))]), node: "es", "is not the shape [3]")
        assertImportError(x + nodeText("es", "EnsureShape", ["x"], [f32]), node: "es", "missing required attribute 'shape'")
        assertImportError(x + nodeText("es", "EnsureShape", ["x"], [f32, ("shape", "i: 3")]), node: "es", "attribute 'shape' must be a shape, got int")
        assertImportError(x + nodeText("es", "EnsureShape", ["x"], [f32, ("shape", shapeText([-2, 3]))]), node: "es", "shape dimension -2 is invalid")
        assertImportError(x + nodeText("pg", "PreventGradient", ["x"], [f32, ("message", "i: 1")]), node: "pg", "attribute 'message' must be a string")
        assertImportError(x + nodeText("sg", "StopGradient", ["x"], [f32, ("message", "s: \"\"")]), node: "sg", "unknown attribute 'message'")
        assertImportError(x + nodeText("sg", "StopGradient", ["x"], [("T", "type: DT_INT32")]), node: "sg", "attribute 'T' is DT_INT32 but input 0 is DT_FLOAT")
        // An unknown rank accepts any shape.
        let u = placeholderText("u", "DT_FLOAT", nil)
        XCTAssertEqual(node(importText(u + nodeText("es", "EnsureShape", ["u"], [f32, ("shape", shapeText([2]))])), "es")?.op, .identity)
    }

    /// IdentityN has no node of its own: output k is input k, so consumers, constant folding of
    /// attribute inputs and every later pass see the inputs themselves.
    func testIdentityNForwardsEachOutputToItsInput() {
        let shape = int32ConstText("shape", [3, -1])
        let text = x + shape
            + nodeText("idn", "IdentityN", ["x", "shape", "^x"], [("T", "list { type: DT_FLOAT type: DT_INT32 }")])
            + nodeText("r", "Reshape", ["idn", "idn:1"], [f32, ("Tshape", "type: DT_INT32")])
            + nodeText("n", "Neg", ["idn:0"], [f32])
        let g = importText(text)
        XCTAssertNil(g.index(of: "idn"))
        XCTAssertEqual(node(g, "r")?.op, .reshape([3, -1]))
        XCTAssertEqual(node(g, "r").map { g.name(of: $0.inputs[0]) }, "x")
        XCTAssertEqual(node(g, "n").map { g.name(of: $0.inputs[0]) }, "x")
        // The Const only fed the reshape's shape (through the IdentityN): dropped like any attribute source.
        XCTAssertNil(g.index(of: "shape"))
    }

    func testIdentityNErrors() {
        let i = placeholderText("i", "DT_INT32", [2])
        assertImportError(x + i + nodeText("idn", "IdentityN", ["x", "i"], [("T", "list { type: DT_FLOAT type: DT_FLOAT }")]), node: "idn",
                          "input 1 is DT_INT32 but T[1] is DT_FLOAT")
        assertImportError(x + nodeText("idn", "IdentityN", ["x"], [("T", "list { type: DT_FLOAT type: DT_FLOAT }")]), node: "idn",
                          "has 1 data input(s) but 'T' lists 2 type(s)")
        assertImportError(x + nodeText("idn", "IdentityN", ["x"]), node: "idn", "missing required attribute 'T'")
        assertImportError(x + nodeText("idn", "IdentityN", ["x"], [("T", "type: DT_FLOAT")]), node: "idn", "attribute 'T' must be a list of types, got type")
        assertImportError(x + nodeText("idn", "IdentityN", ["x"], [("T", "list { type: DT_FLOAT }"), ("N", "i: 1")]), node: "idn", "unknown attribute 'N'")
        assertImportError(x + nodeText("idn", "IdentityN", ["x"], [("T", "list { type: DT_HALF }")]), node: "idn", "T[0] is DT_HALF, which is not supported")
        assertImportError(x + nodeText("idn", "IdentityN", ["x"], [("T", "list { type: DT_FLOAT }")]) + nodeText("n", "Neg", ["idn:1"], [f32]),
                          node: "n", "input 0 asks for output 1 of 'idn', which has 1 output(s)")
    }

    func testNoOpAndControlInputsAreIgnoredAlsoInFunctions() {
        let f = """
        library {
          function {
            signature { name: "f" input_arg { name: "a" type: DT_FLOAT } output_arg { name: "y" type: DT_FLOAT } }
            node_def { name: "n" op: "Neg" input: "a" input: "^dep" attr { key: "T" value { type: DT_FLOAT } } }
            node_def { name: "dep" op: "NoOp" input: "^a" }
            ret { key: "y" value: "n:y:0" }
          }
        }

        """
        let call = nodeText("c", "f", ["x", "^x"]) + nodeText("done", "NoOp", ["^c"]) + nodeText("out", "Identity", ["c", "^done"], [f32])
        let g = importText(f + x + call)
        XCTAssertEqual(g.nodes.map(\.name), ["x", "c/n", "out"])
        assertImportError(f + x + call + nodeText("bad", "Neg", ["done"], [f32]), node: "bad", "input 0 'done' is a NoOp, which has no outputs")
    }
}
