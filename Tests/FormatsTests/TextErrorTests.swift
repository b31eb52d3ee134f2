import XCTest
@testable import Formats

/// Every syntax error names the file, line and column of the offending text, on one line.
final class TextErrorTests: XCTestCase {
    func testUnclosedBraceIsReportedAtTheOpeningBrace() {
        assertTextError("node {\n  name: \"a\"\n  attr {\n    key: \"k\"\n", at: 3, 8, "'{' is never closed")
        assertTextError("node {\n  name: \"a\"\n", at: 1, 6, "never closed")
    }

    func testExtraClosingBrace() {
        assertTextError("node {\n  name: \"a\"\n}\n}\n", at: 4, 1, "unexpected '}'")
        assertTextError("}", at: 1, 1, "no '{' to close")
    }

    func testMismatchedClosingDelimiter() {
        assertTextError("node {\n  name: \"a\" >", at: 2, 13, "expected '}' to close the '{' at 1:6, got '>'")
        assertTextError("node < name: \"a\" }", at: 1, 18, "expected '>'")
    }

    func testBadEscapes() {
        assertTextError("node {\n  name: \"y\\qz\"\n}", at: 2, 11, "invalid escape sequence '\\q'")
        assertTextError("node { name: \"\\xZZ\" }", at: 1, 15, "\\x escape without hex digits")
        assertTextError("node { name: \"ab\\400\" }", at: 1, 17, "larger than \\377")
        assertTextError("node { name: \"\\u12\" }", at: 1, 15, "needs 4 hex digits")
        assertTextError("node { name: \"\\uD800\" }", at: 1, 15, "not a Unicode character")
    }

    func testUnterminatedStrings() {
        assertTextError("node {\n  name: \"abc\n}", at: 2, 9, "unterminated string")
        assertTextError("node { name: 'abc", at: 1, 14, "unterminated string")
        assertTextError("node { name: \"abc\\", at: 1, 14, "unterminated string")
    }

    func testBadNumbers() {
        assertTextError("node { attr { key: \"s\" value { shape { dim { size: 3x } } } } }", at: 1, 52, "invalid integer '3x'")
        assertTextError("versions {\n  producer: 1.5\n}", at: 2, 13, "invalid integer '1.5'")
        assertTextError("node { attr { key: \"s\" value { shape { dim { size: 99999999999999999999 } } } } }",
                        at: 1, 52, "invalid integer")
        assertTextError("versions { producer: 3000000000 }", at: 1, 22, "out of range for field 'producer' (int32)")
        assertTextError("versions { producer: -2147483649 }", at: 1, 22, "out of range")
        assertTextError("node { attr { key: \"f\" value { f: 1.2.3 } } }", at: 1, 35, "invalid number '1.2.3'")
        assertTextError("node { attr { key: \"f\" value { f: 1e } } }", at: 1, 35, "invalid number '1e'")
        assertTextError("node { attr { key: \"f\" value { f: 0x1p3 } } }", at: 1, 35, "invalid number")
        assertTextError("node { attr { key: \"f\" value { f: - } } }", at: 1, 37, "expected a number")
    }

    func testWrongTypeForKnownField() {
        assertTextError("node { name: 5 }", at: 1, 14, "expected a quoted string for field 'name', got '5'")
        assertTextError("node { op: DT_FLOAT }", at: 1, 12, "expected a quoted string")
        assertTextError("node { attr { key: \"b\" value { b: maybe } } }", at: 1, 35, "expected true or false for field 'b'")
        assertTextError("node { attr { key: \"t\" value { type: DT_NOPE } } }", at: 1, 38, "unknown DataType 'DT_NOPE'")
        assertTextError("node { attr { key: \"i\" value { i: \"7\" } } }", at: 1, 35, "expected an integer for field 'i'")
        assertTextError("node: 5", at: 1, 7, "expected '{' to start the message 'node'")
        assertTextError("node { name { } }", at: 1, 13, "expected ':' after field 'name'")
        assertTextError("versions { producer 5 }", at: 1, 21, "expected ':' after field 'producer'")
    }

