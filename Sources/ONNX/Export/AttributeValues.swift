import GraphIR

/// The attributes the exporter writes, each with its `type` set as IR version 3 and later require.
extension AttributeProto {
    static func int(_ name: String, _ v: Int) -> AttributeProto {
        var a = AttributeProto()
        a.name = name
        a.type = .int
        a.i = Int64(v)
        return a
    }

    static func ints(_ name: String, _ v: [Int]) -> AttributeProto {
        var a = AttributeProto()
        a.name = name
        a.type = .ints
        a.ints = v.map { Int64($0) }
        return a
    }

    static func float(_ name: String, _ v: Double) -> AttributeProto {
        var a = AttributeProto()
        a.name = name
        a.type = .float
        a.f = Float(v)
        return a
    }

    static func string(_ name: String, _ v: String) -> AttributeProto {
        var a = AttributeProto()
        a.name = name
        a.type = .string
        a.s = Array(v.utf8)
        return a
    }

    static func tensor(_ name: String, _ t: ONNXTensor) -> AttributeProto {
        var a = AttributeProto()
        a.name = name
        a.type = .tensor
        a.t = t
        return a
    }
}

extension ONNXTensor {
    /// A GraphIR tensor as an initializer: its storage, shared rather than copied, as `raw_data`
    /// (little-endian, bools one byte each, as ONNX lays them out).
    init(_ t: Tensor, name: String) {
        self.init()
        self.name = name
        dims = t.shape.map { Int64($0) }
        dataType = ONNXDataType.number(t.dtype)
        rawData = t.storage
        hasRawData = true
    }
}
