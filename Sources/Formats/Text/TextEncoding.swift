// Field order and defaults follow protobuf's printer: fields by number, proto3 defaults omitted,
// oneof members always printed, map entries sorted by key.

extension GraphDef {
    func writeText(to w: inout TextWriter) {
        for n in node { w.message("node") { n.writeText(to: &$0) } }
        if !library.isEmpty { w.message("library") { library.writeText(to: &$0) } }
        if let versions { w.message("versions") { versions.writeText(to: &$0) } }
    }
}

extension NodeDef {
    func writeText(to w: inout TextWriter) {
        if !name.isEmpty { w.field("name", TextWriter.quoted(name)) }
        if !op.isEmpty { w.field("op", TextWriter.quoted(op)) }
        for i in input { w.field("input", TextWriter.quoted(i)) }
        if !device.isEmpty { w.field("device", TextWriter.quoted(device)) }
        w.attrMap("attr", attr)
    }
}

extension TextWriter {
    /// A `map<string, AttrValue>`, entries sorted by key as protobuf prints them.
    mutating func attrMap(_ name: String, _ map: [String: AttrValue]) {
        for key in map.keys.sorted() {
            guard let value = map[key] else { continue }
            message(name) {
                $0.field("key", TextWriter.quoted(key))
                $0.message("value") { value.writeText(to: &$0) }
            }
        }
    }

    /// A `map<string, string>`, sorted by key.
    mutating func stringMap(_ name: String, _ map: [String: String]) {
        for (key, value) in map.sorted(by: { $0.key < $1.key }) {
            message(name) {
                $0.field("key", TextWriter.quoted(key))
                $0.field("value", TextWriter.quoted(value))
            }
        }
    }

    mutating func fieldIfSet(_ name: String, _ s: String) { if !s.isEmpty { field(name, TextWriter.quoted(s)) } }
    mutating func fieldIfSet(_ name: String, _ b: Bool) { if b { field(name, "true") } }
}

extension VersionDef {
    func writeText(to w: inout TextWriter) {
        if producer != 0 { w.field("producer", String(producer)) }
        if minConsumer != 0 { w.field("min_consumer", String(minConsumer)) }
        for c in badConsumers { w.field("bad_consumers", String(c)) }
    }
}

extension AttrValue {
    func writeText(to w: inout TextWriter) {
        switch value {
        case .none: break
        case .list(let l): w.message("list") { l.writeText(to: &$0) }
        case .s(let s): w.field("s", TextWriter.quoted(s))
        case .i(let i): w.field("i", String(i))
        case .f(let f): w.field("f", TextWriter.number(f))
        case .b(let b): w.field("b", String(b))
        case .type(let t): w.field("type", TextWriter.enumValue(t))
        case .shape(let s): w.message("shape") { s.writeText(to: &$0) }
        case .tensor(let t): w.message("tensor") { t.writeText(to: &$0) }
        case .placeholder(let p): w.field("placeholder", TextWriter.quoted(p))
        case .func(let f): w.message("func") { f.writeText(to: &$0) }
        }
    }
}

extension ListValue {
    func writeText(to w: inout TextWriter) {
        for v in s { w.field("s", TextWriter.quoted(v)) }
        for v in i { w.field("i", String(v)) }
        for v in f { w.field("f", TextWriter.number(v)) }
        for v in b { w.field("b", String(v)) }
        for v in type { w.field("type", TextWriter.enumValue(v)) }
        for v in shape { w.message("shape") { v.writeText(to: &$0) } }
        for v in tensor { w.message("tensor") { v.writeText(to: &$0) } }
        for v in self.func { w.message("func") { v.writeText(to: &$0) } }
    }
}

extension NameAttrList {
    func writeText(to w: inout TextWriter) {
        w.fieldIfSet("name", name)
        w.attrMap("attr", attr)
    }
}

extension TensorProto {
    func writeText(to w: inout TextWriter) {
        if dtype != .invalid { w.field("dtype", TextWriter.enumValue(dtype)) }
        if let tensorShape { w.message("tensor_shape") { tensorShape.writeText(to: &$0) } }
        if versionNumber != 0 { w.field("version_number", String(versionNumber)) }
        if !tensorContent.isEmpty { w.field("tensor_content", TextWriter.quoted(tensorContent.bytes)) }
        for v in floatVal { w.field("float_val", TextWriter.number(v)) }
        for v in doubleVal { w.field("double_val", TextWriter.number(v)) }
        for v in intVal { w.field("int_val", String(v)) }
        for v in stringVal { w.field("string_val", TextWriter.quoted(v)) }
        for v in int64Val { w.field("int64_val", String(v)) }
        for v in boolVal { w.field("bool_val", String(v)) }
        for v in halfVal { w.field("half_val", String(v)) }
    }
}

