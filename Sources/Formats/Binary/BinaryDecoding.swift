import GraphIR
/// A message that the protobuf wire format fills field by field.
protocol BinaryDecodable: ProtoSchema {
    /// Reads the value of field `number` and returns true, or returns false (reading nothing)
    /// for a field the struct does not keep, which is then skipped: checked as `skippedFields`
    /// describes it, or by its wire type alone when the message has no such field.
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool
}

extension BinaryDecodable {
    init(wire r: inout WireReader) throws {
        self.init()
        r.messageName = Self.protoName
        while let (number, wire) = try r.nextField() {
            if try !decodeField(number, wire, from: &r) {
                if let skipped = Self.skippedField(number: number) {
                    try r.skip(skipped, wire)
                } else {
                    try r.skip(wire)
                }
            }
        }
    }
}

extension WireReader {
    private func expect(_ wire: WireType, _ wanted: WireType, _ what: String) throws {
        guard wire == wanted else {
            throw invalidField("\(what) field has wire type \(wire.rawValue), expected \(wanted.rawValue)")
        }
    }

    package mutating func int64(_ wire: WireType) throws -> Int64 {
        try expect(wire, .varint, "int64")
        return Int64(bitPattern: try varint())
    }

    /// int32 and enums: negative values arrive sign-extended to ten bytes; the low 32 bits are the value.
    package mutating func int32(_ wire: WireType) throws -> Int32 {
        try expect(wire, .varint, "int32")
        return Int32(truncatingIfNeeded: try varint())
    }

    package mutating func uint32(_ wire: WireType) throws -> UInt32 {
        try expect(wire, .varint, "uint32")
        return UInt32(truncatingIfNeeded: try varint())
    }

    package mutating func bool(_ wire: WireType) throws -> Bool {
        try expect(wire, .varint, "bool")
        return try varint() != 0
    }

    package mutating func float(_ wire: WireType) throws -> Float {
        try expect(wire, .fixed32, "float")
        return Float(bitPattern: try fixed32())
    }

    package mutating func double(_ wire: WireType) throws -> Double {
        try expect(wire, .fixed64, "double")
        return Double(bitPattern: try fixed64())
    }

    package mutating func bytes(_ wire: WireType) throws -> [UInt8] {
        try expect(wire, .lengthDelimited, "bytes")
        return copy(try lengthDelimitedRange())
    }

    /// A `bytes` field as aligned tensor storage (tensor_content), filled the way `copy` fills arrays.
    package mutating func storage(_ wire: WireType) throws -> TensorStorage {
        try expect(wire, .lengthDelimited, "bytes")
        return copyToStorage(try lengthDelimitedRange())
    }

    /// A `string` field, named for the error when it is not UTF-8 (which protobuf refuses).
    package mutating func string(_ wire: WireType, _ field: String) throws -> String {
        try expect(wire, .lengthDelimited, "string")
        let range = try lengthDelimitedRange()
        let value = view(range)
        if let bad = invalidUTF8Offset(value) {
            throw invalid(at: range.lowerBound + bad,
                          "string field '\(messageName).\(field)' is not valid UTF-8 (byte \(hexByte(value[bad]))); protobuf refuses it")
        }
        return String(decoding: value, as: UTF8.self)
    }

    mutating func message<M: BinaryDecodable>(_ wire: WireType, _: M.Type) throws -> M {
        try expect(wire, .lengthDelimited, "message")
        var sub = try nested()
        return try M(wire: &sub)
    }

    /// A field the struct does not keep: its strings are checked and its messages read (and
    /// dropped) when it has the wire type its declaration gives; otherwise skipped as unknown.
    mutating func skip(_ field: SkippedField, _ wire: WireType) throws {
        guard wire == .lengthDelimited else { return try skip(wire) }
        switch field.kind {
        case .string: _ = try string(wire, field.name)
        case .message(let type): _ = try message(wire, type)
        case .scalar, .bytes: try skip(wire)
        }
    }

    /// A repeated scalar, accepting both the packed form (one length-delimited run) and the
    /// unpacked form (one field per element), as protobuf parsers must.
    package mutating func repeated<T>(_ wire: WireType, element: WireType,
                              _ read: (inout WireReader, WireType) throws -> T) throws -> [T] {
        if wire == .lengthDelimited {
            var packed = try nested()
            var values: [T] = []
            while !packed.isAtEnd { values.append(try read(&packed, element)) }
            return values
        }
        try expect(wire, element, "repeated")
        return [try read(&self, wire)]
    }

