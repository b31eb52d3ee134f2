import Formats
import GraphIR
@testable import ONNX
import XCTest

/// `ModelProto.binaryFormat` read back by the decoder: every field the structs keep survives.
final class ONNXEncodingTests: XCTestCase {
    func attribute(_ name: String, _ fill: (inout AttributeProto) -> Void) -> AttributeProto {
        var a = AttributeProto()
        a.name = name
        fill(&a)
        return a
    }

    func testModelRoundTripsThroughTheWireFormat() throws {
        var weights = ONNXTensor(Tensor(shape: [2, 3], floats: [1, -2, 3.5, 0, .infinity, -0.0]), name: "w")
        weights.dims = [2, 3]
        var typed = ONNXTensor()
        typed.name = "typed"
        typed.dataType = ONNXDataType.int64
        typed.dims = [3]
        typed.int64Data = [-1, 0, Int64.max]
        var doubles = ONNXTensor()
        doubles.name = "d"
        doubles.dataType = ONNXDataType.double
        doubles.dims = [2]
        doubles.doubleData = [0.1, -1e300]
        doubles.externalData = [("location", "x.bin"), ("offset", "8")]
        doubles.dataLocation = 1

        var node = NodeProto()
        node.name = "conv"
        node.opType = "Conv"
        node.domain = ""
        node.input = ["x", "w", ""]
        node.output = ["y"]
        node.docString = "why"
        node.attribute = [
            attribute("f") { $0.type = .float; $0.f = 0 },
            attribute("i") { $0.type = .int; $0.i = -7 },
            attribute("s") { $0.type = .string; $0.s = Array("NOTSET".utf8) },
            attribute("t") { $0.type = .tensor; $0.t = typed },
            attribute("fs") { $0.type = .floats; $0.floats = [1.5, -2] },
            attribute("is") { $0.type = .ints; $0.ints = [1, -1, Int64.min] },
            attribute("ss") { $0.type = .strings; $0.strings = [Array("a".utf8), []] },
            attribute("ts") { $0.type = .tensors; $0.tensors = [typed, weights] },
        ]

        var input = ValueInfoProto()
        input.name = "x"
        input.isTensor = true
        input.elementType = ONNXDataType.float
        input.shape = [.parameter("batch"), .unknown, .value(28), .value(0)]
        var output = input
        output.name = "y"
        output.shape = nil

        var graph = GraphProto()
        graph.name = "g"
        graph.node = [node]
        graph.initializer = [weights, typed, doubles]
        graph.input = [input]
        graph.output = [output]
        graph.docString = "doc"
        var model = ModelProto()
        model.irVersion = 8
        model.producerName = "GraphJIT"
        model.producerVersion = "0.1.0"
        model.domain = "test"
        model.modelVersion = 3
        model.docString = "a model"
        model.graph = graph
        model.opsetImport = [OperatorSetID(domain: "", version: 17), OperatorSetID(domain: "com.example", version: 1)]

        let bytes = model.binaryFormat
        XCTAssertTrue(ONNXFile.looksLikeONNX(bytes))
        let back = try ModelProto(binary: bytes)
        XCTAssertEqual(back.irVersion, 8)
        XCTAssertEqual([back.producerName, back.producerVersion, back.domain, back.docString], ["GraphJIT", "0.1.0", "test", "a model"])
        XCTAssertEqual(back.modelVersion, 3)
        XCTAssertEqual(back.opsetImport, model.opsetImport)
        let g = try XCTUnwrap(back.graph)
        XCTAssertEqual(g.name, "g")
        XCTAssertEqual(g.docString, "doc")
        let n = try XCTUnwrap(g.node.first)
        XCTAssertEqual([n.name, n.opType, n.docString], ["conv", "Conv", "why"])
        XCTAssertEqual(n.input, ["x", "w", ""])
        XCTAssertEqual(n.output, ["y"])
        XCTAssertEqual(n.attribute.map(\.name), ["f", "i", "s", "t", "fs", "is", "ss", "ts"])
        XCTAssertEqual(n.attribute.map(\.kind), [.float, .int, .string, .tensor, .floats, .ints, .strings, .tensors])
        let a = Dictionary(uniqueKeysWithValues: n.attribute.map { ($0.name, $0) })
        XCTAssertEqual(a["f"]?.f, 0)
        XCTAssertTrue(a["f"]?.present.contains(.float) ?? false, "a zero float is written: its presence is the value")
        XCTAssertEqual(a["i"]?.i, -7)
        XCTAssertEqual(a["s"]?.s, Array("NOTSET".utf8))
        XCTAssertEqual(a["t"]?.t?.int64Data, [-1, 0, Int64.max])
        XCTAssertEqual(a["fs"]?.floats, [1.5, -2])
        XCTAssertEqual(a["is"]?.ints, [1, -1, Int64.min])
        XCTAssertEqual(a["ss"]?.strings, [Array("a".utf8), []])
        XCTAssertEqual(a["ts"]?.tensors.map(\.name), ["typed", "w"])

        XCTAssertEqual(g.initializer.map(\.name), ["w", "typed", "d"])
        let w = g.initializer[0]
        XCTAssertEqual(w.dims, [2, 3])
        XCTAssertEqual(w.dataType, ONNXDataType.float)
        XCTAssertTrue(w.hasRawData)
        XCTAssertEqual(try Tensor(dtype: .float32, shape: [2, 3], storage: w.rawData).bytes,
                       Tensor(shape: [2, 3], floats: [1, -2, 3.5, 0, .infinity, -0.0]).bytes)
        XCTAssertEqual(g.initializer[1].int64Data, [-1, 0, Int64.max])
        XCTAssertFalse(g.initializer[1].hasRawData)
        XCTAssertEqual(g.initializer[2].doubleData, [0.1, -1e300])
        XCTAssertEqual(g.initializer[2].externalData.map(\.key), ["location", "offset"])
        XCTAssertEqual(g.initializer[2].externalData.map(\.value), ["x.bin", "8"])
        XCTAssertEqual(g.initializer[2].dataLocation, 1)

        XCTAssertEqual(g.input.first?.name, "x")
        XCTAssertEqual(g.input.first?.elementType, ONNXDataType.float)
        XCTAssertEqual(g.input.first?.shape, [.parameter("batch"), .unknown, .value(28), .value(0)])
        XCTAssertEqual(g.output.first?.name, "y")
        XCTAssertTrue(g.output.first?.isTensor ?? false)
        XCTAssertNil(g.output.first?.shape)

        // Encoding what was decoded gives the same bytes: nothing is lost or reordered.
        XCTAssertEqual(back.binaryFormat, bytes)
    }

