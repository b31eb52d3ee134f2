// Field tables for protobuf text format: one `switch` per message, by TensorFlow's field names.

extension GraphDef: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "node": node += try p.messages(NodeDef.self)
        case "versions": versions = try p.message(VersionDef.self)
        default: return false
        }
        return true
    }
}

extension NodeDef: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "name": self.name = try p.scalar { try $0.string() }
        case "op": op = try p.scalar { try $0.string() }
        case "input": input += try p.scalars { try $0.string() }
        case "device": device = try p.scalar { try $0.string() }
        case "attr":
            for entry in try p.messages(AttrEntry.self) { attr[entry.key] = entry.value }
        default: return false
        }
        return true
    }
}

/// One entry of the `map<string, AttrValue>`: protobuf writes maps as repeated `key`/`value` messages.
struct AttrEntry: TextDecodable {
    var key = ""
    var value = AttrValue()

    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "key": key = try p.scalar { try $0.string() }
        case "value": value = try p.message(AttrValue.self)
        default: return false
        }
        return true
    }
}

extension VersionDef: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "producer": producer = try p.scalar { try $0.int32() }
        case "min_consumer": minConsumer = try p.scalar { try $0.int32() }
        case "bad_consumers": badConsumers += try p.scalars { try $0.int32() }
        default: return false
        }
        return true
    }
}

extension AttrValue: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "list": value = .list(try p.message(ListValue.self))
        case "s": value = .s(try p.scalar { try $0.bytes() })
        case "i": value = .i(try p.scalar { try $0.int64() })
        case "f": value = .f(try p.scalar { try $0.float() })
        case "b": value = .b(try p.scalar { try $0.bool() })
        case "type": value = .type(try p.scalar { try $0.dataType() })
        case "shape": value = .shape(try p.message(TensorShapeProto.self))
        case "tensor": value = .tensor(try p.message(TensorProto.self))
        case "placeholder": value = .placeholder(try p.scalar { try $0.string() })
        default: return false
        }
        return true
    }
}

extension ListValue: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "s": s += try p.scalars { try $0.bytes() }
        case "i": i += try p.scalars { try $0.int64() }
        case "f": f += try p.scalars { try $0.float() }
        case "b": b += try p.scalars { try $0.bool() }
        case "type": type += try p.scalars { try $0.dataType() }
        case "shape": shape += try p.messages(TensorShapeProto.self)
        case "tensor": tensor += try p.messages(TensorProto.self)
        default: return false
        }
        return true
    }
}

extension TensorProto: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "dtype": dtype = try p.scalar { try $0.dataType() }
        case "tensor_shape": tensorShape = try p.message(TensorShapeProto.self)
        case "version_number": versionNumber = try p.scalar { try $0.int32() }
        case "tensor_content": tensorContent = try p.scalar { try $0.bytes() }
        case "half_val": halfVal += try p.scalars { try $0.int32() }
        case "float_val": floatVal += try p.scalars { try $0.float() }
        case "double_val": doubleVal += try p.scalars { try $0.double() }
        case "int_val": intVal += try p.scalars { try $0.int32() }
        case "string_val": stringVal += try p.scalars { try $0.bytes() }
        case "int64_val": int64Val += try p.scalars { try $0.int64() }
        case "bool_val": boolVal += try p.scalars { try $0.bool() }
        default: return false
        }
        return true
    }
}

extension TensorShapeProto: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "dim": dim += try p.messages(Dim.self)
        case "unknown_rank": unknownRank = try p.scalar { try $0.bool() }
        default: return false
        }
        return true
    }
}

extension TensorShapeProto.Dim: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "size": size = try p.scalar { try $0.int64() }
        case "name": self.name = try p.scalar { try $0.string() }
        default: return false
        }
        return true
    }
}
