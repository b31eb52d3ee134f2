import GraphIR

/// The ONNX graph being written from a GraphIR graph: nodes in order, initializers, the names
/// taken, and the layouts each GraphIR value is available in (`ONNXGraphWriter+Layouts.swift`).
/// An ONNX value holding a GraphIR value as it is has the GraphIR name (`node`, `node:k`), so
/// `run --output NAME` finds it in the exported file under the same name; helper values and
/// nodes are named `NODE/...`.
struct ONNXGraphWriter {
    let graph: Graph
    let opset: Int
    private(set) var nodes: [NodeProto] = []
    private(set) var initializers: [ONNXTensor] = []
    private var valueNames: Set<String>
    /// Names of the nodes written, and of every GraphIR node, which helper nodes keep clear of.
    private var nodeNames: Set<String> = []
    private let irNodeNames: Set<String>
    /// The ONNX values holding each GraphIR value, in the order they were written.
    var forms: [Value: [Form]] = [:]

    /// An ONNX value holding GraphIR value `v` transposed by `perm`, or (with `broadcast` set) `v`
    /// reshaped to the dimensions `broadcast` of a higher rank, then transposed by `perm`.
    struct Form {
        var perm: [Int]
        var broadcast: [Int]?
        var name: String
    }

    /// `reserved`: the names of the GraphIR values written as they are, which nothing else takes.
    init(graph: Graph, opset: Int, reserved: Set<String>) {
        self.graph = graph
        self.opset = opset
        valueNames = reserved
        irNodeNames = Set(graph.nodes.map(\.name))
    }

    func fail(_ n: Node, _ message: String) -> GraphError { GraphError(node: n.name, op: n.op.name, message) }

    // MARK: names

    /// `base`, or `base_1`, `base_2`, ... if taken; taken from now on.
    private static func fresh(_ base: String, in taken: inout Set<String>) -> String {
        var name = base, k = 1
        while taken.contains(name) {
            name = "\(base)_\(k)"
            k += 1
        }
        taken.insert(name)
        return name
    }

    mutating func freshValue(_ base: String) -> String { Self.fresh(base, in: &valueNames) }

    // MARK: nodes and initializers

    /// Appends a node. The node computing a GraphIR node is named after it (`main`); helpers
    /// get `NODE/OpType`, kept clear of every GraphIR node name and made unique.
    mutating func add(_ op: String, _ inputs: [String], _ outputs: [String], name: String, main: Bool = false,
                      _ attributes: [AttributeProto] = []) {
        var n = NodeProto()
        n.opType = op
        n.input = inputs
        n.output = outputs
        if main, !nodeNames.contains(name) {
            n.name = name
        } else {
            var candidate = name, k = 1
            while nodeNames.contains(candidate) || irNodeNames.contains(candidate) {
                candidate = "\(name)_\(k)"
                k += 1
            }
            n.name = candidate
        }
        nodeNames.insert(n.name)
        n.attribute = attributes
        nodes.append(n)
    }

    /// A helper node of one output, both named after GraphIR node `base`; returns the output.
    mutating func helper(_ op: String, _ inputs: [String], _ base: String, _ attributes: [AttributeProto] = []) -> String {
        let out = freshValue("\(base)/\(op)")
        add(op, inputs, [out], name: "\(base)/\(op)", attributes)
        return out
    }

    /// Writes an initializer under `name` exactly (a name reserved or made fresh by the caller).
    mutating func initializer(_ t: Tensor, named name: String) {
        initializers.append(ONNXTensor(t, name: name))
    }

    /// A helper initializer `base/suffix`; returns its name.
    mutating func constant(_ t: Tensor, _ base: String, _ suffix: String) -> String {
        let name = freshValue("\(base)/\(suffix)")
        initializer(t, named: name)
        return name
    }

    /// An int64 vector initializer (the shapes, axes, pads and sizes ONNX takes as inputs).
    mutating func int64s(_ values: [Int], _ base: String, _ suffix: String) -> String {
        constant(Tensor(shape: [values.count], int64s: values.map { Int64($0) }), base, suffix)
    }

    /// A scalar of `dtype` for element-wise helpers (`1` in `1 - erf(x)`).
    mutating func scalar(_ x: Double, _ dtype: DType, _ n: Node, _ suffix: String) throws -> String {
        let t: Tensor
        do { t = try Tensor(scalar: x, dtype) } catch let e as ShapeError { throw fail(n, e.message) }
        return constant(t, n.name, suffix)
    }

    /// Reduction axes and the Squeeze/Unsqueeze axes: an int64 input from opset `inputFrom`, an
    /// `axes` attribute before it. Returns the inputs to append and the attributes to add.
    mutating func axes(_ axes: [Int], inputFrom: Int, _ base: String) -> (inputs: [String], attributes: [AttributeProto]) {
        opset >= inputFrom ? ([int64s(axes, base, "axes")], []) : ([], [.ints("axes", axes)])
    }
}
