// Fields in number order, as protobuf serializers write them; AttrValue's oneof member is
// written even when it holds a default value, since its presence is the value.

extension GraphDef {
    func writeBinary(to w: inout WireWriter) {
        for n in node { w.message(1) { n.writeBinary(to: &$0) } }
        if !library.isEmpty { w.message(2) { library.writeBinary(to: &$0) } }
        if let versions { w.message(4) { versions.writeBinary(to: &$0) } }
    }
}

extension NodeDef {
    func writeBinary(to w: inout WireWriter) {
        w.stringIfSet(1, name)
        w.stringIfSet(2, op)
        for i in input { w.string(3, i) }
        w.stringIfSet(4, device)
        w.attrMap(5, attr)
    }
}

extension WireWriter {
    /// A `map<string, AttrValue>`, entries sorted by key so output is deterministic.
    mutating func attrMap(_ number: Int, _ map: [String: AttrValue]) {
        for key in map.keys.sorted() {
            guard let value = map[key] else { continue }
            message(number) {
                $0.string(1, key)
                $0.message(2) { value.writeBinary(to: &$0) }
            }
        }
    }

    /// A `map<string, string>`, sorted by key.
    mutating func stringMap(_ number: Int, _ map: [String: String]) {
        for (key, value) in map.sorted(by: { $0.key < $1.key }) {
            message(number) {
                $0.string(1, key)
                $0.string(2, value)
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
        case .func(let f): w.message(10) { f.writeBinary(to: &$0) }
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
        for v in self.func { w.message(9) { v.writeBinary(to: &$0) } }
    }
}

extension NameAttrList {
    func writeBinary(to w: inout WireWriter) {
        w.stringIfSet(1, name)
        w.attrMap(2, attr)
    }
}

extension TensorProto {
    func writeBinary(to w: inout WireWriter) {
        w.int32IfSet(1, dtype.rawValue)
        if let tensorShape { w.message(2) { tensorShape.writeBinary(to: &$0) } }
        w.int32IfSet(3, versionNumber)
        if !tensorContent.isEmpty { w.bytes(4, tensorContent.bytes) }
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

extension FunctionDefLibrary {
    func writeBinary(to w: inout WireWriter) {
        for f in function { w.message(1) { f.writeBinary(to: &$0) } }
        for g in gradient {
            w.message(2) {
                $0.stringIfSet(1, g.functionName)
                $0.stringIfSet(2, g.gradientFunc)
            }
        }
        for g in registeredGradients {
            w.message(3) {
                $0.stringIfSet(1, g.gradientFunc)
                $0.stringIfSet(2, g.registeredOpType)
            }
        }
    }
}

extension FunctionDef {
    func writeBinary(to w: inout WireWriter) {
        w.message(1) { signature.writeBinary(to: &$0) }
        for n in nodeDef { w.message(3) { n.writeBinary(to: &$0) } }
        w.stringMap(4, ret)
        w.attrMap(5, attr)
        w.stringMap(6, controlRet)
        for key in argAttr.keys.sorted() {
            guard let attrs = argAttr[key] else { continue }
            w.message(7) {
                $0.uint32IfSet(1, key)
                $0.message(2) { $0.attrMap(1, attrs) }
            }
        }
        for (key, value) in resourceArgUniqueID.sorted(by: { $0.key < $1.key }) {
            w.message(8) {
                $0.uint32IfSet(1, key)
                $0.uint32IfSet(2, value)
            }
        }
    }
}

extension OpDef {
    func writeBinary(to w: inout WireWriter) {
        w.stringIfSet(1, name)
        for a in inputArg { w.message(2) { a.writeBinary(to: &$0) } }
        for a in outputArg { w.message(3) { a.writeBinary(to: &$0) } }
        for a in attr { w.message(4) { a.writeBinary(to: &$0) } }
        w.stringIfSet(5, summary)
        w.stringIfSet(6, description)
        if let deprecation {
            w.message(8) {
                $0.int32IfSet(1, deprecation.version)
                $0.stringIfSet(2, deprecation.explanation)
            }
        }
        w.boolIfSet(16, isAggregate)
        w.boolIfSet(17, isStateful)
        w.boolIfSet(18, isCommutative)
        w.boolIfSet(19, allowsUninitializedInput)
        for c in controlOutput { w.string(20, c) }
        w.boolIfSet(21, isDistributedCommunication)
    }
}

extension OpDef.ArgDef {
    func writeBinary(to w: inout WireWriter) {
        w.stringIfSet(1, name)
        w.stringIfSet(2, description)
        w.int32IfSet(3, type.rawValue)
        w.stringIfSet(4, typeAttr)
        w.stringIfSet(5, numberAttr)
        w.stringIfSet(6, typeListAttr)
        w.boolIfSet(16, isRef)
    }
}

extension OpDef.AttrDef {
    func writeBinary(to w: inout WireWriter) {
        w.stringIfSet(1, name)
        w.stringIfSet(2, type)
        if let defaultValue { w.message(3) { defaultValue.writeBinary(to: &$0) } }
        w.stringIfSet(4, description)
        w.boolIfSet(5, hasMinimum)
        w.int64IfSet(6, minimum)
        if let allowedValues { w.message(7) { allowedValues.writeBinary(to: &$0) } }
    }
}
