import GraphIR
import XCTest
@testable import Formats

/// DepthwiseConv2dNative, grouped Conv2D, FusedBatchNorm in inference and image resizing: what
/// each imports as, and every refusal as one GraphError naming the node.
final class ConvolutionImportTests: XCTestCase {
    private let x = placeholderText("x", "DT_FLOAT", [1, 6, 6, 4])
    private let f32 = ("T", "type: DT_FLOAT")
    private let s1 = ("strides", listText([1, 1, 1, 1])), same = ("padding", "s: \"SAME\"")

    private func vector(_ name: String, _ n: Int, _ value: Double = 1) -> String {
        constText(name, "DT_FLOAT", [n], "float_val: \(value)")
    }

    // MARK: depthwise and grouped

    func testDepthwiseIsAGroupedConv2DOverTheReshapedFilter() throws {
        let text = x + placeholderText("w", "DT_FLOAT", [3, 3, 4, 2])
            + nodeText("dw", "DepthwiseConv2dNative", ["x", "w"], [f32, ("strides", listText([1, 2, 2, 1])), same,
                                                                   ("dilations", listText([1, 1, 1, 1])), ("data_format", "s: \"NHWC\""),
                                                                   ("explicit_paddings", "list { }")])
        let g = importText(text)
        let dw = try XCTUnwrap(node(g, "dw"))
        XCTAssertEqual(dw.op, .conv2D(Conv2DAttributes(strideH: 2, strideW: 2, padding: .same)))
        XCTAssertEqual(dw.types, [TensorType(.float32, [1, 3, 3, 8])])
        XCTAssertEqual(g.name(of: dw.inputs[1]), "dw/filter_grouped")
        XCTAssertEqual(node(g, "dw/filter_grouped")?.op, .reshape([3, 3, 1, 8]))
        // NCHW with EXPLICIT padding and dilations.
        let nchw = placeholderText("xc", "DT_FLOAT", [1, 4, 6, 6]) + placeholderText("w", "DT_FLOAT", [3, 3, 4, 1])
            + nodeText("dw", "DepthwiseConv2dNative", ["xc", "w"], [f32, s1, ("padding", "s: \"EXPLICIT\""),
                                                                    ("explicit_paddings", listText([0, 0, 0, 0, 1, 2, 0, 1])),
                                                                    ("dilations", listText([1, 1, 2, 2])), ("data_format", "s: \"NCHW\"")])
        let h = importText(nchw)
        XCTAssertEqual(node(h, "dw")?.op, .conv2D(Conv2DAttributes(dilationH: 2, dilationW: 2, padding: .explicit(top: 1, bottom: 2, left: 0, right: 1),
                                                                   dataFormat: .nchw)))
        XCTAssertEqual(node(h, "dw")?.types, [TensorType(.float32, [1, 4, 5, 3])])
    }

    func testGroupedConv2D() {
        let g = importText(x + placeholderText("w", "DT_FLOAT", [3, 3, 2, 6]) + nodeText("conv", "Conv2D", ["x", "w"], [f32, s1, same]))
        XCTAssertEqual(node(g, "conv")?.types, [TensorType(.float32, [1, 6, 6, 6])])
        assertImportError(x + placeholderText("w", "DT_FLOAT", [3, 3, 2, 5]) + nodeText("conv", "Conv2D", ["x", "w"], [f32, s1, same]),
                          node: "conv", "the filter's 5 output channels are not a multiple of the 2 groups")
        assertImportError(x + placeholderText("w", "DT_FLOAT", [3, 3, 3, 6]) + nodeText("conv", "Conv2D", ["x", "w"], [f32, s1, same]),
                          node: "conv", "input has 4 channels but the filter expects 3")
    }

