import Foundation
import GraphIR
import GraphJIT
import Reference
import XCTest

/// `Model.gradients`: compiled gradients, checked against TensorFlow and against Reference.
final class GradientTests: XCTestCase {
    let mlpText = """
        node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } }
               attr { key: "shape" value { shape { dim { size: -1 } dim { size: 3 } } } } }
        node { name: "w" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } }
               attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 3 } dim { size: 2 } }
                                                    float_val: [1, -2, 3, 4, -5, 6] } } } }
        node { name: "unused" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } }
               attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 2 } } float_val: [1, 2] } } } }
        node { name: "y" op: "MatMul" input: "x" input: "w" attr { key: "T" value { type: DT_FLOAT } } }
        node { name: "r" op: "Relu" input: "y" attr { key: "T" value { type: DT_FLOAT } } }
        """

    func testDenseReluGradientsWithConstAsInput() throws {
        let model = try Model(text: mlpText)
        let grads = try model.gradients(of: "r", wrt: ["w", "x", "unused"], inputShapes: ["x": [2, 3]])
        XCTAssertEqual(grads.inputNames, ["x"])
        XCTAssertEqual(grads.constantFeeds["w"]?.shape, [3, 2])
        let x = Tensor(shape: [2, 3], floats: [1, 0, 1, 0, 1, 0])
        let out = try grads.run(["x": x])
        // y = x w = [[-4, 4], [3, 4]]: the ReLU mask m = [[0, 1], [1, 1]]; dw = x^T m, dx = m w^T.
        XCTAssertEqual(out["w"]?.scalars(as: Float.self), [0, 1, 1, 1, 0, 1])
        XCTAssertEqual(out["x"]?.scalars(as: Float.self), [-2, 4, 6, -1, 7, 1])
        XCTAssertEqual(out["unused"]?.scalars(as: Float.self), [0, 0])
        // The Const is an input: another weight gives another gradient without recompiling.
        let negated = try grads.run(["x": x, "w": Tensor(shape: [3, 2], floats: [-1, 2, -3, -4, 5, -6])])
        // y row 0 = [4, -4], row 1 = [-3, -4]: only y[0,0] passes the ReLU.
        XCTAssertEqual(negated["w"]?.scalars(as: Float.self), [1, 0, 0, 0, 1, 0])
    }

    /// Every TensorFlow gradient fixture, loaded from its binary encoding, through the library API.
    func testMatchesTensorFlowGradientFixtures() throws {
        let root = repositoryRoot.appendingPathComponent("Tests/Fixtures/tf_grad")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names where FileManager.default.fileExists(atPath: root.appendingPathComponent("\(name)/case.json").path) {
            let folder = root.appendingPathComponent(name)
            let spec = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("case.json"))) as? [String: Any] ?? [:]
            let of = try XCTUnwrap(spec["of"] as? String)
            let wrt = try XCTUnwrap(spec["wrt"] as? [String: String])
            let inputs = try XCTUnwrap(spec["inputs"] as? [String: String])
            let tolerance = spec["tolerance"] as? [String: Double] ?? [:]
            let model = try Model(contentsOf: folder.appendingPathComponent("graph.pb").path)
            var feeds = try inputs.mapValues { try TensorFile.read(path: folder.appendingPathComponent($0).path) }
            let placeholders = Set(model.inputNames)
            // A case with grad_ys seeds the gradient through the compiled program's seed input.
            let seed = try (spec["seed"] as? String).map { try TensorFile.read(path: folder.appendingPathComponent($0).path) }
            let grads = try model.gradients(of: of, wrt: wrt.keys.sorted(),
                                            inputShapes: feeds.filter { placeholders.contains($0.key) }.mapValues(\.shape),
                                            seeded: seed != nil)
            if let seed, let name = grads.seedName { feeds[name] = seed }
            let got = try grads.run(feeds)
            for (node, file) in wrt {
                let expected = try TensorFile.read(path: folder.appendingPathComponent(file).path)
                let actual = try XCTUnwrap(got[node])
                XCTAssertNil(mismatch(actual, expected, relativeTolerance: tolerance["rtol"] ?? 1e-4,
                                      absoluteTolerance: tolerance["atol"] ?? 1e-6), "\(name): d \(of) / d \(node)")
            }
        }
    }

    /// The generated gradient kernels against the Reference interpreter on the same gradient graph.
    func testCompiledGradientsMatchReference() throws {
        let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/tf_grad/cnn")
        let model = try Model(contentsOf: folder.appendingPathComponent("graph.pbtxt").path)
        let feeds = ["images": try TensorFile.read(path: folder.appendingPathComponent("inputs/images.npy").path),
                     "labels": try TensorFile.read(path: folder.appendingPathComponent("inputs/labels.npy").path)]
        let wrt = ["images", "conv1/kernel", "conv2/bias", "dense1/kernel"]
        let (graph, names) = try model.gradientGraph(of: "loss", wrt: wrt)
        let values = try names.map { try XCTUnwrap(graph.value(named: $0)) }
        let expected = try evaluate(graph, feeds: feeds, fetch: values)
        let got = try model.gradients(of: "loss", wrt: wrt).run(feeds)
        for (node, want) in zip(wrt, expected) {
            XCTAssertNil(mismatch(try XCTUnwrap(got[node]), want, relativeTolerance: 1e-4, absoluteTolerance: 1e-6), node)
        }
    }

    func testVariablesAreFedByName() throws {
        var g = Graph()
        let v = try g.add("v", .variable(dtype: .float32, shape: [2]))
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2]))
        let p = try g.add("p", .binary(.mul), [v, x])
        try g.add("loss", .reduce(.sum, axes: [0], keepDims: false), [p])
        let grads = try Model(graph: g).gradients(of: "loss", wrt: ["v"])
        XCTAssertEqual(grads.inputNames.sorted(), ["x"])
        let out = try grads.run(["x": Tensor(shape: [2], floats: [3, -1]), "v": Tensor(shape: [2], floats: [5, 5])])
        XCTAssertEqual(out["v"]?.scalars(as: Float.self), [3, -1])
    }

    func testErrors() throws {
        let model = try Model(text: mlpText)
        let shapes = ["x": [2, 3]]
        XCTAssertThrowsError(try model.gradients(of: "nope", wrt: ["w"], inputShapes: shapes)) {
            XCTAssertTrue("\($0)".contains("no node named 'nope'"), "\($0)")
        }
        XCTAssertThrowsError(try model.gradients(of: "r", wrt: [], inputShapes: shapes))
        XCTAssertThrowsError(try model.gradients(of: "r", wrt: ["w"], inputShapes: ["x": [2, 3], "y": [2, 2]])) {
            XCTAssertTrue("\($0)".contains("not an input"), "\($0)")
        }
        // Without the batch size the gradient shapes are unknown.
        XCTAssertThrowsError(try model.gradients(of: "r", wrt: ["w"])) {
            XCTAssertTrue("\($0)".contains("static shapes"), "\($0)")
        }
    }
}
