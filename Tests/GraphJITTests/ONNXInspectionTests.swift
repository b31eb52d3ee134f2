import Foundation
import GraphIR
import GraphJIT
import XCTest

/// The library's inspection functions on an ONNX CNN (NCHW): they see NHWC images through the
/// model's view, and an image in either layout gives the same result.
final class ONNXInspectionTests: XCTestCase {
    let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/onnx/inspect")

    func testClassifierSeesNHWCImagesAndTakesEitherLayout() throws {
        let model = try Model(contentsOf: folder.appendingPathComponent("rgb.onnx").path)
        XCTAssertTrue(model.channelsFirst)
        let classifier = try Classifier(model)
        XCTAssertEqual(classifier.imageShape, [32, 32, 3])
        XCTAssertEqual(classifier.scores, "/fc/Gemm_output_0")
        XCTAssertEqual(classifier.probabilities, "probabilities")
        XCTAssertEqual(try model.inspectionImageInput().shape, [32, 32, 3])
        let nchw = try TensorFile.read(path: folder.appendingPathComponent("rgb_x.npy").path)
        let nhwc = try classifier.batchOfOne(nchw)
        XCTAssertEqual(nhwc.shape, [1, 32, 32, 3])
        // Element (c, y, x) of the file is element (y, x, c) of the NHWC image.
        for (c, y, x) in [(0, 0, 1), (1, 5, 7), (2, 31, 30)] {
            XCTAssertEqual(nhwc.double(at: (y * 32 + x) * 3 + c), nchw.double(at: (c * 32 + y) * 32 + x))
        }
        let a = try classifier.saliency(nchw, classIndex: 2), b = try classifier.saliency(nhwc, classIndex: 2)
        XCTAssertEqual(a.gradient.shape, [1, 3, 32, 32])
        XCTAssertEqual(a.score, b.score)
        XCTAssertEqual((0..<1024).map { a.magnitude.double(at: $0) }, (0..<1024).map { b.magnitude.double(at: $0) })
        // The probability is onnxruntime's.
        let y = try TensorFile.read(path: folder.appendingPathComponent("rgb_y.npy").path)
        XCTAssertEqual(a.probability ?? -1, y.double(at: 2), accuracy: 1e-5)
    }

    func testHypercolumnsChannelSumAndNames() throws {
        let model = try Model(contentsOf: folder.appendingPathComponent("mnist.onnx").path)
        let image = try TensorFile.read(path: folder.appendingPathComponent("mnist_x.npy").path)
        let hc = try model.hypercolumns(image, layers: ["/relu1/Relu_output_0", "/conv2/Conv_output_0"])
        XCTAssertEqual(hc.layers.map(\.name), ["/relu1/Relu_output_0", "/conv2/Conv_output_0"])
        XCTAssertEqual(hc.layers.map(\.shape), [[28, 28, 4], [12, 12, 6]])
        XCTAssertEqual(hc.columns.shape, [28, 28, 10])
        XCTAssertThrowsError(try model.hypercolumns(image, layers: ["nowhere"]))
    }
}
