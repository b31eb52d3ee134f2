import Foundation
import Formats
import GraphIR
@testable import ONNX
import XCTest

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// What the exporter writes: the ops, their attributes at each opset, the layouts, the refusals.
final class ONNXExporterTests: XCTestCase {
    func export(_ g: Graph, _ outputs: [String], opset: Int = 17) throws -> GraphProto {
        guard let graph = try ONNXExporter.model(g, outputs: outputs, opset: opset).graph else { throw ONNXExportError("no graph") }
        return graph
    }

    func node(_ g: GraphProto, _ name: String) throws -> NodeProto {
        try XCTUnwrap(g.node.first { $0.name == name }, "no node \(name) in \(g.node.map(\.name))")
    }

    func attribute(_ n: NodeProto, _ name: String) -> AttributeProto? { n.attribute.first { $0.name == name } }

    func initializer(_ g: GraphProto, _ name: String) -> [Int64]? {
        guard let t = g.initializer.first(where: { $0.name == name }), t.dataType == ONNXDataType.int64 else { return nil }
        return t.rawData.withUnsafeBytes { Array($0.bindMemory(to: Int64.self)) }
    }

    /// graphs/cnn.pbtxt: Transposes only into the first convolution and out of the last pool; the
    /// biases are the Convs' and Gemms' third inputs; filters stay HWIO initializers, transposed.
    func testCNNIsNCHWBetweenItsFirstConvolutionAndTheFlatten() throws {
        let graph = try GraphDefFile.load(path: repositoryRoot.appendingPathComponent("graphs/cnn.pbtxt").path)
        let model = try ONNXExporter.model(graph, outputs: ["softmax"], opset: 17, producerVersion: "test")
        XCTAssertEqual(model.irVersion, 8)
        XCTAssertEqual(model.opsetImport, [OperatorSetID(domain: "", version: 17)])
        XCTAssertEqual(model.producerName, "GraphJIT")
        let g = try XCTUnwrap(model.graph)
        XCTAssertEqual(g.node.map(\.opType), ["Transpose", "Transpose", "Conv", "Relu", "MaxPool", "Transpose", "Conv", "Relu",
                                              "MaxPool", "Transpose", "Reshape", "Gemm", "Relu", "Gemm", "Softmax"])
        let conv = try node(g, "conv1/Conv2D")
        XCTAssertEqual(conv.input, ["images/nchw", "conv1/kernel/oihw", "conv1/bias"])
        XCTAssertEqual(conv.output, ["conv1/BiasAdd/nchw"])
        XCTAssertEqual(attribute(conv, "pads")?.ints, [0, 0, 0, 0])
        XCTAssertEqual(attribute(conv, "group")?.i, 1)
        XCTAssertEqual(attribute(try node(g, "conv1/kernel/Transpose"), "perm")?.ints, [3, 2, 0, 1])
        XCTAssertEqual(g.initializer.first { $0.name == "conv1/kernel" }?.dims, [5, 5, 1, 8])
        // conv2 is SAME 3x3 stride 1: one pixel each side.
        XCTAssertEqual(attribute(try node(g, "conv2/Conv2D"), "pads")?.ints, [1, 1, 1, 1])
        XCTAssertEqual(try node(g, "pool2/Transpose").output, ["pool2"])
        XCTAssertEqual(try node(g, "dense/MatMul").output, ["dense/BiasAdd"])
        XCTAssertEqual(g.input.map(\.name), ["images"])
        XCTAssertEqual(g.input.first?.shape, [.unknown, .value(28), .value(28), .value(1)])
        XCTAssertEqual(g.output.map(\.name), ["softmax"])
        XCTAssertEqual(g.output.first?.shape, [.unknown, .value(10)])
        // Inner values keep their GraphIR names: every one `run --output` could ask for is there.
        let values = Set(g.node.flatMap(\.output))
        XCTAssertTrue(values.isSuperset(of: ["pool2", "flatten", "dense/Relu", "logits", "softmax"]))
    }

