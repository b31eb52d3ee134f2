// Field order and defaults follow protobuf's printer: fields by number, proto3 defaults omitted,
// oneof members always printed, map entries sorted by key.

extension GraphDef {
    func writeText(to w: inout TextWriter) {
        for n in node { w.message("node") { n.writeText(to: &$0) } }
        if let versions { w.message("versions") { versions.writeText(to: &$0) } }
    }
}

extension NodeDef {
    func writeText(to w: inout TextWriter) {
        if !name.isEmpty { w.field("name", TextWriter.quoted(name)) }
        if !op.isEmpty { w.field("op", TextWriter.quoted(op)) }
        for i in input { w.field("input", TextWriter.quoted(i)) }
        if !device.isEmpty { w.field("device", TextWriter.quoted(device)) }
        for key in attr.keys.sorted() {
            guard let value = attr[key] else { continue }
            w.message("attr") {
                $0.field("key", TextWriter.quoted(key))
                $0.message("value") { value.writeText(to: &$0) }
            }
        }
    }
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
    }
}

extension TensorProto {
    func writeText(to w: inout TextWriter) {
        if dtype != .invalid { w.field("dtype", TextWriter.enumValue(dtype)) }
        if let tensorShape { w.message("tensor_shape") { tensorShape.writeText(to: &$0) } }
        if versionNumber != 0 { w.field("version_number", String(versionNumber)) }
        if !tensorContent.isEmpty { w.field("tensor_content", TextWriter.quoted(tensorContent)) }
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
