import Foundation
import GraphIR
import GraphJIT
import XCTest

/// `graphjit export` and `train --save-onnx`: the written model runs under `graphjit run` as the
/// original does; bad input is one line.
final class ExportCommandTests: XCTestCase {
    func images(_ n: Int, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("x\(n).npy").path
        try TensorFile.write(Tensor(shape: [n, 28, 28, 1], floats: (0..<(n * 784)).map { Float(($0 * 7919) % 256) / 256 }), to: path)
        return path
    }

    /// `run` of the export and of the original give the same numbers, for every output asked for.
    func assertSameRun(_ original: [String], _ exported: String, input: String, outputs: [String], in dir: URL,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        for name in outputs {
            let a = dir.appendingPathComponent("a.npy").path, b = dir.appendingPathComponent("b.npy").path
            let r1 = try graphjit(["run"] + original + ["--input", input, "--output", "\(name)=\(a)"])
            XCTAssertEqual(r1.status, 0, r1.stderr, file: file, line: line)
            let r2 = try graphjit(["run", exported, "--input", input, "--output", "\(name)=\(b)"])
            XCTAssertEqual(r2.status, 0, r2.stderr, file: file, line: line)
            let x = try TensorFile.read(path: a), y = try TensorFile.read(path: b)
            XCTAssertEqual(x.shape, y.shape, name, file: file, line: line)
            guard x.shape == y.shape else { continue }
            let worst = (0..<x.elementCount).map { abs(x.double(at: $0) - y.double(at: $0)) }.max() ?? 0
            XCTAssertLessThanOrEqual(worst, 1e-6, "\(name): max difference \(worst)", file: file, line: line)
        }
    }

    func testExportCNNAndRunIt() throws {
        let dir = try temporaryFolder()
        let x = try images(2, in: dir)
        for opset in ["13", "18"] {
            let onnx = dir.appendingPathComponent("cnn\(opset).onnx").path
            let r = try graphjit(["export", "graphs/cnn.pbtxt", "-o", onnx, "--opset", opset])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(r.stdout, "")
            XCTAssertTrue(try graphjit(["info", onnx]).stdout.contains("10,370"), "the parameters are there")
            // Between the first convolution and the flatten values are NCHW, named so.
            XCTAssertTrue(try graphjit(["info", onnx]).stdout.contains("conv2/Relu/nchw"))
            try assertSameRun(["graphs/cnn.pbtxt"], onnx, input: "images=\(x)", outputs: ["softmax", "pool2", "dense/Relu"], in: dir)
        }
        // --output picks what is exported; an inner node becomes the model's output.
        let pool = dir.appendingPathComponent("pool.onnx").path
        XCTAssertEqual(try graphjit(["export", "graphs/cnn.pbtxt", "-o", pool, "--output", "pool1", "--input-shape", "images=2,28,28,1"]).status, 0)
        let ran = try graphjit(["run", pool, "--input", "images=\(x)"])
        XCTAssertEqual(ran.status, 0, ran.stderr)
        XCTAssertTrue(ran.stdout.contains("pool1"), ran.stdout)
    }

    func testExportTrainableGraphWithWeights() throws {
        let dir = try temporaryFolder()
        let (graph, weights) = try trainedNet(in: dir)
        let x = try images(3, in: dir)
        let onnx = dir.appendingPathComponent("net.onnx").path
        let r = try graphjit(["export", graph, "--weights", weights, "-o", onnx])
        XCTAssertEqual(r.status, 0, r.stderr)
        try assertSameRun([graph, "--weights", weights], onnx, input: "input0=\(x)", outputs: ["dense6", "dense6/logits"], in: dir)
    }

    func testTrainSavesONNX() throws {
        let dir = try temporaryFolder()
        let onnx = dir.appendingPathComponent("trained.onnx").path, frozen = dir.appendingPathComponent("trained.pb").path
        let r = try graphjit(["train", "graphs/mnist_blog.pbtxt", "--data", mnistFolder, "--epochs", "1", "--limit", "600",
                              "--standardize", "--save-onnx", onnx, "--onnx-opset", "21", "--save-frozen", frozen, "-O1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("ONNX model written to \(onnx)"), r.stdout)
        try assertSameRun([frozen], onnx, input: "input0=\(try images(2, in: dir))", outputs: ["dense8"], in: dir)
        let eval = try graphjit(["eval", onnx, "--data", mnistFolder, "--limit", "200", "--output", "dense8"])
        XCTAssertEqual(eval.status, 0, eval.stderr)
    }

    func testBadExportsAreOneLine() throws {
        let dir = try temporaryFolder()
        let out = dir.appendingPathComponent("m.onnx").path
        for (args, expected) in [
            (["export", "graphs/mnist_cnn.pbtxt", "-o", out], "node 'conv2d1/W' (VariableV2): is a trainable variable"),
            (["export", "graphs/cnn.pbtxt", "-o", out, "--opset", "12"], "--opset must be 13 to 21, not 12"),
            (["export", "graphs/cnn.pbtxt", "-o", out, "--output", "nope"], "the graph has no node named 'nope'"),
            (["export", "graphs/cnn.pbtxt", "-o", out, "--input-shape", "x=1,2"], "--input-shape: the graph has no input named 'x'"),
            (["export", "graphs/cnn.pbtxt", "-o", out, "--weights", out], "--weights: the graph has no variables"),
            (["export", "graphs/cnn.pbtxt", "-o", dir.appendingPathComponent("no/such/dir.onnx").path], "cannot create a temporary file"),
            (["train", "graphs/mnist_cnn.pbtxt", "--data", mnistFolder, "--save-onnx", out, "--onnx-opset", "9"], "--onnx-opset must be 13 to 21, not 9"),
        ] {
            let r = try graphjit(args)
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertTrue(r.stderr.hasPrefix("graphjit: error: "), r.stderr)
            XCTAssertTrue(r.stderr.contains(expected), "\(args): \(r.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing written on failure")
    }
}