    /// proto2's layout, as onnx's own serializer writes it: `dims` and attribute `ints` unpacked
    /// (one tag per value), typed tensor data packed.
    func testRepeatedFieldsArePackedOnlyWhereONNXSaysSo() {
        var t = ONNXTensor()
        t.dims = [2, 3]
        t.dataType = ONNXDataType.int64
        t.int64Data = [1, 2, 3, 4, 5, 6]
        var w = WireWriter()
        t.writeBinary(to: &w)
        // dims: 08 02 08 03; data_type: 10 07; int64_data packed: 3a 06 01..06.
        XCTAssertEqual(w.bytes, [0x08, 0x02, 0x08, 0x03, 0x10, 0x07, 0x3A, 0x06, 1, 2, 3, 4, 5, 6])

        var a = AttributeProto.ints("perm", [0, 3])
        a.name = "p"
        var aw = WireWriter()
        a.writeBinary(to: &aw)
        // name: 0a 01 'p'; ints: 40 00 40 03; type INTS (7): a0 01 07.
        XCTAssertEqual(aw.bytes, [0x0A, 0x01, 0x70, 0x40, 0x00, 0x40, 0x03, 0xA0, 0x01, 0x07])
    }

    func testTruncatedModelIsAnErrorNamingTheByte() throws {
        var model = ModelProto()
        model.irVersion = 8
        var g = GraphProto()
        g.name = "graph"
        model.graph = g
        let bytes = model.binaryFormat
        // Cut inside the graph field (cutting after ir_version leaves a whole, smaller message).
        for cut in 3..<bytes.count {
            XCTAssertThrowsError(try ModelProto(binary: Array(bytes[..<cut]), filename: "m.onnx")) { e in
                XCTAssertTrue("\(e)".hasPrefix("m.onnx: "), "\(e)")
            }
        }
    }
}
