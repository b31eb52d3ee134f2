import GraphIR
import GraphJIT
import XCTest

/// The ONNX contract: `graphjit run model.onnx --input NAME=x.npy --output NAME=y.npy`, against
/// onnxruntime's outputs (scripts/onnx/make_import_fixtures.py wrote the files).
final class ONNXRunTests: XCTestCase {
    let fixtures = "Tests/Fixtures/onnx/import/"

    private func assertClose(_ path: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let got = try TensorFile.read(path: path), want = try TensorFile.read(path: repositoryRoot.appendingPathComponent(expected).path)
        XCTAssertEqual(got.shape, want.shape, file: file, line: line)
        let a = got.scalars(as: Float.self), b = want.scalars(as: Float.self)
        XCTAssertEqual(a.count, b.count, file: file, line: line)
        for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: 1e-5 + 1e-5 * abs(y), file: file, line: line) }
    }

    /// The batch is `dim_param N`, fixed from the inputs given (5); inner values with `/` and `:`
    /// in their names are outputs too; an input may be an ONNX TensorProto file.
    func testSymbolicBatchFromInputsAndInnerValues() throws {
        let dir = try temporaryFolder()
        let y = dir.appendingPathComponent("y.npy").path, inner = dir.appendingPathComponent("inner.npy").path
        let r = try graphjit(["run", fixtures + "symbolic_batch.onnx", "--input", "a=\(fixtures)symbolic_batch_a.pb",
                              "--input", "b=\(fixtures)symbolic_batch_b.npy", "--output", "y=" + y, "--output", "sum:0=" + inner])
        XCTAssertEqual(r.status, 0, r.stderr)
        try assertClose(y, fixtures + "symbolic_batch_y.npy")
        let sum = try TensorFile.read(path: inner)
        XCTAssertEqual(sum.shape, [5, 4])
        let a = try TensorFile.read(path: repositoryRoot.appendingPathComponent(fixtures + "symbolic_batch_a.npy").path).scalars(as: Float.self)
        let b = try TensorFile.read(path: repositoryRoot.appendingPathComponent(fixtures + "symbolic_batch_b.npy").path).scalars(as: Float.self)
        XCTAssertEqual(sum.scalars(as: Float.self), zip(a, b).map { $0 + $1 })
    }

    /// Without --output, the graph's declared outputs are printed.
    func testDeclaredOutputsByDefault() throws {
        let r = try graphjit(["run", fixtures + "symbolic_batch.onnx", "--input", "a=\(fixtures)symbolic_batch_a.npy",
                              "--input", "b=\(fixtures)symbolic_batch_b.npy"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("y = "), r.stdout)
    }

    /// Two inputs fixing N differently: one line naming the dimension and both inputs.
    func testConflictingSymbolicDimensionIsOneLine() throws {
        let r = try graphjit(["run", fixtures + "symbolic_batch.onnx", "--input", "a=\(fixtures)symbolic_batch_a.npy",
                              "--input", "b=\(fixtures)external_x.npy"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("'N'") && r.stderr.contains("'a'") && r.stderr.contains("'b'"), r.stderr)
    }

    /// Weights in `external.onnx.data`, read relative to the model's folder (run from elsewhere).
    func testExternalDataBesideTheModel() throws {
        let dir = try temporaryFolder()
        let y = dir.appendingPathComponent("y.npy").path
        let r = try graphjit(["run", fixtures + "external.onnx", "--input", "x=\(fixtures)external_x.npy", "--output", "y=" + y])
        XCTAssertEqual(r.status, 0, r.stderr)
        try assertClose(y, fixtures + "external_y.npy")

        // The model copied without its data file: the missing file is named.
        let lonely = dir.appendingPathComponent("external.onnx").path
        try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent(fixtures + "external.onnx").path, toPath: lonely)
        let missing = try graphjit(["run", lonely, "--input", "x=\(fixtures)external_x.npy"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("external.onnx.data"), missing.stderr)
    }

    /// The format is chosen by content: an ONNX file named .pb still imports as ONNX.
    func testFormatByContent() throws {
        let dir = try temporaryFolder()
        let renamed = dir.appendingPathComponent("model.pb").path
        try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent(fixtures + "symbolic_batch.onnx").path, toPath: renamed)
        let r = try graphjit(["info", renamed])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("layer/mm"), r.stdout)
    }

    /// A truncated model: one line, non-zero.
    func testTruncatedModelIsOneLine() throws {
        let dir = try temporaryFolder()
        let cut = dir.appendingPathComponent("cut.onnx")
        let bytes = try Data(contentsOf: repositoryRoot.appendingPathComponent(fixtures + "symbolic_batch.onnx"))
        try bytes.prefix(bytes.count - 20).write(to: cut)
        let r = try graphjit(["run", cut.path, "--input", "a=\(fixtures)symbolic_batch_a.npy", "--input", "b=\(fixtures)symbolic_batch_b.npy"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("protobuf"), r.stderr)
    }
}
