/// A message that the protobuf wire format fills field by field.
protocol BinaryDecodable {
    init()
    /// Reads the value of field `number` and returns true, or returns false (reading nothing)
    /// for a field the model does not have, which is then skipped by its wire type.
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool
}

extension BinaryDecodable {
    init(wire r: inout WireReader) throws {
        self.init()
        while let (number, wire) = try r.nextField() {
            if try !decodeField(number, wire, from: &r) {
                try r.skip(wire)
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

    mutating func int64(_ wire: WireType) throws -> Int64 {
        try expect(wire, .varint, "int64")
        return Int64(bitPattern: try varint())
    }

    /// int32 and enums: negative values arrive sign-extended to ten bytes; the low 32 bits are the value.
    mutating func int32(_ wire: WireType) throws -> Int32 {
        try expect(wire, .varint, "int32")
        return Int32(truncatingIfNeeded: try varint())
    }

    mutating func bool(_ wire: WireType) throws -> Bool {
        try expect(wire, .varint, "bool")
        return try varint() != 0
    }

    mutating func float(_ wire: WireType) throws -> Float {
        try expect(wire, .fixed32, "float")
        return Float(bitPattern: try fixed32())
    }

    mutating func double(_ wire: WireType) throws -> Double {
        try expect(wire, .fixed64, "double")
        return Double(bitPattern: try fixed64())
    }

    mutating func bytes(_ wire: WireType) throws -> [UInt8] {
        try expect(wire, .lengthDelimited, "bytes")
        return Array(try lengthDelimited())
    }

    mutating func string(_ wire: WireType) throws -> String {
        try expect(wire, .lengthDelimited, "string")
        return String(decoding: try lengthDelimited(), as: UTF8.self)
    }

    mutating func message<M: BinaryDecodable>(_ wire: WireType, _: M.Type) throws -> M {
        try expect(wire, .lengthDelimited, "message")
        var sub = try nested()
        return try M(wire: &sub)
    }

    /// A repeated scalar, accepting both the packed form (one length-delimited run) and the
    /// unpacked form (one field per element), as protobuf parsers must.
    mutating func repeated<T>(_ wire: WireType, element: WireType,
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
}

// Field tables: one `switch` per message, by TensorFlow's field numbers.

extension GraphDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: node.append(try r.message(wire, NodeDef.self))
        case 4: versions = try r.message(wire, VersionDef.self)
        default: return false
        }
        return true
    }
}

extension NodeDef: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: name = try r.string(wire)
        case 2: op = try r.string(wire)
        case 3: input.append(try r.string(wire))
        case 4: device = try r.string(wire)
        case 5:
            let entry = try r.message(wire, AttrEntry.self)
            attr[entry.key] = entry.value
        default: return false
        }
        return true
    }
}

extension AttrEntry: BinaryDecodable {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: key = try r.string(wire)
        case 2: value = try r.message(wire, AttrValue.self)
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
        case 9: value = .placeholder(try r.string(wire))
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
        case 4: tensorContent = try r.bytes(wire)
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
        case 2: name = try r.string(wire)
        default: return false
        }
        return true
    }
}
