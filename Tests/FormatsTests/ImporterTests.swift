import GraphIR
import XCTest
@testable import Formats

final class ImporterTests: XCTestCase {
    private let f32 = ("T", "type: DT_FLOAT")

    func testPlaceholderShapes() {
        let g = importText(
            placeholderText("a", "DT_FLOAT", [-1, 3])
            + placeholderText("b", "DT_INT64", nil)
            + placeholderText("c", "DT_BOOL", [])
            + nodeText("d", "Placeholder", [], [("dtype", "type: DT_DOUBLE")])
            + placeholderText("e", "DT_INT32", [1_000_000_000]))
        XCTAssertEqual(g.nodes.map(\.op), [
            .placeholder(dtype: .float32, shape: [-1, 3]),
            .placeholder(dtype: .int64, shape: nil),
            .placeholder(dtype: .bool, shape: []),
            .placeholder(dtype: .float64, shape: nil),
            .placeholder(dtype: .int32, shape: [1_000_000_000]),
        ])
    }

    /// A composite: one TensorFlow node becomes several primitives, the last carrying its name;
    /// inner names avoid the file's own node names.
    func testRelu6IsACompositeOfMaximumAndMinimum() throws {
        let g = importText(placeholderText("x", "DT_FLOAT", [2, 3]) + nodeText("r", "Relu6", ["x"], [f32])
                           + placeholderText("r/zero", "DT_FLOAT", [1]))
        let r = try XCTUnwrap(g.index(of: "r"))
        XCTAssertEqual(g.nodes[r].op, .binary(.minimum))
        XCTAssertEqual(g.nodes[r].types, [TensorType(.float32, [2, 3])])
        let low = g.nodes[g.nodes[r].inputs[0].node]
        XCTAssertEqual(low.op, .binary(.maximum))
        XCTAssertEqual(low.inputs[0], Value(node: try XCTUnwrap(g.index(of: "x"))))
        XCTAssertEqual(g.nodes[g.nodes[r].inputs[1].node].op, .constant(Tensor(shape: [], floats: [6])))
        XCTAssertEqual(g.nodes[low.inputs[1].node].name, "r/zero_1")
        XCTAssertEqual(g.nodes[try XCTUnwrap(g.index(of: "r/zero"))].op, .placeholder(dtype: .float32, shape: [1]))
    }

