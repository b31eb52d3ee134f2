import GraphIR
import XCTest
@testable import Formats

final class BinaryDecoderTests: XCTestCase {
    /// A graph touching every field the model reads, used by several tests.
    static let sample = GraphDef(node: [
        NodeDef(name: "x", op: "Placeholder", device: "/cpu:0", attr: [
            "dtype": AttrValue(.type(.float)),
            "shape": AttrValue(.shape(TensorShapeProto(dim: [.init(size: -1, name: "batch"), .init(size: 3)]))),
        ]),
        NodeDef(name: "c", op: "Const", attr: [
            "value": AttrValue(.tensor(TensorProto(dtype: .float, tensorShape: TensorShapeProto(sizes: [2]),
                                                   versionNumber: 1, tensorContent: [0, 0, 0x80, 0x3F, 0, 0, 0, 0xC0],
                                                   halfVal: [15360], floatVal: [1.5, -0.0], doubleVal: [2.25],
                                                   intVal: [-7, 0, 1 << 30], stringVal: [[1, 2], []],
                                                   int64Val: [.min, .max], boolVal: [true, false]))),
            "u": AttrValue(.shape(TensorShapeProto(dim: [], unknownRank: true))),
        ]),
        NodeDef(name: "y", op: "Weird", input: ["x", "c:1", "^x"], attr: [
            "list": AttrValue(.list(ListValue(s: [Array("a".utf8), []], i: [-1, 0, 300], f: [0.5, .infinity],
                                              b: [true, false], type: [.double, .bool],
                                              shape: [TensorShapeProto(sizes: [1, 2]), TensorShapeProto()],
                                              tensor: [TensorProto(dtype: .int32, intVal: [1])]))),
            "empty_list": AttrValue(.list(ListValue())),
            "s": AttrValue(.s([0, 0xFF, 0x0A])),
            "i": AttrValue(.i(0)),
            "f": AttrValue(.f(0)),
            "b": AttrValue(.b(false)),
            "p": AttrValue(.placeholder("T")),
            "none": AttrValue(),
        ]),
    ], versions: VersionDef(producer: 2474, minConsumer: 12, badConsumers: [-1, 5]))

    func testBinaryRoundTripKeepsEveryField() throws {
        let bytes = Self.sample.binaryFormat
        XCTAssertEqual(try GraphDef(binary: bytes), Self.sample)
    }

    func testPackedAndUnpackedRepeatedScalarsDecodeTheSame() throws {
        // TensorProto { dtype: DT_INT32 (1: varint 3), int_val 7 as packed [1, 2] and unpacked 3, 4 }.
        let tensor: [UInt8] = [0x08, 0x03, 0x3A, 0x02, 0x01, 0x02, 0x38, 0x03, 0x38, 0x04]
        let t = try decode(tensor, as: TensorProto.self)
        XCTAssertEqual(t.dtype, .int32)
        XCTAssertEqual(t.intVal, [1, 2, 3, 4])
        // float_val 5: unpacked fixed32 then packed.
        let floats: [UInt8] = [0x2D, 0x00, 0x00, 0x80, 0x3F, 0x2A, 0x04, 0x00, 0x00, 0x00, 0x40]
        XCTAssertEqual(try decode(floats, as: TensorProto.self).floatVal, [1, 2])
    }

    func testNegativeInt32UsesTenByteVarints() throws {
        let v = VersionDef(producer: -3, minConsumer: 0, badConsumers: [])
        var w = WireWriter()
        v.writeBinary(to: &w)
        XCTAssertEqual(w.bytes.count, 11)
        XCTAssertEqual(try decode(w.bytes, as: VersionDef.self), v)
    }

    func testUnknownFieldsOfEveryWireTypeAreSkipped() throws {
        var w = WireWriter()
        w.tag(99, .varint); w.varint(123_456_789)
        w.tag(98, .fixed64); w.fixed64(1)
        w.tag(97, .fixed32); w.fixed32(2)
        w.bytes(77, [0x0A, 0x01, 0x41])  // not a GraphDef field: skipped whole, not parsed
        w.tag(3, .varint); w.varint(21)  // the deprecated `version`
        w.message(5) { $0.string(1, "x.py") }  // debug_info
        w.message(1) { n in
            n.string(1, "kept")
            n.bytes(6, [0x0A, 0x00])  // experimental_debug_info
            n.tag(1000, .varint); n.varint(1)
        }
        XCTAssertEqual(try GraphDef(binary: w.bytes), GraphDef(node: [NodeDef(name: "kept", op: "")]))
    }

