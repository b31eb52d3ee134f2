import Foundation
import GraphIR
import XCTest
@testable import Formats

/// TensorFlow-written graphs (`Tests/Fixtures/tf/*/graph.pbtxt` and `graph.pb`): both encodings
/// of every case must import, and to the same graph.
final class FixtureTests: XCTestCase {
    func testEveryFixtureImportsIdenticallyFromTextAndBinary() throws {
        let cases = try fixtureCases()
        XCTAssertGreaterThan(cases.count, 0, "no fixture cases found under \(fixturesDirectory.path)/tf")
        for dir in cases {
            let textPath = dir.appendingPathComponent("graph.pbtxt").path
            let binaryPath = dir.appendingPathComponent("graph.pb").path
            do {
                let textDef = try GraphDefFile.readGraphDef(path: textPath)
                let binaryDef = try GraphDefFile.readGraphDef(path: binaryPath)
                XCTAssertEqual(textDef, binaryDef, dir.lastPathComponent)
                let fromText = try GraphDefFile.load(path: textPath)
                let fromBinary = try GraphDefFile.load(path: binaryPath)
                XCTAssertFalse(fromText.nodes.isEmpty, dir.lastPathComponent)
                XCTAssertEqual(fromText.nodes, fromBinary.nodes, dir.lastPathComponent)
                XCTAssertNoThrow(try fromText.verify(), dir.lastPathComponent)
            } catch {
                XCTFail("\(dir.lastPathComponent): \(error)")
            }
        }
    }

    /// Every output a case lists names a node of the imported graph with the listed dtype and a
    /// shape compatible with the stored result.
    func testFixtureOutputsNameImportedNodes() throws {
        for dir in try fixtureCases() {
            let caseFile = dir.appendingPathComponent("case.json")
            guard let data = FileManager.default.contents(atPath: caseFile.path),
                  let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let outputs = json["outputs"] as? [String: String] else {
                XCTFail("\(dir.lastPathComponent): unreadable case.json")
                continue
            }
            let g = try GraphDefFile.load(path: dir.appendingPathComponent("graph.pb").path)
            for (name, file) in outputs.sorted(by: { $0.key < $1.key }) {
                guard let v = g.value(named: name) else {
                    XCTFail("\(dir.lastPathComponent): output '\(name)' is not a node")
                    continue
                }
                let expected = try NPY.read(path: dir.appendingPathComponent(file).path)
                let type = g[v]
                XCTAssertEqual(type.dtype, expected.dtype, "\(dir.lastPathComponent) \(name)")
                if let shape = type.shape {
                    XCTAssertEqual(shape.count, expected.shape.count, "\(dir.lastPathComponent) \(name)")
                    for (d, e) in zip(shape, expected.shape) where d >= 0 {
                        XCTAssertEqual(d, e, "\(dir.lastPathComponent) \(name)")
                    }
                }
            }
        }
    }
}