    func testDepthwiseErrors() {
        let w = placeholderText("w", "DT_FLOAT", [3, 3, 4, 1])
        assertImportError(x + w + nodeText("dw", "DepthwiseConv2dNative", ["x", "w"], [f32, same]), node: "dw", "missing required attribute 'strides'")
        assertImportError(x + w + nodeText("dw", "DepthwiseConv2dNative", ["x", "w"], [f32, ("strides", listText([1, 1, 1, 2])), same]),
                          node: "dw", "must be 1 on the batch and channel")
        assertImportError(x + placeholderText("w3", "DT_FLOAT", [3, 3, 3, 1]) + nodeText("dw", "DepthwiseConv2dNative", ["x", "w3"], [f32, s1, same]),
                          node: "dw", "input has 4 channels but the filter [KH,KW,C,M] has 3")
        assertImportError(x + placeholderText("wu", "DT_FLOAT", [3, -1, 4, 1]) + nodeText("dw", "DepthwiseConv2dNative", ["x", "wu"], [f32, s1, same]),
                          node: "dw", "the filter must have a known shape")
        assertImportError(x + w + nodeText("dw", "DepthwiseConv2dNative", ["x", "w"], [f32, s1, ("padding", "s: \"FULL\"")]),
                          node: "dw", "padding 'FULL' is not supported")
        assertImportError(placeholderText("xi", "DT_INT32", [1, 6, 6, 4]) + placeholderText("wi", "DT_INT32", [3, 3, 4, 1])
                          + nodeText("dw", "DepthwiseConv2dNative", ["xi", "wi"], [("T", "type: DT_INT32"), s1, same]),
                          node: "dw", "needs floating-point inputs")
    }

    // MARK: batch norm

    private func batchNorm(_ op: String, format: String = "NHWC", training: Bool? = false, extra: [(String, String)] = [],
                           input: String = "x") -> String {
        var attrs = [f32, ("epsilon", "f: 0.001"), ("data_format", "s: \"\(format)\"")] + extra
        if let training { attrs.append(("is_training", "b: \(training)")) }
        return vector("gamma", 4) + vector("beta", 4, 0) + vector("mean", 4, 0.5) + vector("var", 4, 2)
            + nodeText("bn", op, [input, "gamma", "beta", "mean", "var"], attrs)
    }

    func testFusedBatchNormIsAMultiplyAdd() throws {
        for op in ["FusedBatchNorm", "FusedBatchNormV2", "FusedBatchNormV3"] {
            let extra: [(String, String)] = op == "FusedBatchNorm" ? [] : [("U", "type: DT_FLOAT"), ("exponential_avg_factor", "f: 1")]
            let g = importText(x + batchNorm(op, extra: extra) + nodeText("relu", "Relu", ["bn"], [f32]))
            let bn = try XCTUnwrap(node(g, "bn"))
            XCTAssertEqual(bn.op, .binary(.add), op)
            XCTAssertEqual(bn.types, [TensorType(.float32, [1, 6, 6, 4])])
            XCTAssertEqual(g.nodes[bn.inputs[0].node].op, .binary(.mul))
            XCTAssertEqual(node(g, "bn/rsqrt")?.op, .unary(.rsqrt))
            XCTAssertEqual(node(g, "bn/epsilon")?.op, .constant(Tensor(shape: [], floats: [0.001])))
        }
        // NCHW: the per-channel terms are [C,1,1].
        let g = importText(placeholderText("xc", "DT_FLOAT", [2, 4, 3, 3]) + batchNorm("FusedBatchNormV3", format: "NCHW", input: "xc"))
        XCTAssertEqual(node(g, "bn/scale_factor_nchw")?.types, [TensorType(.float32, [4, 1, 1])])
        XCTAssertEqual(node(g, "bn")?.types, [TensorType(.float32, [2, 4, 3, 3])])
    }

    func testFusedBatchNormExtraOutputs() throws {
        // Outputs 1-4 are the mean and variance given; V3's reserve_space_3 is refused by name.
        let text = x + batchNorm("FusedBatchNormV3") + nodeText("m", "Identity", ["bn:1"], [f32]) + nodeText("v", "Identity", ["bn:2"], [f32])
            + nodeText("r1", "Identity", ["bn:3"], [f32]) + nodeText("r2", "Identity", ["bn:4"], [f32])
        let g = importText(text)
        XCTAssertEqual(try XCTUnwrap(node(g, "m")).inputs.map(g.name(of:)), ["mean"])
        XCTAssertEqual(try XCTUnwrap(node(g, "v")).inputs.map(g.name(of:)), ["var"])
        XCTAssertEqual(try XCTUnwrap(node(g, "r1")).inputs.map(g.name(of:)), ["mean"])
        XCTAssertEqual(try XCTUnwrap(node(g, "r2")).inputs.map(g.name(of:)), ["var"])
        assertImportError(x + batchNorm("FusedBatchNormV3") + nodeText("r3", "Identity", ["bn:5"], [f32]), node: "r3",
                          "input 0 asks for output 5 of 'bn' (FusedBatchNormV3): reserve_space_3 is TensorFlow's scratch space")
        assertImportError(x + batchNorm("FusedBatchNorm") + nodeText("r3", "Identity", ["bn:5"], [f32]), node: "r3",
                          "asks for output 5 of 'bn', which has 3 output(s)")
    }

