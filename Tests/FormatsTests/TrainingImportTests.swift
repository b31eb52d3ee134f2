import GraphIR
import XCTest
@testable import Formats

/// The training ops: each imports to its GraphIR op with TensorFlow's attributes.
final class TrainingImportTests: XCTestCase {
    private let f32 = ("T", "type: DT_FLOAT")
    private let logits = placeholderText("logits", "DT_FLOAT", [4, 10])
    private let conv = [("strides", listText([1, 2, 2, 1])), ("padding", "s: \"SAME\""), ("T", "type: DT_FLOAT")]

    private func op(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) -> Op? {
        node(importText(text, file: file, line: line), name, file: file, line: line)?.op
    }

    func testLosses() {
        let labels = placeholderText("labels", "DT_INT32", [4]) + placeholderText("probs", "DT_FLOAT", [4, 10])
        let g = importText(logits + labels
            + nodeText("sparse", "SparseSoftmaxCrossEntropyWithLogits", ["logits", "labels"], [f32, ("Tlabels", "type: DT_INT32")])
            + nodeText("dense", "SoftmaxCrossEntropyWithLogits", ["logits", "probs"], [f32])
            + nodeText("backprop", "Identity", ["sparse:1"], [f32]))
        XCTAssertEqual(node(g, "sparse")?.op, .sparseSoftmaxCrossEntropy)
        XCTAssertEqual(node(g, "sparse")?.types, [TensorType(.float32, [4]), TensorType(.float32, [4, 10])])
        XCTAssertEqual(node(g, "dense")?.op, .softmaxCrossEntropy)
        XCTAssertEqual(node(g, "backprop")?.inputs, [Value(node: g.index(of: "sparse") ?? -1, output: 1)])
    }

    func testArgMaxComparisonsSelectCast() {
        let y = placeholderText("y", "DT_FLOAT", [10])
        let dim = constText("d", "DT_INT64", [], "int64_val: -1")
        XCTAssertEqual(op(logits + dim + nodeText("a", "ArgMax", ["logits", "d"], [f32, ("Tidx", "type: DT_INT64"),
                                                                                  ("output_type", "type: DT_INT32")]), "a"),
                       .argMax(axis: 1, outputType: .int32))
        XCTAssertEqual(op(logits + constText("d", "DT_INT32", [], "int_val: 0") + nodeText("a", "ArgMax", ["logits", "d"]), "a"),
                       .argMax(axis: 0, outputType: .int64))
        let comparisons: [(String, CompareOp)] = [("Equal", .equal), ("NotEqual", .notEqual), ("Less", .less),
                                                  ("LessEqual", .lessEqual), ("Greater", .greater), ("GreaterEqual", .greaterEqual)]
        for (name, c) in comparisons {
            let attrs = c == .equal || c == .notEqual ? [f32, ("incompatible_shape_error", "b: false")] : [f32]
            XCTAssertEqual(op(logits + y + nodeText("k", name, ["logits", "y"], attrs), "k"), .compare(c), name)
        }
        for name in ["Select", "SelectV2"] {
            let text = logits + placeholderText("c", "DT_BOOL", name == "Select" ? [] : [4, 1])
                + nodeText("s", name, ["c", "logits", "logits"], [f32])
            XCTAssertEqual(op(text, "s"), .select, name)
        }
        XCTAssertEqual(op(logits + nodeText("c", "Cast", ["logits"], [("SrcT", "type: DT_FLOAT"), ("DstT", "type: DT_INT32"),
                                                                           ("Truncate", "b: false")]), "c"), .cast(.int32))
    }

    func testLayoutOps() {
        let bias = placeholderText("b", "DT_FLOAT", [10])
        XCTAssertEqual(op(bias + int32ConstText("s", [4, 10]) + nodeText("t", "BroadcastTo", ["b", "s"], [f32, ("Tidx", "type: DT_INT32")]), "t"),
                       .broadcastTo([4, 10]))
        let g = importText(logits + int32ConstText("p", [1, 0]) + nodeText("t", "Transpose", ["logits", "p"], [f32, ("Tperm", "type: DT_INT32")]))
        XCTAssertEqual(node(g, "t")?.op, .transpose([1, 0]))
        XCTAssertNil(g.index(of: "p"), "a perm Const with no other use is dropped")
    }

