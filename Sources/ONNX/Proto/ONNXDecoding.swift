import Formats
import GraphIR

/// A message of onnx.proto that the wire format fills field by field (Formats' `WireReader`
/// reads the bytes, as it does for GraphDef). Fields the struct does not keep are skipped by
/// their wire type, which protobuf allows.
protocol ONNXMessage {
    init()
    /// Reads field `number` and returns true, or returns false for a field to skip.
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool
}

extension ONNXMessage {
    init(wire r: inout WireReader, name: String) throws {
        self.init()
        r.messageName = name
        while let (number, wire) = try r.nextField() {
            if try !decodeField(number, wire, from: &r) { try r.skip(wire) }
        }
    }
}

extension WireReader {
    mutating func message<M: ONNXMessage>(_ wire: WireType, _: M.Type, _ name: String) throws -> M {
        guard wire == .lengthDelimited else {
            throw invalidField("message field has wire type \(wire.rawValue), expected 2")
        }
        var sub = try nested()
        return try M(wire: &sub, name: name)
    }
}

extension ModelProto {
    /// Decodes a ModelProto from protobuf wire format (`binaryFormat` is the other way); errors
    /// name `filename` and the byte offset.
    public init(binary: [UInt8], filename: String = "<onnx>") throws {
        self = try binary.withUnsafeBytes { raw in
            var reader = WireReader(raw, filename: filename)
            return try ModelProto(wire: &reader, name: "onnx.ModelProto")
        }
    }
}

// Field tables of onnx.proto: one `switch` per message, by ONNX's field numbers. Fields not listed
// are skipped by wire type (unknown fields are legal protobuf); strings are checked as UTF-8.

extension ModelProto: ONNXMessage {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: irVersion = try r.int64(wire)
        case 2: producerName = try r.string(wire, "producer_name")
        case 3: producerVersion = try r.string(wire, "producer_version")
        case 4: domain = try r.string(wire, "domain")
        case 5: modelVersion = try r.int64(wire)
        case 6: docString = try r.string(wire, "doc_string")
        case 7: graph = try r.message(wire, GraphProto.self, "onnx.GraphProto")
        case 8: opsetImport.append(try r.message(wire, OperatorSetID.self, "onnx.OperatorSetIdProto"))
        case 25: functionNames.append(try r.message(wire, FunctionName.self, "onnx.FunctionProto").name)
        default: return false
        }
        return true
    }
}

/// `onnx.FunctionProto`, of which only the name is kept.
struct FunctionName: ONNXMessage {
    var name = ""
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        guard number == 1 else { return false }
        name = try r.string(wire, "name")
        return true
    }
}

extension OperatorSetID: ONNXMessage {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: domain = try r.string(wire, "domain")
        case 2: version = try r.int64(wire)
        default: return false
        }
        return true
    }
}

extension GraphProto: ONNXMessage {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: node.append(try r.message(wire, NodeProto.self, "onnx.NodeProto"))
        case 2: name = try r.string(wire, "name")
        case 5: initializer.append(try r.message(wire, ONNXTensor.self, "onnx.TensorProto"))
        case 10: docString = try r.string(wire, "doc_string")
        case 11: input.append(try r.message(wire, ValueInfoProto.self, "onnx.ValueInfoProto"))
        case 12: output.append(try r.message(wire, ValueInfoProto.self, "onnx.ValueInfoProto"))
        case 13: valueInfo.append(try r.message(wire, ValueInfoProto.self, "onnx.ValueInfoProto"))
        case 15:
            _ = try r.lengthDelimitedRange()
            sparseInitializerCount += 1
        default: return false
        }
        return true
    }
}

extension NodeProto: ONNXMessage {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: input.append(try r.string(wire, "input"))
        case 2: output.append(try r.string(wire, "output"))
        case 3: name = try r.string(wire, "name")
        case 4: opType = try r.string(wire, "op_type")
        case 5: attribute.append(try r.message(wire, AttributeProto.self, "onnx.AttributeProto"))
        case 6: docString = try r.string(wire, "doc_string")
        case 7: domain = try r.string(wire, "domain")
        default: return false
        }
        return true
    }
}