    func testUnexpectedTokens() {
        assertTextError("node { name: \"a\" 5 }", at: 1, 18, "expected a field name, got '5'")
        assertTextError("node { name: \"a\" @ }", at: 1, 18, "expected a field name, got '@'")
        assertTextError("node { name: \"a\" \u{7} }", at: 1, 18, "unexpected character 0x7")
        // Adjacent strings concatenate, so the list is missing its ']' only at the '}'.
        assertTextError("node { input: [\"a\" \"b\" }", at: 1, 24, "expected ',' or ']'")
        assertTextError("node { input: [\"a\" 5] }", at: 1, 20, "expected ',' or ']'")
        assertTextError("node { input: [\"a\", ] }", at: 1, 21, "expected a quoted string")
        assertTextError("debug_info { files: }", at: 1, 21, "expected a quoted string for field 'files'")
        assertTextError("node { experimental_type { type_id: } }", at: 1, 37, "expected a value for field 'type_id'")
        assertTextError("versions 5", at: 1, 10, "expected '{' to start the message 'versions'")
        // A malformed value of an unknown field: the unknown field, which comes first, is reported.
        assertTextError("unknown 5", at: 1, 1, "unknown field 'unknown' in tensorflow.GraphDef")
        assertTextError("[ext.name", at: 1, 1, "'[' is never closed")
    }

    func testColumnsCountCharactersNotBytes() {
        assertTextError("node { name: \"é€😀\" op: 5 }", at: 1, 24, "expected a quoted string")
        assertTextError("\tnode {\n\t\tname: 5 }", at: 2, 9, "expected a quoted string")
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let depth = 100_000
        // FullTypeDef nests itself through `args`.
        let text = "node { experimental_type {" + String(repeating: "args {", count: depth) + String(repeating: "}", count: depth + 2)
        let e = expectFormatError { try GraphDef(text: text, filename: "deep.pbtxt") }
        XCTAssertTrue(e?.message.contains("nested more than") ?? false, "\(String(describing: e))")
        let unknown = String(repeating: "a {", count: depth) + String(repeating: "}", count: depth)
        let e2 = expectFormatError { try GraphDef(text: unknown, filename: "deep.pbtxt") }
        XCTAssertEqual(e2?.description, "deep.pbtxt:1:1: unknown field 'a' in tensorflow.GraphDef")
    }

    func testDescriptionIsOneLineWithFileLineColumn() {
        let e = expectFormatError { try GraphDef(text: "node {\n name: \"a\nb\" }", filename: "dir/my file.pbtxt") }
        XCTAssertEqual(e?.description, "dir/my file.pbtxt:2:8: unterminated string")
        let multiline = FormatError(file: "a\nb", .text(line: 1, column: 2), "x\ny")
        XCTAssertEqual(multiline.description, "a\\nb:1:2: x\\ny")
    }

    func testBadTextFixturesAreRejectedWithPositions() throws {
        let bad = fixturesDirectory.appendingPathComponent("bad")
        let cases: [(String, Int, Int, String)] = [
            // As TensorFlow's parser says: the missing '}' puts `versions` inside the node.
            ("unbalanced_braces.pbtxt", 12, 1, "unknown field 'versions' in tensorflow.NodeDef"),
            ("bad_string_escape.pbtxt", 8, 11, "invalid escape sequence '\\q'"),
            ("bad_number.pbtxt", 5, 67, "invalid integer '3x'"),
            ("bad_number_int64_overflow.pbtxt", 5, 67, "invalid integer '99999999999999999999'"),
            ("unknown_field.pbtxt", 10, 3, "unknown field 'inputt' in tensorflow.NodeDef"),
            ("invalid_utf8_name.pbtxt", 8, 9, "string field 'tensorflow.NodeDef.name' is not valid UTF-8"),
        ]
        for (name, line, column, message) in cases {
            let path = bad.appendingPathComponent(name).path
            guard let e = expectFormatError({ try GraphDefFile.load(path: path) }) else { continue }
            XCTAssertTrue(e.message.contains(message), "\(name): \(e)")
            XCTAssertTrue(e.description.hasPrefix(path + ":"), "\(name): \(e)")
            guard case let .text(l, c) = e.location else { XCTFail("\(name): no position in \(e)"); continue }
            if line > 0 { XCTAssertEqual(l, line, "\(name): \(e)") }
            if column > 0 { XCTAssertEqual(c, column, "\(name): \(e)") }
        }
    }
}