    /// ReverseV2's axis Const becomes the op's attribute: negative axes counted from the end, sorted.
    func testReverseV2() {
        let g = importText(logits + int32ConstText("a", [-1, 0])
                           + nodeText("r", "ReverseV2", ["logits", "a"], [f32, ("Tidx", "type: DT_INT32")]))
        XCTAssertEqual(node(g, "r")?.op, .reverse(axes: [0, 1]))
        XCTAssertEqual(node(g, "r")?.types, [TensorType(.float32, [4, 10])])
        XCTAssertNil(g.index(of: "a"), "an axis Const with no other use is dropped")
        let axis64 = constText("a", "DT_INT64", [1], "int64_val: 1")
        XCTAssertEqual(op(logits + axis64 + nodeText("r", "ReverseV2", ["logits", "a"], [f32, ("Tidx", "type: DT_INT64")]), "r"),
                       .reverse(axes: [1]))
        XCTAssertEqual(op(logits + int32ConstText("a", []) + nodeText("r", "ReverseV2", ["logits", "a"], [f32]), "r"),
                       .reverse(axes: []))
        let unknownRank = placeholderText("u", "DT_INT32", nil)
        XCTAssertEqual(op(unknownRank + int32ConstText("a", [2]) + nodeText("r", "ReverseV2", ["u", "a"], [("T", "type: DT_INT32")]), "r"),
                       .reverse(axes: [2]))
    }

    func testReverseV2Errors() {
        func reverse(_ axis: String, attrs: [(String, String)] = [("T", "type: DT_FLOAT")], input: String = "logits") -> String {
            axis + nodeText("r", "ReverseV2", [input, "a"], attrs)
        }
        assertImportError(logits + reverse(placeholderText("a", "DT_INT32", [1])), node: "r", "axis (input 1, 'a') must be a constant")
        assertImportError(logits + reverse(constText("a", "DT_INT32", [], "int_val: 0")), node: "r", "axis must be a vector, got shape []")
        assertImportError(logits + reverse(int32ConstText("a", [2])), node: "r", "axis 2 is out of range for an input of rank 2")
        assertImportError(logits + reverse(int32ConstText("a", [-3])), node: "r", "axis -3 is out of range for an input of rank 2")
        assertImportError(logits + reverse(int32ConstText("a", [1, -1])), node: "r", "axis 1 is given more than once in [1, -1]")
        assertImportError(logits + reverse(constText("a", "DT_FLOAT", [1], "float_val: 0")), node: "r", "axis must be int32 or int64")
        assertImportError(logits + reverse(int32ConstText("a", [0]), attrs: [f32, ("Tidx", "type: DT_INT64")]),
                          node: "r", "attribute 'Tidx' is DT_INT64 but axis is DT_INT32")
        assertImportError(logits + reverse(int32ConstText("a", [0]), attrs: [f32, ("axis", "i: 0")]), node: "r", "unknown attribute 'axis'")
        assertImportError(placeholderText("u", "DT_FLOAT", nil) + reverse(int32ConstText("a", [-1]), input: "u"),
                          node: "r", "negative axis -1 needs an input of known rank")
    }

    func testConvolutionAndPoolGradients() {
        let attrs = Conv2DAttributes(strideH: 2, strideW: 2, padding: .same)
        let text = placeholderText("x", "DT_FLOAT", [2, 6, 6, 2]) + placeholderText("w", "DT_FLOAT", [3, 3, 2, 4])
            + placeholderText("dy", "DT_FLOAT", [2, 3, 3, 4])
            + int32ConstText("sizes", [2, 6, 6, 2]) + int32ConstText("fsizes", [3, 3, 2, 4])
            + nodeText("dx", "Conv2DBackpropInput", ["sizes", "w", "dy"], conv)
            + nodeText("dw", "Conv2DBackpropFilter", ["x", "fsizes", "dy"], conv)
        let g = importText(text)
        XCTAssertEqual(node(g, "dx")?.op, .conv2DBackpropInput(attrs, inputShape: [2, 6, 6, 2]))
        XCTAssertEqual(node(g, "dx")?.inputs.map { g.nodes[$0.node].name }, ["w", "dy"])
        XCTAssertEqual(node(g, "dw")?.op, .conv2DBackpropFilter(attrs, filterShape: [3, 3, 2, 4]))
        XCTAssertEqual(node(g, "dw")?.inputs.map { g.nodes[$0.node].name }, ["x", "dy"])

        let window = [("ksize", listText([1, 2, 2, 1])), ("strides", listText([1, 2, 2, 1])), ("padding", "s: \"VALID\""), f32]
        let pools = placeholderText("x", "DT_FLOAT", [1, 4, 4, 2]) + placeholderText("dy", "DT_FLOAT", [1, 2, 2, 2])
            + nodeText("y", "MaxPool", ["x"], window) + nodeText("mg", "MaxPoolGrad", ["x", "y", "dy"], window)
            + int32ConstText("shape", [1, 4, 4, 2]) + nodeText("ag", "AvgPoolGrad", ["shape", "dy"], window)
        let p = importText(pools)
        XCTAssertEqual(node(p, "mg")?.op, .maxPoolGrad(PoolAttributes(kind: .max, windowH: 2, windowW: 2, strideH: 2, strideW: 2)))
        XCTAssertEqual(node(p, "ag")?.op, .avgPoolGrad(PoolAttributes(kind: .avg, windowH: 2, windowW: 2, strideH: 2, strideW: 2),
                                                     inputShape: [1, 4, 4, 2]))
    }

