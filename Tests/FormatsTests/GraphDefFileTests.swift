import Foundation
import GraphIR
import XCTest
@testable import Formats

final class GraphDefFileTests: XCTestCase {
    private let text = placeholderText("x", "DT_FLOAT", [2]) + nodeText("y", "Relu", ["x"], [("T", "type: DT_FLOAT")])

    func testLoadChoosesTheEncodingByExtensionOrSniffing() throws {
        let dir = try temporaryDirectory(self)
        let def = try GraphDef(text: text)
        let expected = try GraphDefImporter.graph(from: def).nodes
        let files: [(String, [UInt8])] = [
            ("g.pbtxt", Array(text.utf8)), ("g.txt", Array(text.utf8)), ("g.pb", def.binaryFormat),
            ("text-no-extension", Array(text.utf8)), ("binary-no-extension", def.binaryFormat), ("g.graph", def.binaryFormat),
        ]
        for (name, bytes) in files {
            try FileIO.writeAtomically(bytes, to: dir + "/" + name)
            XCTAssertEqual(try GraphDefFile.load(path: dir + "/" + name).nodes, expected, name)
        }
    }

    func testSniffing() throws {
        XCTAssertEqual(GraphDefFile.sniff(Array(text.utf8)), .text)
        XCTAssertEqual(GraphDefFile.sniff(try GraphDef(text: text).binaryFormat), .binary)
        XCTAssertEqual(GraphDefFile.sniff(Array("node { name: \"é\" }\r\n\t".utf8)), .text)
        XCTAssertEqual(GraphDefFile.sniff([0x6E, 0xFF]), .binary, "invalid UTF-8")
        XCTAssertEqual(GraphDefFile.encoding(forPath: "a/b.PB"), .binary)
        XCTAssertEqual(GraphDefFile.encoding(forPath: "a.pb/b"), nil)
    }

    func testUnreadableFilesGiveOneLineErrorsNamingThem() throws {
        let dir = try temporaryDirectory(self)
        let missing = expectFormatError { try GraphDefFile.load(path: dir + "/nope.pb") }
        XCTAssertEqual(missing?.description, dir + "/nope.pb: cannot open for reading: No such file or directory")
        let folder = expectFormatError { try GraphDefFile.load(path: dir) }
        XCTAssertEqual(folder?.description, dir + ": cannot read: is a directory")
    }

    func testSaveThenLoadInBothEncodings() throws {
        let dir = try temporaryDirectory(self)
        let g = try ExporterTests.everyOpGraph()
        for name in ["g.pbtxt", "g.pb", "g.bin"] {
            try GraphDefFile.save(g, path: dir + "/" + name)
            XCTAssertEqual(try GraphDefFile.load(path: dir + "/" + name).nodes, g.nodes, name)
        }
        let binaryNamedText = dir + "/forced.pbtxt"
        try GraphDefFile.save(g, path: binaryNamedText, encoding: .binary)
        XCTAssertEqual(GraphDefFile.sniff(try FileIO.readFile(path: binaryNamedText)), .binary)
    }

    func testAtomicWriteReplacesWholeFilesAndLeavesNoTemporaries() throws {
        let dir = try temporaryDirectory(self)
        let path = dir + "/out.bin"
        try FileIO.writeAtomically(Array(repeating: 1, count: 100_000), to: path)
        try FileIO.writeAtomically([2, 3], to: path)
        XCTAssertEqual(try FileIO.readFile(path: path), [2, 3])
        try FileIO.writeAtomically([], to: dir + "/empty")
        XCTAssertEqual(try FileIO.readFile(path: dir + "/empty"), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).sorted(), ["empty", "out.bin"])
    }

    func testAtomicWriteFailuresNameThePath() throws {
        let dir = try temporaryDirectory(self)
        let e = expectFormatError { try FileIO.writeAtomically([1], to: dir + "/no/such/folder/f.npy") }
        XCTAssertTrue(e?.description.hasPrefix(dir + "/no/such/folder/f.npy: cannot create a temporary file") ?? false,
                      "\(String(describing: e))")
        try FileManager.default.createDirectory(atPath: dir + "/taken", withIntermediateDirectories: false)
        let e2 = expectFormatError { try FileIO.writeAtomically([1], to: dir + "/taken") }
        XCTAssertTrue(e2?.description.hasPrefix(dir + "/taken: cannot replace") ?? false, "\(String(describing: e2))")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["taken"], "the temporary file is removed")
    }
}