    func testConstEncodings() throws {
        let g = importText(
            constText("content", "DT_FLOAT", [2], #"tensor_content: "\000\000\200?\000\000\000@""#)
            + constText("splat", "DT_FLOAT", [2, 3], "float_val: 1.5")
            + constText("partial", "DT_INT32", [5], "int_val: 7 int_val: 9")
            + constText("zeros", "DT_INT64", [3], "")
            + constText("scalar", "DT_DOUBLE", [], "double_val: -2.5")
            + constText("bools", "DT_BOOL", [3], "bool_val: true bool_val: false")
            + constText("boolbytes", "DT_BOOL", [2], #"tensor_content: "\000\002""#)
            + constText("i64", "DT_INT64", [2], "int64_val: -9223372036854775808 int64_val: 9223372036854775807")
            + constText("empty", "DT_FLOAT", [0, 4], ""))
        func value(_ name: String) -> Tensor? {
            guard let n = node(g, name), case .constant(let t) = n.op else { return nil }
            return t
        }
        XCTAssertEqual(value("content"), Tensor(shape: [2], floats: [1, 2]))
        XCTAssertEqual(value("splat"), Tensor(shape: [2, 3], floats: Array(repeating: 1.5, count: 6)))
        XCTAssertEqual(value("partial"), Tensor(shape: [5], int32s: [7, 9, 9, 9, 9]))
        XCTAssertEqual(value("zeros"), Tensor(shape: [3], int64s: [0, 0, 0]))
        XCTAssertEqual(value("scalar"), Tensor(shape: [], doubles: [-2.5]))
        XCTAssertEqual(value("bools"), Tensor(shape: [3], bools: [true, false, false]))
        XCTAssertEqual(value("boolbytes"), Tensor(shape: [2], bools: [false, true]))
        XCTAssertEqual(value("i64"), Tensor(shape: [2], int64s: [.min, .max]))
        XCTAssertEqual(value("empty"), try Tensor(zeros: .float32, shape: [0, 4]))
    }

    func testConstWithoutShapeIsAScalar() {
        let g = importText(nodeText("c", "Const", [], [("value", "tensor { dtype: DT_INT32 int_val: 4 }")]))
        XCTAssertEqual(g.nodes.first?.op, .constant(Tensor(shape: [], int32s: [4])))
    }

    func testElementwiseOps() {
        var text = placeholderText("x", "DT_FLOAT", [2, 3]) + placeholderText("y", "DT_FLOAT", [3])
        let binary: [(String, BinaryOp)] = [("Add", .add), ("AddV2", .add), ("Sub", .sub), ("Mul", .mul),
                                            ("RealDiv", .div), ("Maximum", .maximum), ("Minimum", .minimum)]
        let unary: [(String, UnaryOp)] = [("Neg", .neg), ("Relu", .relu), ("Exp", .exp), ("Log", .log), ("Sqrt", .sqrt),
                                          ("Rsqrt", .rsqrt), ("Square", .square), ("Abs", .abs), ("Tanh", .tanh),
                                          ("Sigmoid", .sigmoid)]
        for (name, _) in binary { text += nodeText(name.lowercased(), name, ["x", "y"], [f32]) }
        for (name, _) in unary { text += nodeText(name.lowercased(), name, ["x:0"], [f32]) }
        text += nodeText("id", "Identity", ["x"], [f32])
        let g = importText(text)
        for (name, op) in binary {
            XCTAssertEqual(node(g, name.lowercased())?.op, .binary(op), name)
            XCTAssertEqual(node(g, name.lowercased())?.types, [TensorType(.float32, [2, 3])], name)
        }
        for (name, op) in unary { XCTAssertEqual(node(g, name.lowercased())?.op, .unary(op), name) }
        XCTAssertEqual(node(g, "id")?.op, .identity)
        XCTAssertEqual(node(g, "id")?.inputs, [Value(node: 0)])
    }

    func testMatMulTransposes() {
        let g = importText(placeholderText("a", "DT_FLOAT", [3, 2]) + placeholderText("b", "DT_FLOAT", [4, 3])
            + nodeText("m", "MatMul", ["a", "b"], [f32, ("transpose_a", "b: true"), ("transpose_b", "b: true"),
                                                   ("grad_a", "b: false"), ("grad_b", "b: false")]))
        XCTAssertEqual(node(g, "m")?.op, .matMul(transposeA: true, transposeB: true))
        XCTAssertEqual(node(g, "m")?.types, [TensorType(.float32, [2, 4])])
    }

    func testConv2DPaddingsAndLayouts() {
        let base = placeholderText("x", "DT_FLOAT", [1, 8, 8, 3]) + placeholderText("w", "DT_FLOAT", [3, 3, 3, 4])
            + placeholderText("xc", "DT_FLOAT", [1, 3, 8, 8])
        let g = importText(base
            + nodeText("valid", "Conv2D", ["x", "w"], [f32, ("strides", listText([1, 2, 1, 1])), ("padding", "s: \"VALID\""),
                                                       ("use_cudnn_on_gpu", "b: true"), ("explicit_paddings", "list { }")])
            + nodeText("same", "Conv2D", ["x", "w"], [f32, ("strides", listText([1, 1, 1, 1])), ("padding", "s: \"SAME\""),
                                                      ("dilations", listText([1, 2, 2, 1])), ("data_format", "s: \"NHWC\"")])
            + nodeText("explicit", "Conv2D", ["x", "w"], [f32, ("strides", listText([1, 1, 1, 1])), ("padding", "s: \"EXPLICIT\""),
                                                          ("explicit_paddings", listText([0, 0, 1, 2, 3, 4, 0, 0]))])
            + nodeText("nchw", "Conv2D", ["xc", "w"], [f32, ("strides", listText([1, 1, 2, 3])), ("padding", "s: \"EXPLICIT\""),
                                                       ("explicit_paddings", listText([0, 0, 0, 0, 1, 1, 2, 2])),
                                                       ("dilations", listText([1, 1, 1, 2])), ("data_format", "s: \"NCHW\"")]))
        XCTAssertEqual(node(g, "valid")?.op, .conv2D(Conv2DAttributes(strideH: 2, strideW: 1, padding: .valid)))
        XCTAssertEqual(node(g, "valid")?.types, [TensorType(.float32, [1, 3, 6, 4])])
        XCTAssertEqual(node(g, "same")?.op, .conv2D(Conv2DAttributes(dilationH: 2, dilationW: 2, padding: .same)))
        XCTAssertEqual(node(g, "explicit")?.op,
                       .conv2D(Conv2DAttributes(padding: .explicit(top: 1, bottom: 2, left: 3, right: 4))))
        XCTAssertEqual(node(g, "nchw")?.op,
                       .conv2D(Conv2DAttributes(strideH: 2, strideW: 3, dilationW: 2,
                                                padding: .explicit(top: 1, bottom: 1, left: 2, right: 2), dataFormat: .nchw)))
    }

    func testPools() {
        let g = importText(placeholderText("x", "DT_FLOAT", [1, 7, 7, 2]) + placeholderText("xc", "DT_FLOAT", [1, 2, 7, 7])
            + nodeText("max", "MaxPool", ["x"], [f32, ("ksize", listText([1, 3, 2, 1])), ("strides", listText([1, 2, 1, 1])),
                                                 ("padding", "s: \"SAME\""), ("explicit_paddings", "list { }")])
            + nodeText("avg", "AvgPool", ["xc"], [f32, ("ksize", listText([1, 1, 2, 2])), ("strides", listText([1, 1, 2, 2])),
                                                  ("padding", "s: \"VALID\""), ("data_format", "s: \"NCHW\"")]))
        XCTAssertEqual(node(g, "max")?.op, .pool(PoolAttributes(kind: .max, windowH: 3, windowW: 2, strideH: 2, strideW: 1, padding: .same)))
        XCTAssertEqual(node(g, "max")?.types, [TensorType(.float32, [1, 4, 7, 2])])
        XCTAssertEqual(node(g, "avg")?.op, .pool(PoolAttributes(kind: .avg, windowH: 2, windowW: 2, strideH: 2, strideW: 2,
                                                                padding: .valid, dataFormat: .nchw)))
    }

    func testMaxPoolExplicitPadding() {
        let g = importText(placeholderText("x", "DT_FLOAT", [1, 5, 5, 1])
            + nodeText("max", "MaxPool", ["x"], [f32, ("ksize", listText([1, 2, 2, 1])), ("strides", listText([1, 2, 2, 1])),
                                                 ("padding", "s: \"EXPLICIT\""), ("explicit_paddings", listText([0, 0, 1, 0, 0, 1, 0, 0]))]))
        XCTAssertEqual(node(g, "max")?.op, .pool(PoolAttributes(kind: .max, windowH: 2, windowW: 2, strideH: 2, strideW: 2,
                                                                padding: .explicit(top: 1, bottom: 0, left: 0, right: 1))))
        XCTAssertEqual(node(g, "max")?.types, [TensorType(.float32, [1, 3, 3, 1])])
    }

    func testSoftmaxAndBiasAdd() {
        let g = importText(placeholderText("x", "DT_FLOAT", [2, 3, 4]) + placeholderText("b", "DT_FLOAT", [4])
            + placeholderText("c", "DT_FLOAT", [3])
            + nodeText("s", "Softmax", ["x"], [f32])
            + nodeText("bias", "BiasAdd", ["x", "b"], [f32])
            + nodeText("biasc", "BiasAdd", ["x", "c"], [f32, ("data_format", "s: \"NCHW\"")]))
        XCTAssertEqual(node(g, "s")?.op, .softmax)
        XCTAssertEqual(node(g, "bias")?.op, .biasAdd(.nhwc))
        XCTAssertEqual(node(g, "biasc")?.op, .biasAdd(.nchw))
    }

    func testReshapeFoldsItsConstantShapeIntoTheOp() {
        let g = importText(placeholderText("x", "DT_FLOAT", [-1, 2, 3])
            + int32ConstText("shape", [-1, 6])
            + nodeText("shape_id", "Identity", ["shape"], [("T", "type: DT_INT32")])
            + nodeText("r", "Reshape", ["x", "shape_id"], [f32, ("Tshape", "type: DT_INT32")])
            + constText("shape64", "DT_INT64", [2], "int64_val: 3 int64_val: -1")
            + nodeText("r64", "Reshape", ["r", "shape64"], [f32, ("Tshape", "type: DT_INT64")]))
        XCTAssertEqual(g.nodes.map(\.name), ["x", "r", "r64"], "the shape constants are folded away")
        XCTAssertEqual(node(g, "r")?.op, .reshape([-1, 6]))
        XCTAssertEqual(node(g, "r64")?.op, .reshape([3, -1]))
        XCTAssertEqual(node(g, "r64")?.inputs, [Value(node: 1)])
    }

    func testConstantUsedAsDataAndAsShapeIsKept() {
        let g = importText(placeholderText("x", "DT_INT32", [2, 3])
            + int32ConstText("shape", [3, 2])
            + nodeText("r", "Reshape", ["x", "shape"], [("T", "type: DT_INT32")])
            + nodeText("plus", "Add", ["shape", "shape"], [("T", "type: DT_INT32")]))
        XCTAssertEqual(g.nodes.map(\.name), ["x", "shape", "r", "plus"])
    }

    func testReductionsNormaliseAxes() {
        let g = importText(placeholderText("x", "DT_FLOAT", [2, 3, 4])
            + int32ConstText("axes", [-1, 0, 2])
            + constText("axis", "DT_INT64", [], "int64_val: -2")
            + int32ConstText("none", [])
            + nodeText("mean", "Mean", ["x", "axes"], [f32, ("Tidx", "type: DT_INT32"), ("keep_dims", "b: true")])
            + nodeText("sum", "Sum", ["x", "axis"], [f32, ("Tidx", "type: DT_INT64")])
            + nodeText("max", "Max", ["x", "none"], [f32, ("keep_dims", "b: false")]))
        XCTAssertEqual(node(g, "mean")?.op, .reduce(.mean, axes: [0, 2], keepDims: true))
        XCTAssertEqual(node(g, "mean")?.types, [TensorType(.float32, [1, 3, 1])])
        XCTAssertEqual(node(g, "sum")?.op, .reduce(.sum, axes: [1], keepDims: false))
        XCTAssertEqual(node(g, "sum")?.types, [TensorType(.float32, [2, 4])])
        XCTAssertEqual(node(g, "max")?.op, .reduce(.max, axes: [], keepDims: false))
    }

    func testReductionOfUnknownRankKeepsNonNegativeAxes() {
        let g = importText(placeholderText("x", "DT_FLOAT", nil) + int32ConstText("a", [1])
            + nodeText("s", "Sum", ["x", "a"], [f32]))
        XCTAssertEqual(node(g, "s")?.op, .reduce(.sum, axes: [1], keepDims: false))
    }

    func testNoOpAndControlInputsAreIgnored() {
        let g = importText(placeholderText("x", "DT_FLOAT", [2])
            + nodeText("init", "NoOp", ["^x"])
            + nodeText("y", "Relu", ["x", "^init", "^x"], [f32, ("_output_shapes", "list { shape { dim { size: 2 } } }"),
                                                         ("_class", "list { s: \"loc:@x\" }")]))
        XCTAssertEqual(g.nodes.map(\.name), ["x", "y"])
        XCTAssertEqual(node(g, "y")?.inputs, [Value(node: 0)])
    }

    func testNodesAreSortedTopologically() {
        let g = importText(nodeText("z", "Neg", ["y"], [f32]) + nodeText("y", "Relu", ["x"], [f32])
            + placeholderText("x", "DT_FLOAT", [1]) + placeholderText("w", "DT_FLOAT", [1]))
        XCTAssertEqual(g.nodes.map(\.name), ["x", "y", "z", "w"])
        XCTAssertNoThrow(try g.verify())
    }

    func testLongChainDoesNotOverflowTheStack() {
        // Written consumers first, so the sort has to walk the whole chain from its far end.
        let n = 20_000
        var text = ""
        for i in stride(from: n, to: 0, by: -1) { text += nodeText("n\(i)", "Neg", ["n\(i - 1)"]) }
        text += placeholderText("n0", "DT_FLOAT", [1])
        let g = importText(text)
        XCTAssertEqual(g.nodes.count, n + 1)
        XCTAssertEqual(g.nodes.first?.name, "n0")
        XCTAssertEqual(g.nodes.last?.name, "n\(n)")
    }
}
