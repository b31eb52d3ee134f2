// Fields in number order, as protobuf serializers write them; AttrValue's oneof member is
// written even when it holds a default value, since its presence is the value.

extension GraphDef {
    func writeBinary(to w: inout WireWriter) {
        for n in node { w.message(1) { n.writeBinary(to: &$0) } }
        if let versions { w.message(4) { versions.writeBinary(to: &$0) } }
    }
}

extension NodeDef {
    func writeBinary(to w: inout WireWriter) {
        w.stringIfSet(1, name)
        w.stringIfSet(2, op)
        for i in input { w.string(3, i) }
        w.stringIfSet(4, device)
        for key in attr.keys.sorted() {
            guard let value = attr[key] else { continue }
            w.message(5) {
                $0.string(1, key)
                $0.message(2) { value.writeBinary(to: &$0) }
            }
        }
    }
}

extension VersionDef {
    func writeBinary(to w: inout WireWriter) {
        w.int32IfSet(1, producer)
        w.int32IfSet(2, minConsumer)
        w.packed(3, badConsumers) { $0.varint(UInt64(bitPattern: Int64($1))) }
    }
}

extension AttrValue {
    func writeBinary(to w: inout WireWriter) {
        switch value {
        case .none: break
        case .list(let l): w.message(1) { l.writeBinary(to: &$0) }
        case .s(let s): w.bytes(2, s)
        case .i(let i): w.int64(3, i)
        case .f(let f): w.float(4, f)
        case .b(let b): w.bool(5, b)
        case .type(let t): w.int32(6, t.rawValue)
        case .shape(let s): w.message(7) { s.writeBinary(to: &$0) }
        case .tensor(let t): w.message(8) { t.writeBinary(to: &$0) }
        case .placeholder(let p): w.string(9, p)
        }
    }
}

extension ListValue {
    func writeBinary(to w: inout WireWriter) {
        for v in s { w.bytes(2, v) }
        w.packed(3, i) { $0.varint(UInt64(bitPattern: $1)) }
        w.packed(4, f) { $0.fixed32($1.bitPattern) }
        w.packed(5, b) { $0.varint($1 ? 1 : 0) }
        w.packed(6, type) { $0.varint(UInt64(bitPattern: Int64($1.rawValue))) }
        for v in shape { w.message(7) { v.writeBinary(to: &$0) } }
        for v in tensor { w.message(8) { v.writeBinary(to: &$0) } }
    }
}

extension TensorProto {
    func writeBinary(to w: inout WireWriter) {
        w.int32IfSet(1, dtype.rawValue)
        if let tensorShape { w.message(2) { tensorShape.writeBinary(to: &$0) } }
        w.int32IfSet(3, versionNumber)
        w.bytesIfSet(4, tensorContent)
        w.packed(5, floatVal) { $0.fixed32($1.bitPattern) }
        w.packed(6, doubleVal) { $0.fixed64($1.bitPattern) }
        w.packed(7, intVal) { $0.varint(UInt64(bitPattern: Int64($1))) }
        for v in stringVal { w.bytes(8, v) }
        w.packed(10, int64Val) { $0.varint(UInt64(bitPattern: $1)) }
        w.packed(11, boolVal) { $0.varint($1 ? 1 : 0) }
        w.packed(13, halfVal) { $0.varint(UInt64(bitPattern: Int64($1))) }
    }
}

extension TensorShapeProto {
    func writeBinary(to w: inout WireWriter) {
        for d in dim {
            w.message(2) {
                $0.int64IfSet(1, d.size)
                $0.stringIfSet(2, d.name)
            }
        }
        w.boolIfSet(3, unknownRank)
    }
}
