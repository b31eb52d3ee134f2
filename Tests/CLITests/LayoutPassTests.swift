import Foundation
import GraphJIT
import XCTest

/// Pass `layout` on an ONNX CNN (`scripts/onnx/make_layout_fixture.py`): Conv + BatchNorm + Relu,
/// MaxPool, two Convs with a residual Add, Flatten, Gemm, Softmax, every value NCHW.
final class LayoutPassTests: XCTestCase {
    private let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/onnx/layout")
    private var model: String { fixture.appendingPathComponent("model.onnx").path }

    /// The plan's kernel lines, in order.
    private func kernels(_ extra: [String] = []) throws -> [String] {
        let r = try graphjit(["compile", model, "--emit", "plan"] + extra)
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.split(separator: "\n").filter { $0.hasPrefix("  kernel ") }.map(String.init)
    }

    /// The importer's transposes around each convolution and the pool are gone: one transposes
    /// the input to NHWC, one gives Flatten the NCHW order it reads; the batch norm folded into
    /// the first convolution.
    func testOnlyTheInputAndFlattenAreTransposed() throws {
        let plan = try kernels()
        let transposes = plan.indices.filter { plan[$0].contains("Transpose(") }
        let convolutions = plan.indices.filter { plan[$0].contains("Conv2D(") }
        let product = try XCTUnwrap(plan.firstIndex { $0.contains("MatMul(") })
        XCTAssertEqual(transposes.count, 2, plan.joined(separator: "\n"))
        XCTAssertEqual(convolutions.count, 3)
        XCTAssertEqual(transposes.first, 0, "the input's")
        XCTAssertTrue(transposes.last.map { $0 > convolutions.last! && $0 < product } ?? false,
                      "the other is after the last convolution, before Flatten's product:\n\(plan.joined(separator: "\n"))")
        XCTAssertFalse(plan.contains { $0.contains(" Mul(") }, "batch norm folded: \(plan)")
        // Without the pass, every convolution and the pool are wrapped.
        let unmoved = PassName.standardPipeline.filter { $0 != .layout }.map(\.rawValue).joined(separator: ",")
        XCTAssertEqual(try kernels(["--passes", unmoved]).filter { $0.contains("Transpose(") }.count, 8)
    }

    /// The output and an inner NCHW value the pass moved are onnxruntime's.
    func testOutputsMatchONNXRuntime() throws {
        let dir = try temporaryFolder()
        let inner = "/relu1/Relu_output_0"
        let y = dir.appendingPathComponent("y.npy").path, relu = dir.appendingPathComponent("relu.npy").path
        let r = try graphjit(["run", model, "--input", "x=" + fixture.appendingPathComponent("inputs/x.npy").path,
                              "--output", "y=\(y)", "--output", "\(inner)=\(relu)"])
        XCTAssertEqual(r.status, 0, r.stderr)
        for (file, want) in [(y, "outputs/y.npy"), (relu, "outputs/__relu1__Relu_output_0.npy")] {
            let got = try TensorFile.read(path: file)
            let expected = try TensorFile.read(path: fixture.appendingPathComponent(want).path)
            XCTAssertEqual(got.shape, expected.shape, want)
            for i in 0..<expected.elementCount {
                XCTAssertEqual(got.double(at: i), expected.double(at: i), accuracy: 1e-5 + 1e-4 * abs(expected.double(at: i)), want)
            }
        }
    }
}