    /// One entry of a `map<string, AttrValue>` field, added to `map` (a repeated key keeps its last value).
    mutating func attrEntry(_ wire: WireType, into map: inout [String: AttrValue]) throws {
        let entry = try message(wire, AttrEntry.self)
        map[entry.key] = entry.value
    }
}

// Field tables: one `switch` per message, by TensorFlow's field numbers.

extension GraphDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: node.append(try r.message(wire, NodeDef.self))
        case 2: library = try r.message(wire, FunctionDefLibrary.self)
        case 4: versions = try r.message(wire, VersionDef.self)
        default: return false
        }
        return true
    }
}

extension NodeDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: name = try r.string(wire, "name")
        case 2: op = try r.string(wire, "op")
        case 3: input.append(try r.string(wire, "input"))
        case 4: device = try r.string(wire, "device")
        case 5: try r.attrEntry(wire, into: &attr)
        default: return false
        }
        return true
    }
}

extension AttrEntry: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: key = try r.string(wire, "key")
        case 2: value = try r.message(wire, AttrValue.self)
        default: return false
        }
        return true
    }
}

extension StringEntry: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: key = try r.string(wire, "key")
        case 2: value = try r.string(wire, "value")
        default: return false
        }
        return true
    }
}

extension ArgAttrEntry: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: key = try r.uint32(wire)
        case 2: value = try r.message(wire, ArgAttrs.self)
        default: return false
        }
        return true
    }
}

extension ArgAttrs: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        guard number == 1 else { return false }
        try r.attrEntry(wire, into: &attr)
        return true
    }
}

extension UInt32Entry: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: key = try r.uint32(wire)
        case 2: value = try r.uint32(wire)
        default: return false
        }
        return true
    }
}

extension VersionDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: producer = try r.int32(wire)
        case 2: minConsumer = try r.int32(wire)
        case 3: badConsumers += try r.repeated(wire, element: .varint) { try $0.int32($1) }
        default: return false
        }
        return true
    }
}

extension AttrValue: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: value = .list(try r.message(wire, ListValue.self))
        case 2: value = .s(try r.bytes(wire))
        case 3: value = .i(try r.int64(wire))
        case 4: value = .f(try r.float(wire))
        case 5: value = .b(try r.bool(wire))
        case 6: value = .type(DataType(rawValue: try r.int32(wire)))
        case 7: value = .shape(try r.message(wire, TensorShapeProto.self))
        case 8: value = .tensor(try r.message(wire, TensorProto.self))
        case 9: value = .placeholder(try r.string(wire, "placeholder"))
        case 10: value = .func(try r.message(wire, NameAttrList.self))
        default: return false
        }
        return true
    }
}

extension ListValue: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 2: s.append(try r.bytes(wire))
        case 3: i += try r.repeated(wire, element: .varint) { try $0.int64($1) }
        case 4: f += try r.repeated(wire, element: .fixed32) { try $0.float($1) }
        case 5: b += try r.repeated(wire, element: .varint) { try $0.bool($1) }
        case 6: type += try r.repeated(wire, element: .varint) { DataType(rawValue: try $0.int32($1)) }
        case 7: shape.append(try r.message(wire, TensorShapeProto.self))
        case 8: tensor.append(try r.message(wire, TensorProto.self))
        case 9: self.func.append(try r.message(wire, NameAttrList.self))
        default: return false
        }
        return true
    }
}

extension NameAttrList: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: name = try r.string(wire, "name")
        case 2: try r.attrEntry(wire, into: &attr)
        default: return false
        }
        return true
    }
}

