import Foundation
import XCTest
@testable import ONNX

/// Docs/OPS.md's "ONNX ops" section names exactly the ops of the importer's table, so a user can
/// see what a file may hold before running it.
final class ONNXOpsDocTests: XCTestCase {
    func testOpsDocListsEveryONNXOpOfTheTable() throws {
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/OPS.md"), encoding: .utf8)
        let start = try XCTUnwrap(doc.range(of: "\n## ONNX ops\n"), "Docs/OPS.md has no '## ONNX ops' section")
        let rest = doc[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        // The op lists are the lines starting with "- **family**:" and naming ops in backticks.
        var listed = Set<String>()
        for line in section.split(separator: "\n") where line.hasPrefix("- **") {
            let parts = line.split(separator: "`")
            for (i, part) in parts.enumerated() where i % 2 == 1 { listed.insert(String(part)) }
        }
        let table = Set(onnxOps.keys)
        XCTAssertEqual(listed.subtracting(table).sorted(), [], "listed in Docs/OPS.md but not in the op table")
        XCTAssertEqual(table.subtracting(listed).sorted(), [], "in the op table but not listed in Docs/OPS.md")
    }
}
