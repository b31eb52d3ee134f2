import Foundation
import GraphIR
import XCTest
@testable import Formats

final class NPYTests: XCTestCase {
    func testRoundTripEveryDtypeAndShape() throws {
        let tensors: [Tensor] = [
            Tensor(shape: [], floats: [3.5]),
            Tensor(shape: [3], int64s: [.min, 0, .max]),
            Tensor(shape: [1, 2], bools: [true, false]),
            Tensor(shape: [2, 3], doubles: [1, 2, 3, -.infinity, .pi, -0.0]),
            Tensor(shape: [2, 1, 2], int32s: [1, -2, 3, .max]),
            try Tensor(zeros: .float32, shape: [0, 5]),
            try Tensor(zeros: .int32, shape: Array(repeating: 1, count: 40)),
        ]
        for t in tensors {
            let bytes = NPY.encode(t)
            XCTAssertEqual(bytes.count % 64, t.bytes.count % 64, "data starts on a 64-byte boundary")
            XCTAssertEqual(try NPY.decode(bytes, filename: "t.npy"), t)
        }
    }

    func testWriterMatchesNumPyByteForByte() {
        // np.save(f, np.float32(3.5)): a v1.0 header padded to 128 bytes.
        let header = "{'descr': '<f4', 'fortran_order': False, 'shape': (), }"
        var expected: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, 0x76, 0]
        expected += Array(header.utf8) + Array(repeating: 0x20, count: 117 - header.utf8.count) + [0x0A]
        expected += Array(withUnsafeBytes(of: Float(3.5).bitPattern.littleEndian) { Array($0) })
        XCTAssertEqual(NPY.encode(Tensor(shape: [], floats: [3.5])), expected)
        XCTAssertTrue(String(decoding: NPY.encode(Tensor(shape: [3], int64s: [0, 1, 2])), as: UTF8.self).contains("'shape': (3,), }"))
        XCTAssertTrue(String(decoding: NPY.encode(Tensor(shape: [1, 2], bools: [true, false])), as: UTF8.self)
                        .contains("{'descr': '|b1', 'fortran_order': False, 'shape': (1, 2), }"))
    }

    func testReadsVersion2And3Headers() throws {
        // np.lib.format.write_array(f, np.arange(2, dtype='<i4'), version=(2, 0)), and (3, 0).
        let v2 = "934e554d50590200740000007b276465736372273a20273c6934272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a0000000001000000"
        var bytes = hexBytes(v2)
        XCTAssertEqual(try NPY.decode(bytes, filename: "v2.npy"), Tensor(shape: [2], int32s: [0, 1]))
        bytes[6] = 3
        XCTAssertEqual(try NPY.decode(bytes, filename: "v3.npy"), Tensor(shape: [2], int32s: [0, 1]))
    }

    func testHeaderVariantsNumPyAccepts() throws {
        func file(_ dict: String, _ data: [UInt8]) -> [UInt8] {
            let header = Array(dict.utf8) + [0x0A]
            return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count), 0] + header + data
        }
        XCTAssertEqual(try NPY.decode(file("{\"shape\": (2L,), \"fortran_order\": False, \"descr\": \"=i4\"}", [1, 0, 0, 0, 2, 0, 0, 0]), filename: "a"),
                       Tensor(shape: [2], int32s: [1, 2]))
        XCTAssertEqual(try NPY.decode(file("{'descr':'<b1','fortran_order':False,'shape':(3,)}", [0, 1, 7]), filename: "b"),
                       Tensor(shape: [3], bools: [false, true, true]))
    }

    func testCorruptFilesGiveOneLineErrorsNamingTheFile() {
        let good = NPY.encode(Tensor(shape: [2, 3], floats: [1, 2, 3, 4, 5, 6]))
        func header(_ dict: String) -> [UInt8] {
            let h = Array(dict.utf8) + [0x0A]
            return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(h.count), 0] + h
        }
        let cases: [([UInt8], String)] = [
            ([], "truncated .npy file (0 bytes)"),
            (Array(good.prefix(7)), "truncated .npy file"),
            (Array("PK\u{3}\u{4}not numpy at all".utf8), "not a NumPy .npy file"),
            (Array(good.prefix(60)), "the header needs 118 bytes"),
            (Array(good.dropLast(4)), "needs 24 data bytes, 20 are present"),
            (good + [0], "1 bytes follow the 24 data bytes"),
            ([0x93] + Array("NUMPY".utf8) + [4, 0, 0, 0], ".npy version 4.0 is not supported"),
            (header("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3"), "malformed header"),
            (header("{'descr': '<f4', 'fortran_order': False}"), "header has no 'shape'"),
            (header("{'descr': '<f4', 'fortran_order': maybe, 'shape': ()}"), "fortran_order must be True or False"),
            (header("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,)}"), "non-negative integers"),
            (header("{'descr': '<f4', 'fortran_order': False, 'shape': (), 'extra': 1}"), "unexpected header key 'extra'"),
            (header("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': ()}"), "structured dtypes are not supported"),
            (header("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2)}"), "Fortran-order arrays are not supported"),
            (header("{'descr': '>f4', 'fortran_order': False, 'shape': (1,)}"), "big-endian dtype '>f4'"),
            (header("{'descr': '|u1', 'fortran_order': False, 'shape': (1,)}"), "dtype '|u1' is not supported"),
            (header("{'descr': '<i2', 'fortran_order': False, 'shape': (1,)}"), "dtype '<i2' is not supported"),
            (header("{'descr': '<c8', 'fortran_order': False, 'shape': (1,)}"), "dtype '<c8' is not supported"),
            (header("{'descr': 'O', 'fortran_order': False, 'shape': (1,)}"), "unsupported dtype 'O'"),
            (header("{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776, 1099511627776)}"), "more than 2^36 elements"),
            (header("{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000,)}"), "needs 8000000000 data bytes, 0 are present"),
            (header("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999,)}"), "malformed header"),
        ]
        for (bytes, message) in cases {
            guard let e = expectFormatError({ try NPY.decode(bytes, filename: "in.npy") }) else { continue }
            XCTAssertTrue(e.description.hasPrefix("in.npy: "), e.description)
            XCTAssertTrue(e.message.contains(message), "'\(e.message)' does not contain '\(message)'")
        }
    }

    func testTruncationAtEveryCutPointThrows() {
        let good = NPY.encode(Tensor(shape: [3], doubles: [1, 2, 3]))
        for cut in 0..<good.count {
            expectFormatError { try NPY.decode(Array(good.prefix(cut)), filename: "cut.npy") }
        }
    }

    func testFileRoundTripAndMissingFile() throws {
        let dir = try temporaryDirectory(self)
        let t = Tensor(shape: [2, 2], floats: [1, 2, 3, 4])
        try NPY.write(t, path: dir + "/a.npy")
        XCTAssertEqual(try NPY.read(path: dir + "/a.npy"), t)
        let e = expectFormatError { try NPY.read(path: dir + "/missing.npy") }
        XCTAssertEqual(e?.description, dir + "/missing.npy: cannot open for reading: No such file or directory")
    }

    func testFixtureArraysDecodeAndReencodeIdentically() throws {
        var count = 0
        for dir in try fixtureCases() {
            for sub in ["inputs", "outputs"] {
                let folder = dir.appendingPathComponent(sub)
                let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                for name in files where name.hasSuffix(".npy") {
                    let path = folder.appendingPathComponent(name).path
                    let bytes = try FileIO.readFile(path: path)
                    let t = try NPY.decode(bytes, filename: path)
                    XCTAssertEqual(NPY.encode(t), bytes, path)
                    count += 1
                }
            }
        }
        XCTAssertGreaterThan(count, 0, "no fixture arrays found")
    }

    func testBadNPYFixtures() throws {
        let bad = fixturesDirectory.appendingPathComponent("bad")
        let cases = [("corrupt.npy", "bad magic"), ("truncated_data.npy", "needs 24 data bytes, 12 are present"),
                     ("corrupt_header.npy", "malformed header"), ("unsupported_dtype.npy", "'<c8' is not supported")]
        for (name, message) in cases {
            let path = bad.appendingPathComponent(name).path
            let e = expectFormatError { try NPY.read(path: path) }
            XCTAssertTrue(e?.description.hasPrefix(path + ": ") ?? false, "\(name): \(String(describing: e))")
            XCTAssertTrue(e?.message.contains(message) ?? false, "\(name): \(String(describing: e))")
        }
        XCTAssertEqual(try NPY.read(path: bad.appendingPathComponent("wrong_dtype.npy").path).dtype, .float64)
    }
}

private func hexBytes(_ hex: String) -> [UInt8] {
    var out: [UInt8] = []
    var i = hex.startIndex
    while i < hex.endIndex {
        let j = hex.index(i, offsetBy: 2)
        out.append(UInt8(hex[i..<j], radix: 16) ?? 0)
        i = j
    }
    return out
}