extension TensorShapeProto {
    func writeText(to w: inout TextWriter) {
        for d in dim {
            w.message("dim") {
                if d.size != 0 { $0.field("size", String(d.size)) }
                if !d.name.isEmpty { $0.field("name", TextWriter.quoted(d.name)) }
            }
        }
        if unknownRank { w.field("unknown_rank", "true") }
    }
}

extension FunctionDefLibrary {
    func writeText(to w: inout TextWriter) {
        for f in function { w.message("function") { f.writeText(to: &$0) } }
        for g in gradient {
            w.message("gradient") {
                $0.fieldIfSet("function_name", g.functionName)
                $0.fieldIfSet("gradient_func", g.gradientFunc)
            }
        }
        for g in registeredGradients {
            w.message("registered_gradients") {
                $0.fieldIfSet("gradient_func", g.gradientFunc)
                $0.fieldIfSet("registered_op_type", g.registeredOpType)
            }
        }
    }
}

extension FunctionDef {
    func writeText(to w: inout TextWriter) {
        w.message("signature") { signature.writeText(to: &$0) }
        for n in nodeDef { w.message("node_def") { n.writeText(to: &$0) } }
        w.stringMap("ret", ret)
        w.attrMap("attr", attr)
        w.stringMap("control_ret", controlRet)
        for key in argAttr.keys.sorted() {
            guard let attrs = argAttr[key] else { continue }
            w.message("arg_attr") {
                if key != 0 { $0.field("key", String(key)) }
                $0.message("value") { $0.attrMap("attr", attrs) }
            }
        }
        for (key, value) in resourceArgUniqueID.sorted(by: { $0.key < $1.key }) {
            w.message("resource_arg_unique_id") {
                if key != 0 { $0.field("key", String(key)) }
                if value != 0 { $0.field("value", String(value)) }
            }
        }
    }
}

extension OpDef {
    func writeText(to w: inout TextWriter) {
        w.fieldIfSet("name", name)
        for a in inputArg { w.message("input_arg") { a.writeText(to: &$0) } }
        for a in outputArg { w.message("output_arg") { a.writeText(to: &$0) } }
        for a in attr { w.message("attr") { a.writeText(to: &$0) } }
        w.fieldIfSet("summary", summary)
        w.fieldIfSet("description", description)
        if let deprecation {
            w.message("deprecation") {
                if deprecation.version != 0 { $0.field("version", String(deprecation.version)) }
                $0.fieldIfSet("explanation", deprecation.explanation)
            }
        }
        w.fieldIfSet("is_aggregate", isAggregate)
        w.fieldIfSet("is_stateful", isStateful)
        w.fieldIfSet("is_commutative", isCommutative)
        w.fieldIfSet("allows_uninitialized_input", allowsUninitializedInput)
        for c in controlOutput { w.field("control_output", TextWriter.quoted(c)) }
        w.fieldIfSet("is_distributed_communication", isDistributedCommunication)
    }
}

extension OpDef.ArgDef {
    func writeText(to w: inout TextWriter) {
        w.fieldIfSet("name", name)
        w.fieldIfSet("description", description)
        if type != .invalid { w.field("type", TextWriter.enumValue(type)) }
        w.fieldIfSet("type_attr", typeAttr)
        w.fieldIfSet("number_attr", numberAttr)
        w.fieldIfSet("type_list_attr", typeListAttr)
        w.fieldIfSet("is_ref", isRef)
    }
}

extension OpDef.AttrDef {
    func writeText(to w: inout TextWriter) {
        w.fieldIfSet("name", name)
        w.fieldIfSet("type", type)
        if let defaultValue { w.message("default_value") { defaultValue.writeText(to: &$0) } }
        w.fieldIfSet("description", description)
        w.fieldIfSet("has_minimum", hasMinimum)
        if minimum != 0 { w.field("minimum", String(minimum)) }
        if let allowedValues { w.message("allowed_values") { allowedValues.writeText(to: &$0) } }
    }
}
