import Foundation

/// The repository root, found from this file's path (tests run from the source checkout).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// A TensorFlow-written fixture: a graph in both encodings, inputs, and TensorFlow's outputs.
struct TFCase {
    let name: String
    let folder: URL
    let inputs: [String: String]
    let outputs: [String: String]
    let rtol: Double
    let atol: Double

    static func all() throws -> [TFCase] {
        let root = repositoryRoot.appendingPathComponent("Tests/Fixtures/tf")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        return try names.compactMap { name in
            let folder = root.appendingPathComponent(name)
            let specURL = folder.appendingPathComponent("case.json")
            guard FileManager.default.fileExists(atPath: specURL.path) else { return nil }
            let spec = try JSONSerialization.jsonObject(with: Data(contentsOf: specURL)) as? [String: Any] ?? [:]
            let tolerance = spec["tolerance"] as? [String: Double] ?? [:]
            return TFCase(name: name, folder: folder,
                          inputs: spec["inputs"] as? [String: String] ?? [:],
                          outputs: spec["outputs"] as? [String: String] ?? [:],
                          rtol: tolerance["rtol"] ?? 1e-5, atol: tolerance["atol"] ?? 1e-5)
        }
    }

    func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }
}
