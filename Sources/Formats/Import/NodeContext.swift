import GraphIR

/// What an op builder sees of one TensorFlow node: its attributes, with typed accessors whose
/// errors name the node, and its resolved data inputs.
struct NodeContext {
    let def: NodeDef
    let inputs: [Value]
    let inputTypes: [TensorType]
    /// The graph built so far, holding every input's producer.
    let graph: Graph

    func fail(_ message: String) -> GraphError {
        GraphError(node: def.name, op: def.op, message)
    }

    /// The attribute's value, or nil when absent.
    func attr(_ name: String) throws -> AttrValue.Value? {
        guard let a = def.attr[name] else { return nil }
        guard let v = a.value else { throw fail("attribute '\(name)' has no value") }
        return v
    }

    func required(_ name: String) throws -> AttrValue.Value {
        guard let v = try attr(name) else { throw fail("missing required attribute '\(name)'") }
        return v
    }

    private func wrongKind(_ name: String, _ wanted: String, _ got: AttrValue.Value) -> GraphError {
        fail("attribute '\(name)' must be \(wanted), got \(AttrValue(got).kindName)")
    }

    func bool(_ name: String, default value: Bool) throws -> Bool {
        guard let v = try attr(name) else { return value }
        guard case .b(let b) = v else { throw wrongKind(name, "a bool", v) }
        return b
    }

    /// A string attribute (TensorFlow stores them as bytes).
    func string(_ name: String, default value: String?) throws -> String {
        guard let v = try attr(name) ?? value.map({ .s(Array($0.utf8)) }) else {
            throw fail("missing required attribute '\(name)'")
        }
        guard case .s(let s) = v else { throw wrongKind(name, "a string", v) }
        return String(decoding: s, as: UTF8.self)
    }

    /// A list of ints; an empty list of any kind counts as an empty int list.
    func ints(_ name: String, default value: [Int]?) throws -> [Int] {
        guard let v = try attr(name) else {
            guard let value else { throw fail("missing required attribute '\(name)'") }
            return value
        }
        guard case .list(let l) = v,
              l.s.isEmpty, l.f.isEmpty, l.b.isEmpty, l.type.isEmpty, l.shape.isEmpty, l.tensor.isEmpty else {
            throw wrongKind(name, "a list of ints", v)
        }
        return l.i.map { Int($0) }
    }

    /// A type attribute as a GraphIR dtype; unsupported TensorFlow types are an error.
    func dtype(_ name: String) throws -> DType? {
        guard let v = try attr(name) else { return nil }
        guard case .type(let t) = v else { throw wrongKind(name, "a type", v) }
        return try supported(t)
    }

    func supported(_ t: DataType) throws -> DType {
        guard let d = t.dtype else {
            throw fail("data type \(t) is not supported (GraphJIT supports DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_BOOL)")
        }
        return d
    }

    /// Fails unless the type attribute `name`, when present, equals `dtype`.
    func checkType(_ name: String, is dtype: DType, what: String) throws {
        if let declared = try self.dtype(name), declared != dtype {
            throw fail("attribute '\(name)' is \(DataType(declared)) but \(what) is \(DataType(dtype))")
        }
    }

    /// The value of data input `index` when a constant produces it, directly or through Identity
    /// nodes (the form TensorFlow gives shapes and reduction axes).
    func constantInput(_ index: Int, what: String) throws -> Tensor {
        var v = inputs[index]
        while case .identity = graph.nodes[v.node].op, let next = graph.nodes[v.node].inputs.first {
            v = next
        }
        guard case .constant(let t) = graph.nodes[v.node].op else {
            throw fail("\(what) (input \(index), '\(def.input[index])') must be a constant")
        }
        return t
    }

    /// The value of data input `index` when a constant produces it (through Identity nodes), else nil.
    func constantInputIfAny(_ index: Int) -> Tensor? {
        var v = inputs[index]
        while case .identity = graph.nodes[v.node].op, let next = graph.nodes[v.node].inputs.first {
            v = next
        }
        if case .constant(let t) = graph.nodes[v.node].op { return t }
        return nil
    }

    /// `data_format`: NHWC (the default) or NCHW.
    func dataFormat() throws -> DataFormat {
        let s = try string("data_format", default: "NHWC")
        guard let f = DataFormat(rawValue: s) else {
            throw fail("data_format '\(s)' is not supported (use NHWC or NCHW)")
        }
        return f
    }
}