    /// A model GraphJIT imported from ONNX (NCHW ops wrapped in transposes) exports without them.
    func testExportOfAnImportedExportIsTheSame() throws {
        let graph = try GraphDefFile.load(path: repositoryRoot.appendingPathComponent("graphs/cnn.pbtxt").path)
        let first = try ONNXExporter.model(graph, outputs: ["softmax"])
        let imported = try ONNXFile.decode(first.binaryFormat)
        XCTAssertEqual(imported.outputs, ["softmax"])
        let second = try XCTUnwrap(try ONNXExporter.model(imported.graph, outputs: imported.outputs).graph)
        XCTAssertEqual(second.node.map(\.opType), first.graph?.node.map(\.opType))
    }

    func testSamePaddingStridesGroupsAndAveragePools() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, 8, 7, 4]))
        let w = try g.add("w", .constant(try Tensor(zeros: .float32, shape: [3, 3, 1, 8])))
        let c = try g.add("conv", .conv2D(Conv2DAttributes(strideH: 2, strideW: 2, padding: .same)), [x, w])
        try g.add("pool", .pool(PoolAttributes(kind: .avg, windowH: 3, windowW: 3, strideH: 2, strideW: 2, padding: .same)), [c])
        let e = try export(g, ["pool"])
        let conv = try node(e, "conv")
        // Height 8, stride 2: 4 rows, one pad row at the end; width 7: one each side (TensorFlow's SAME).
        XCTAssertEqual(attribute(conv, "pads")?.ints, [0, 1, 1, 1])
        XCTAssertEqual(attribute(conv, "group")?.i, 4)
        XCTAssertEqual(attribute(conv, "strides")?.ints, [2, 2])
        XCTAssertEqual(conv.input.count, 2, "no bias")
        let pool = try node(e, "pool")
        XCTAssertEqual(pool.opType, "AveragePool")
        XCTAssertEqual(attribute(pool, "count_include_pad")?.i, 0)
        XCTAssertEqual(attribute(pool, "pads")?.ints, [0, 0, 1, 1])
        XCTAssertEqual(pool.input, ["conv/nchw"])
    }

    /// Each op in the form its opset defines.
    func testOpsetForms() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2, 3, 4]))
        let i = try g.add("i", .placeholder(dtype: .int32, shape: [5]))
        try g.add("mean", .reduce(.mean, axes: [1], keepDims: false), [x])
        try g.add("sum", .reduce(.sum, axes: [0, 2], keepDims: true), [x])
        try g.add("halves", .split(axis: 2, pieces: .equal(count: 2)), [x])
        try g.add("squeezed", .squeeze(axes: [0]), [try g.add("row", .expandDims(axis: 0), [x])])
        try g.add("soft", .softmax, [x])
        try g.add("relu", .unary(.relu), [i])
        let outputs = ["mean", "sum", "halves", "halves:1", "squeezed", "soft", "relu"]

        let at13 = try export(g, outputs, opset: 13)
        XCTAssertEqual(attribute(try node(at13, "mean"), "axes")?.ints, [1])
        XCTAssertEqual(try node(at13, "mean").input.count, 1)
        XCTAssertEqual(try node(at13, "sum").input.count, 2, "ReduceSum's axes are an input from 13")
        XCTAssertEqual(initializer(at13, try node(at13, "sum").input[1]), [0, 2])
        XCTAssertNil(attribute(try node(at13, "halves"), "num_outputs"))
        XCTAssertEqual(try node(at13, "halves").output, ["halves", "halves:1"])
        XCTAssertEqual(try node(at13, "row").input.count, 2, "Unsqueeze's axes are an input from 13")
        XCTAssertEqual(try node(at13, "squeezed").input.count, 2)
        XCTAssertEqual(attribute(try node(at13, "soft"), "axis")?.i, -1)
        XCTAssertEqual(try node(at13, "relu").opType, "Max", "Relu takes integers only from 14")

        let at18 = try export(g, outputs, opset: 18)
        XCTAssertNil(attribute(try node(at18, "mean"), "axes"))
        XCTAssertEqual(initializer(at18, try node(at18, "mean").input[1]), [1], "ReduceMean's axes are an input from 18")
        XCTAssertEqual(attribute(try node(at18, "halves"), "num_outputs")?.i, 2)
        XCTAssertEqual(try node(at18, "relu").opType, "Relu")

        let at17 = try ONNXExporter.model(g, outputs: outputs, opset: 17)
        XCTAssertEqual(at17.irVersion, 8)
        XCTAssertEqual(try ONNXExporter.model(g, outputs: outputs, opset: 13).irVersion, 7)
        XCTAssertEqual(try ONNXExporter.model(g, outputs: outputs, opset: 21).irVersion, 10)
    }

    /// Element-wise ops compute in the layout their input has; a per-channel constant is reshaped
    /// to broadcast along NCHW's channel axis.
    func testElementwiseOpsFollowTheLayout() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, 5, 5, 3]))
        let w = try g.add("w", .constant(try Tensor(zeros: .float32, shape: [1, 1, 3, 3])))
        let c = try g.add("conv", .conv2D(Conv2DAttributes()), [x, w])
        let scale = try g.add("scale", .constant(Tensor(shape: [3], floats: [1, 2, 3])))
        let m = try g.add("mul", .binary(.mul), [c, scale])
        let s = try g.add("sig", .unary(.sigmoid), [m])
        try g.add("conv2", .conv2D(Conv2DAttributes()), [s, w])
        let e = try export(g, ["conv2"])
        XCTAssertEqual(e.node.map(\.opType), ["Transpose", "Transpose", "Conv", "Reshape", "Mul", "Sigmoid", "Conv", "Transpose"])
        XCTAssertEqual(initializer(e, try node(e, "scale/Reshape").input[1]), [1, 3, 1, 1])
        XCTAssertEqual(try node(e, "conv2").input, ["sig/nchw", "w/oihw"])
    }

    func testRefusalsNameTheNode() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2, 3]))
        let v = try g.add("dense/W", .variable(dtype: .float32, shape: [3, 4]))
        try g.add("y", .matMul(transposeA: false, transposeB: false), [x, v])
        try g.add("ok", .unary(.relu), [x])
        XCTAssertThrowsError(try export(g, ["y"])) { e in
            XCTAssertTrue("\(e)".hasPrefix("node 'dense/W' (VariableV2): is a trainable variable"), "\(e)")
        }
        // Only what the outputs need is written: the variable is not.
        XCTAssertEqual(try export(g, ["ok"]).node.map(\.opType), ["Relu"])
        XCTAssertThrowsError(try export(g, ["ok"], opset: 12)) { e in
            XCTAssertEqual("\(e)", "opset 12 is not one GraphJIT writes (13 to 21)")
        }
        XCTAssertThrowsError(try export(g, ["nope"])) { e in
            XCTAssertEqual("\(e)", "the graph has no node named 'nope'")
        }
        var u = Graph()
        try u.add("any", .unary(.neg), [try u.add("x", .placeholder(dtype: .float32, shape: nil))])
        XCTAssertThrowsError(try export(u, ["any"])) { e in
            XCTAssertTrue("\(e)".hasPrefix("input 'x' has an unknown rank"), "\(e)")
        }
        var t = Graph()
        let y = try t.add("y", .placeholder(dtype: .float32, shape: [2, 3]))
        try t.add("loss", .sparseSoftmaxCrossEntropy, [y, try t.add("labels", .placeholder(dtype: .int32, shape: [2]))])
        XCTAssertThrowsError(try export(t, ["loss"])) { e in
            XCTAssertTrue("\(e)".hasPrefix("node 'loss' (SparseSoftmaxCrossEntropyWithLogits): is a training op"), "\(e)")
        }
    }

    /// A GraphIR transpose is a relabelling: a graph output it computes is the one Transpose.
    func testTransposesAreRelabelled() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2, 3, 4]))
        let t = try g.add("t", .transpose([2, 0, 1]), [x])
        try g.add("back", .transpose([1, 2, 0]), [t])
        try g.add("neg", .unary(.neg), [t])
        let e = try export(g, ["back", "neg"])
        XCTAssertEqual(e.node.map(\.opType), ["Neg", "Identity", "Transpose"], "back is x under an Identity")
        XCTAssertEqual(try node(e, "back").input, ["x"])
    }
}