    func testReluGradAndBiasAddGrad() {
        let x = placeholderText("x", "DT_FLOAT", [2, 5, 3, 4])
        XCTAssertEqual(op(x + nodeText("r", "ReluGrad", ["x", "x"], [f32]), "r"), .binary(.reluGrad))
        XCTAssertEqual(op(x + nodeText("b", "BiasAddGrad", ["x"], [f32]), "b"), .reduce(.sum, axes: [0, 1, 2], keepDims: false))
        XCTAssertEqual(op(x + nodeText("b", "BiasAddGrad", ["x"], [f32, ("data_format", "s: \"NCHW\"")]), "b"),
                       .reduce(.sum, axes: [0, 2, 3], keepDims: false))
    }

    func testVariablesDropoutAndRandom() {
        let v = nodeText("v", "VariableV2", [], [("dtype", "type: DT_FLOAT"), ("shape", shapeText([4, 10])),
                                                 ("container", "s: \"\""), ("shared_name", "s: \"\"")])
        let g = importText(v + logits
            + nodeText("a", "Assign", ["v", "logits"], [f32, ("validate_shape", "b: true"), ("use_locking", "b: true")])
            + nodeText("d", "Dropout", ["logits"], [f32, ("rate", "f: 0.25")])
            + constText("step", "DT_INT64", [], "int64_val: 7")
            + nodeText("r", "GraphJITRandomUniform", ["step"], [("seed", "i: -1"), ("shape", shapeText([2, 3]))]))
        XCTAssertEqual(node(g, "v")?.op, .variable(dtype: .float32, shape: [4, 10]))
        XCTAssertEqual(node(g, "a")?.op, .assign)
        XCTAssertEqual(node(g, "d")?.op, .dropout(rate: 0.25))
        XCTAssertEqual(node(g, "r")?.op, .randomUniform(seed: .max, shape: [2, 3]))
    }

