import Foundation
import GraphIR
import GraphJIT
import XCTest

/// Saliency and occlusion checked against what they mean, on the TensorFlow-written CNN of `graphs/`.
final class InspectionTests: XCTestCase {
    let cnn = repositoryRoot.appendingPathComponent("graphs/cnn.pbtxt").path

    func image(seed: Int) -> Tensor {
        Tensor(shape: [28, 28, 1], floats: (0..<784).map { i in Float(((i + seed) * 7919 + seed * 104_729) % 1000) / 1000 })
    }

    /// The saliency map's gradient is the class score's gradient: central finite differences of the
    /// compiled forward pass at the pixels where it is largest, and the map is its channel maximum.
    func testSaliencyEqualsFiniteDifferences() throws {
        let model = try Model(contentsOf: cnn)
        let classifier = try Classifier(model)
        XCTAssertEqual(classifier.scores, "logits")
        XCTAssertEqual(classifier.probabilities, "softmax")
        let x = image(seed: 3)
        let map = try classifier.saliency(x, classIndex: 4)
        XCTAssertEqual(map.classIndex, 4)
        XCTAssertEqual(map.gradient.shape, [1, 28, 28, 1])
        XCTAssertEqual(map.magnitude.shape, [28, 28])
        let forward = try model.compile(outputs: ["logits"], inputShapes: ["images": [1, 28, 28, 1]])
        func score(_ pixels: [Float]) throws -> Double {
            try forward.run([Tensor(shape: [1, 28, 28, 1], floats: pixels)])[0].double(at: 4)
        }
        let pixels = (0..<784).map { Float(x.double(at: $0)) }
        XCTAssertEqual(try score(pixels), map.score, accuracy: 1e-5)
        let largest = (0..<784).sorted { abs(map.gradient.double(at: $0)) > abs(map.gradient.double(at: $1)) }.prefix(12)
        let h: Float = 1e-3
        for i in largest {
            var up = pixels, down = pixels
            up[i] += h
            down[i] -= h
            let numeric = (try score(up) - score(down)) / Double(2 * h)
            let analytic = map.gradient.double(at: i)
            XCTAssertEqual(numeric, analytic, accuracy: 2e-2 * abs(analytic) + 1e-3, "pixel \(i)")
            XCTAssertEqual(map.magnitude.double(at: i), abs(analytic), accuracy: 1e-7)
        }
        // Without a class, the predicted one.
        let predicted = try model.compile(outputs: ["softmax"], inputShapes: ["images": [1, 28, 28, 1]]).run([try x.reshaped([1, 28, 28, 1])])[0]
        let best = (0..<10).max { predicted.double(at: $0) < predicted.double(at: $1) } ?? -1
        XCTAssertEqual(try classifier.saliency(x).classIndex, best)
    }

    /// A patch of the image's own colour hides nothing: every position gives the unoccluded
    /// probability. A patch of another colour changes it somewhere.
    func testOcclusionWithTheImagesOwnColourChangesNothing() throws {
        let classifier = try Classifier(try Model(contentsOf: cnn))
        let flat = Tensor(shape: [28, 28, 1], floats: Array(repeating: 0.3, count: 784))
        let same = try classifier.occlusion(flat, classIndex: 2, patch: 7, stride: 3, fill: 0.3, batch: 16)
        XCTAssertEqual(same.probability.shape, [10, 10])
        for i in 0..<same.probability.elementCount {
            XCTAssertEqual(same.probability.double(at: i), same.unoccluded, accuracy: 1e-6)
        }
        // The default fill is the image's mean: for a flat image, its own colour again.
        let mean = try classifier.occlusion(flat, classIndex: 2, patch: 5, stride: 7, batch: 3)
        XCTAssertEqual(mean.probability.shape, [4, 4])
        for i in 0..<mean.probability.elementCount {
            XCTAssertEqual(mean.probability.double(at: i), mean.unoccluded, accuracy: 1e-6)
        }
        let x = image(seed: 5)
        let other = try classifier.occlusion(x, patch: 9, stride: 4, fill: 1, batch: 64)
        let changed = (0..<other.probability.elementCount).filter { abs(other.probability.double(at: $0) - other.unoccluded) > 1e-4 }
        XCTAssertFalse(changed.isEmpty)
        // A patch at one position equals classifying that occluded image directly.
        let forward = try Model(contentsOf: cnn).compile(outputs: ["softmax"], inputShapes: ["images": [1, 28, 28, 1]])
        var pixels = (0..<784).map { Float(x.double(at: $0)) }
        let (row, col) = (2, 3)   // centre (8, 12): rows 4..<13, columns 8..<17
        for y in (row * 4 - 4)..<(row * 4 + 5) { for c in (col * 4 - 4)..<(col * 4 + 5) { pixels[y * 28 + c] = 1 } }
        let direct = try forward.run([Tensor(shape: [1, 28, 28, 1], floats: pixels)])[0].double(at: other.classIndex)
        XCTAssertEqual(other.probability.double(at: row * 7 + col), direct, accuracy: 1e-5)
    }

