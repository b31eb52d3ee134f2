import Foundation
import GraphIR
import XCTest
@testable import Formats

/// `Tests/Fixtures/tf_grad`: every case imports identically from both encodings, and the nodes
/// its case.json names (`of`, `wrt`, `inputs`) exist with the gradients' dtypes and shapes.
final class GradFixtureTests: XCTestCase {
    func testEveryGradientFixtureImportsInBothEncodings() throws {
        let root = fixturesDirectory.appendingPathComponent("tf_grad")
        let cases = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
            .map { root.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("case.json").path) }
        XCTAssertGreaterThanOrEqual(cases.count, 4)
        for dir in cases {
            let name = dir.lastPathComponent
            let fromText = try GraphDefFile.load(path: dir.appendingPathComponent("graph.pbtxt").path)
            let fromBinary = try GraphDefFile.load(path: dir.appendingPathComponent("graph.pb").path)
            XCTAssertEqual(fromText.nodes, fromBinary.nodes, name)
            let data = try Data(contentsOf: dir.appendingPathComponent("case.json"))
            guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let of = json["of"] as? String, let wrt = json["wrt"] as? [String: String],
                  let inputs = json["inputs"] as? [String: String] else {
                XCTFail("\(name): unreadable case.json")
                continue
            }
            XCTAssertNotNil(fromText.value(named: of), "\(name): no node \(of)")
            for (node, file) in wrt.sorted(by: { $0.key < $1.key }) {
                guard let v = fromText.value(named: node) else { XCTFail("\(name): no node \(node)"); continue }
                let grad = try NPY.read(path: dir.appendingPathComponent(file).path)
                XCTAssertEqual(fromText[v], grad.type, "\(name): gradient of \(node)")
            }
            for (node, file) in inputs.sorted(by: { $0.key < $1.key }) {
                guard let i = fromText.index(of: node), case .placeholder = fromText.nodes[i].op else {
                    XCTFail("\(name): \(node) is not a placeholder")
                    continue
                }
                XCTAssertEqual(fromText.nodes[i].types[0], try NPY.read(path: dir.appendingPathComponent(file).path).type, name)
            }
        }
    }
}