    func testFusedBatchNormErrors() {
        assertImportError(x + batchNorm("FusedBatchNormV3", training: true), node: "bn",
                          "is_training=true is not supported: GraphJIT imports inference batch norm only")
        // TensorFlow's default is training.
        assertImportError(x + batchNorm("FusedBatchNormV3", training: nil), node: "bn", "is_training=true is not supported")
        assertImportError(x + batchNorm("FusedBatchNormV3", extra: [("U", "type: DT_DOUBLE")]), node: "bn", "attribute 'U' must be float32")
        assertImportError(x + batchNorm("FusedBatchNormV3", extra: [("exponential_avg_factor", "i: 1")]), node: "bn",
                          "attribute 'exponential_avg_factor' must be a float")
        assertImportError(x + batchNorm("FusedBatchNormV3", format: "NDHWC"), node: "bn", "data_format 'NDHWC' is not supported")
        assertImportError(x + batchNorm("FusedBatchNormV3", extra: [("momentum", "f: 0.9")]), node: "bn", "unknown attribute 'momentum'")
        assertImportError(placeholderText("x3", "DT_FLOAT", [2, 4, 4]) + batchNorm("FusedBatchNormV3", input: "x3"), node: "bn",
                          "x must have rank 4")
        assertImportError(placeholderText("x5", "DT_FLOAT", [1, 6, 6, 5]) + batchNorm("FusedBatchNormV3", input: "x5"), node: "bn",
                          "scale has 4 elements but x has 5 channels (NHWC)")
        assertImportError(placeholderText("xd", "DT_DOUBLE", [1, 6, 6, 4]) + batchNorm("FusedBatchNormV3", input: "xd")
                          .replacingOccurrences(of: "key: \"T\" value { type: DT_FLOAT }", with: "key: \"T\" value { type: DT_DOUBLE }"),
                          node: "bn", "x must be float32")
        assertImportError(x + nodeText("bn", "FusedBatchNormV3", ["x", "x"], [f32, ("is_training", "b: false")]), node: "bn",
                          "has 2 data input(s), expected 5")
    }

    // MARK: resizing

    private func resize(_ op: String, _ size: [Int], align: Bool = false, half: Bool = false, input: String = "x",
                        type: String = "DT_FLOAT") -> String {
        int32ConstText("size", size) + nodeText("r", op, [input, "size"], [("T", "type: \(type)"), ("align_corners", "b: \(align)"),
                                                                          ("half_pixel_centers", "b: \(half)")])
    }

    func testResizeOps() throws {
        let g = importText(x + resize("ResizeBilinear", [9, 3], half: true))
        XCTAssertEqual(node(g, "r")?.op, .resize(ResizeAttributes(method: .bilinear, height: 9, width: 3, halfPixelCenters: true)))
        XCTAssertEqual(node(g, "r")?.types, [TensorType(.float32, [1, 9, 3, 4])])
        XCTAssertNil(g.index(of: "size"), "the size Const is an attribute")
        let n = importText(placeholderText("xi", "DT_INT32", [2, 3, 3, 1]) + resize("ResizeNearestNeighbor", [6, 6], align: true, input: "xi", type: "DT_INT32"))
        XCTAssertEqual(node(n, "r")?.types, [TensorType(.int32, [2, 6, 6, 1])])
        // Bilinear of integers is float32 in TensorFlow: a Cast first.
        let bi = importText(placeholderText("xi", "DT_INT32", [2, 3, 3, 1]) + resize("ResizeBilinear", [4, 4], input: "xi", type: "DT_INT32"))
        XCTAssertEqual(node(bi, "r")?.types, [TensorType(.float32, [2, 4, 4, 1])])
        XCTAssertEqual(node(bi, "r/to_float")?.op, .cast(.float32))
        // Gradients: the original image's shape or size.
        let grads = placeholderText("dy", "DT_FLOAT", [1, 9, 3, 4])
            + nodeText("gb", "ResizeBilinearGrad", ["dy", "x"], [f32, ("align_corners", "b: true"), ("half_pixel_centers", "b: false")])
            + int32ConstText("orig", [6, 6])
            + nodeText("gn", "ResizeNearestNeighborGrad", ["dy", "orig"], [f32, ("align_corners", "b: false"), ("half_pixel_centers", "b: true")])
        let gg = importText(x + grads)
        XCTAssertEqual(node(gg, "gb")?.op, .resizeGrad(ResizeAttributes(method: .bilinear, height: 9, width: 3, alignCorners: true), inputShape: [1, 6, 6, 4]))
        XCTAssertEqual(node(gg, "gn")?.op, .resizeGrad(ResizeAttributes(method: .nearest, height: 9, width: 3, halfPixelCenters: true), inputShape: [1, 6, 6, 4]))
    }