    func testBadRequestsSayWhat() throws {
        let classifier = try Classifier(try Model(contentsOf: cnn))
        XCTAssertThrowsError(try classifier.saliency(image(seed: 1), classIndex: 10)) { e in
            XCTAssertTrue("\(e)".contains("class 10 is out of range"), "\(e)")
        }
        XCTAssertThrowsError(try classifier.saliency(Tensor(shape: [27, 28, 1], floats: Array(repeating: 0, count: 756)))) { e in
            XCTAssertTrue("\(e)".contains("takes images of [28,28,1]"), "\(e)")
        }
        XCTAssertThrowsError(try classifier.occlusion(image(seed: 1), patch: 0)) { e in
            XCTAssertTrue("\(e)".contains("--patch"), "\(e)")
        }
        XCTAssertThrowsError(try Classifier(try Model(contentsOf: cnn), output: "nope")) { e in
            XCTAssertTrue("\(e)".contains("no node named 'nope'"), "\(e)")
        }
    }

    /// A stack of three 3x3 SAME convolutions with all-one filters and no nonlinearity: the
    /// gradient of the centre unit at each input pixel is the number of paths to it, the product
    /// of the trinomial coefficients of (1 + z + z^2)^3 along each axis, times the channel paths
    /// (2 channels: 2^3 choices through the layers, summed over 2 input channels).
    func testERFOfLinearStackIsThePathCount() throws {
        var g = Graph()
        var x = try g.add("x", .placeholder(dtype: .float32, shape: [-1, 15, 15, 2]))
        for layer in 1...3 {
            let w = try g.add("c\(layer)/w", .constant(Tensor(shape: [3, 3, 2, 2], floats: Array(repeating: 1, count: 36))))
            x = try g.add("c\(layer)", .conv2D(Conv2DAttributes(padding: .same)), [x, w])
        }
        let erf = try Model(graph: g).effectiveReceptiveField(layer: "c3", images: 6, batch: 4)
        XCTAssertEqual(erf.images, 6)
        XCTAssertEqual(erf.unit.y, 7)
        XCTAssertEqual(erf.theoretical, PixelBox(top: 4, bottom: 10, left: 4, right: 10))
        let trinomial: [Double] = [1, 3, 6, 7, 6, 3, 1]
        for y in 0..<15 {
            for x in 0..<15 {
                let inside = (4...10).contains(y) && (4...10).contains(x)
                let expected = inside ? 16 * trinomial[y - 4] * trinomial[x - 4] : 0
                XCTAssertEqual(erf.map.double(at: y * 15 + x), expected, accuracy: 1e-3 * max(expected, 1), "(\(y), \(x))")
            }
        }
        // 50% of the mass: the 49 values sorted, 784 of 1568 reached within the largest few.
        XCTAssertLessThan(erf.fraction50, erf.fraction90)
        XCTAssertLessThan(erf.fraction90, 1)
    }

