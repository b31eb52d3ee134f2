import GraphIR

/// Turns a GraphIR graph into a GraphDef that TensorFlow loads, writing each op with the
/// attributes TensorFlow 2 itself writes. `GraphDefImporter` reads the result back to an equal graph.
public enum GraphDefExporter {
    /// The GraphDef version written by default: TensorFlow 2.21's.
    public static let defaultProducer: Int32 = 2474

    /// The GraphDef for `graph`. Values GraphIR keeps as attributes but TensorFlow takes as inputs
    /// (Reshape shapes, reduction axes, permutations, reversed axes, gradient shapes, ArgMax's
    /// dimension) become Const nodes named `NODE/shape`, `NODE/reduction_indices`, ... (made unique
    /// if taken), written just before their consumer.
    public static func graphDef(from graph: Graph, producer: Int32 = defaultProducer) -> GraphDef {
        var out = ExportedNodes(taken: Set(graph.nodes.map(\.name)))
        for n in graph.nodes {
            var def = NodeDef(name: n.name, op: tensorFlowName(n.op), input: n.inputs.map { graph.name(of: $0) })
            let t = n.inputs.first.map { graph[$0].dtype } ?? n.types.first?.dtype ?? .float32
            switch n.op {
            case let .placeholder(dtype, shape):
                def.attr["dtype"] = type(dtype)
                def.attr["shape"] = AttrValue(.shape(shape.map { TensorShapeProto(sizes: $0) } ?? TensorShapeProto(dim: [], unknownRank: true)))
            case .constant(let tensor):
                def.attr["dtype"] = type(tensor.dtype)
                def.attr["value"] = AttrValue(.tensor(tensorProto(tensor)))
            case .identity, .unary, .binary, .softmax:
                def.attr["T"] = type(t)
            case let .matMul(ta, tb):
                def.attr["T"] = type(t)
                def.attr["transpose_a"] = AttrValue(.b(ta))
                def.attr["transpose_b"] = AttrValue(.b(tb))
            case .conv2D(let c):
                def.attr["T"] = type(t)
                convAttributes(c, &def)
            case .pool(let p):
                def.attr["T"] = type(t)
                poolAttributes(p, &def)
            case .biasAdd(let format):
                def.attr["T"] = type(t)
                def.attr["data_format"] = string(format.rawValue)
            case .reshape(let target):
                def.attr["T"] = type(t)
                def.attr["Tshape"] = out.constantInput(&def, "shape", target)
            case let .reduce(kind, axes, keepDims):
                // All and Any take only bools and have no `T`.
                if kind != .all && kind != .any { def.attr["T"] = type(t) }
                def.attr["Tidx"] = out.constantInput(&def, "reduction_indices", axes)
                def.attr["keep_dims"] = AttrValue(.b(keepDims))
            case .logSoftmax:
                def.attr["T"] = type(t)
            case let .batchMatMul(adjX, adjY):
                def.attr["T"] = type(t)
                def.attr["adj_x"] = AttrValue(.b(adjX))
                def.attr["adj_y"] = AttrValue(.b(adjY))
            case .truncatingCast(let to):
                def.attr["SrcT"] = type(t)
                def.attr["DstT"] = type(to)
                def.attr["Truncate"] = AttrValue(.b(true))
            case .variable, .assign, .dropout, .randomUniform, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy,
                 .argMax, .compare, .select, .cast, .broadcastTo, .transpose, .reverse, .conv2DBackpropInput,
                 .conv2DBackpropFilter, .maxPoolGrad, .avgPoolGrad:
                trainingAttributes(n, graph, &def, &out)
            case .shape, .dynamicReshape, .dynamicBroadcast, .dynamicTranspose, .splat, .range:
                shapeAttributes(n, graph, &def, &out)
            case .pad, .concat, .split, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .pack, .unpack, .gather,
                 .gatherGrad:
                layoutAttributes(n, graph, &def, &out)
            case .resize, .resizeGrad:
                resizeAttributes(n, graph, &def, &out)
            case .winograd(let w):
                // GraphJIT's own op (pass `winograd` writes it), like GraphJITRandomUniform.
                def.attr["T"] = type(t)
                def.attr["pad_top"] = AttrValue(.i(Int64(w.padTop)))
                def.attr["pad_left"] = AttrValue(.i(Int64(w.padLeft)))
                def.attr["output_height"] = AttrValue(.i(Int64(w.height)))
                def.attr["output_width"] = AttrValue(.i(Int64(w.width)))
            }
            out.nodes.append(def)
        }
        return GraphDef(node: out.nodes, versions: VersionDef(producer: producer))
    }

