import Foundation
import GraphIR
import GraphJIT
import XCTest

final class GradCommandTests: XCTestCase {
    /// One TensorFlow-written case of `Tests/Fixtures/tf_grad`: tf.gradients of `of` per wrt node.
    struct GradCase {
        let name: String
        let folder: URL
        let of: String
        let inputs: [String: String]
        let wrt: [String: String]
        /// grad_ys for `of` (`--seed`), when the case has one.
        let seed: String?
        let rtol: Double
        let atol: Double
    }

    func gradCases() throws -> [GradCase] {
        let root = repositoryRoot.appendingPathComponent("Tests/Fixtures/tf_grad")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        return try names.compactMap { name in
            let folder = root.appendingPathComponent(name)
            let spec = folder.appendingPathComponent("case.json")
            guard FileManager.default.fileExists(atPath: spec.path) else { return nil }
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: spec)) as? [String: Any] ?? [:]
            let tolerance = json["tolerance"] as? [String: Double] ?? [:]
            return GradCase(name: name, folder: folder, of: json["of"] as? String ?? "",
                            inputs: json["inputs"] as? [String: String] ?? [:],
                            wrt: json["wrt"] as? [String: String] ?? [:], seed: json["seed"] as? String,
                            rtol: tolerance["rtol"] ?? 1e-4, atol: tolerance["atol"] ?? 1e-6)
        }
    }

    /// The contract: `graphjit grad MODEL --of NODE --wrt NODE=FILE.npy ... --input NAME=FILE.npy ...`,
    /// compared with TensorFlow's tf.gradients within float32 tolerance (the case's rtol/atol).
    func testMatchesTensorFlowGradients() throws {
        let cases = try gradCases()
        XCTAssertFalse(cases.isEmpty, "no case in Tests/Fixtures/tf_grad")
        for c in cases {
            let dir = try temporaryFolder()
            var args = ["grad", c.folder.appendingPathComponent("graph.pbtxt").path, "--of", c.of]
            for (node, _) in c.wrt.sorted(by: { $0.key < $1.key }) {
                args += ["--wrt", "\(node)=" + dir.appendingPathComponent(node.replacingOccurrences(of: "/", with: "__") + ".npy").path]
            }
            for (name, file) in c.inputs.sorted(by: { $0.key < $1.key }) {
                args += ["--input", "\(name)=" + c.folder.appendingPathComponent(file).path]
            }
            if let seed = c.seed { args += ["--seed", "\(c.of)=" + c.folder.appendingPathComponent(seed).path] }
            let r = try graphjit(args)
            XCTAssertEqual(r.status, 0, "\(c.name): \(r.stderr)")
            XCTAssertEqual(r.stdout, "", c.name)
            guard r.status == 0 else { continue }
            for (node, expectedFile) in c.wrt {
                let got = try TensorFile.read(path: dir.appendingPathComponent(node.replacingOccurrences(of: "/", with: "__") + ".npy").path)
                let want = try TensorFile.read(path: c.folder.appendingPathComponent(expectedFile).path)
                XCTAssertEqual(got.dtype, want.dtype, "\(c.name) \(node)")
                XCTAssertEqual(got.shape, want.shape, "\(c.name) \(node)")
                guard got.shape == want.shape else { continue }
                var worst = 0
                for i in 0..<want.elementCount where abs(got.double(at: i) - want.double(at: i)) > c.atol + c.rtol * abs(want.double(at: i)) {
                    worst += 1
                }
                XCTAssertEqual(worst, 0, "\(c.name): d \(c.of) / d \(node): \(worst) of \(want.elementCount) elements off")
            }
        }
    }

    /// f(x, y, z) = (x + y) * z at (-2, 5, -4): gradients -4, -4, 3, from literal inputs.
    func testLectureExampleFromLiterals() throws {
        let dir = try temporaryFolder()
        let model = dir.appendingPathComponent("f.pbtxt")
        try lectureGraph.write(to: model, atomically: true, encoding: .utf8)
        var args = ["grad", model.path, "--of", "f"]
        for v in ["x", "y", "z"] { args += ["--wrt", "\(v)=" + dir.appendingPathComponent("d\(v).npy").path] }
        args += ["--input", "x=-2", "--input", "y=5", "--input", "z=-4"]
        let r = try graphjit(args)
        XCTAssertEqual(r.status, 0, r.stderr)
        let grads = try ["x", "y", "z"].map { try TensorFile.read(path: dir.appendingPathComponent("d\($0).npy").path) }
        XCTAssertEqual(grads.map { $0.scalars(as: Float.self) }, [[-4], [-4], [3]])
        XCTAssertEqual(grads.map(\.shape), [[], [], []])
    }

    /// `--emit graph` prints GraphDef text that loads back, with TensorFlow-style gradient names.
    func testEmitGraphPrintsALoadableGraphDef() throws {
        let dir = try temporaryFolder()
        let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/tf_grad/cnn")
        let r = try graphjit(["grad", fixture.appendingPathComponent("graph.pbtxt").path, "--of", "loss",
                              "--wrt", "conv1/kernel", "--wrt", "images",
                              "--input", "images=" + fixture.appendingPathComponent("inputs/images.npy").path,
                              "--emit", "graph"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("name: \"gradients/conv1/Conv2D_grad/Conv2DBackpropFilter\""), r.stdout)
        XCTAssertTrue(r.stdout.contains("op: \"Conv2DBackpropInput\""))
        let emitted = dir.appendingPathComponent("grad.pbtxt")
        try r.stdout.write(to: emitted, atomically: true, encoding: .utf8)
        let info = try graphjit(["info", emitted.path])
        XCTAssertEqual(info.status, 0, info.stderr)
        XCTAssertTrue(info.stdout.contains("gradients/conv1/Conv2D_grad/Conv2DBackpropFilter"), info.stdout)
    }

    /// The README's `grad` example, as written, on the graph it names (files put in a temporary folder).
    func testReadmeExampleRuns() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let line = readme.split(separator: "\n").first(where: { $0.hasPrefix("graphjit grad graphs/") }) else {
            return XCTFail("the README has no `graphjit grad graphs/...` example")
        }
        let dir = try temporaryFolder()
        try TensorFile.write(Tensor(shape: [1, 28, 28, 1], floats: (0..<784).map { Float($0 % 17) / 17 }), to: dir.appendingPathComponent("x.npy").path)
        // Words as a shell splits them here: single quotes group, `NAME=FILE.npy` files go to the folder.
        let words = line.split(separator: " ").dropFirst().map { word -> String in
            var w = String(word).replacingOccurrences(of: "'", with: "")
            if let eq = w.lastIndex(of: "="), w.hasSuffix(".npy") {
                w = String(w[...eq]) + dir.appendingPathComponent(String(w[w.index(after: eq)...])).path
            }
            return w
        }
        let r = try graphjit(words)
        XCTAssertEqual(r.status, 0, "\(words): \(r.stderr)")
        XCTAssertEqual(try TensorFile.read(path: dir.appendingPathComponent("dx.npy").path).shape, [1, 28, 28, 1])
        XCTAssertEqual(try TensorFile.read(path: dir.appendingPathComponent("dk.npy").path).shape, [5, 5, 1, 8])
    }

    func testErrorsAreOneLineWithNonZeroStatus() throws {
        let dir = try temporaryFolder()
        let model = dir.appendingPathComponent("f.pbtxt")
        try lectureGraph.write(to: model, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("d.npy").path
        let inputs = ["--input", "x=1", "--input", "y=2", "--input", "z=3"]
        let cases: [([String], String)] = [
            (["--of", "nope", "--wrt", "x=\(out)"] + inputs, "no node named 'nope'"),
            (["--of", "f", "--wrt", "nope=\(out)"] + inputs, "no node named 'nope'"),
            (["--of", "f", "--wrt", "n=\(out)"] + inputs, "'n' (Placeholder)"),
            (["--of", "f", "--wrt", "x=\(out)", "--input", "x=1"], "input 'z' is needed"),  // dx = dq * z: y is not read
            (["--of", "f", "--wrt", "x"] + inputs, "needs a file"),
            (["--of", "f"] + inputs, "--wrt"),
        ]
        for (args, expected) in cases {
            let r = try graphjit(["grad", model.path] + args)
            XCTAssertNotEqual(r.status, 0, "\(args)")
            XCTAssertTrue(r.stderr.hasPrefix("graphjit: error:") || r.stderr.hasPrefix("Error:"), "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(expected), "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "\(args): \(r.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    /// (x + y) * z over float scalars, plus an int32 input `n` that nothing differentiable uses.
    let lectureGraph = """
        node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } attr { key: "shape" value { shape { } } } }
        node { name: "y" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } attr { key: "shape" value { shape { } } } }
        node { name: "z" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } attr { key: "shape" value { shape { } } } }
        node { name: "n" op: "Placeholder" attr { key: "dtype" value { type: DT_INT32 } } attr { key: "shape" value { shape { } } } }
        node { name: "q" op: "AddV2" input: "x" input: "y" attr { key: "T" value { type: DT_FLOAT } } }
        node { name: "f" op: "Mul" input: "q" input: "z" attr { key: "T" value { type: DT_FLOAT } } }
        """
}