extension TensorProto: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: dtype = DataType(rawValue: try r.int32(wire))
        case 2: tensorShape = try r.message(wire, TensorShapeProto.self)
        case 3: versionNumber = try r.int32(wire)
        case 4: tensorContent = try r.storage(wire)
        case 5: floatVal += try r.repeated(wire, element: .fixed32) { try $0.float($1) }
        case 6: doubleVal += try r.repeated(wire, element: .fixed64) { try $0.double($1) }
        case 7: intVal += try r.repeated(wire, element: .varint) { try $0.int32($1) }
        case 8: stringVal.append(try r.bytes(wire))
        case 10: int64Val += try r.repeated(wire, element: .varint) { try $0.int64($1) }
        case 11: boolVal += try r.repeated(wire, element: .varint) { try $0.bool($1) }
        case 13: halfVal += try r.repeated(wire, element: .varint) { try $0.int32($1) }
        default: return false
        }
        return true
    }
}

extension TensorShapeProto: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 2: dim.append(try r.message(wire, Dim.self))
        case 3: unknownRank = try r.bool(wire)
        default: return false
        }
        return true
    }
}

extension TensorShapeProto.Dim: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: size = try r.int64(wire)
        case 2: name = try r.string(wire, "name")
        default: return false
        }
        return true
    }
}

// function.proto and op_def.proto

extension FunctionDefLibrary: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: function.append(try r.message(wire, FunctionDef.self))
        case 2: gradient.append(try r.message(wire, GradientDef.self))
        case 3: registeredGradients.append(try r.message(wire, RegisteredGradient.self))
        default: return false
        }
        return true
    }
}

extension FunctionDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: signature = try r.message(wire, OpDef.self)
        case 3: nodeDef.append(try r.message(wire, NodeDef.self))
        case 4:
            let e = try r.message(wire, StringEntry.self)
            ret[e.key] = e.value
        case 5: try r.attrEntry(wire, into: &attr)
        case 6:
            let e = try r.message(wire, StringEntry.self)
            controlRet[e.key] = e.value
        case 7:
            let e = try r.message(wire, ArgAttrEntry.self)
            argAttr[e.key] = e.value.attr
        case 8:
            let e = try r.message(wire, UInt32Entry.self)
            resourceArgUniqueID[e.key] = e.value
        default: return false
        }
        return true
    }
}

extension GradientDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: functionName = try r.string(wire, "function_name")
        case 2: gradientFunc = try r.string(wire, "gradient_func")
        default: return false
        }
        return true
    }
}

extension RegisteredGradient: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: gradientFunc = try r.string(wire, "gradient_func")
        case 2: registeredOpType = try r.string(wire, "registered_op_type")
        default: return false
        }
        return true
    }
}

extension OpDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: name = try r.string(wire, "name")
        case 2: inputArg.append(try r.message(wire, ArgDef.self))
        case 3: outputArg.append(try r.message(wire, ArgDef.self))
        case 4: attr.append(try r.message(wire, AttrDef.self))
        case 5: summary = try r.string(wire, "summary")
        case 6: description = try r.string(wire, "description")
        case 8: deprecation = try r.message(wire, Deprecation.self)
        case 16: isAggregate = try r.bool(wire)
        case 17: isStateful = try r.bool(wire)
        case 18: isCommutative = try r.bool(wire)
        case 19: allowsUninitializedInput = try r.bool(wire)
        case 20: controlOutput.append(try r.string(wire, "control_output"))
        case 21: isDistributedCommunication = try r.bool(wire)
        default: return false
        }
        return true
    }
}

extension OpDef.ArgDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: name = try r.string(wire, "name")
        case 2: description = try r.string(wire, "description")
        case 3: type = DataType(rawValue: try r.int32(wire))
        case 4: typeAttr = try r.string(wire, "type_attr")
        case 5: numberAttr = try r.string(wire, "number_attr")
        case 6: typeListAttr = try r.string(wire, "type_list_attr")
        case 16: isRef = try r.bool(wire)
        default: return false
        }
        return true
    }
}

extension OpDef.AttrDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: name = try r.string(wire, "name")
        case 2: type = try r.string(wire, "type")
        case 3: defaultValue = try r.message(wire, AttrValue.self)
        case 4: description = try r.string(wire, "description")
        case 5: hasMinimum = try r.bool(wire)
        case 6: minimum = try r.int64(wire)
        case 7: allowedValues = try r.message(wire, AttrValue.self)
        default: return false
        }
        return true
    }
}

extension OpDef.Deprecation: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: version = try r.int32(wire)
        case 2: explanation = try r.string(wire, "explanation")
        default: return false
        }
        return true
    }
}
