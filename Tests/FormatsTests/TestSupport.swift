import Foundation
import GraphIR
import XCTest
@testable import Formats

/// `Tests/Fixtures`, found from this file so tests run from any working directory.
let fixturesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

/// Runs `body`, which must throw a FormatError; returns it (nil after recording a failure).
@discardableResult
func expectFormatError(_ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line) -> FormatError? {
    do {
        let value = try body()
        XCTFail("expected a FormatError, got \(value)", file: file, line: line)
    } catch let e as FormatError {
        XCTAssertFalse(e.description.contains("\n"), "error is not one line: \(e.description)", file: file, line: line)
        return e
    } catch {
        XCTFail("expected a FormatError, got \(type(of: error)): \(error)", file: file, line: line)
    }
    return nil
}

/// Decodes one message of wire format.
func decode<M: BinaryDecodable>(_ bytes: [UInt8], as _: M.Type, filename: String = "t") throws -> M {
    try bytes.withUnsafeBytes { raw in
        var r = WireReader(raw, filename: filename)
        return try M(wire: &r)
    }
}

/// Parses `text` as a GraphDef and checks it fails at `line:column` with a message containing `message`.
func assertTextError(_ text: String, at expectedLine: Int, _ expectedColumn: Int, _ message: String,
                     file: StaticString = #filePath, line: UInt = #line) {
    guard let e = expectFormatError({ try GraphDef(text: text, filename: "t.pbtxt") }, file: file, line: line) else { return }
    XCTAssertEqual(e.location, .text(line: expectedLine, column: expectedColumn), "\(e)", file: file, line: line)
    XCTAssertTrue(e.message.contains(message), "'\(e.message)' does not contain '\(message)'", file: file, line: line)
    XCTAssertTrue(e.description.hasPrefix("t.pbtxt:\(expectedLine):\(expectedColumn): "), e.description, file: file, line: line)
}

/// Imports `text` and checks it fails with a GraphError naming `node` whose message contains `message`.
func assertImportError(_ text: String, node: String, _ message: String,
                       file: StaticString = #filePath, line: UInt = #line) {
    do {
        let g = try GraphDefFile.parse(text: text, filename: "t.pbtxt")
        XCTFail("expected a GraphError, got a graph:\n\(g)", file: file, line: line)
    } catch let e as GraphError {
        XCTAssertEqual(e.node, node, "\(e)", file: file, line: line)
        XCTAssertTrue(e.message.contains(message), "'\(e.message)' does not contain '\(message)'", file: file, line: line)
        XCTAssertEqual(e.description, "node '\(e.node)' (\(e.op)): \(e.message)", file: file, line: line)
    } catch {
        XCTFail("expected a GraphError, got \(type(of: error)): \(error)", file: file, line: line)
    }
}

/// Imports `text`, recording a failure (and returning an empty graph) when it throws.
func importText(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Graph {
    do {
        return try GraphDefFile.parse(text: text, filename: "t.pbtxt")
    } catch {
        XCTFail("import failed: \(error)", file: file, line: line)
        return Graph()
    }
}

/// The node named `name`, or a recorded failure.
func node(_ g: Graph, _ name: String, file: StaticString = #filePath, line: UInt = #line) -> Node? {
    guard let i = g.index(of: name) else {
        XCTFail("no node '\(name)' in\n\(g)", file: file, line: line)
        return nil
    }
    return g.nodes[i]
}

// Text-format builders for small test graphs, in TensorFlow's own spelling.

/// A node; `attrs` maps attribute names to the body of their `value { }`.
func nodeText(_ name: String, _ op: String, _ inputs: [String] = [], _ attrs: [(String, String)] = []) -> String {
    var s = "node {\n  name: \"\(name)\"\n  op: \"\(op)\"\n"
    for i in inputs { s += "  input: \"\(i)\"\n" }
    for (k, v) in attrs { s += "  attr { key: \"\(k)\" value { \(v) } }\n" }
    return s + "}\n"
}

func shapeText(_ dims: [Int]?) -> String {
    guard let dims else { return "shape { unknown_rank: true }" }
    return "shape { " + dims.map { "dim { size: \($0) } " }.joined() + "}"
}

func placeholderText(_ name: String, _ dtype: String = "DT_FLOAT", _ dims: [Int]?) -> String {
    nodeText(name, "Placeholder", [], [("dtype", "type: \(dtype)"), ("shape", shapeText(dims))])
}

/// A Const whose value is given by `values`, e.g. `float_val: 1 float_val: 2`.
func constText(_ name: String, _ dtype: String, _ dims: [Int], _ values: String) -> String {
    nodeText(name, "Const", [], [
        ("dtype", "type: \(dtype)"),
        ("value", "tensor { dtype: \(dtype) tensor_shape { " + dims.map { "dim { size: \($0) } " }.joined() + "} \(values) }"),
    ])
}

func int32ConstText(_ name: String, _ values: [Int]) -> String {
    constText(name, "DT_INT32", [values.count], values.map { "int_val: \($0)" }.joined(separator: " "))
}

func listText(_ ints: [Int]) -> String { "list { " + ints.map { "i: \($0) " }.joined() + "}" }

/// Fuzz tests draw from GraphIR's SplitMix64, so they fail the same way every run.
extension SplitMix64 {
    init(state: UInt64) { self.init(seed: state) }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// A fresh empty folder for file tests, removed when the test ends.
func temporaryDirectory(_ test: XCTestCase) throws -> String {
    let path = NSTemporaryDirectory() + "formats-tests-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}
