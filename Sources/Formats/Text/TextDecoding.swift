import GraphIR
// Field tables for protobuf text format: one `switch` per message, by TensorFlow's field names.
// Fields a message has but GraphJIT does not keep are listed in `Proto/ProtoSchema.swift`.

extension GraphDef: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "node": node += try p.messages(NodeDef.self)
        case "library": library = try p.message(FunctionDefLibrary.self)
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
        case "attr": try p.attrEntries(into: &attr)
        default: return false
        }
        return true
    }
}

extension TextParser {
    /// The entries of a `map<string, AttrValue>` field; a key given twice keeps its last value.
    func attrEntries(into map: inout [String: AttrValue]) throws {
        for entry in try messages(AttrEntry.self) { map[entry.key] = entry.value }
    }
}

extension AttrEntry: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "key": key = try p.scalar { try $0.string() }
        case "value": value = try p.message(AttrValue.self)
        default: return false
        }
        return true
    }
}

extension StringEntry: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "key": key = try p.scalar { try $0.string() }
        case "value": value = try p.scalar { try $0.string() }
        default: return false
        }
        return true
    }
}

extension ArgAttrEntry: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "key": key = try p.scalar { try $0.uint32() }
        case "value": value = try p.message(ArgAttrs.self)
        default: return false
        }
        return true
    }
}

extension ArgAttrs: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        guard name == "attr" else { return false }
        try p.attrEntries(into: &attr)
        return true
    }
}

extension UInt32Entry: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "key": key = try p.scalar { try $0.uint32() }
        case "value": value = try p.scalar { try $0.uint32() }
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
        case "func": value = .func(try p.message(NameAttrList.self))
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
        case "func": self.func += try p.messages(NameAttrList.self)
        default: return false
        }
        return true
    }
}

extension NameAttrList: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "name": self.name = try p.scalar { try $0.string() }
        case "attr": try p.attrEntries(into: &attr)
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
        case "tensor_content": tensorContent = TensorStorage(copying: try p.scalar { try $0.bytes() })
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

// function.proto and op_def.proto

extension FunctionDefLibrary: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "function": function += try p.messages(FunctionDef.self)
        case "gradient": gradient += try p.messages(GradientDef.self)
        case "registered_gradients": registeredGradients += try p.messages(RegisteredGradient.self)
        default: return false
        }
        return true
    }
}

extension FunctionDef: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "signature": signature = try p.message(OpDef.self)
        case "attr": try p.attrEntries(into: &attr)
        case "arg_attr": for e in try p.messages(ArgAttrEntry.self) { argAttr[e.key] = e.value.attr }
        case "resource_arg_unique_id": for e in try p.messages(UInt32Entry.self) { resourceArgUniqueID[e.key] = e.value }
        case "node_def": nodeDef += try p.messages(NodeDef.self)
        case "ret": for e in try p.messages(StringEntry.self) { ret[e.key] = e.value }
        case "control_ret": for e in try p.messages(StringEntry.self) { controlRet[e.key] = e.value }
        default: return false
        }
        return true
    }
}

extension GradientDef: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "function_name": functionName = try p.scalar { try $0.string() }
        case "gradient_func": gradientFunc = try p.scalar { try $0.string() }
        default: return false
        }
        return true
    }
}

extension RegisteredGradient: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "gradient_func": gradientFunc = try p.scalar { try $0.string() }
        case "registered_op_type": registeredOpType = try p.scalar { try $0.string() }
        default: return false
        }
        return true
    }
}

extension OpDef: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "name": self.name = try p.scalar { try $0.string() }
        case "input_arg": inputArg += try p.messages(ArgDef.self)
        case "output_arg": outputArg += try p.messages(ArgDef.self)
        case "control_output": controlOutput += try p.scalars { try $0.string() }
        case "attr": attr += try p.messages(AttrDef.self)
        case "deprecation": deprecation = try p.message(Deprecation.self)
        case "summary": summary = try p.scalar { try $0.string() }
        case "description": description = try p.scalar { try $0.string() }
        case "is_commutative": isCommutative = try p.scalar { try $0.bool() }
        case "is_aggregate": isAggregate = try p.scalar { try $0.bool() }
        case "is_stateful": isStateful = try p.scalar { try $0.bool() }
        case "allows_uninitialized_input": allowsUninitializedInput = try p.scalar { try $0.bool() }
        case "is_distributed_communication": isDistributedCommunication = try p.scalar { try $0.bool() }
        default: return false
        }
        return true
    }
}

extension OpDef.ArgDef: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "name": self.name = try p.scalar { try $0.string() }
        case "description": description = try p.scalar { try $0.string() }
        case "type": type = try p.scalar { try $0.dataType() }
        case "type_attr": typeAttr = try p.scalar { try $0.string() }
        case "number_attr": numberAttr = try p.scalar { try $0.string() }
        case "type_list_attr": typeListAttr = try p.scalar { try $0.string() }
        case "is_ref": isRef = try p.scalar { try $0.bool() }
        default: return false
        }
        return true
    }
}

extension OpDef.AttrDef: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "name": self.name = try p.scalar { try $0.string() }
        case "type": type = try p.scalar { try $0.string() }
        case "default_value": defaultValue = try p.message(AttrValue.self)
        case "description": description = try p.scalar { try $0.string() }
        case "has_minimum": hasMinimum = try p.scalar { try $0.bool() }
        case "minimum": minimum = try p.scalar { try $0.int64() }
        case "allowed_values": allowedValues = try p.message(AttrValue.self)
        default: return false
        }
        return true
    }
}

extension OpDef.Deprecation: TextDecodable {
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        switch name {
        case "version": version = try p.scalar { try $0.int32() }
        case "explanation": explanation = try p.scalar { try $0.string() }
        default: return false
        }
        return true
    }
}