    /// The theoretical field walks back through VALID convolutions and pooling, clipped to the
    /// image; the seed-000 net at initialisation gives a field inside it.
    func testTheoreticalFieldOfTheSeedNet() throws {
        let model = Model(graph: try Network.seed000.graph())
        let initial = try model.freezing(try model.initialWeights(seed: 1))
        let erf = try initial.effectiveReceptiveField(layer: "conv2d3", images: 4, batch: 4)
        // conv 5x5 VALID -> pool 2 -> conv 3x3 VALID: centre (5, 5) of 10x10 reads rows 10..19.
        XCTAssertEqual(erf.theoretical, PixelBox(top: 10, bottom: 19, left: 10, right: 19))
        for y in 0..<28 { for x in 0..<28 where !(10...19).contains(y) || !(10...19).contains(x) {
            XCTAssertEqual(erf.map.double(at: y * 28 + x), 0, "(\(y), \(x)) is outside the field")
        } }
        XCTAssertGreaterThan(erf.map.double(at: 14 * 28 + 14), 0)
        XCTAssertThrowsError(try initial.effectiveReceptiveField(layer: "dense5")) { e in
            XCTAssertTrue("\(e)".contains("not an image layer"), "\(e)")
        }
        XCTAssertThrowsError(try model.effectiveReceptiveField(layer: "conv2d3", images: 0))
    }

    /// The seed's hypercolumns of graphs/cnn.pbtxt equal TensorFlow's tf.image.resize (bilinear)
    /// of the same layers, concatenated (`scripts/tf/make_inspection_fixtures.py`).
    func testHypercolumnsEqualTensorFlowsResize() throws {
        let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/tf_inspect/hypercolumns_cnn")
        let image = try TensorFile.read(path: folder.appendingPathComponent("image.npy").path)
        let want = try TensorFile.read(path: folder.appendingPathComponent("hypercolumns.npy").path)
        let hc = try Model(contentsOf: cnn).hypercolumns(image, layers: ["conv1/Relu", "pool1", "conv2/Relu"])
        XCTAssertEqual(hc.columns.shape, [28, 28, 24])
        XCTAssertEqual(hc.layers.map(\.shape), [[24, 24, 8], [12, 12, 8], [12, 12, 8]])
        var worst = 0.0
        for i in 0..<want.elementCount { worst = max(worst, abs(hc.columns.double(at: i) - want.double(at: i))) }
        XCTAssertLessThan(worst, 1e-5)
        XCTAssertThrowsError(try Model(contentsOf: cnn).hypercolumns(image, layers: ["flatten"])) { e in
            XCTAssertTrue("\(e)".contains("not a float32 image layer"), "\(e)")
        }
        XCTAssertThrowsError(try Model(contentsOf: cnn).hypercolumns(Tensor(shape: [14, 14, 1], floats: Array(repeating: 0, count: 196)), layers: ["pool1"]))
    }

    /// Columns spread along two known directions: the first component follows the wide one, the
    /// second the narrow one (correlation +-1), each scaled to [-1, 1].
    func testPrincipalComponentsFindTheDirections() throws {
        let (h, w) = (4, 5)
        var values: [Float] = []
        for p in 0..<(h * w) {
            let t: Float = p % 2 == 0 ? 1 : -1, s: Float = (p / 2) % 2 == 0 ? 1 : -1  // uncorrelated patterns
            // Direction one (1, 1, 0, 0) / sqrt 2 with spread 3, direction two (0, 0, 1, -1) / sqrt 2 with spread 1.
            values += [3 * t + 0.5, 3 * t + 0.5, s - 1, -s - 1]
        }
        let components = try Hypercolumns(columns: Tensor(shape: [h, w, 4], floats: values), layers: []).principalComponents()
        XCTAssertEqual(components.shape, [h, w, 3])
        func correlation(_ k: Int, _ f: (Int) -> Float) -> Double {
            let a = (0..<(h * w)).map { components.double(at: $0 * 3 + k) }, b = (0..<(h * w)).map { Double(f($0)) }
            let ma = a.reduce(0, +) / Double(a.count), mb = b.reduce(0, +) / Double(b.count)
            let cov = zip(a, b).reduce(0) { $0 + ($1.0 - ma) * ($1.1 - mb) }
            let va = a.reduce(0) { $0 + ($1 - ma) * ($1 - ma) }, vb = b.reduce(0) { $0 + ($1 - mb) * ($1 - mb) }
            return cov / (va * vb).squareRoot()
        }
        XCTAssertEqual(abs(correlation(0) { $0 % 2 == 0 ? 1 : -1 }), 1, accuracy: 1e-4)
        XCTAssertEqual(abs(correlation(1) { ($0 / 2) % 2 == 0 ? 1 : -1 }), 1, accuracy: 1e-4)
        let peak = (0..<(h * w)).map { abs(components.double(at: $0 * 3)) }.max() ?? 0
        XCTAssertEqual(peak, 1, accuracy: 1e-5)
    }
}
