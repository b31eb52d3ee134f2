import Foundation
import GraphIR
import GraphJIT
import XCTest

/// The ONNX op fixtures (`scripts/onnx/make_op_fixtures.py`, one folder per op and attribute
/// case under Tests/Fixtures/onnx/ops): each model imported, compiled and run through the public
/// API and compared with onnxruntime's outputs, float within the case's tolerance (rtol 1e-4,
/// atol 1e-5), integers and bools exactly. The test methods, one per folder, are in
/// ONNXOpFixtureTests+Cases.swift, which the script writes.
final class ONNXOpFixtureTests: XCTestCase {
    static let root = repositoryRoot.appendingPathComponent("Tests/Fixtures/onnx/ops")

    /// Every folder has its test method and every method its folder, so a case added to the
    /// script and not regenerated here (or the reverse) fails instead of going unrun.
    func testEveryFixtureFolderHasATest() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.root.path)
            .filter { FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("\($0)/case.json").path) }
            .sorted()
        XCTAssertGreaterThan(folders.count, 300, "fixture folder missing or nearly empty")
        XCTAssertEqual(folders, Self.caseNames)
    }

    func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = Self.root.appendingPathComponent(name)
        let spec = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("case.json"))) as? [String: Any] ?? [:]
        let inputs = spec["inputs"] as? [String: String] ?? [:]
        let outputs = spec["outputs"] as? [String: String] ?? [:]
        let tolerance = spec["tolerance"] as? [String: Double] ?? [:]
        let (rtol, atol) = (tolerance["rtol"] ?? 1e-4, tolerance["atol"] ?? 1e-5)

        let model = try Model(contentsOf: folder.appendingPathComponent("model.onnx").path)
        var feeds: [String: Tensor] = [:]
        for (input, path) in inputs { feeds[input] = try TensorFile.read(path: folder.appendingPathComponent(path).path) }
        let names = outputs.keys.sorted()
        let compiled = try model.compile(outputs: names, inputShapes: feeds.mapValues(\.shape))
        let results = try compiled.run(feeds)
        for output in names {
            let want = try TensorFile.read(path: folder.appendingPathComponent(outputs[output] ?? "").path)
            guard let got = results[output] else { XCTFail("\(name): no output '\(output)'", file: file, line: line); continue }
            XCTAssertEqual(got.dtype, want.dtype, "\(name) '\(output)' dtype", file: file, line: line)
            XCTAssertEqual(got.shape, want.shape, "\(name) '\(output)' shape", file: file, line: line)
            guard got.shape == want.shape, got.dtype == want.dtype else { continue }
            let exact = !want.dtype.isFloatingPoint
            var worst: (excess: Double, index: Int)?
            for i in 0..<want.elementCount {
                let (g, w) = (got.double(at: i), want.double(at: i))
                if g.isNaN && w.isNaN || g == w { continue }
                let excess = exact ? 1 : abs(g - w) - (atol + rtol * abs(w))
                if excess > 0, excess > worst?.excess ?? 0 { worst = (excess, i) }
            }
            if let worst {
                XCTFail("\(name) '\(output)': element \(worst.index) is \(got.double(at: worst.index)), onnxruntime gives \(want.double(at: worst.index))",
                        file: file, line: line)
            }
        }
    }
}
