import Foundation
import GraphIR
import GraphJIT
import XCTest

/// The inspection commands on ONNX CNNs (NCHW images, OIHW filters), checked against what the
/// general commands (`grad`, `run`) and onnxruntime compute for the same model: the analyses see
/// an NHWC view of the model, and these tests fail if the view or an image's conversion puts a
/// channel, row or column in the wrong place. Fixtures: scripts/onnx/make_inspection_fixture.py.
final class ONNXInspectionCommandTests: XCTestCase {
    let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/onnx/inspect")
    func fixture(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func expectOK(_ args: [String], _ file: StaticString = #filePath, _ line: UInt = #line) throws -> String {
        let r = try graphjit(args)
        XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)", file: file, line: line)
        return r.stdout
    }

    func floats(_ path: String) throws -> (shape: [Int], values: [Double]) {
        let t = try TensorFile.read(path: path)
        return (t.shape, (0..<t.elementCount).map { t.double(at: $0) })
    }

    func assertClose(_ a: [Double], _ b: [Double], tolerance: Double = 1e-5, _ what: String, line: UInt = #line) {
        XCTAssertEqual(a.count, b.count, what, line: line)
        let worst = zip(a, b).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
        XCTAssertLessThan(worst, tolerance, what, line: line)
    }

    /// Saliency's signed gradient (written in the model's NCHW layout) is `grad`'s gradient of the
    /// same class score; the map is its largest |value| over the channels, at each pixel.
    func testSaliencyIsTheGradientGradComputes() throws {
        let dir = try temporaryFolder()
        for (model, channels, side) in [("mnist", 1, 28), ("rgb", 3, 32)] {
            let gradient = dir.appendingPathComponent("\(model)_saliency_gradient.npy").path
            let picture = dir.appendingPathComponent("\(model)_saliency.png").path
            let out = try expectOK(["saliency", fixture("\(model).onnx"), "--input", fixture("\(model)_x.npy"), "--class", "3",
                                    "-o", picture, "--gradient", gradient])
            XCTAssertTrue(out.contains("class 3:"), out)
            let expected = dir.appendingPathComponent("\(model)_grad.npy").path
            _ = try expectOK(["grad", fixture("\(model).onnx"), "--input", "input=\(fixture("\(model)_x.npy"))",
                              "--of", "/fc/Gemm_output_0[0,3]", "--wrt", "input=\(expected)"])
            let (shape, g) = try floats(gradient)
            let (gradShape, reference) = try floats(expected)
            XCTAssertEqual(shape, [1, channels, side, side])
            XCTAssertEqual(gradShape, shape)
            assertClose(g, reference, "\(model): saliency's gradient against grad's")
            let (mapShape, map) = try floats(dir.appendingPathComponent("\(model)_saliency.npy").path)
            XCTAssertEqual(mapShape, [side, side])
            let pixels = side * side
            let largest = (0..<pixels).map { p in (0..<channels).map { abs(reference[$0 * pixels + p]) }.max() ?? 0 }
            assertClose(map, largest, "\(model): the map is the channel max of |gradient| (NCHW order)")
        }
    }

