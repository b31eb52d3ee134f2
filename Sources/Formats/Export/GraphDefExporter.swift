import GraphIR

/// Turns a GraphIR graph into a GraphDef that TensorFlow loads, writing each op with the
/// attributes TensorFlow 2 itself writes. `GraphDefImporter` reads the result back to an equal graph.
public enum GraphDefExporter {
    /// The GraphDef version written by default: TensorFlow 2.21's.
    public static let defaultProducer: Int32 = 2474

    /// The GraphDef for `graph`. Reshape shapes and reduction axes, attributes in GraphIR, become
    /// int32 Const inputs named `NODE/shape` and `NODE/reduction_indices` (made unique if taken).
    public static func graphDef(from graph: Graph, producer: Int32 = defaultProducer) -> GraphDef {
        var taken = Set(graph.nodes.map(\.name))
        func freshName(_ base: String) -> String {
            var name = base
            var k = 1
            while taken.contains(name) {
                name = "\(base)_\(k)"
                k += 1
            }
            taken.insert(name)
            return name
        }

        var out: [NodeDef] = []
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
                def.attr["strides"] = ints(inLayout(c.dataFormat, h: c.strideH, w: c.strideW))
                def.attr["dilations"] = ints(inLayout(c.dataFormat, h: c.dilationH, w: c.dilationW))
                def.attr["data_format"] = string(c.dataFormat.rawValue)
                def.attr["use_cudnn_on_gpu"] = AttrValue(.b(true))
                switch c.padding {
                case .valid, .same:
                    def.attr["padding"] = string(c.padding == .valid ? "VALID" : "SAME")
                    def.attr["explicit_paddings"] = ints([])
                case let .explicit(top, bottom, left, right):
                    def.attr["padding"] = string("EXPLICIT")
                    var pads = Array(repeating: 0, count: 8)
                    let ax = c.dataFormat.axes
                    (pads[2 * ax.h], pads[2 * ax.h + 1], pads[2 * ax.w], pads[2 * ax.w + 1]) = (top, bottom, left, right)
                    def.attr["explicit_paddings"] = ints(pads)
                }
            case .pool(let p):
                def.attr["T"] = type(t)
                def.attr["ksize"] = ints(inLayout(p.dataFormat, h: p.windowH, w: p.windowW))
                def.attr["strides"] = ints(inLayout(p.dataFormat, h: p.strideH, w: p.strideW))
                // GraphIR pools only take VALID or SAME, as TensorFlow's do.
                def.attr["padding"] = string(p.padding == .same ? "SAME" : "VALID")
                def.attr["data_format"] = string(p.dataFormat.rawValue)
            case .biasAdd(let format):
                def.attr["T"] = type(t)
                def.attr["data_format"] = string(format.rawValue)
            case .reshape(let target):
                let shape = integerConstant(freshName("\(n.name)/shape"), target)
                out.append(shape)
                def.input.append(shape.name)
                def.attr["T"] = type(t)
                def.attr["Tshape"] = shape.attr["dtype"]
            case let .reduce(_, axes, keepDims):
                let indices = integerConstant(freshName("\(n.name)/reduction_indices"), axes)
                out.append(indices)
                def.input.append(indices.name)
                def.attr["T"] = type(t)
                def.attr["Tidx"] = indices.attr["dtype"]
                def.attr["keep_dims"] = AttrValue(.b(keepDims))
            default:
                // Training ops: their TensorFlow attributes are written by the exporter's next revision.
                def.attr["T"] = type(t)
            }
            out.append(def)
        }
        return GraphDef(node: out, versions: VersionDef(producer: producer))
    }

    /// TensorFlow's op name; `Add` is written as `AddV2`, the op TensorFlow 2 emits for `+`.
    static func tensorFlowName(_ op: Op) -> String {
        if case .binary(.add) = op { return "AddV2" }
        return op.name
    }

    /// A tensor as TensorFlow's Const holds it: shape plus raw little-endian `tensor_content`.
    public static func tensorProto(_ t: Tensor) -> TensorProto {
        TensorProto(dtype: DataType(t.dtype), tensorShape: TensorShapeProto(sizes: t.shape), tensorContent: t.bytes)
    }

    /// A vector Const, int32 unless a value needs 64 bits.
    private static func integerConstant(_ name: String, _ values: [Int]) -> NodeDef {
        let tensor: Tensor
        if values.allSatisfy({ Int32(exactly: $0) != nil }) {
            tensor = Tensor(shape: [values.count], int32s: values.map { Int32($0) })
        } else {
            tensor = Tensor(shape: [values.count], int64s: values.map { Int64($0) })
        }
        return NodeDef(name: name, op: "Const", attr: ["dtype": type(tensor.dtype), "value": AttrValue(.tensor(tensorProto(tensor)))])
    }

    private static func inLayout(_ f: DataFormat, h: Int, w: Int) -> [Int] {
        f == .nhwc ? [1, h, w, 1] : [1, 1, h, w]
    }

    private static func type(_ d: DType) -> AttrValue { AttrValue(.type(DataType(d))) }
    private static func string(_ s: String) -> AttrValue { AttrValue(.s(Array(s.utf8))) }
    private static func ints(_ v: [Int]) -> AttrValue { AttrValue(.list(ListValue(i: v.map { Int64($0) }))) }
}