    func testGroupsAndBadTagsAreRejected() {
        let cases: [([UInt8], Int, String)] = [
            ([0x0B, 0x0C], 0, "group"),                      // field 1, start group
            ([0x0A, 0x02, 0x0B, 0x0C], 2, "group"),          // a group inside a node
            ([0x0E], 0, "unknown wire type 6"),
            ([0x0F], 0, "unknown wire type 7"),
            ([0x00], 0, "field number 0"),
            ([0x08, 0x01], 0, "wire type 0, expected 2"),    // node = 1 sent as a varint
            ([0x0A, 0x02, 0x0D, 0x00], 2, "wire type 5"),     // NodeDef.name as fixed32
        ]
        for (bytes, offset, message) in cases {
            guard let e = expectFormatError({ try GraphDef(binary: bytes, filename: "g.pb") }) else { continue }
            XCTAssertEqual(e.location, .protobuf(byte: offset, truncated: false), "\(bytes): \(e)")
            XCTAssertTrue(e.message.contains(message), "\(bytes): \(e)")
            XCTAssertTrue(e.description.hasPrefix("g.pb: invalid protobuf at byte \(offset): "), e.description)
        }
    }

    func testOverlongVarintsAreRejected() {
        let e = expectFormatError { try GraphDef(binary: [0x78] + Array(repeating: 0xFF, count: 10) + [0x01], filename: "g.pb") }
        XCTAssertEqual(e?.location, .protobuf(byte: 1, truncated: false))
        let e2 = expectFormatError { try GraphDef(binary: [0x78] + Array(repeating: 0xFF, count: 9) + [0x02], filename: "g.pb") }
        XCTAssertTrue(e2?.message.contains("64 bits") ?? false, "\(String(describing: e2))")
    }

    func testAbsurdLengthsFailWithoutAllocating() {
        // node = 1 claiming 2^62 bytes, then a tensor_content claiming 2^40 inside a short message.
        let huge: [UInt8] = [0x0A, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40, 0x00]
        let e = expectFormatError { try GraphDef(binary: huge, filename: "g.pb") }
        XCTAssertEqual(e?.location, .protobuf(byte: 1, truncated: true))
        XCTAssertTrue(e?.description.hasPrefix("g.pb: truncated protobuf at byte 1: length 4611686018427387904 is more than the 1 bytes left") ?? false,
                      "\(String(describing: e))")
        // A nested length that overruns its parent but not the file is malformed, not truncated.
        let nested: [UInt8] = [0x0A, 0x02, 0x0A, 0x05, 0x41, 0x41, 0x41, 0x41, 0x41]
        let e2 = expectFormatError { try GraphDef(binary: nested, filename: "g.pb") }
        XCTAssertEqual(e2?.location, .protobuf(byte: 3, truncated: false))
        XCTAssertTrue(e2?.message.contains("enclosing message") ?? false, "\(String(describing: e2))")
    }

    func testTruncationAtEveryCutPointThrowsOrEndsOnAFieldBoundary() throws {
        let full = Self.sample.binaryFormat
        // Cutting exactly between two top-level fields leaves a shorter but valid GraphDef:
        // `nodesBefore[cut]` is how many whole nodes precede such a cut.
        var nodesBefore: [Int: Int] = [0: 0]
        var offset = 0
        for (k, n) in Self.sample.node.enumerated() {
            var w = WireWriter()
            w.message(1) { n.writeBinary(to: &$0) }
            offset += w.bytes.count
            nodesBefore[offset] = k + 1
        }
        for cut in 0..<full.count {
            let prefix = Array(full[..<cut])
            if let k = nodesBefore[cut] {
                XCTAssertEqual(try GraphDef(binary: prefix), GraphDef(node: Array(Self.sample.node.prefix(k))))
                continue
            }
            guard let e = expectFormatError({ try GraphDef(binary: prefix, filename: "cut.pb") }) else { continue }
            guard case let .protobuf(byte, truncated) = e.location else { XCTFail("cut \(cut): \(e)"); continue }
            XCTAssertTrue(truncated, "cut \(cut): \(e)")
            XCTAssertTrue(byte <= cut, "cut \(cut): \(e)")
        }
    }

