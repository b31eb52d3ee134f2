import GraphIR

/// What an op's lowering sees of one ONNX node: its attributes through typed accessors whose
/// errors name the node, its inputs (nil for an optional input left empty), the opset version
/// its semantics follow, and the graph it appends to. Inner nodes are named `OUTPUT/suffix`;
/// `result` names the node after the ONNX node's first output, so `--output NAME` finds it.
struct ONNXNode {
    let proto: NodeProto
    /// The default domain's opset version the model imports.
    let opset: Int
    let inputs: [Value?]
    var graph: Graph
    /// Every value name of the file, which inner nodes must not take.
    let reserved: Set<String>
    /// Reads the node's tensor attributes as the file's initializers are read.
    let initializers: InitializerData
    /// Computes inputs that follow from constants (`foldedConstant`); nil: constants only.
    let evaluator: (any ONNXConstantEvaluator)?
    private let attributes: [String: AttributeProto]

    init(proto: NodeProto, opset: Int, inputs: [Value?], graph: Graph, reserved: Set<String>,
         initializers: InitializerData, evaluator: (any ONNXConstantEvaluator)? = nil) throws {
        self.initializers = initializers
        self.evaluator = evaluator
        self.proto = proto
        self.opset = opset
        self.inputs = inputs
        self.graph = graph
        self.reserved = reserved
        var byName: [String: AttributeProto] = [:]
        for a in proto.attribute {
            guard byName.updateValue(a, forKey: a.name) == nil else {
                throw GraphError(node: ONNXNode.label(proto), op: proto.opType, "attribute '\(a.name)' is given twice")
            }
        }
        attributes = byName
    }

    /// How errors name a node: its name, else its first output.
    static func label(_ p: NodeProto) -> String { p.name.isEmpty ? (p.output.first ?? "") : p.name }

    var op: String { proto.opType }
    var outputName: String { proto.output.first ?? "" }
    var attributeNames: Dictionary<String, AttributeProto>.Keys { attributes.keys }

    func fail(_ message: String) -> GraphError { GraphError(node: ONNXNode.label(proto), op: proto.opType, message) }

    // MARK: inputs

    /// Input `k`, which the op needs.
    func input(_ k: Int) throws -> Value {
        guard k < inputs.count, let v = inputs[k] else { throw fail("input \(k) is required but missing") }
        return v
    }

    /// Input `k`, or nil when the node leaves it out (an empty name or fewer inputs).
    func optionalInput(_ k: Int) -> Value? { k < inputs.count ? inputs[k] : nil }

    func type(_ v: Value) -> TensorType { graph[v] }

    /// The rank of input `k`, which the op needs to know at import.
    func rank(_ k: Int) throws -> Int {
        guard let r = type(try input(k)).rank else { throw fail("the rank of input \(k) is unknown") }
        return r
    }

    /// The value of input `k` when a constant produces it (directly or through Identity nodes).
    func constant(_ k: Int) -> Tensor? {
        guard var v = optionalInput(k) else { return nil }
        while case .identity = graph.nodes[v.node].op, let next = graph.nodes[v.node].inputs.first { v = next }
        if case .constant(let t) = graph.nodes[v.node].op { return t }
        return nil
    }

    /// The value of input `k` when it follows from constants and static shapes alone: a constant,
    /// or computed by the evaluator from the nodes it depends on, where `Shape` of a value whose
    /// shape is static is that shape (as the `shapes` pass reads it). Nil when it depends on
    /// an input's values or on a shape unknown at import, or without an evaluator.
    func foldedConstant(_ k: Int) throws -> Tensor? {
        if let t = constant(k) { return t }
        guard let evaluator, let v = optionalInput(k) else { return nil }
        func staticShape(_ node: Node) -> [Int]? {
            guard case .shape = node.op, graph[node.inputs[0]].isStatic else { return nil }
            return graph[node.inputs[0]].shape
        }
        var needed = Set<Int>(), pending = [v.node]
        while let i = pending.popLast() {
            guard needed.insert(i).inserted else { continue }
            let node = graph.nodes[i]
            if staticShape(node) != nil { continue }
            // Another Shape reads a shape unknown until the inputs are given.
            if case .shape = node.op { return nil }
            guard node.op.isFoldable, !node.op.isStateful else { return nil }
            pending.append(contentsOf: node.inputs.map(\.node))
        }
        var sub = Graph(), moved: [Int: Int] = [:]
        for i in needed.sorted() {
            let node = graph.nodes[i]
            if let dims = staticShape(node), case .shape(let outType) = node.op {
                moved[i] = try sub.add(node.name, .constant(Tensor(shapeVector: dims, outType))).node
            } else {
                let inputs = node.inputs.map { Value(node: moved[$0.node] ?? 0, output: $0.output) }
                moved[i] = try sub.add(node.name, node.op, inputs).node
            }
        }
        return try evaluator.evaluate(sub, fetch: [Value(node: moved[v.node] ?? 0, output: v.output)]).first
    }