    /// TensorFlow's op name; `Add` is written as `AddV2`, the op TensorFlow 2 emits for `+`, and
    /// ops with no TensorFlow equivalent (`randomUniform`, Winograd's transforms, the gather
    /// gradient, ONNX's edge padding and resize rules) as GraphJIT's own `GraphJIT...` ops.
    static func tensorFlowName(_ op: Op) -> String {
        switch op {
        case .binary(.add): return "AddV2"
        case .randomUniform: return "GraphJITRandomUniform"
        case .winograd: return "GraphJIT" + op.name
        case .gatherGrad: return "GraphJITGatherGrad"
        case .pad(_, _, .edge): return "GraphJITEdgePad"
        case .resize(let r), .resizeGrad(let r, _):
            switch r.rule {
            case .tensorFlow: return op.name
            case .onnx: return "GraphJIT" + op.name
            }
        default: return op.name
        }
    }

    /// Shape, Reshape and BroadcastTo with computed shapes, ZerosLike/OnesLike (any other splat is
    /// `Fill(Shape(x), value)`), and Range with its bounds as Consts.
    static func shapeAttributes(_ n: Node, _ graph: Graph, _ def: inout NodeDef, _ out: inout ExportedNodes) {
        let inputType = { (k: Int) in type(graph[n.inputs[k]].dtype) }
        switch n.op {
        case .shape(let outType):
            def.attr["T"] = inputType(0)
            def.attr["out_type"] = type(outType)
        case .dynamicReshape:
            def.attr["T"] = inputType(0)
            def.attr["Tshape"] = inputType(1)
        case .dynamicTranspose:
            def.attr["T"] = inputType(0)
            def.attr["Tperm"] = inputType(1)
        case .dynamicBroadcast:
            def.attr["T"] = inputType(0)
            def.attr["Tidx"] = inputType(1)
        case .splat(let v) where v == 0 || v == 1:
            def.attr["T"] = inputType(0)
        case .splat(let v):
            let dtype = graph[n.inputs[0]].dtype
            let dims = out.freshName("\(n.name)/dims")
            out.nodes.append(NodeDef(name: dims, op: "Shape", input: def.input,
                                     attr: ["T": type(dtype), "out_type": type(.int32)]))
            let value = out.freshName("\(n.name)/value")
            let scalar = (try? Tensor(scalar: v, dtype)) ?? Tensor(shape: [], floats: [Float(v)])
            out.nodes.append(NodeDef(name: value, op: "Const",
                                     attr: ["dtype": type(scalar.dtype), "value": AttrValue(.tensor(tensorProto(scalar)))]))
            def.op = "Fill"
            def.input = [dims, value]
            def.attr["T"] = type(dtype)
            def.attr["index_type"] = type(.int32)
        case let .range(start, delta, count, dtype):
            for (suffix, x) in [("start", start), ("limit", start + Double(count) * delta), ("delta", delta)] {
                let name = out.freshName("\(n.name)/\(suffix)")
                let scalar = (try? Tensor(scalar: x, dtype)) ?? Tensor(shape: [], floats: [Float(x)])
                out.nodes.append(NodeDef(name: name, op: "Const",
                                         attr: ["dtype": type(dtype), "value": AttrValue(.tensor(tensorProto(scalar)))]))
                def.input.append(name)
            }
            def.attr["Tidx"] = type(dtype)
        case .placeholder, .constant, .identity, .unary, .binary, .matMul, .conv2D, .pool, .biasAdd, .softmax, .reshape,
             .reduce, .variable, .assign, .dropout, .randomUniform, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy,
             .argMax, .compare, .select, .cast, .broadcastTo, .transpose, .reverse, .conv2DBackpropInput,
             .conv2DBackpropFilter, .maxPoolGrad, .avgPoolGrad, .pad, .concat, .split, .squeeze, .expandDims, .slice,
             .stridedSlice, .tile, .pack, .unpack, .gather, .gatherGrad, .logSoftmax, .batchMatMul, .truncatingCast,
             .resize, .resizeGrad, .winograd:
            break  // written by the exporter's other tables
        }
    }

    /// A tensor as TensorFlow's Const holds it: shape plus raw little-endian `tensor_content`.
    public static func tensorProto(_ t: Tensor) -> TensorProto {
        TensorProto(dtype: DataType(t.dtype), tensorShape: TensorShapeProto(sizes: t.shape), tensorContent: t.storage)
    }