    func testRandomAndMutatedInputNeverCrash() {
        var rng = SplitMix64(state: 42)
        let valid = Self.sample.binaryFormat
        for round in 0..<3000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<rng.below(64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            } else {
                bytes = valid
                for _ in 0...rng.below(4) { bytes[rng.below(bytes.count)] = UInt8(truncatingIfNeeded: rng.next()) }
                bytes = Array(bytes.prefix(rng.below(bytes.count + 1)))
            }
            do {
                _ = try GraphDef(binary: bytes, filename: "fuzz.pb")
            } catch let e as FormatError {
                XCTAssertFalse(e.description.contains("\n"))
            } catch {
                XCTFail("unexpected error \(error)")
            }
        }
    }

    func testInvalidUTF8FixtureIsRejectedAtTheByte() {
        let path = fixturesDirectory.appendingPathComponent("bad/invalid_utf8_name.pb").path
        let e = expectFormatError { try GraphDefFile.load(path: path) }
        XCTAssertEqual(e?.description, path + ": invalid protobuf at byte 4: string field 'tensorflow.NodeDef.name' is not valid UTF-8 (byte 0xFF); protobuf refuses it")
    }

    func testTruncatedFixtureIsRejected() {
        let path = fixturesDirectory.appendingPathComponent("bad/truncated.pb").path
        let e = expectFormatError { try GraphDefFile.load(path: path) }
        XCTAssertTrue(e?.description.hasPrefix(path + ": truncated protobuf at byte ") ?? false, "\(String(describing: e))")
    }

    /// A library using every field of function.proto and op_def.proto that GraphJIT keeps.
    static let librarySample = GraphDef(node: [
        NodeDef(name: "call", op: "StatefulPartitionedCall", input: ["x"], attr: [
            "f": AttrValue(.func(NameAttrList(name: "f", attr: ["T": AttrValue(.type(.float))]))),
            "fs": AttrValue(.list(ListValue(func: [NameAttrList(name: "g")]))),
        ]),
    ], library: FunctionDefLibrary(
        function: [FunctionDef(
            signature: OpDef(name: "f", inputArg: [.init(name: "a", description: "d", type: .float, isRef: true)],
                             outputArg: [.init(name: "out", typeAttr: "T", numberAttr: "N", typeListAttr: "L")],
                             controlOutput: ["c"],
                             attr: [.init(name: "T", type: "type", defaultValue: AttrValue(.type(.int32)), description: "t",
                                          hasMinimum: true, minimum: -2, allowedValues: AttrValue(.list(ListValue(type: [.int32]))))],
                             deprecation: .init(version: 7, explanation: "e"), summary: "s", description: "d",
                             isCommutative: true, isAggregate: true, isStateful: true, allowsUninitializedInput: true,
                             isDistributedCommunication: true),
            attr: ["_noinline": AttrValue(.b(true))],
            argAttr: [0: ["_user_specified_name": AttrValue(.s(Array("a".utf8)))], 3: [:]],
            resourceArgUniqueID: [0: 1, 2: 0],
            nodeDef: [NodeDef(name: "id", op: "Identity", input: ["a", "^c"], attr: ["T": AttrValue(.placeholder("T"))])],
            ret: ["out": "id:output:0"], controlRet: ["c": "id"])],
        gradient: [GradientDef(functionName: "f", gradientFunc: "f_grad")],
        registeredGradients: [RegisteredGradient(gradientFunc: "g", registeredOpType: "Op")]),
        versions: VersionDef(producer: 1))

    func testLibraryRoundTripsThroughBothFormats() throws {
        let def = Self.librarySample
        XCTAssertEqual(try GraphDef(binary: def.binaryFormat), def)
        XCTAssertEqual(try GraphDef(text: def.textFormat), def)
        XCTAssertEqual(try GraphDef(binary: GraphDef(text: def.textFormat).binaryFormat).textFormat, def.textFormat)
    }

    /// Fields of TensorFlow's messages that GraphJIT drops are still checked: strings must be
    /// UTF-8 and messages are parsed; fields no message has are skipped.
    func testSkippedFieldsAreCheckedUnknownOnesSkipped() throws {
        var ok = WireWriter()
        ok.message(5) { d in  // debug_info: files, and a traces entry down to a FileLineCol's func
            d.string(1, "x.py")
            d.message(2) { e in
                e.string(1, "k")
                e.message(2) { $0.message(1) { $0.string(4, "func") } }
            }
        }
        ok.message(1) { n in
            n.string(1, "a")
            n.message(7) { $0.message(2) { $0.string(3, "s") } }
            n.bytes(4000, [0xFF, 0xFE])  // unknown: anything goes
        }
        XCTAssertEqual(try GraphDef(binary: ok.bytes), GraphDef(node: [NodeDef(name: "a", op: "")]))

        // The same skipped string fields holding 0xFF are refused at the byte's offset.
        var bad = WireWriter()
        bad.message(5) { $0.bytes(1, [0x41, 0xFF]) }  // 2A 04 | 0A 02 41 FF
        let e = expectFormatError { try GraphDef(binary: bad.bytes, filename: "g.pb") }
        XCTAssertEqual(e?.description, "g.pb: invalid protobuf at byte 5: string field 'tensorflow.GraphDebugInfo.files' is not valid UTF-8 (byte 0xFF); protobuf refuses it")
        var deep = WireWriter()
        deep.message(1) { n in n.message(7) { $0.message(2) { $0.bytes(3, [0xC0, 0x80]) } } }  // experimental_type.args.s
        let e2 = expectFormatError { try GraphDef(binary: deep.bytes, filename: "g.pb") }
        XCTAssertTrue(e2?.message.contains("'tensorflow.FullTypeDef.s'") ?? false, "\(String(describing: e2))")
    }

    func testStringFieldsMustBeUTF8() throws {
        func node(_ field: Int, _ value: [UInt8]) -> [UInt8] {
            var w = WireWriter()
            w.message(1) { $0.bytes(field, value) }
            return w.bytes
        }
        // 0A len | tag len | value: the value starts at byte 4.
        let cases: [(Int, [UInt8], Int, String)] = [
            (1, [0xFF], 4, "tensorflow.NodeDef.name"),
            (2, [0x61, 0x62, 0xC3], 6, "tensorflow.NodeDef.op"),          // cut-off sequence
            (3, [0xED, 0xA0, 0x80], 4, "tensorflow.NodeDef.input"),       // a surrogate
            (4, [0xC0, 0x80], 4, "tensorflow.NodeDef.device"),           // overlong NUL
            (3, [0xF4, 0x90, 0x80, 0x80], 4, "tensorflow.NodeDef.input"), // above U+10FFFF
        ]
        for (field, value, offset, name) in cases {
            let e = expectFormatError { try GraphDef(binary: node(field, value), filename: "g.pb") }
            XCTAssertEqual(e?.location, .protobuf(byte: offset, truncated: false), "\(value): \(String(describing: e))")
            XCTAssertTrue(e?.message.contains("string field '\(name)' is not valid UTF-8") ?? false, "\(String(describing: e))")
        }
        // Attribute names, function names, ret values: every string field.
        var attr = WireWriter()
        attr.message(1) { $0.message(5) { $0.bytes(1, [0xFF]) } }
        XCTAssertTrue(expectFormatError { try GraphDef(binary: attr.bytes) }?.message.contains("'an attr map entry.key'") ?? false)
        var fn = WireWriter()
        fn.message(2) { $0.message(1) { $0.message(1) { $0.bytes(1, [0xFF]) } } }
        XCTAssertTrue(expectFormatError { try GraphDef(binary: fn.bytes) }?.message.contains("'tensorflow.OpDef.name'") ?? false)
        var ret = WireWriter()
        ret.message(2) { $0.message(1) { $0.message(4) { $0.bytes(2, [0xFF]) } } }
        XCTAssertTrue(expectFormatError { try GraphDef(binary: ret.bytes) }?.message.contains("entry.value'") ?? false)
        // bytes fields hold anything; multi-byte UTF-8 is fine in strings.
        let fine = GraphDef(node: [NodeDef(name: "é€😀", op: "Const", attr: [
            "s": AttrValue(.s([0xFF])),
            "value": AttrValue(.tensor(TensorProto(dtype: .string, tensorContent: [0xFF], stringVal: [[0xC0, 0x80]]))),
        ])])
        XCTAssertEqual(try GraphDef(binary: fine.binaryFormat), fine)
    }

    /// A file read into the decoder's own buffer, whose large values are copied out in chunks
    /// and released, decodes to the same GraphDef as the same bytes in an array.
    func testFileBufferDecodesLikeAnArray() throws {
        let dir = try temporaryDirectory(self)
        let count = FileBuffer.releaseChunk * 2 + 12_345
        var rng = SplitMix64(state: 5)
        let content = (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let def = GraphDef(node: [
            NodeDef(name: "big", op: "Const", attr: ["value": AttrValue(.tensor(TensorProto(dtype: .uint8, tensorShape: TensorShapeProto(sizes: [count]), tensorContent: TensorStorage(copying: content))))]),
            NodeDef(name: "after", op: "Identity", input: ["big"]),
        ], versions: VersionDef(producer: 3))
        let path = dir + "/big"  // no extension: sniffed
        try FileIO.writeAtomically(def.binaryFormat, to: path)
        XCTAssertEqual(try GraphDefFile.readGraphDef(path: path), def)
        let buffer = try FileBuffer(path: path)
        XCTAssertEqual(buffer.count, def.binaryFormat.count)
    }
}
