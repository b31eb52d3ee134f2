import GraphIR
import XCTest
@testable import Formats

final class ExporterTests: XCTestCase {
    /// A graph using every `Op` case, with the attribute variants that change what is written.
    static func everyOpGraph() throws -> Graph {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [-1, 6, 6, 2]))
        let xc = try g.add("xc", .placeholder(dtype: .float32, shape: [1, 2, 6, 6]))
        try g.add("any", .placeholder(dtype: .int64, shape: nil))
        let w = try g.add("w", .constant(Tensor(shape: [3, 3, 2, 4], floats: (0..<72).map { Float($0) / 7 })))
        let bias = try g.add("bias", .constant(Tensor(shape: [4], floats: [1, -2, 0.5, .infinity])))
        try g.add("flags", .constant(Tensor(shape: [2], bools: [true, false])))
        try g.add("wide", .constant(Tensor(shape: [], doubles: [.pi])))
        let counts = try g.add("counts", .constant(Tensor(shape: [1, 2], int64s: [.min, .max])))
        try g.add("ints", .constant(Tensor(shape: [2], int32s: [-1, 7])))
        let same = try g.add("same", .conv2D(Conv2DAttributes(strideH: 2, padding: .same)), [x, w])
        try g.add("explicit", .conv2D(Conv2DAttributes(dilationW: 2, padding: .explicit(top: 1, bottom: 0, left: 2, right: 3))), [x, w])
        try g.add("nchw", .conv2D(Conv2DAttributes(strideW: 2, padding: .explicit(top: 0, bottom: 1, left: 1, right: 0),
                                                   dataFormat: .nchw)), [xc, w])
        let biased = try g.add("biased", .biasAdd(.nhwc), [same, bias])
        try g.add("biased_nchw", .biasAdd(.nchw), [xc, try g.add("cbias", .constant(Tensor(shape: [2], floats: [1, 2])))])
        let pooled = try g.add("pooled", .pool(PoolAttributes(kind: .max, windowH: 2, windowW: 3, strideH: 1, strideW: 2, padding: .same)), [biased])
        try g.add("avg", .pool(PoolAttributes(kind: .avg, windowH: 2, windowW: 2, strideH: 2, strideW: 2, dataFormat: .nchw)), [xc])
        var v = pooled
        for u in UnaryOp.allCases { v = try g.add("u_\(u.rawValue)", .unary(u), [v]) }
        for b in BinaryOp.allCases { v = try g.add("b_\(b.rawValue)", .binary(b), [v, pooled]) }
        let flat = try g.add("flat", .reshape([-1, 24]), [v])
        let square = try g.add("square", .reshape([24, -1]), [flat])
        let m = try g.add("m", .matMul(transposeA: true, transposeB: false), [square, square])
        try g.add("mt", .matMul(transposeA: false, transposeB: true), [m, m])
        try g.add("soft", .softmax, [m])
        try g.add("id", .identity, [m])
        try g.add("mean", .reduce(.mean, axes: [0, 2], keepDims: true), [pooled])
        try g.add("sum", .reduce(.sum, axes: [1], keepDims: false), [counts])
        try g.add("max", .reduce(.max, axes: [], keepDims: false), [m])
        // A name the exporter would otherwise pick for a helper constant.
        try g.add("flat/shape", .constant(Tensor(shape: [1], int32s: [3])))
        try g.add("pool_explicit", .pool(PoolAttributes(kind: .max, windowH: 3, windowW: 2, strideH: 2, strideW: 1,
                                                        padding: .explicit(top: 1, bottom: 0, left: 0, right: 1))), [x])
        try addTrainingOps(&g, x: x, xc: xc, w: w, bias: bias)
        // Shapes computed in the graph (x's batch is unknown, so Shape stays an op).
        let dims = try g.add("dims", .shape(outType: .int32), [x])
        let dims64 = try g.add("dims64", .shape(outType: .int64), [x])
        try g.add("reshaped", .dynamicReshape, [x, dims])
        try g.add("filled", .dynamicBroadcast, [try g.add("fill_value", .constant(Tensor(shape: [], floats: [2.5]))), dims64])
        try g.add("permuted", .dynamicTranspose, [x, try g.add("perm", .placeholder(dtype: .int32, shape: [4]))])
        try g.add("zeros", .splat(0), [x])
        try g.add("ones", .splat(1), [counts])
        try g.add("range", .range(start: 3, delta: -2, count: 4, dtype: .int64))
        try g.add("frange", .range(start: 0.5, delta: 0.25, count: 3, dtype: .float32))
        try addLayoutOps(&g, x: x)
        try addElementwiseOps(&g, m: m, pooled: pooled)
        try addConvolutionOps(&g, x: x, xc: xc)
        return g
    }

    /// The element-wise ops, reductions and batched products of real models.
    private static func addElementwiseOps(_ g: inout Graph, m: Value, pooled: Value) throws {
        try g.add("log_softmax", .logSoftmax, [m])
        for kind in [ReduceKind.min, .prod] { try g.add("reduce_\(kind.rawValue)", .reduce(kind, axes: [1, 3], keepDims: true), [pooled]) }
        let truth = try g.add("truth", .placeholder(dtype: .bool, shape: [2, 3]))
        try g.add("reduce_all", .reduce(.all, axes: [1], keepDims: false), [truth])
        try g.add("reduce_any", .reduce(.any, axes: [0, 1], keepDims: true), [truth])
        let batched = try g.add("batched", .placeholder(dtype: .float32, shape: [2, 1, 3, 4]))
        let weights = try g.add("batch_weights", .placeholder(dtype: .float32, shape: [5, 4, 3]))
        try g.add("bmm", .batchMatMul(adjX: false, adjY: false), [batched, weights])
        try g.add("bmm_adj", .batchMatMul(adjX: true, adjY: true), [weights, batched])
        let wide = try g.add("wide_input", .placeholder(dtype: .float64, shape: [3]))
        try g.add("truncate", .truncatingCast(.float32), [wide])
    }

    /// Grouped convolutions and resizing, with the attribute variants that change what is written.
    private static func addConvolutionOps(_ g: inout Graph, x: Value, xc: Value) throws {
        let depthwise = try g.add("w_depthwise", .constant(Tensor(shape: [3, 3, 1, 4], floats: (0..<36).map { Float($0) / 5 })))
        try g.add("grouped", .conv2D(Conv2DAttributes(padding: .same)), [x, depthwise])
        try g.add("grouped_nchw", .conv2D(Conv2DAttributes(strideH: 2, dataFormat: .nchw)), [xc, depthwise])
        let images = try g.add("images", .placeholder(dtype: .float32, shape: [2, 4, 5, 3]))
        let bilinear = ResizeAttributes(method: .bilinear, height: 7, width: 3, halfPixelCenters: true)
        let nearest = ResizeAttributes(method: .nearest, height: 8, width: 10, alignCorners: true)
        let up = try g.add("resize_bilinear", .resize(bilinear), [images])
        try g.add("resize_nearest", .resize(nearest), [images])
        try g.add("resize_nearest_int", .resize(ResizeAttributes(method: .nearest, height: 1, width: 2)),
                  [try g.add("int_images", .placeholder(dtype: .int32, shape: [1, 3, 3, 2]))])
        try g.add("resize_bilinear_grad", .resizeGrad(bilinear, inputShape: [2, 4, 5, 3]), [up])
        try g.add("resize_nearest_grad", .resizeGrad(nearest, inputShape: [2, 4, 5, 3]),
                  [try g.add("nearest_dy", .placeholder(dtype: .float32, shape: [2, 8, 10, 3]))])
        // ONNX's rules, as GraphJIT's own ops.
        let onnxLinear = ResizeAttributes(method: .bilinear, height: 6, width: 7, rule: .onnx(ONNXResizeRule(
            coordinates: .pytorchHalfPixel, nearest: .roundPreferFloor, scaleH: 1.5, scaleW: 1.4)))
        let onnxNearest = ResizeAttributes(method: .nearest, height: 8, width: 2, rule: .onnx(ONNXResizeRule(
            coordinates: .tfHalfPixelForNN, nearest: .legacy, scaleH: 2, scaleW: 0.5)))
        let onnxUp = try g.add("resize_onnx_linear", .resize(onnxLinear), [images])
        try g.add("resize_onnx_nearest", .resize(onnxNearest), [images])
        try g.add("resize_onnx_linear_grad", .resizeGrad(onnxLinear, inputShape: [2, 4, 5, 3]), [onnxUp])
        try g.add("resize_onnx_nearest_grad", .resizeGrad(onnxNearest, inputShape: [2, 4, 5, 3]),
                  [try g.add("onnx_nearest_dy", .placeholder(dtype: .float32, shape: [2, 8, 2, 3]))])
        // Winograd's transforms of a 3x3 SAME convolution of the 4x5 images (pass `winograd`).
        let tiles = try g.add("winograd_input", .winograd(WinogradAttributes(stage: .input, padTop: 1, padLeft: 1, height: 4, width: 5)), [images])
        try g.add("winograd_output", .winograd(WinogradAttributes(stage: .output, padTop: 1, padLeft: 1, height: 4, width: 5)), [tiles])
    }

    /// The training ops, each with the attribute variants that change what is written.
    private static func addTrainingOps(_ g: inout Graph, x: Value, xc: Value, w: Value, bias: Value) throws {
        let variable = try g.add("var", .variable(dtype: .float32, shape: [4]))
        try g.add("assign", .assign, [variable, bias])
        let logits = try g.add("logits", .placeholder(dtype: .float32, shape: [4, 10]))
        let probs = try g.add("probs", .placeholder(dtype: .float32, shape: [4, 10]))
        let labels = try g.add("labels", .placeholder(dtype: .int32, shape: [4]))
        let labels64 = try g.add("labels64", .placeholder(dtype: .int64, shape: [-1]))
        try g.add("dropout", .dropout(rate: 0.25), [logits])
        let step = try g.add("step", .constant(Tensor(shape: [], int64s: [3])))
        try g.add("random", .randomUniform(seed: .max - 5, shape: [2, 3]), [step])
        let sparse = try g.add("sparse_xent", .sparseSoftmaxCrossEntropy, [logits, labels])
        try g.add("sparse_xent64", .sparseSoftmaxCrossEntropy, [logits, labels64])
        try g.add("xent", .softmaxCrossEntropy, [logits, probs])
        try g.add("backprop", .identity, [Value(node: sparse.node, output: 1)])
        try g.add("argmax", .argMax(axis: 1, outputType: .int32), [logits])
        try g.add("argmax64", .argMax(axis: 0, outputType: .int64), [logits])
        var condition = logits
        for c in CompareOp.allCases { condition = try g.add("c_\(c.rawValue)", .compare(c), [logits, probs]) }
        try g.add("select", .select, [condition, logits, try g.add("zero", .constant(Tensor(shape: [], floats: [0])))])
        try g.add("to_int", .cast(.int32), [logits])
        try g.add("to_double", .cast(.float64), [condition])
        try g.add("broadcast", .broadcastTo([3, 4]), [bias])
        try g.add("transpose", .transpose([1, 0]), [logits])
        try g.add("transpose4", .transpose([0, 3, 1, 2]), [x])
        try g.add("reverse", .reverse(axes: [0]), [logits])
        try g.add("reverse4", .reverse(axes: [1, 3]), [x])
        try g.add("reverse_none", .reverse(axes: []), [bias])
        let conv = Conv2DAttributes(strideH: 2, strideW: 2, padding: .same)
        let dy = try g.add("dy", .placeholder(dtype: .float32, shape: [2, 3, 3, 4]))
        try g.add("dx", .conv2DBackpropInput(conv, inputShape: [2, 6, 6, 2]), [w, dy])
        try g.add("dw", .conv2DBackpropFilter(conv, filterShape: [3, 3, 2, 4]), [x, dy])
        let explicit = Conv2DAttributes(dilationH: 2, padding: .explicit(top: 1, bottom: 2, left: 0, right: 1), dataFormat: .nchw)
        let dyc = try g.add("dyc", .placeholder(dtype: .float32, shape: [1, 4, 5, 5]))
        try g.add("dxc", .conv2DBackpropInput(explicit, inputShape: [1, 2, 6, 6]), [w, dyc])
        try g.add("dwc", .conv2DBackpropFilter(explicit, filterShape: [3, 3, 2, 4]), [xc, dyc])
        let window = PoolAttributes(kind: .max, windowH: 2, windowW: 3, strideH: 1, strideW: 2, padding: .same)
        let pooled = try g.add("grad_pooled", .pool(window), [x])
        try g.add("maxpool_grad", .maxPoolGrad(window), [x, pooled, pooled])
        let average = PoolAttributes(kind: .avg, windowH: 2, windowW: 2, strideH: 2, strideW: 2, dataFormat: .nchw)
        try g.add("avgpool_grad", .avgPoolGrad(average, inputShape: [1, 2, 6, 6]), [try g.add("avg_dy", .pool(average), [xc])])
    }

    /// The `Op` case of `op`, by name. The switch is exhaustive, so a new case cannot be added
    /// without listing it here, and `opCaseNames` must then name it too.
    private static func caseName(_ op: Op) -> String {
        switch op {
        case .placeholder: return "placeholder"
        case .constant: return "constant"
        case .identity: return "identity"
        case .unary: return "unary"
        case .binary: return "binary"
        case .matMul: return "matMul"
        case .conv2D: return "conv2D"
        case .pool: return "pool"
        case .biasAdd: return "biasAdd"
        case .softmax: return "softmax"
        case .reshape: return "reshape"
        case .reduce: return "reduce"
        case .variable: return "variable"
        case .assign: return "assign"
        case .dropout: return "dropout"
        case .randomUniform: return "randomUniform"
        case .sparseSoftmaxCrossEntropy: return "sparseSoftmaxCrossEntropy"
        case .softmaxCrossEntropy: return "softmaxCrossEntropy"
        case .argMax: return "argMax"
        case .compare: return "compare"
        case .select: return "select"
        case .cast: return "cast"
        case .broadcastTo: return "broadcastTo"
        case .transpose: return "transpose"
        case .reverse: return "reverse"
        case .conv2DBackpropInput: return "conv2DBackpropInput"
        case .conv2DBackpropFilter: return "conv2DBackpropFilter"
        case .maxPoolGrad: return "maxPoolGrad"
        case .avgPoolGrad: return "avgPoolGrad"
        case .shape: return "shape"
        case .dynamicReshape: return "dynamicReshape"
        case .dynamicBroadcast: return "dynamicBroadcast"
        case .dynamicTranspose: return "dynamicTranspose"
        case .splat: return "splat"
        case .range: return "range"
        case .pad: return "pad"
        case .concat: return "concat"
        case .split: return "split"
        case .squeeze: return "squeeze"
        case .expandDims: return "expandDims"
        case .slice: return "slice"
        case .stridedSlice: return "stridedSlice"
        case .tile: return "tile"
        case .pack: return "pack"
        case .unpack: return "unpack"
        case .gather: return "gather"
        case .gatherGrad: return "gatherGrad"
        case .logSoftmax: return "logSoftmax"
        case .batchMatMul: return "batchMatMul"
        case .truncatingCast: return "truncatingCast"
        case .resize: return "resize"
        case .resizeGrad: return "resizeGrad"
        case .winograd: return "winograd"
        }
    }

    private static let opCaseNames: Set<String> = [
        "placeholder", "constant", "identity", "unary", "binary", "matMul", "conv2D", "pool", "biasAdd", "softmax",
        "reshape", "reduce", "variable", "assign", "dropout", "randomUniform", "sparseSoftmaxCrossEntropy",
        "softmaxCrossEntropy", "argMax", "compare", "select", "cast", "broadcastTo", "transpose", "reverse",
        "conv2DBackpropInput", "conv2DBackpropFilter", "maxPoolGrad", "avgPoolGrad",
        "shape", "dynamicReshape", "dynamicBroadcast", "dynamicTranspose", "splat", "range",
        "pad", "concat", "split", "squeeze", "expandDims", "slice", "stridedSlice", "tile", "pack", "unpack", "gather",
        "gatherGrad",
        "logSoftmax", "batchMatMul", "truncatingCast",
        "resize", "resizeGrad", "winograd",
    ]

    func testEveryOpCaseIsInTheRoundTripGraph() throws {
        let g = try Self.everyOpGraph()
        XCTAssertEqual(Set(g.nodes.map { Self.caseName($0.op) }), Self.opCaseNames)
        var unary = Set<UnaryOp>(), binary = Set<BinaryOp>(), compare = Set<CompareOp>()
        for n in g.nodes {
            switch n.op {
            case .unary(let u): unary.insert(u)
            case .binary(let b): binary.insert(b)
            case .compare(let c): compare.insert(c)
            default: break
            }
        }
        XCTAssertEqual(unary, Set(UnaryOp.allCases))
        XCTAssertEqual(binary, Set(BinaryOp.allCases))
        XCTAssertEqual(compare, Set(CompareOp.allCases))
    }

    func testEveryOpSurvivesExportAndImport() throws {
        let g = try Self.everyOpGraph()
        let def = GraphDefExporter.graphDef(from: g)
        XCTAssertEqual(try GraphDefImporter.graph(from: def).nodes, g.nodes)
        XCTAssertEqual(try GraphDefFile.parse(text: def.textFormat).nodes, g.nodes)
        XCTAssertEqual(try GraphDefFile.decode(binary: def.binaryFormat).nodes, g.nodes)
    }

    func testExportWritesTensorFlowAttributes() throws {
        let def = GraphDefExporter.graphDef(from: try Self.everyOpGraph())
        func find(_ name: String) -> NodeDef? { def.node.first { $0.name == name } }
        XCTAssertEqual(def.versions, VersionDef(producer: GraphDefExporter.defaultProducer))
        XCTAssertEqual(find("b_add")?.op, "AddV2")
        XCTAssertEqual(find("b_div")?.op, "RealDiv")
        XCTAssertEqual(find("b_add")?.attr["T"], AttrValue(.type(.float)))
        XCTAssertEqual(find("resize_onnx_linear")?.op, "GraphJITResizeBilinear")
        XCTAssertEqual(find("resize_onnx_linear")?.attr["coordinate_transformation_mode"], AttrValue(.s(Array("pytorch_half_pixel".utf8))))
        XCTAssertNil(find("resize_onnx_linear")?.attr["align_corners"])
        XCTAssertEqual(find("resize_onnx_nearest_grad")?.op, "GraphJITResizeNearestNeighborGrad")
        XCTAssertEqual(find("resize_nearest_grad")?.op, "ResizeNearestNeighborGrad")
        XCTAssertEqual(find("any")?.attr["shape"], AttrValue(.shape(TensorShapeProto(dim: [], unknownRank: true))))
        XCTAssertEqual(find("w")?.attr["value"].flatMap {
            if case .tensor(let t)? = $0.value { return t.tensorContent.count } else { return nil }
        }, 72 * 4)
        XCTAssertEqual(find("nchw")?.attr["explicit_paddings"],
                       AttrValue(.list(ListValue(i: [0, 0, 0, 0, 0, 1, 1, 0]))))
        XCTAssertEqual(find("nchw")?.attr["strides"], AttrValue(.list(ListValue(i: [1, 1, 1, 2]))))
        XCTAssertEqual(find("same")?.attr["padding"], AttrValue(.s(Array("SAME".utf8))))
        XCTAssertEqual(find("pooled")?.attr["ksize"], AttrValue(.list(ListValue(i: [1, 2, 3, 1]))))
        // Attribute-valued inputs become Const nodes just before their consumer, named uniquely.
        XCTAssertEqual(find("flat")?.input, ["b_\(BinaryOp.allCases.last?.rawValue ?? "")", "flat/shape_1"])
        XCTAssertEqual(find("flat")?.attr["Tshape"], AttrValue(.type(.int32)))
        XCTAssertEqual(find("mean")?.input, ["pooled", "mean/reduction_indices"])
        XCTAssertEqual(find("mean")?.attr["keep_dims"], AttrValue(.b(true)))
        XCTAssertEqual(find("mean/reduction_indices")?.op, "Const")
        XCTAssertEqual(find("reverse4")?.op, "ReverseV2")
        XCTAssertEqual(find("reverse4")?.input, ["x", "reverse4/axis"])
        XCTAssertEqual(find("reverse4")?.attr["Tidx"], AttrValue(.type(.int32)))
        XCTAssertEqual(find("reverse4/axis")?.attr["value"],
                       AttrValue(.tensor(GraphDefExporter.tensorProto(Tensor(shape: [2], int32s: [1, 3])))))
        XCTAssertEqual(find("reverse_none/axis")?.attr["value"],
                       AttrValue(.tensor(GraphDefExporter.tensorProto(Tensor(shape: [0], int32s: [])))))
        let names = def.node.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertLessThan(names.firstIndex(of: "flat/shape_1") ?? .max, names.firstIndex(of: "flat") ?? -1)
    }

    func testWideReshapeTargetsUseInt64() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: nil))
        try g.add("r", .reshape([1 << 33, -1]), [x])
        let def = GraphDefExporter.graphDef(from: g)
        XCTAssertEqual(def.node.first { $0.name == "r" }?.attr["Tshape"], AttrValue(.type(.int64)))
        XCTAssertEqual(try GraphDefImporter.graph(from: def).nodes, g.nodes)
    }

    func testTensorFlowFixturesSurviveImportExportImport() throws {
        for dir in try fixtureCases() {
            let path = dir.appendingPathComponent("graph.pbtxt").path
            let g = try GraphDefFile.load(path: path)
            let again = try GraphDefImporter.graph(from: GraphDefExporter.graphDef(from: g))
            XCTAssertEqual(again.nodes, g.nodes, path)
        }
    }
}
