import Formats
import GraphIR
import XCTest

final class SafetensorsTests: XCTestCase {
    let tensors: [(String, Tensor)] = [
        ("conv1/weights", Tensor(shape: [2, 3], floats: [1, -2, 3.5, 0, .infinity, -0.25])),
        ("dense/bias", Tensor(shape: [2], doubles: [1e300, -1])),
        ("step", Tensor(shape: [], int64s: [42])),
        ("labels", Tensor(shape: [3], int32s: [5, 0, -4])),
        ("mask", Tensor(shape: [2, 2], bools: [true, false, false, true])),
        ("empty", Tensor(shape: [0, 3], floats: [])),
    ]

    /// A file from a header (as JSON text) and data bytes.
    func file(_ header: String, data: [UInt8] = [], pad: Bool = true) -> [UInt8] {
        var h = Array(header.utf8)
        if pad { h += Array(repeating: 0x20, count: (8 - h.count % 8) % 8) }
        return (0..<8).map { UInt8(truncatingIfNeeded: h.count >> (8 * $0)) } + h + data
    }

    func assertError(_ bytes: [UInt8], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        assertFileError("w.safetensors", message, file: file, line: line) {
            try Safetensors.decode(bytes, filename: "w.safetensors")
        }
    }

    func testRoundTripThroughAFile() throws {
        let dir = try temporaryDirectory(self)
        let path = dir + "/w.safetensors"
        try Safetensors.write(tensors, metadata: ["format": "pt", "epoch": "3", "note": "quote \" and\nnewline"], to: path)
        let read = try Safetensors.read(path: path)
        XCTAssertEqual(read.names, tensors.map(\.0))
        for (name, tensor) in tensors { XCTAssertEqual(read.tensors[name], tensor, name) }
        XCTAssertEqual(read.metadata, ["format": "pt", "epoch": "3", "note": "quote \" and\nnewline"])
        XCTAssertEqual(read.ordered.map(\.name), tensors.map(\.0))
        let bytes = try FileIO.readFile(path: path)
        let headerLength = (0..<8).reduce(0) { $0 | Int(bytes[$1]) << (8 * $1) }
        XCTAssertEqual(headerLength % 8, 0)
        XCTAssertEqual(bytes[8], UInt8(ascii: "{"))
        // No metadata: no __metadata__ key.
        let plain = try Safetensors.encode([("x", Tensor(shape: [1], floats: [2]))])
        XCTAssertFalse(String(decoding: plain, as: UTF8.self).contains("__metadata__"))
        XCTAssertEqual(try Safetensors.decode(plain, filename: "x").metadata, [:])
    }

    func testReadsHandWrittenHeaders() throws {
        // Keys in any order, escapes, whitespace, data ordered differently from the header.
        let data: [UInt8] = [1, 0, 0, 0, 0, 0, 128, 63]
        let header = #"{ "b\u00e9" : {"shape":[1],"data_offsets":[4,8],"dtype":"F32"}, "a":{"dtype":"I32","shape":[1],"data_offsets":[0,4]}, "__metadata__":{"k":"v\/w"} }"#
        let f = try Safetensors.decode(file(header, data: data), filename: "x")
        XCTAssertEqual(f.names, ["a", "bé"])
        XCTAssertEqual(f.tensors["a"], Tensor(shape: [1], int32s: [1]))
        XCTAssertEqual(f.tensors["bé"], Tensor(shape: [1], floats: [1]))
        XCTAssertEqual(f.metadata, ["k": "v/w"])
        XCTAssertEqual(try Safetensors.decode(file("{}"), filename: "x").names, [])
    }

    func testWriterRefusesDuplicateAndReservedNames() throws {
        let t = Tensor(shape: [1], floats: [1])
        assertFileError("w.safetensors", "two tensors are named \"a\"") {
            try Safetensors.encode([("a", t), ("a", t)], filename: "w.safetensors")
        }
        assertFileError("w.safetensors", "reserved") { try Safetensors.encode([("__metadata__", t)], filename: "w.safetensors") }
        let dir = try temporaryDirectory(self)
        assertFileError(dir + "/no/such/w.safetensors", "cannot create a temporary file") {
            try Safetensors.write([("a", t)], to: dir + "/no/such/w.safetensors")
        }
    }

