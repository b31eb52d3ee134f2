import GraphIR
import XCTest
@testable import Formats

/// Each semantic error is a GraphError naming the node and its TensorFlow op.
final class ImporterErrorTests: XCTestCase {
    private let x = placeholderText("x", "DT_FLOAT", [1, 4, 4, 2])
    private let f32 = ("T", "type: DT_FLOAT")

    /// Every unsupported op is listed at once, in one line, before anything is built.
    func testUnsupportedOpsAreAllListedInOneLine() throws {
        let text = x + nodeText("a/foo", "Foo", ["x"]) + nodeText("bar", "Bar", ["a/foo"]) + nodeText("b/foo", "Foo", ["x"])
            + (1...5).map { nodeText("baz\($0)", "Baz", ["x"]) }.joined()
            // A node that would fail is not reached: the list comes first.
            + nodeText("r", "Relu", ["x"], [("alpha", "f: 1")])
        XCTAssertThrowsError(try GraphDefFile.parse(text: text)) { error in
            guard let e = error as? UnsupportedOpsError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.description, "3 unsupported ops (8 nodes): Foo (a/foo, b/foo), Bar (bar), Baz (baz1, baz2, baz3, +2 more)")
            XCTAssertEqual(e.uses.map(\.op), ["Foo", "Bar", "Baz"])
            XCTAssertEqual(e.nodeCount, 8)
        }
        XCTAssertThrowsError(try GraphDefFile.parse(text: x + nodeText("y", "FancyNewOp", ["x"]))) { error in
            XCTAssertEqual("\(error)", "1 unsupported op (1 node): FancyNewOp (y)")
        }
        XCTAssertThrowsError(try GraphDefFile.load(path: fixturesDirectory.appendingPathComponent("bad/unknown_op.pbtxt").path)) { error in
            XCTAssertEqual("\(error)", "1 unsupported op (1 node): FancyNewOp (y)")
        }
    }

    func testUnknownAttribute() {
        assertImportError(x + nodeText("y", "Relu", ["x"], [f32, ("alpha", "f: 0.2")]), node: "y", "unknown attribute 'alpha'")
        assertImportError(x + nodeText("y", "MaxPool", ["x"], [("ksize", listText([1, 2, 2, 1])), ("strides", listText([1, 1, 1, 1])),
                                                              ("padding", "s: \"VALID\""), ("dilations", listText([1, 1, 1, 1]))]),
                          node: "y", "unknown attribute 'dilations'")
    }

    func testMissingRequiredAttributes() {
        let w = placeholderText("w", "DT_FLOAT", [1, 1, 2, 2])
        assertImportError(nodeText("p", "Placeholder", [], [("shape", shapeText([1]))]), node: "p", "missing required attribute 'dtype'")
        assertImportError(nodeText("c", "Const", [], [("dtype", "type: DT_FLOAT")]), node: "c", "missing required attribute 'value'")
        assertImportError(x + w + nodeText("conv", "Conv2D", ["x", "w"], [("padding", "s: \"SAME\"")]),
                          node: "conv", "missing required attribute 'strides'")
        assertImportError(x + w + nodeText("conv", "Conv2D", ["x", "w"], [("strides", listText([1, 1, 1, 1]))]),
                          node: "conv", "missing required attribute 'padding'")
        let window = ("ksize", listText([1, 2, 2, 1])), strides = ("strides", listText([1, 1, 1, 1])), pad = ("padding", "s: \"VALID\"")
        for op in ["MaxPool", "AvgPool"] {
            assertImportError(x + nodeText("p", op, ["x"], [strides, pad]), node: "p", "missing required attribute 'ksize'")
            assertImportError(x + nodeText("p", op, ["x"], [window, pad]), node: "p", "missing required attribute 'strides'")
            assertImportError(x + nodeText("p", op, ["x"], [window, strides]), node: "p", "missing required attribute 'padding'")
        }
    }

    func testAttributeOfTheWrongKind() {
        assertImportError(x + placeholderText("b", "DT_FLOAT", [2, 2])
                          + nodeText("m", "MatMul", ["b", "b"], [("transpose_a", "i: 1")]),
                          node: "m", "attribute 'transpose_a' must be a bool, got int")
        assertImportError(nodeText("p", "Placeholder", [], [("dtype", "s: \"float\"")]), node: "p", "must be a type, got string")
        assertImportError(x + nodeText("p", "MaxPool", ["x"], [("ksize", "list { f: 2 }"), ("strides", listText([1, 1, 1, 1])),
                                                              ("padding", "s: \"VALID\"")]),
                          node: "p", "'ksize' must be a list of ints")
        assertImportError(nodeText("c", "Const", [], [("value", "shape { }")]), node: "c", "must be a tensor, got shape")
        assertImportError(nodeText("c", "Const", [], [("value", "")]), node: "c", "attribute 'value' has no value")
    }

    func testMissingInputNode() {
        assertImportError(x + nodeText("y", "Add", ["x", "nonexistent"], [f32]), node: "y",
                          "input 1 'nonexistent' names a node that does not exist")
        assertImportError(x + nodeText("y", "Relu", ["x:1"], [f32]), node: "y", "asks for output 1 of 'x', which has 1 output(s)")
        assertImportError(x + nodeText("n", "NoOp") + nodeText("y", "Relu", ["n"], [f32]), node: "y", "is a NoOp")
    }

    func testCyclesNameANodeOnTheCycle() {
        assertImportError(x + nodeText("a", "Add", ["x", "b"], [f32]) + nodeText("b", "Relu", ["a"], [f32]),
                          node: "a", "is on a cycle: 'a' -> 'b' -> 'a'")
        assertImportError(nodeText("self", "Relu", ["self"]), node: "self", "'self' -> 'self'")
        // A cycle reached from a node that is not on it still names a node that is.
        do {
            _ = try GraphDefFile.parse(text: nodeText("entry", "Relu", ["p"]) + nodeText("p", "Neg", ["q"])
                                       + nodeText("q", "Neg", ["r"]) + nodeText("r", "Neg", ["p"]))
            XCTFail("expected a cycle error")
        } catch let e as GraphError {
            XCTAssertTrue(["p", "q", "r"].contains(e.node), "\(e)")
            XCTAssertTrue(e.message.contains("'p' -> 'r' -> 'q' -> 'p'"), "\(e)")
        } catch {
            XCTFail("\(error)")
        }
    }

    func testDuplicateNamesAndInputCounts() {
        assertImportError(x + placeholderText("x", "DT_FLOAT", [1]), node: "x", "already exists")
        assertImportError(x + nodeText("y", "Add", ["x"], [f32]), node: "y", "has 1 data input(s), expected 2")
        assertImportError(x + nodeText("y", "Relu", ["x", "x", "^x"], [f32]), node: "y", "has 2 data input(s), expected 1")
    }

    func testDtypeMismatches() {
        let i = placeholderText("i", "DT_INT32", [4])
        assertImportError(x + nodeText("y", "Relu", ["x"], [("T", "type: DT_INT32")]), node: "y",
                          "attribute 'T' is DT_INT32 but input 0 is DT_FLOAT")
        assertImportError(placeholderText("f", "DT_FLOAT", [4]) + i + nodeText("add", "Add", ["f", "i"], [f32]),
                          node: "add", "input dtypes differ: float32 and int32")
        assertImportError(constText("c", "DT_INT32", [1], "int_val: 1").replacingOccurrences(of: "type: DT_INT32", with: "type: DT_FLOAT")
                              .replacingOccurrences(of: "tensor { dtype: DT_FLOAT", with: "tensor { dtype: DT_INT32"),
                          node: "c", "attribute 'dtype' is DT_FLOAT but the value is DT_INT32")
        assertImportError(x + int32ConstText("s", [16, 2]) + nodeText("r", "Reshape", ["x", "s"], [f32, ("Tshape", "type: DT_INT64")]),
                          node: "r", "attribute 'Tshape' is DT_INT64 but the shape is DT_INT32")
    }

    func testUnsupportedDataTypesNameTheNode() {
        assertImportError(placeholderText("h", "DT_HALF", [2]), node: "h", "data type DT_HALF is not supported")
        assertImportError(constText("s", "DT_STRING", [1], "string_val: \"a\""), node: "s", "DT_STRING is not supported")
        assertImportError(x + nodeText("y", "Relu", ["x"], [("T", "type: DT_UINT8")]), node: "y", "DT_UINT8 is not supported")
    }

    func testAbsurdSizesAreRefusedBeforeAllocation() {
        assertImportError(constText("c", "DT_FLOAT", [1_000_000_000], "float_val: 1"), node: "c", "would fill 4000000000 bytes")
        assertImportError(constText("z", "DT_DOUBLE", [1 << 16, 1 << 16], ""), node: "z", "the limit is")
        assertImportError(constText("o", "DT_FLOAT", [1 << 40, 1 << 40], ""), node: "o", "more than 2^36 elements")
        assertImportError(placeholderText("p", "DT_FLOAT", [1_000_000_000_000, 4]), node: "p", "more than 2^36 elements")
        assertImportError(placeholderText("p", "DT_FLOAT", [1 << 40, 1 << 40]), node: "p", "more than 2^36 elements")
        assertImportError(placeholderText("p", "DT_FLOAT", [-1, -5]), node: "p", "dimension -5 is invalid")
    }

    func testConstantValueErrors() {
        assertImportError(constText("c", "DT_FLOAT", [3], #"tensor_content: "\000\000\200?""#), node: "c",
                          "tensor_content has 4 bytes but float32[3] needs 12")
        assertImportError(constText("c", "DT_INT32", [2], "int_val: 1 int_val: 2 int_val: 3"), node: "c", "lists 3 values but int32[2] has 2")
        assertImportError(constText("c", "DT_INT32", [-1], ""), node: "c", "unknown or negative dimension")
        assertImportError(nodeText("c", "Const", [], [("value", "tensor { dtype: DT_FLOAT tensor_shape { unknown_rank: true } }")]),
                          node: "c", "unknown rank")
        assertImportError(nodeText("c", "Const", [], [("value", "tensor { float_val: 1 }")]), node: "c", "tensor has no dtype")
    }

    func testConvolutionAttributeErrors() {
        let w = placeholderText("w", "DT_FLOAT", [1, 1, 2, 2])
        func conv(_ attrs: [(String, String)]) -> String { x + w + nodeText("conv", "Conv2D", ["x", "w"], attrs) }
        let s1 = ("strides", listText([1, 1, 1, 1])), same = ("padding", "s: \"SAME\"")
        assertImportError(conv([("strides", listText([2, 1, 1, 1])), same]), node: "conv", "must be 1 on the batch and channel")
        assertImportError(conv([("strides", listText([1, 1, 1])), same]), node: "conv", "must have 4 entries, got 3")
        assertImportError(conv([("strides", listText([1, 0, 1, 1])), same]), node: "conv", "must be positive")
        assertImportError(conv([s1, same, ("dilations", listText([1, 1, 1, 2]))]), node: "conv", "'dilations' must be 1 on the batch")
        assertImportError(conv([s1, same, ("dilations", listText([1, 1 << 62, 1, 1]))]), node: "conv", "does not fit in int32")
        assertImportError(conv([("strides", listText([1, 1, 1 << 31, 1])), same]), node: "conv", "does not fit in int32")
        assertImportError(conv([s1, ("padding", "s: \"EXPLICIT\""), ("explicit_paddings", listText([0, 0, 1 << 62, 1 << 62, 0, 0, 0, 0]))]),
                          node: "conv", "between 0 and 2^40")
        assertImportError(x + placeholderText("big", "DT_FLOAT", [1 << 30, 1, 2, 2])
                          + nodeText("conv", "Conv2D", ["x", "big"], [s1, same, ("dilations", listText([1, Int(Int32.max), 1, 1]))]),
                          node: "conv", "window 1073741824 with dilation 2147483647 is too large")
        assertImportError(conv([s1, ("padding", "s: \"FULL\"")]), node: "conv", "padding 'FULL' is not supported")
        assertImportError(conv([s1, ("padding", "s: \"EXPLICIT\""), ("explicit_paddings", listText([1, 1, 1, 1]))]),
                          node: "conv", "must have 8 entries")
        assertImportError(conv([s1, ("padding", "s: \"EXPLICIT\""), ("explicit_paddings", listText([1, 0, 0, 0, 0, 0, 0, 0]))]),
                          node: "conv", "0 on the batch and channel")
        assertImportError(conv([s1, ("padding", "s: \"EXPLICIT\""), ("explicit_paddings", listText([0, 0, -1, 0, 0, 0, 0, 0]))]),
                          node: "conv", "between 0 and 2^40")
        assertImportError(conv([s1, same, ("explicit_paddings", listText([0, 0, 1, 1, 1, 1, 0, 0]))]),
                          node: "conv", "must be empty unless padding is EXPLICIT")
        assertImportError(conv([s1, same, ("data_format", "s: \"NCHW_VECT_C\"")]), node: "conv", "data_format 'NCHW_VECT_C'")
        assertImportError(x + placeholderText("w3", "DT_FLOAT", [1, 1, 3, 2]) + nodeText("conv", "Conv2D", ["x", "w3"], [s1, same]),
                          node: "conv", "input has 2 channels but the filter expects 3")
        // TensorFlow gives EXPLICIT padding to MaxPool only.
        assertImportError(x + nodeText("p", "AvgPool", ["x"], [("ksize", listText([1, 2, 2, 1])), s1, ("padding", "s: \"EXPLICIT\"")]),
                          node: "p", "padding 'EXPLICIT' is not supported (use VALID or SAME)")
    }

    func testReshapeAndReductionErrors() {
        // A computed shape imports (the shapes pass resolves it, or names it at compile time)...
        XCTAssertEqual(importText(x + placeholderText("s", "DT_INT32", [2]) + nodeText("r", "Reshape", ["x", "s"], [f32])).nodes.last?.op,
                       .dynamicReshape)
        // ...but it must still be an integer vector.
        assertImportError(x + placeholderText("s", "DT_FLOAT", [2]) + nodeText("r", "Reshape", ["x", "s"], [f32]),
                          node: "r", "the shape must be int32 or int64, got float32")
        assertImportError(x + placeholderText("s", "DT_INT32", [2, 1]) + nodeText("r", "Reshape", ["x", "s"], [f32]),
                          node: "r", "the shape must be a vector")
        assertImportError(x + constText("s", "DT_FLOAT", [2], "float_val: 1") + nodeText("r", "Reshape", ["x", "s"], [f32]),
                          node: "r", "the shape must be int32 or int64, got float32")
        assertImportError(x + constText("s", "DT_INT32", [], "int_val: 32") + nodeText("r", "Reshape", ["x", "s"], [f32]),
                          node: "r", "the shape must be a vector")
        assertImportError(x + int32ConstText("s", [5, 7]) + nodeText("r", "Reshape", ["x", "s"], [f32]), node: "r", "cannot reshape")
        assertImportError(x + int32ConstText("a", [4]) + nodeText("m", "Mean", ["x", "a"], [f32]),
                          node: "m", "reduction axis 4 is out of range for an input of rank 4")
        assertImportError(x + int32ConstText("a", [-5]) + nodeText("m", "Sum", ["x", "a"], [f32]), node: "m", "axis -5 is out of range")
        assertImportError(placeholderText("u", "DT_FLOAT", nil) + int32ConstText("a", [-1]) + nodeText("m", "Max", ["u", "a"], [f32]),
                          node: "m", "needs an input of known rank")
        assertImportError(x + constText("a", "DT_INT32", [1, 1], "int_val: 0") + nodeText("m", "Max", ["x", "a"], [f32]),
                          node: "m", "reduction_indices must be a scalar or a vector")
    }

    func testBadGraphFixturesAreRejected() {
        let bad = fixturesDirectory.appendingPathComponent("bad")
        let cases: [(String, String, String)] = [
            ("unknown_attribute.pbtxt", "y", "unknown attribute 'alpha'"),
            ("missing_attribute.pbtxt", "conv", "missing required attribute 'strides'"),
            ("missing_attribute_placeholder_dtype.pbtxt", "x", "missing required attribute 'dtype'"),
            ("missing_input_node.pbtxt", "y", "'nonexistent'"),
            ("cycle.pbtxt", "a", "cycle"),
            ("matmul_shape_mismatch.pbtxt", "matmul", "inner dimensions differ"),
            ("add_dtype_mismatch.pbtxt", "add", "differ"),
            ("placeholder_huge_dim.pbtxt", "x", "more than 2^36 elements"),
            ("placeholder_dim_product_overflow.pbtxt", "x", "more than 2^36 elements"),
            ("control_flow.pbtxt", "switch", "control flow is not supported"),
            ("recursive_function.pbtxt", "call/again", "function 'f' calls itself ('f' -> 'f')"),
            ("call_missing_function.pbtxt", "call", "calls function 'nowhere'"),
        ]
        for (file, nodeName, message) in cases {
            do {
                _ = try GraphDefFile.load(path: bad.appendingPathComponent(file).path)
                XCTFail("\(file) was accepted")
            } catch let e as GraphError {
                XCTAssertTrue(e.node == nodeName || (file == "cycle.pbtxt" && e.node == "b"), "\(file): \(e)")
                XCTAssertTrue(e.message.contains(message), "\(file): \(e)")
            } catch {
                XCTFail("\(file): \(error)")
            }
        }
    }
}
