import Foundation
import XCTest
@testable import Formats

final class RoundTripTests: XCTestCase {
    func testTextBinaryTextRoundTrip() throws {
        let sample = BinaryDecoderTests.sample
        let text = sample.textFormat
        let fromText = try GraphDef(text: text)
        XCTAssertEqual(fromText, sample)
        let fromBinary = try GraphDef(binary: fromText.binaryFormat)
        XCTAssertEqual(fromBinary, sample)
        XCTAssertEqual(fromBinary.textFormat, text)
    }

    func testTextWriterUsesTensorFlowLayout() {
        let def = GraphDef(node: [
            NodeDef(name: "c", op: "Const", attr: [
                "value": AttrValue(.tensor(TensorProto(dtype: .float, tensorShape: TensorShapeProto(sizes: [2, 0]),
                                                       tensorContent: [0, 0x0A, 0x22, 0x27, 0x5C, 0x41, 0x80, 0xFF]))),
                "dtype": AttrValue(.type(.float)),
            ]),
        ], versions: VersionDef(producer: 2474))
        XCTAssertEqual(def.textFormat, #"""
        node {
          name: "c"
          op: "Const"
          attr {
            key: "dtype"
            value {
              type: DT_FLOAT
            }
          }
          attr {
            key: "value"
            value {
              tensor {
                dtype: DT_FLOAT
                tensor_shape {
                  dim {
                    size: 2
                  }
                  dim {
                  }
                }
                tensor_content: "\000\n\"\'\\A\200\377"
              }
            }
          }
        }
        versions {
          producer: 2474
        }

        """#)
    }

    func testSpecialFloatsRoundTrip() throws {
        let t = TensorProto(dtype: .float, floatVal: [.infinity, -.infinity, 0.1, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude],
                            doubleVal: [0.1, 1e300, -.infinity])
        let def = GraphDef(node: [NodeDef(name: "n", op: "Const", attr: ["v": AttrValue(.tensor(t))])])
        XCTAssertEqual(try GraphDef(text: def.textFormat), def)
        let nan = GraphDef(node: [NodeDef(name: "n", op: "X", attr: ["f": AttrValue(.f(.nan))])])
        XCTAssertTrue(nan.textFormat.contains("f: nan"))
        guard case .f(let f)? = try GraphDef(text: nan.textFormat).node[0].attr["f"]?.value else { return XCTFail("no f") }
        XCTAssertTrue(f.isNaN)
    }

    func testStringsWithEveryByteRoundTrip() throws {
        let all = (0...255).map { UInt8($0) }
        let def = GraphDef(node: [NodeDef(name: "n\u{e9}\n", op: "X", attr: ["s": AttrValue(.s(all))])])
        let text = def.textFormat
        XCTAssertTrue(text.allSatisfy { $0.isASCII }, "the writer escapes everything outside printable ASCII")
        XCTAssertEqual(try GraphDef(text: text), def)
        XCTAssertEqual(try GraphDef(binary: def.binaryFormat), def)
    }

    /// TensorFlow's own files come back byte for byte from our text writer.
    func testTensorFlowTextFilesAreReproducedExactly() throws {
        let cases = try fixtureCases()
        XCTAssertFalse(cases.isEmpty)
        for dir in cases {
            let path = dir.appendingPathComponent("graph.pbtxt").path
            let original = try String(decoding: FileIO.readFile(path: path), as: UTF8.self)
            let def = try GraphDef(text: original, filename: path)
            // NodeDef.experimental_type (TensorFlow's full-type annotation of shape tensors) is
            // checked and dropped by design: everything else comes back byte for byte.
            XCTAssertEqual(def.textFormat, withoutBlocks(named: "experimental_type", original), path)
            XCTAssertEqual(try GraphDef(binary: def.binaryFormat), def, path)
        }
    }

    /// `text` without its `NAME { ... }` blocks (whole lines, nested braces counted).
    private func withoutBlocks(named name: String, _ text: String) -> String {
        var out: [Substring] = []
        var depth = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " })
            if depth == 0, trimmed.hasPrefix(name + " {") {
                depth = 1
                continue
            }
            if depth > 0 {
                depth += line.filter { $0 == "{" }.count - line.filter { $0 == "}" }.count
                continue
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}

/// The fixture case folders under `Tests/Fixtures/tf`, sorted.
func fixtureCases() throws -> [URL] {
    let root = fixturesDirectory.appendingPathComponent("tf")
    return try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
        .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("graph.pbtxt").path) }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}