    func testHeaderLengthErrors() {
        assertError([1, 2, 3], "truncated safetensors file: 3 bytes")
        assertError([0, 0, 0, 0, 0, 0, 0, 1], "exceeds the 100000000-byte limit")
        assertError([0xFF, 0xE1, 0xF5, 0x05, 0, 0, 0, 0], "exceeds the 100000000-byte limit")  // 100,000,255
        assertError([16, 0, 0, 0, 0, 0, 0, 0] + Array("{}".utf8), "the header needs 16 bytes, 2 follow")
    }

    func testHeaderJSONErrors() {
        assertError(file("[]"), "header is not a JSON object")
        assertError(file("{\"a\":"), "invalid safetensors header JSON at byte")
        assertError(file("{\"a\":1} x"), "unexpected text after the JSON value")
        assertError(file("{\"a\":{},\"a\":{}}"), "duplicate key \"a\"")
        assertError(file("{\"a\":\"\\q\"}"), "invalid escape")
        assertError(file("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"),
                    "nested deeper than 64")
        assertError([4, 0, 0, 0, 0, 0, 0, 0, UInt8(ascii: "{"), UInt8(ascii: "\""), 0xFF, UInt8(ascii: "\"")], "invalid UTF-8")
        assertError(file(#"{"__metadata__":{"k":1}}"#), "__metadata__ value for \"k\" is a number, expected a string")
        assertError(file(#"{"__metadata__":[]}"#), "__metadata__ is an array")
    }

    func testTensorEntryErrors() {
        let four: [UInt8] = [0, 0, 0, 0]
        assertError(file(#"{"t":1}"#), "tensor \"t\" is a number, expected an object")
        assertError(file(#"{"t":{"shape":[1],"data_offsets":[0,4]}}"#, data: four), "tensor \"t\" has no 'dtype'")
        assertError(file(#"{"t":{"dtype":"F32","data_offsets":[0,4]}}"#, data: four), "has no 'shape'")
        assertError(file(#"{"t":{"dtype":"F32","shape":[1]}}"#, data: four), "has no 'data_offsets'")
        assertError(file(#"{"t":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}"#, data: four),
                    "tensor \"t\" has dtype \"F16\", which GraphJIT does not support")
        assertError(file(#"{"t":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}"#, data: four), "shape entries must be non-negative integers")
        assertError(file(#"{"t":{"dtype":"F32","shape":[1.0],"data_offsets":[0,4]}}"#, data: four), "shape entries must be non-negative integers")
        assertError(file(#"{"t":{"dtype":"F32","shape":[99999999,99999999],"data_offsets":[0,4]}}"#, data: four), "more than 2^36 elements")
        assertError(file(#"{"t":{"dtype":"F32","shape":[1],"data_offsets":[0]}}"#, data: four), "'data_offsets' must be [begin, end]")
        assertError(file(#"{"t":{"dtype":"F32","shape":[1],"data_offsets":[4,0]}}"#, data: four), "end before they begin")
    }

    func testOffsetValidation() {
        let eight = [UInt8](repeating: 0, count: 8)
        // Out of range (a truncated file).
        assertError(file(#"{"t":{"dtype":"F64","shape":[1],"data_offsets":[0,8]}}"#, data: Array(eight[0..<5])),
                    "data_offsets [0, 8] are beyond the 5 data bytes")
        // Size does not match dtype x shape.
        assertError(file(#"{"t":{"dtype":"F32","shape":[1],"data_offsets":[0,8]}}"#, data: eight),
                    "F32[1] needs 4 bytes, data_offsets [0, 8] hold 8")
        // Overlap.
        assertError(file(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[2,6]}}"#, data: eight),
                    "tensor \"b\" overlaps tensor \"a\"")
        // A hole, and bytes after the last tensor.
        assertError(file(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#, data: eight), "data bytes 0..<4 belong to no tensor")
        assertError(file(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}"#, data: eight), "4 data bytes after the last tensor")
        // Zero-size tensors may share an offset.
        XCTAssertNoThrow(try Safetensors.decode(file(#"{"a":{"dtype":"F32","shape":[0],"data_offsets":[0,0]},"b":{"dtype":"BOOL","shape":[0],"data_offsets":[0,0]}}"#), filename: "x"))
    }

    func testBoolBytesAreNormalised() throws {
        let f = try Safetensors.decode(file(#"{"m":{"dtype":"BOOL","shape":[2],"data_offsets":[0,2]}}"#, data: [0, 7]), filename: "x")
        XCTAssertEqual(f.tensors["m"], Tensor(shape: [2], bools: [false, true]))
    }
}