    func testResizeErrors() {
        assertImportError(x + resize("ResizeBilinear", [0, 3]), node: "r", "size [0, 3] must be positive (a resize to zero is refused)")
        assertImportError(x + resize("ResizeNearestNeighbor", [4]), node: "r", "size must have 2 entries")
        assertImportError(x + resize("ResizeBilinear", [4, 4], align: true, half: true), node: "r",
                          "align_corners and half_pixel_centers cannot both be true")
        assertImportError(x + placeholderText("s", "DT_INT32", [2]) + nodeText("r", "ResizeBilinear", ["x", "s"], [f32]), node: "r",
                          "size (input 1, 's') must be a constant")
        assertImportError(placeholderText("x3", "DT_FLOAT", [6, 6, 4]) + resize("ResizeBilinear", [4, 4], input: "x3"), node: "r",
                          "the image must have rank 4")
        assertImportError(placeholderText("xb", "DT_BOOL", [1, 2, 2, 1]) + resize("ResizeNearestNeighbor", [4, 4], input: "xb", type: "DT_BOOL"),
                          node: "r", "does not take bool")
        assertImportError(placeholderText("x0", "DT_FLOAT", [1, 0, 2, 1]) + resize("ResizeNearestNeighbor", [4, 4], input: "x0"),
                          node: "r", "is empty")
        assertImportError(x + placeholderText("dy", "DT_FLOAT", [1, 3, 3, 4]) + placeholderText("orig", "DT_FLOAT", [1, -1, 6, 4])
                          + nodeText("g", "ResizeBilinearGrad", ["dy", "orig"], [f32]), node: "g", "original_image must have a known shape")
    }

    // MARK: export

    func testExportWritesTensorFlowsResizeAndDepthwiseNodes() throws {
        let text = x + placeholderText("w", "DT_FLOAT", [3, 3, 4, 2])
            + nodeText("dw", "DepthwiseConv2dNative", ["x", "w"], [f32, s1, same])
            + resize("ResizeBilinear", [9, 3], half: true)
            + placeholderText("dy", "DT_FLOAT", [1, 9, 3, 4])
            + nodeText("gb", "ResizeBilinearGrad", ["dy", "x"], [f32, ("align_corners", "b: true"), ("half_pixel_centers", "b: false")])
        let g = importText(text)
        let def = GraphDefExporter.graphDef(from: g)
        let byName = Dictionary(uniqueKeysWithValues: def.node.map { ($0.name, $0) })
        let r = try XCTUnwrap(byName["r"])
        XCTAssertEqual(r.op, "ResizeBilinear")
        XCTAssertEqual(r.input, ["x", "r/size"])
        XCTAssertEqual(r.attr["half_pixel_centers"], AttrValue(.b(true)))
        XCTAssertEqual(r.attr["align_corners"], AttrValue(.b(false)))
        XCTAssertEqual(byName["r/size"]?.attr["value"], AttrValue(.tensor(GraphDefExporter.tensorProto(Tensor(shape: [2], int32s: [9, 3])))))
        let grad = try XCTUnwrap(byName["gb"])
        XCTAssertEqual(grad.op, "ResizeBilinearGrad")
        XCTAssertEqual(grad.input, ["dy", "gb/original_image"])
        // The depthwise convolution is written as TensorFlow's grouped Conv2D over the reshaped filter.
        XCTAssertEqual(byName["dw"]?.op, "Conv2D")
        XCTAssertEqual(byName["dw"]?.input, ["x", "dw/filter_grouped"])
        XCTAssertEqual(byName["dw/filter_grouped"]?.op, "Reshape")
        XCTAssertEqual(try GraphDefImporter.graph(from: def).description, g.description)
    }
}