    /// The unoccluded probability is onnxruntime's for the image; an image given NHWC (as a data
    /// set's) gives the same map as the NCHW file.
    func testOcclusionUnoccludedProbabilityIsOnnxruntimes() throws {
        let dir = try temporaryFolder()
        let (_, probabilities) = try floats(fixture("rgb_y.npy"))
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
        let out = try expectOK(["occlusion", fixture("rgb.onnx"), "--input", fixture("rgb_x.npy"), "--stride", "4", "--patch", "8",
                                "-o", dir.appendingPathComponent("o.svg").path])
        XCTAssertTrue(out.contains("class \(best): unoccluded p = \(String(format: "%.4f", probabilities[best]))"), out)
        let (shape, nchwMap) = try floats(dir.appendingPathComponent("o.npy").path)
        XCTAssertEqual(shape, [8, 8])

        // The same image in NHWC, transposed here (test code, not the tool's run time).
        let (_, x) = try floats(fixture("rgb_x.npy"))
        var nhwc = [Float](repeating: 0, count: x.count)
        for c in 0..<3 { for y in 0..<32 { for xx in 0..<32 { nhwc[(y * 32 + xx) * 3 + c] = Float(x[(c * 32 + y) * 32 + xx]) } } }
        let image = dir.appendingPathComponent("nhwc.npy").path
        try TensorFile.write(Tensor(shape: [32, 32, 3], floats: nhwc), to: image)
        _ = try expectOK(["occlusion", fixture("rgb.onnx"), "--input", image, "--stride", "4", "--patch", "8",
                          "-o", dir.appendingPathComponent("o2.svg").path])
        assertClose(try floats(dir.appendingPathComponent("o2.npy").path).values, nchwMap, "NHWC and NCHW images")
    }

    /// Hypercolumns of an NCHW layer are its activations (as `run` gives them) moved to NHWC; the
    /// columns' size is the layers' channel sum; the inner NHWC node gives the same columns.
    func testHypercolumnsAreTheLayersActivations() throws {
        let dir = try temporaryFolder()
        let columns = dir.appendingPathComponent("hc.npy").path
        let out = try expectOK(["hypercolumns", fixture("rgb.onnx"), "--layers", "/conv1/Conv_output_0,/relu2/Relu_output_0",
                                "--input", fixture("rgb_x.npy"), "-o", columns, "--png", dir.appendingPathComponent("hc.png").path])
        XCTAssertTrue(out.contains("/conv1/Conv_output_0: [32,32,4]") && out.contains("/relu2/Relu_output_0: [14,14,6]"), out)
        let (shape, hc) = try floats(columns)
        XCTAssertEqual(shape, [32, 32, 10])
        let activations = dir.appendingPathComponent("conv1.npy").path
        _ = try expectOK(["run", fixture("rgb.onnx"), "--input", "input=\(fixture("rgb_x.npy"))", "--output", "/conv1/Conv_output_0=\(activations)"])
        let (runShape, conv1) = try floats(activations)
        XCTAssertEqual(runShape, [1, 4, 32, 32])
        var expected: [Double] = [], got: [Double] = []
        for y in 0..<32 { for x in 0..<32 { for c in 0..<4 {
            expected.append(conv1[(c * 32 + y) * 32 + x])
            got.append(hc[(y * 32 + x) * 10 + c])
        } } }
        assertClose(got, expected, "conv1's hypercolumns against run's NCHW activations")

        let inner = dir.appendingPathComponent("inner.npy").path
        _ = try expectOK(["hypercolumns", fixture("rgb.onnx"), "--layers", "/conv1/Conv_output_0/conv", "--input", fixture("rgb_x.npy"), "-o", inner])
        let (_, innerValues) = try floats(inner)
        // The inner node is the convolution before its bias: the same up to one constant per channel.
        let bias0 = innerValues[0] - got[0]
        XCTAssertEqual(innerValues[4 * 100] - got[4 * 100], bias0, accuracy: 1e-5)
    }

    /// The theoretical field of conv2's centre unit: 3x3 after a 2x2 pool after a padded 3x3.
    func testERFOnAnONNXLayer() throws {
        let dir = try temporaryFolder()
        let out = try expectOK(["erf", fixture("mnist.onnx"), "--layer", "/conv2/Conv_output_0", "--images", "4",
                                "-o", dir.appendingPathComponent("e.png").path])
        XCTAssertTrue(out.contains("layer /conv2/Conv_output_0 [12,12,6], centre unit (6, 6)"), out)
        XCTAssertTrue(out.contains("theoretical receptive field: rows 11-18, columns 11-18 (8x8)"), out)
        XCTAssertEqual(try floats(dir.appendingPathComponent("e.npy").path).shape, [28, 28])
    }

