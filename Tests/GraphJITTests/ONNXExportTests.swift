import Foundation
import GraphIR
import GraphJIT
import XCTest

/// Models written as ONNX and read back by GraphJIT's own ONNX front end compute what the
/// originals compute (onnxruntime's side is scripts/onnx/check_export.py, run by hand).
final class ONNXExportTests: XCTestCase {
    func temporaryFile(_ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("graphjit-onnx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    /// The largest |a - b| over the outputs both give.
    func largestDifference(_ a: [String: Tensor], _ b: [String: Tensor], _ label: String) -> Double {
        var worst = 0.0
        for (name, x) in a {
            guard let y = b[name] else { XCTFail("\(label): no \(name) from the re-import"); continue }
            XCTAssertEqual(x.dtype, y.dtype, "\(label) \(name)")
            XCTAssertEqual(x.shape, y.shape, "\(label) \(name)")
            guard x.shape == y.shape else { continue }
            for i in 0..<x.elementCount where !(x.double(at: i).isNaN && y.double(at: i).isNaN) {
                worst = max(worst, abs(x.double(at: i) - y.double(at: i)))
            }
        }
        return worst
    }

    /// graphs/cnn.pbtxt and the seeds' MNIST nets (frozen with their initial weights) at several
    /// opsets: the re-imported model's outputs match the original's to float32 rounding.
    func testShippedNetsComeBackFromONNX() throws {
        var rng = SplitMix64(seed: 11)
        let images = Tensor(shape: [3, 28, 28, 1], floats: (0..<(3 * 784)).map { _ in Float(rng.nextUnit()) })
        for file in ["cnn", "mnist_cnn", "mnist_blog", "mnist_net4"] {
            var model = try Model(contentsOf: repositoryRoot.appendingPathComponent("graphs/\(file).pbtxt").path)
            if !model.variableNames.isEmpty { model = try model.freezing(try model.initialWeights(seed: 1)) }
            let input = try XCTUnwrap(model.inputNames.first)
            let outputs = model.sinkNames
            let original = try model.compile(outputs: outputs, inputShapes: [input: images.shape]).run([input: images])
            // Every opset for the small CNN; the first and last for the seeds' nets, which are slower to compile.
            for opset in file == "cnn" ? [13, 17, 18, 21] : [13, 21] {
                let path = try temporaryFile("\(file).onnx")
                try model.saveONNX(to: path, opset: opset)
                let back = try Model(contentsOf: path)
                XCTAssertEqual(back.sinkNames, outputs, file)
                XCTAssertEqual(back.inputNames, [input], file)
                let results = try back.compile(outputs: outputs, inputShapes: [input: images.shape]).run([input: images])
                let d = largestDifference(original, results, "\(file) opset \(opset)")
                XCTAssertLessThanOrEqual(d, 1e-6, "\(file) opset \(opset)")
            }
        }
    }

    /// Every TensorFlow fixture the exporter writes and the ONNX front end reads back, against
    /// TensorFlow's outputs within the case's tolerance: the ops' ONNX forms mean what GraphIR's
    /// do, as far as GraphJIT's importer reads them (onnxruntime checks the rest).
    func testFixturesComeBackFromONNX() throws {
        // 1 - erf(x) (ONNX has no Erfc) cancels in erfc's tail, which TensorFlow computes directly.
        let known: Set<String> = ["ew_erfc_tail_f32"]
        var checked = 0, refused = 0, unreadable = 0
        for c in try TFCase.all() where !known.contains(c.name) {
            var feeds: [String: Tensor] = [:]
            for (name, path) in c.inputs { feeds[name] = try TensorFile.read(path: c.path(path)) }
            let model = try Model(contentsOf: c.path("graph.pb")).specialized(inputShapes: feeds.mapValues(\.shape))
            let outputs = c.outputs.keys.sorted()
            let path = try temporaryFile("model.onnx")
            do {
                try model.saveONNX(to: path, outputs: outputs)
            } catch let e as GraphError {
                // Training ops and the few forms ONNX lacks, refused naming the node.
                XCTAssertTrue(e.message.contains("training op") || e.message.contains("variable") || e.message.contains("ONNX"),
                              "\(c.name): \(e)")
                refused += 1
                continue
            }
            let back: Model
            do { back = try Model(contentsOf: path) } catch {
                // An op the exporter writes but the front end does not read yet (Mod, ArgMax, Resize, ...).
                XCTAssertTrue("\(error)".contains("unsupported op"), "\(c.name): \(error)")
                unreadable += 1
                continue
            }
            let results = try back.compile(outputs: outputs, inputShapes: feeds.mapValues(\.shape)).run(feeds)
            for name in outputs {
                let want = try TensorFile.read(path: c.path(c.outputs[name] ?? ""))
                guard let got = results[name] else { XCTFail("\(c.name): no output \(name)"); continue }
                XCTAssertEqual(got.dtype, want.dtype, "\(c.name) \(name)")
                XCTAssertEqual(got.shape, want.shape, "\(c.name) \(name)")
                guard got.shape == want.shape else { continue }
                let worst = (0..<want.elementCount).map { i -> Double in
                    let (g, w) = (got.double(at: i), want.double(at: i))
                    if g.isNaN && w.isNaN { return 0 }
                    // ONNX's bilinear resize of an integer image divides by out/in where TensorFlow
                    // multiplies by in/out, and the re-imported graph follows ONNX (onnxruntime's
                    // order): pixel values up to 50 differ in the last bits, as onnxruntime does.
                    let rounding = c.name.contains("resize_bilinear_int32") ? 1e-4 : 0
                    return abs(g - w) - (c.atol + c.rtol * abs(w) + rounding)
                }.max() ?? 0
                XCTAssertLessThanOrEqual(worst, 0, "\(c.name) \(name): beyond tolerance after the ONNX round trip")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 250, "refused \(refused), unreadable \(unreadable)")
        XCTAssertLessThan(refused, 30)
    }

    /// A trainable graph is refused until its weights are frozen in.
    func testVariablesAreRefusedUntilFrozen() throws {
        let model = try Model(contentsOf: repositoryRoot.appendingPathComponent("graphs/mnist_cnn.pbtxt").path)
        XCTAssertThrowsError(try model.onnxBytes()) { e in
            XCTAssertEqual("\(e)".split(separator: "\n").count, 1)
            XCTAssertTrue("\(e)".hasPrefix("node 'conv2d1/W' (VariableV2): is a trainable variable"), "\(e)")
        }
        XCTAssertFalse(try model.freezing(try model.initialWeights()).onnxBytes().isEmpty)
    }
}