    /// Input `k` as integers, which must follow from constants (ONNX gives shapes, axes, pads as inputs).
    func constantInts(_ k: Int, what: String) throws -> [Int] {
        guard let t = try foldedConstant(k) else { throw notConstant(k, what) }
        guard t.dtype.isInteger else { throw fail("\(what) (input \(k)) must be integers, got \(t.dtype)") }
        return (0..<t.elementCount).map(t.int(at:))
    }

    /// Input `k` as numbers, which must follow from constants.
    func constantDoubles(_ k: Int, what: String) throws -> [Double] {
        guard let t = try foldedConstant(k) else { throw notConstant(k, what) }
        return t.doubles
    }

    private func notConstant(_ k: Int, _ what: String) -> GraphError {
        fail("\(what) (input \(k), '\(proto.input[k])') must be a constant or computed from constants and static shapes, as it fixes the output's shape")
    }

    // MARK: attributes

    func attribute(_ name: String) -> AttributeProto? { attributes[name] }

    private func value(_ name: String, _ kind: AttributeProto.Kind, _ wanted: String) throws -> AttributeProto? {
        guard let a = attributes[name] else { return nil }
        guard a.refAttrName.isEmpty else { throw fail("attribute '\(name)' refers to a function's attribute, which is not supported") }
        guard a.kind == kind else { throw fail("attribute '\(name)' must be \(wanted), got \(Self.describe(a.kind))") }
        return a
    }

    /// An attribute kind as the errors name it.
    static func describe(_ kind: AttributeProto.Kind) -> String {
        switch kind {
        case .undefined: return "no value"
        case .float: return "a float"
        case .int: return "an int"
        case .string: return "a string"
        case .tensor: return "a tensor"
        case .graph: return "a graph"
        case .sparseTensor: return "a sparse tensor"
        case .typeProto: return "a type"
        case .floats: return "a list of floats"
        case .ints: return "a list of ints"
        case .strings: return "a list of strings"
        case .tensors: return "a list of tensors"
        case .graphs: return "a list of graphs"
        case .sparseTensors: return "a list of sparse tensors"
        case .typeProtos: return "a list of types"
        }
    }

    func int(_ name: String, default d: Int) throws -> Int {
        guard let a = try value(name, .int, "an int") else { return d }
        guard let v = Int(exactly: a.i) else { throw fail("attribute '\(name)' is out of range") }
        return v
    }

    func int(_ name: String) throws -> Int? {
        try value(name, .int, "an int").map { Int($0.i) }
    }

    func ints(_ name: String) throws -> [Int]? {
        try value(name, .ints, "a list of ints").map { $0.ints.map { Int($0) } }
    }

    func ints(_ name: String, default d: [Int]) throws -> [Int] { try ints(name) ?? d }

    func float(_ name: String, default d: Double) throws -> Double {
        guard let a = try value(name, .float, "a float") else { return d }
        return Double(a.f)
    }

    func floats(_ name: String) throws -> [Double]? {
        try value(name, .floats, "a list of floats").map { $0.floats.map(Double.init) }
    }

    func string(_ name: String, default d: String) throws -> String {
        guard let a = try value(name, .string, "a string") else { return d }
        return String(decoding: a.s, as: UTF8.self)
    }

    func tensor(_ name: String) throws -> ONNXTensor? {
        try value(name, .tensor, "a tensor").flatMap(\.t)
    }

    /// An axis attribute or input value for a tensor of rank `rank`, negative counting from the end.
    func axis(_ a: Int, rank: Int, what: String = "axis") throws -> Int {
        let r = a < 0 ? a + rank : a
        guard r >= 0, r < rank else { throw fail("\(what) \(a) is out of range for rank \(rank)") }
        return r
    }

    // MARK: building

    /// Adds an inner node named `OUTPUT/suffix`, made unique.
    @discardableResult
    mutating func add(_ suffix: String, _ op: Op, _ inputs: [Value]) throws -> Value {
        try adding(graph.uniqueName("\(outputName)/\(suffix)", avoiding: reserved), op, inputs)
    }

    mutating func constant(_ suffix: String, _ t: Tensor) throws -> Value { try add(suffix, .constant(t), []) }

    mutating func scalar(_ suffix: String, _ x: Double, _ dtype: DType) throws -> Value {
        try constant(suffix, try Tensor(scalar: x, dtype))
    }

    /// Adds the node that computes the ONNX node's first output, under that output's name.
    mutating func result(_ op: Op, _ inputs: [Value]) throws -> Value {
        if graph.index(of: outputName) == nil { return try adding(outputName, op, inputs) }
        return try add("result", op, inputs)
    }

    private mutating func adding(_ name: String, _ op: Op, _ inputs: [Value]) throws -> Value {
        do {
            return try graph.add(name, op, inputs)
        } catch let e as GraphError {
            throw fail(e.message)
        }
    }
}