    func testTrainingOpErrors() {
        let x = placeholderText("x", "DT_FLOAT", [2, 6, 6, 2]), w = placeholderText("w", "DT_FLOAT", [3, 3, 2, 4])
        let dy = placeholderText("dy", "DT_FLOAT", [2, 3, 3, 4])
        assertImportError(x + w + dy + placeholderText("s", "DT_INT32", [4]) + nodeText("dx", "Conv2DBackpropInput", ["s", "w", "dy"], conv),
                          node: "dx", "input_sizes (input 0, 's') must be a constant")
        assertImportError(x + w + dy + int32ConstText("s", [2, 6, 6]) + nodeText("dx", "Conv2DBackpropInput", ["s", "w", "dy"], conv),
                          node: "dx", "input_sizes must have 4 entries")
        assertImportError(x + w + dy + constText("s", "DT_INT64", [4], "int64_val: 3") + nodeText("dw", "Conv2DBackpropFilter", ["x", "s", "dy"], conv),
                          node: "dw", "filter_sizes must be int32")
        assertImportError(x + w + dy + int32ConstText("s", [3, 3, 2, 4]) + nodeText("dw", "Conv2DBackpropFilter", ["x", "s", "dy"], conv + [("alpha", "f: 1")]),
                          node: "dw", "unknown attribute 'alpha'")
        assertImportError(x + w + dy + int32ConstText("s", [2, 6, 6, 2]) + nodeText("dx", "Conv2DBackpropInput", ["s", "w", "x"], conv),
                          node: "dx", "dy has shape [2,6,6,2], expected [2,3,3,4]")
        assertImportError(logits + placeholderText("d", "DT_INT32", []) + nodeText("a", "ArgMax", ["logits", "d"], [f32]),
                          node: "a", "the dimension (input 1, 'd') must be a constant")
        assertImportError(logits + int32ConstText("d", [1]) + nodeText("a", "ArgMax", ["logits", "d"], [f32]),
                          node: "a", "the dimension must be a scalar")
        assertImportError(logits + constText("d", "DT_INT32", [], "int_val: 2") + nodeText("a", "ArgMax", ["logits", "d"], [f32]),
                          node: "a", "axis 2 is out of range for an input of rank 2")
        assertImportError(logits + constText("d", "DT_INT32", [], "int_val: 1")
                          + nodeText("a", "ArgMax", ["logits", "d"], [f32, ("output_type", "type: DT_FLOAT")]),
                          node: "a", "output_type must be DT_INT32 or DT_INT64")
        assertImportError(logits + nodeText("a", "Assign", ["logits", "logits"], [f32]), node: "a", "input 0 'logits' must be a VariableV2, got Placeholder")
        assertImportError(nodeText("v", "VariableV2", [], [("dtype", "type: DT_FLOAT"), ("shape", shapeText([-1, 3]))]),
                          node: "v", "must be a complete shape")
        assertImportError(nodeText("v", "VariableV2", [], [("dtype", "type: DT_FLOAT")]), node: "v", "missing required attribute 'shape'")
        assertImportError(logits + nodeText("d", "Dropout", ["logits"], [f32, ("rate", "f: 1")]), node: "d", "rate 1.0 must be in [0, 1)")
        assertImportError(logits + nodeText("d", "Dropout", ["logits"], [f32]), node: "d", "missing required attribute 'rate'")
        assertImportError(logits + nodeText("c", "Cast", ["logits"], [("SrcT", "type: DT_INT32"), ("DstT", "type: DT_FLOAT")]),
                          node: "c", "attribute 'SrcT' is DT_INT32 but input 0 is DT_FLOAT")
        assertImportError(logits + nodeText("c", "Cast", ["logits"], [("SrcT", "type: DT_FLOAT")]), node: "c", "missing required attribute 'DstT'")
        assertImportError(logits + placeholderText("c", "DT_BOOL", [4]) + nodeText("s", "Select", ["c", "logits", "logits"], [f32]),
                          node: "s", "picks rows")
        assertImportError(logits + placeholderText("c", "DT_BOOL", nil) + nodeText("s", "Select", ["c", "logits", "logits"], [f32]),
                          node: "s", "needs inputs of known rank")
        assertImportError(logits + placeholderText("c", "DT_BOOL", [4, 1]) + nodeText("s", "SelectV2", ["c", "logits", "logits"], [("T", "type: DT_BOOL")]),
                          node: "s", "attribute 'T' is DT_BOOL but input 1 is DT_FLOAT")
        assertImportError(logits + int32ConstText("p", [0, 0]) + nodeText("t", "Transpose", ["logits", "p"], [f32]), node: "t", "is not a permutation")
        assertImportError(logits + int32ConstText("s", [3, 10]) + nodeText("t", "BroadcastTo", ["logits", "s"], [f32]), node: "t", "cannot be broadcast")
        assertImportError(placeholderText("u", "DT_FLOAT", nil) + nodeText("b", "BiasAddGrad", ["u"], [f32]), node: "b", "known rank")
        assertImportError(logits + placeholderText("l", "DT_FLOAT", [4])
                          + nodeText("x", "SparseSoftmaxCrossEntropyWithLogits", ["logits", "l"], [f32]), node: "x", "labels must be int32 or int64")
        assertImportError(logits + placeholderText("y", "DT_FLOAT", [3]) + nodeText("e", "Equal", ["logits", "y"], [f32]),
                          node: "e", "cannot be broadcast")
        assertImportError(logits + nodeText("l", "Less", ["logits", "logits"], [f32, ("incompatible_shape_error", "b: true")]),
                          node: "l", "unknown attribute 'incompatible_shape_error'")
    }
}
