import Formats
import GraphIR

// The wire format of the messages in ONNXProto.swift, by the field numbers ONNXDecoding.swift
// reads. onnx.proto is proto2: a field is written when it is set (an attribute's `f = 0` is a
// value), fields go in number order as protobuf's own serializers write them, and repeated
// scalars are packed only where onnx.proto says `[packed = true]` (TensorProto's typed data, not
// its `dims` nor an attribute's `ints`), so `onnx.load(...).SerializeToString()` gives back the
// bytes written here.

extension ModelProto {
    /// The model in protobuf wire format (what a `.onnx` file holds).
    public var binaryFormat: [UInt8] {
        var w = WireWriter()
        writeBinary(to: &w)
        return w.bytes
    }

    func writeBinary(to w: inout WireWriter) {
        w.int64(1, irVersion)
        w.stringIfSet(2, producerName)
        w.stringIfSet(3, producerVersion)
        w.stringIfSet(4, domain)
        w.int64IfSet(5, modelVersion)
        w.stringIfSet(6, docString)
        if let graph { w.message(7) { graph.writeBinary(to: &$0) } }
        for o in opsetImport { w.message(8) { o.writeBinary(to: &$0) } }
    }
}

extension OperatorSetID {
    func writeBinary(to w: inout WireWriter) {
        w.stringIfSet(1, domain)
        w.int64(2, version)
    }
}

extension GraphProto {
    func writeBinary(to w: inout WireWriter) {
        for n in node { w.message(1) { n.writeBinary(to: &$0) } }
        w.stringIfSet(2, name)
        for t in initializer { w.message(5) { t.writeBinary(to: &$0) } }
        w.stringIfSet(10, docString)
        for v in input { w.message(11) { v.writeBinary(to: &$0) } }
        for v in output { w.message(12) { v.writeBinary(to: &$0) } }
        for v in valueInfo { w.message(13) { v.writeBinary(to: &$0) } }
    }
}

extension NodeProto {
    func writeBinary(to w: inout WireWriter) {
        // Empty input names are kept: they mark optional inputs left out before a later one.
        for i in input { w.string(1, i) }
        for o in output { w.string(2, o) }
        w.stringIfSet(3, name)
        w.string(4, opType)
        for a in attribute { w.message(5) { a.writeBinary(to: &$0) } }
        w.stringIfSet(6, docString)
        w.stringIfSet(7, domain)
    }
}

extension AttributeProto {
    /// The value field `kind` names is written even when it holds the default: the attribute's
    /// presence is its value. Subgraphs, which GraphJIT keeps only as a count, are not written.
    func writeBinary(to w: inout WireWriter) {
        w.string(1, name)
        switch kind {
        case .float: w.float(2, f)
        case .int: w.int64(3, i)
        case .string: w.bytes(4, s)
        case .tensor: if let t { w.message(5) { t.writeBinary(to: &$0) } }
        case .floats: for v in floats { w.float(7, v) }
        case .ints: for v in ints { w.int64(8, v) }
        case .strings: for v in strings { w.bytes(9, v) }
        case .tensors: for t in tensors { w.message(10) { t.writeBinary(to: &$0) } }
        case .undefined, .graph, .graphs, .sparseTensor, .sparseTensors, .typeProto, .typeProtos: break
        }
        if type != .undefined { w.int32(20, type.rawValue) }
        w.stringIfSet(21, refAttrName)
    }
}

extension ONNXTensor {
    /// Element bytes go in `raw_data` straight from the tensor's storage; the typed lists are
    /// written only when set (GraphJIT writes none, but a decoded file may hold them).
    func writeBinary(to w: inout WireWriter) {
        for d in dims { w.int64(1, d) }
        w.int32(2, dataType)
        w.packed(4, floatData) { $0.fixed32($1.bitPattern) }
        w.packed(5, int32Data) { $0.varint(UInt64(bitPattern: Int64($1))) }
        w.packed(7, int64Data) { $0.varint(UInt64(bitPattern: $1)) }
        w.stringIfSet(8, name)
        if hasRawData { rawData.withUnsafeBytes { w.bytes(9, contentsOf: $0) } }
        w.packed(10, doubleData) { $0.fixed64($1.bitPattern) }
        w.packed(11, uint64Data) { $0.varint($1) }
        for (key, value) in externalData {
            w.message(13) {
                $0.string(1, key)
                $0.string(2, value)
            }
        }
        w.int32IfSet(14, dataLocation)
    }
}

extension ValueInfoProto {
    /// A tensor type with its element type and, when known, its shape; an unknown dimension is
    /// a `Dimension` with neither field set, as ONNX writes one.
    func writeBinary(to w: inout WireWriter) {
        w.string(1, name)
        guard isTensor else { return }
        w.message(2) { type in
            type.message(1) { tensor in
                tensor.int32(1, elementType)
                guard let shape else { return }
                tensor.message(2) { s in
                    for d in shape {
                        s.message(1) { dim in
                            switch d {
                            case .value(let v): dim.int64(1, v)
                            case .parameter(let p): dim.string(2, p)
                            case .unknown: break
                            }
                        }
                    }
                }
            }
        }
    }
}