    /// Conv2D's attributes as TensorFlow writes them, also for its gradients.
    /// TensorFlow's attributes of a convolution. A packed filter (`filterBlock > 0`) exists only in
    /// the compiler's graph optimised for inference, which is never exported.
    static func convAttributes(_ c: Conv2DAttributes, _ def: inout NodeDef) {
        def.attr["strides"] = ints(inLayout(c.dataFormat, h: c.strideH, w: c.strideW))
        def.attr["dilations"] = ints(inLayout(c.dataFormat, h: c.dilationH, w: c.dilationW))
        def.attr["data_format"] = string(c.dataFormat.rawValue)
        def.attr["use_cudnn_on_gpu"] = AttrValue(.b(true))
        paddingAttributes(c.padding, c.dataFormat, &def)
    }

    /// MaxPool's or AvgPool's attributes, also for their gradients; only max pools have
    /// `explicit_paddings` (empty unless the padding is EXPLICIT), as in TensorFlow.
    static func poolAttributes(_ p: PoolAttributes, _ def: inout NodeDef) {
        def.attr["ksize"] = ints(inLayout(p.dataFormat, h: p.windowH, w: p.windowW))
        def.attr["strides"] = ints(inLayout(p.dataFormat, h: p.strideH, w: p.strideW))
        def.attr["data_format"] = string(p.dataFormat.rawValue)
        if p.kind == .max {
            paddingAttributes(p.padding, p.dataFormat, &def)
        } else {
            def.attr["padding"] = string(p.padding == .same ? "SAME" : "VALID")
        }
    }

    /// `padding` and `explicit_paddings` (8 entries in `format`'s axis order for EXPLICIT).
    private static func paddingAttributes(_ padding: Padding, _ format: DataFormat, _ def: inout NodeDef) {
        switch padding {
        case .valid, .same:
            def.attr["padding"] = string(padding == .valid ? "VALID" : "SAME")
            def.attr["explicit_paddings"] = ints([])
        case let .explicit(top, bottom, left, right):
            def.attr["padding"] = string("EXPLICIT")
            var pads = Array(repeating: 0, count: 8)
            let ax = format.axes
            (pads[2 * ax.h], pads[2 * ax.h + 1], pads[2 * ax.w], pads[2 * ax.w + 1]) = (top, bottom, left, right)
            def.attr["explicit_paddings"] = ints(pads)
        }
    }

    private static func inLayout(_ f: DataFormat, h: Int, w: Int) -> [Int] {
        f == .nhwc ? [1, h, w, 1] : [1, 1, h, w]
    }

    static func type(_ d: DType) -> AttrValue { AttrValue(.type(DataType(d))) }
    static func string(_ s: String) -> AttrValue { AttrValue(.s(Array(s.utf8))) }
    static func ints(_ v: [Int]) -> AttrValue { AttrValue(.list(ListValue(i: v.map { Int64($0) }))) }
}

/// The nodes written so far, and the names taken, so helper Consts get unique names.
struct ExportedNodes {
    var taken: Set<String>
    var nodes: [NodeDef] = []

    /// `base`, or `base_1`, `base_2`, ... if taken; the result is taken from now on.
    mutating func freshName(_ base: String) -> String {
        var name = base
        var k = 1
        while taken.contains(name) {
            name = "\(base)_\(k)"
            k += 1
        }
        taken.insert(name)
        return name
    }

    /// Writes an integer Const `NODE/suffix` (a vector, a scalar when `scalar`, or of `shape`) and
    /// adds it to `def`'s inputs at `position` (the end when nil). It is int32 unless a value needs
    /// 64 bits or `wide` asks for int64 (inputs sharing one type attribute). Returns its dtype attribute.
    @discardableResult
    mutating func constantInput(_ def: inout NodeDef, _ suffix: String, _ values: [Int], scalar: Bool = false,
                                shape given: [Int]? = nil, wide: Bool = false, at position: Int? = nil) -> AttrValue {
        let shape = given ?? (scalar ? [] : [values.count])
        let tensor: Tensor
        if !wide, values.allSatisfy({ Int32(exactly: $0) != nil }) {
            tensor = Tensor(shape: shape, int32s: values.map { Int32($0) })
        } else {
            tensor = Tensor(shape: shape, int64s: values.map { Int64($0) })
        }
        let dtype = GraphDefExporter.type(tensor.dtype)
        let name = freshName("\(def.name)/\(suffix)")
        nodes.append(NodeDef(name: name, op: "Const",
                             attr: ["dtype": dtype, "value": AttrValue(.tensor(GraphDefExporter.tensorProto(tensor)))]))
        def.input.insert(name, at: position ?? def.input.count)
        return dtype
    }
}
