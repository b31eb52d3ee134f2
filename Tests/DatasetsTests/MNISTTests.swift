import Datasets
import Foundation
import GraphIR
import XCTest

/// The real MNIST distribution in ../shared/data/mnist.
final class MNISTTests: XCTestCase {
    static var cached: MNIST?

    func load() throws -> MNIST {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: mnistDirectory + "/train-images-idx3-ubyte.gz"),
                          "MNIST is not in \(mnistDirectory)")
        if let cached = Self.cached { return cached }
        let mnist = try MNIST.load(directory: mnistDirectory)
        Self.cached = mnist
        return mnist
    }

    func testCountsShapesAndFirstLabels() throws {
        let mnist = try load()
        XCTAssertEqual(mnist.train.count, 60000)
        XCTAssertEqual(mnist.test.count, 10000)
        XCTAssertEqual(mnist.train.images.type, TensorType(.float32, [60000, 28, 28, 1]))
        XCTAssertEqual(mnist.test.images.type, TensorType(.float32, [10000, 28, 28, 1]))
        XCTAssertEqual(mnist.train.labels.type, TensorType(.int32, [60000]))
        // The canonical files start 5, 0, 4, 1, 9 (train) and 7, 2, 1, 0, 4 (test).
        XCTAssertEqual(Array(mnist.train.labels.scalars(as: Int32.self).prefix(5)), [5, 0, 4, 1, 9])
        XCTAssertEqual(Array(mnist.test.labels.scalars(as: Int32.self).prefix(5)), [7, 2, 1, 0, 4])
        XCTAssertEqual(mnist.scaling, .unitInterval)
    }

    func testLabelHistogramIsPlausible() throws {
        let mnist = try load()
        for (split, size) in [(mnist.train, 60000), (mnist.test, 10000)] {
            var histogram = [Int](repeating: 0, count: 10)
            for l in split.labels.scalars(as: Int32.self) { histogram[Int(l)] += 1 }
            XCTAssertEqual(histogram.reduce(0, +), size)
            for n in histogram { XCTAssertTrue((size / 13)...(size / 8) ~= n, "\(histogram)") }
        }
        // The well-known training counts: 5,923 zeros and 6,742 ones.
        var zeros = 0, ones = 0
        for l in mnist.train.labels.scalars(as: Int32.self) { if l == 0 { zeros += 1 } else if l == 1 { ones += 1 } }
        XCTAssertEqual(zeros, 5923)
        XCTAssertEqual(ones, 6742)
    }

    func testPixelRange() throws {
        let mnist = try load()
        let (low, high, mean) = statistics(mnist.train.images)
        XCTAssertEqual(low, 0)
        XCTAssertEqual(high, 255 / 256)  // [0, 1): as mnist.pkl.gz
        XCTAssertEqual(mean, 33.318 / 256, accuracy: 1e-4)
        XCTAssertEqual(mnist.train.images.scalars(as: Float.self)[0], 0)  // a background corner
    }

    func testClassicSplitAndNCHW() throws {
        let mnist = try load()
        let (train, validation) = try mnist.train.split(validationCount: 10000)
        XCTAssertEqual(train.count, 50000)
        XCTAssertEqual(validation.count, 10000)
        XCTAssertEqual(train.labels.scalars(as: Int32.self).first, 5)
        XCTAssertEqual(validation.labels.scalars(as: Int32.self).first, mnist.train.labels.scalars(as: Int32.self)[50000])
        let nchw = try validation.withLayout(.nchw)
        XCTAssertEqual(nchw.images.shape, [10000, 1, 28, 28])
        XCTAssertEqual(nchw.images.bytes, validation.images.bytes)
    }

    func testStandardizedUsesTrainingStatistics() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: mnistDirectory + "/train-images-idx3-ubyte.gz"))
        let mnist = try MNIST.load(directory: mnistDirectory, normalization: .standardized, layout: .flat)
        XCTAssertEqual(mnist.train.images.shape, [60000, 784])
        XCTAssertEqual(mnist.scaling.mean * 256, 33.318, accuracy: 0.01)
        XCTAssertEqual(mnist.scaling.std * 256, 78.567, accuracy: 0.01)
        let (_, _, mean, std) = statisticsWithStd(mnist.train.images)
        XCTAssertEqual(mean, 0, accuracy: 1e-5)
        XCTAssertEqual(std, 1, accuracy: 1e-5)
        // The test split uses the training statistics, so it is only near zero mean.
        let testMean = statistics(mnist.test.images).mean
        XCTAssertNotEqual(testMean, 0, accuracy: 1e-4)
        XCTAssertEqual(testMean, 0, accuracy: 0.05)
    }

    func testLoadTime() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: mnistDirectory + "/train-images-idx3-ubyte.gz"))
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try MNIST.load(directory: mnistDirectory)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("MNIST: loaded 70,000 images in \(String(format: "%.3f", seconds)) s")
    }
}

/// Minimum, maximum and mean of a float32 tensor, in one pass.
func statistics(_ t: Tensor) -> (min: Float, max: Float, mean: Double) {
    let (low, high, mean, _) = statisticsWithStd(t)
    return (low, high, mean)
}

/// Minimum, maximum, mean and population standard deviation of a float32 tensor.
func statisticsWithStd(_ t: Tensor) -> (min: Float, max: Float, mean: Double, std: Double) {
    t.bytes.withUnsafeBytes { raw in
        let values = raw.bindMemory(to: Float.self)
        var low = Float.infinity, high = -Float.infinity, sum = 0.0, squares = 0.0
        for v in values {
            low = Swift.min(low, v)
            high = Swift.max(high, v)
            sum += Double(v)
            squares += Double(v) * Double(v)
        }
        let n = Double(values.count)
        return (low, high, sum / n, (squares / n - (sum / n) * (sum / n)).squareRoot())
    }
}
