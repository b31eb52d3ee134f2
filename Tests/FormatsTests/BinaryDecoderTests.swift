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
        var r = WireReader(tensor, filename: "t")
        let t = try TensorProto(wire: &r)
        XCTAssertEqual(t.dtype, .int32)
        XCTAssertEqual(t.intVal, [1, 2, 3, 4])
        // float_val 5: unpacked fixed32 then packed.
        let floats: [UInt8] = [0x2D, 0x00, 0x00, 0x80, 0x3F, 0x2A, 0x04, 0x00, 0x00, 0x00, 0x40]
        var r2 = WireReader(floats, filename: "t")
        XCTAssertEqual(try TensorProto(wire: &r2).floatVal, [1, 2])
    }

    func testNegativeInt32UsesTenByteVarints() throws {
        let v = VersionDef(producer: -3, minConsumer: 0, badConsumers: [])
        var w = WireWriter()
        v.writeBinary(to: &w)
        XCTAssertEqual(w.bytes.count, 11)
        var r = WireReader(w.bytes, filename: "t")
        XCTAssertEqual(try VersionDef(wire: &r), v)
    }

    func testUnknownFieldsOfEveryWireTypeAreSkipped() throws {
        var w = WireWriter()
        w.tag(99, .varint); w.varint(123_456_789)
        w.tag(98, .fixed64); w.fixed64(1)
        w.tag(97, .fixed32); w.fixed32(2)
        w.bytes(2, [0x0A, 0x01, 0x41])  // library = 2: a FunctionDefLibrary, skipped whole
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

    func testTruncatedFixtureIsRejected() {
        let path = fixturesDirectory.appendingPathComponent("bad/truncated.pb").path
        let e = expectFormatError { try GraphDefFile.load(path: path) }
        XCTAssertTrue(e?.description.hasPrefix(path + ": truncated protobuf at byte ") ?? false, "\(String(describing: e))")
    }
}