extension AttributeProto: ONNXMessage {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: name = try r.string(wire, "name")
        case 2: f = try r.float(wire); present.insert(.float)
        case 3: i = try r.int64(wire); present.insert(.int)
        case 4: s = try r.bytes(wire); present.insert(.string)
        case 5: t = try r.message(wire, ONNXTensor.self, "onnx.TensorProto"); present.insert(.tensor)
        case 6: _ = try r.lengthDelimitedRange(); graphCount += 1; present.insert(.graph)
        case 7: floats += try r.repeated(wire, element: .fixed32) { try $0.float($1) }; present.insert(.floats)
        case 8: ints += try r.repeated(wire, element: .varint) { try $0.int64($1) }; present.insert(.ints)
        case 9: strings.append(try r.bytes(wire)); present.insert(.strings)
        case 10: tensors.append(try r.message(wire, ONNXTensor.self, "onnx.TensorProto")); present.insert(.tensors)
        case 11: _ = try r.lengthDelimitedRange(); graphCount += 1; present.insert(.graphs)
        case 20:
            typeNumber = try r.int32(wire)
            type = Kind(rawValue: typeNumber) ?? .undefined
        case 21: refAttrName = try r.string(wire, "ref_attr_name")
        default: return false
        }
        return true
    }
}

extension ONNXTensor: ONNXMessage {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: dims += try r.repeated(wire, element: .varint) { try $0.int64($1) }
        case 2: dataType = try r.int32(wire)
        case 3: _ = try r.lengthDelimitedRange(); hasSegment = true
        case 4: floatData += try r.repeated(wire, element: .fixed32) { try $0.float($1) }
        case 5: int32Data += try r.repeated(wire, element: .varint) { try $0.int32($1) }
        case 6: _ = try r.lengthDelimitedRange(); stringCount += 1
        case 7: int64Data += try r.repeated(wire, element: .varint) { try $0.int64($1) }
        case 8: name = try r.string(wire, "name")
        case 9: rawData = try r.storage(wire); hasRawData = true
        case 10: doubleData += try r.repeated(wire, element: .fixed64) { try $0.double($1) }
        case 11: uint64Data += try r.repeated(wire, element: .varint) { UInt64(bitPattern: try $0.int64($1)) }
        case 13:
            let entry = try r.message(wire, StringStringEntry.self, "onnx.StringStringEntryProto")
            externalData.append((entry.key, entry.value))
        case 14: dataLocation = try r.int32(wire)
        default: return false
        }
        return true
    }
}

/// `onnx.StringStringEntryProto`.
struct StringStringEntry: ONNXMessage {
    var key = "", value = ""
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: key = try r.string(wire, "key")
        case 2: value = try r.string(wire, "value")
        default: return false
        }
        return true
    }
}

extension ValueInfoProto: ONNXMessage {
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: name = try r.string(wire, "name")
        case 2:
            let t = try r.message(wire, TypeMessage.self, "onnx.TypeProto")
            isTensor = t.tensor != nil
            otherType = t.other
            elementType = t.tensor?.elementType ?? 0
            shape = t.tensor?.shape
        default: return false
        }
        return true
    }
}

/// `onnx.TypeProto`: the tensor type, or the name of the other kind present.
struct TypeMessage: ONNXMessage {
    var tensor: TensorTypeMessage?
    var other: String?
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: tensor = try r.message(wire, TensorTypeMessage.self, "onnx.TypeProto.Tensor")
        case 4: other = "sequence"; try r.skip(wire)
        case 5: other = "map"; try r.skip(wire)
        case 8: other = "sparse tensor"; try r.skip(wire)
        case 9: other = "optional"; try r.skip(wire)
        default: return false
        }
        return true
    }
}

/// `onnx.TypeProto.Tensor` with its `TensorShapeProto`.
struct TensorTypeMessage: ONNXMessage {
    var elementType: Int32 = 0
    var shape: [ValueInfoProto.Dimension]?
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: elementType = try r.int32(wire)
        case 2: shape = try r.message(wire, ShapeMessage.self, "onnx.TensorShapeProto").dims
        default: return false
        }
        return true
    }
}

/// `onnx.TensorShapeProto`.
struct ShapeMessage: ONNXMessage {
    var dims: [ValueInfoProto.Dimension] = []
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        guard number == 1 else { return false }
        dims.append(try r.message(wire, DimensionMessage.self, "onnx.TensorShapeProto.Dimension").dim)
        return true
    }
}

/// `onnx.TensorShapeProto.Dimension`: `dim_value = 1` or `dim_param = 2`.
struct DimensionMessage: ONNXMessage {
    var dim = ValueInfoProto.Dimension.unknown
    mutating func decodeField(_ number: Int, _ wire: WireType, from r: inout WireReader) throws -> Bool {
        switch number {
        case 1: dim = .value(try r.int64(wire))
        case 2:
            let p = try r.string(wire, "dim_param")
            dim = p.isEmpty ? .unknown : .parameter(p)
        default: return false
        }
        return true
    }
}