    func testPlotsOnONNXNames() throws {
        let dir = try temporaryFolder()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let rgb = try expectOK(["plot", "filters", fixture("rgb.onnx"), "--layer", "/conv1/Conv_output_0", "-o", path("f.png")])
        XCTAssertTrue(rgb.contains("4 filters 3x3 of /conv1/Conv_output_0/conv (RGB)"), rgb)
        let second = try expectOK(["plot", "filters", fixture("mnist.onnx"), "--layer", "/conv2/Conv_output_0", "--channel", "3", "-o", path("f2.svg")])
        XCTAssertTrue(second.contains("6 filters 3x3 of /conv2/Conv_output_0/conv (input channel 3 of 4)"), second)
        let activations = try expectOK(["plot", "activations", fixture("mnist.onnx"), "--layer", "/relu1/Relu_output_0",
                                        "--input", fixture("mnist_x.npy"), "-o", path("a.png")])
        XCTAssertTrue(activations.contains("4 of 4 channels of /relu1/Relu_output_0"), activations)
    }

    func testLayerTableAndDot() throws {
        let table = try expectOK(["info", fixture("mnist.onnx"), "--layers"])
        // conv1: 4 filters 3x3 of 1 channel and 4 biases; conv2: 6 x 3x3x4 + 6; fc: 10 x 864 + 10.
        for expected in ["conv1", "4x28x28", "40", "conv2", "6x12x12", "222", "8,650"] {
            XCTAssertTrue(table.contains(expected), "\(expected) in\n\(table)")
        }
        // The ReLU layers between (ONNX's own nodes) neither end the convolutional part nor grow
        // the field: conv2's is nolearn's 3 + 2 x (3 - 1) = 7 pixels, capacity 6 / 7.
        let verbose = try expectOK(["info", fixture("mnist.onnx"), "--layers", "-vv"])
        let conv2 = verbose.split(separator: "\n").first { $0.hasPrefix("conv2 ") }.map(String.init) ?? ""
        XCTAssertTrue(conv2.contains("85.71") && conv2.hasSuffix(" 7"), verbose)
        let dot = try expectOK(["dot", fixture("mnist.onnx")])
        XCTAssertTrue(dot.contains("/conv1/Conv_output_0/conv") && dot.hasPrefix("digraph"), String(dot.prefix(200)))
    }

    /// torch exported this file with batch 2 (Flatten keeps it as a reshape to [2, 1176]): the
    /// analyses look at one image all the same, and it is the same net as rgb.onnx.
    func testAFileWithBatchTwo() throws {
        let dir = try temporaryFolder()
        var maps: [[Double]] = []
        for model in ["rgb", "rgb_batch2"] {
            let picture = dir.appendingPathComponent("\(model).png").path
            let out = try expectOK(["saliency", fixture("\(model).onnx"), "--input", fixture("rgb_x.npy"), "--class", "1", "-o", picture])
            XCTAssertTrue(out.contains("class 1:"), out)
            maps.append(try floats(dir.appendingPathComponent("\(model).npy").path).values)
        }
        assertClose(maps[1], maps[0], "batch 2 against batch 1")
        _ = try expectOK(["occlusion", fixture("rgb_batch2.onnx"), "--input", fixture("rgb_x.npy"), "--stride", "8", "-o", dir.appendingPathComponent("o.svg").path])
    }

    func testBadImageIsOneLine() throws {
        let dir = try temporaryFolder()
        let image = dir.appendingPathComponent("bad.npy").path
        try TensorFile.write(Tensor(shape: [2, 28, 28], floats: Array(repeating: 0, count: 2 * 784)), to: image)
        let r = try graphjit(["saliency", fixture("mnist.onnx"), "--input", image, "-o", dir.appendingPathComponent("s.png").path])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("[1,28,28]") && r.stderr.contains("NHWC [28,28,1]"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
    }
}
