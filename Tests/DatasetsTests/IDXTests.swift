import Datasets
import Formats
import GraphIR
import XCTest

final class IDXTests: XCTestCase {
    /// Three 2x3 "images" and their labels.
    let images = ByteTensor(shape: [3, 2, 3], bytes: (0..<18).map { UInt8($0 * 15) })
    let labels = ByteTensor(shape: [3], bytes: [7, 0, 9])

    func testEncodeDecode() throws {
        let bytes = IDX.encode(images)
        XCTAssertEqual(Array(bytes[0..<8]), [0, 0, 8, 3, 0, 0, 0, 3])
        XCTAssertEqual(try IDX.decode(bytes, filename: "i", rank: 3), images)
        XCTAssertEqual(try IDX.decode(IDX.encode(labels), filename: "l", rank: 1), labels)
    }

    func testRawAndGzippedFilesLoad() throws {
        let dir = try temporaryDirectory(self)
        try writeFile(IDX.encode(images), dir + "/images")
        try writeFile(Gzip.compress(IDX.encode(labels)), dir + "/labels.gz")
        let data = try MNIST.load(images: dir + "/images", labels: dir + "/labels.gz")
        XCTAssertEqual(data.count, 3)
        XCTAssertEqual(data.images.shape, [3, 2, 3, 1])
        XCTAssertEqual(data.images.scalars(as: Float.self)[1], 15 / 256)
        XCTAssertEqual(data.labels, Tensor(shape: [3], int32s: [7, 0, 9]))
        let nchw = try MNIST.load(images: dir + "/images", labels: dir + "/labels.gz", layout: .nchw)
        XCTAssertEqual(nchw.images.shape, [3, 1, 2, 3])
        XCTAssertEqual(nchw.images.bytes, data.images.bytes)
        XCTAssertEqual(try MNIST.load(images: dir + "/images", labels: dir + "/labels.gz", layout: .flat).images.shape, [3, 6])
    }

    func testWrongMagic() {
        assertFileError("l", "not an IDX file (magic number 0x1f8b0800") { try IDX.decode([0x1F, 0x8B, 8, 0], filename: "l") }
        assertFileError("l", "element type 0xd is not supported") { try IDX.decode([0, 0, 0x0D, 1, 0, 0, 0, 0], filename: "l") }
        // Images where labels belong, and the reverse.
        assertFileError("l", "magic number 0x00000803 is a rank-3 IDX array, expected rank 1 (labels are 0x00000801)") {
            try IDX.decode(IDX.encode(images), filename: "l", rank: 1)
        }
        assertFileError("i", "expected rank 3 (images are 0x00000803)") { try IDX.decode(IDX.encode(labels), filename: "i", rank: 3) }
        assertFileError("l", "no room for the magic number") { try IDX.decode([0, 0], filename: "l") }
    }

    func testTruncatedAndOversized() {
        let bytes = IDX.encode(images)
        assertFileError("i", "truncated IDX file: the header declares [3,2,3] (18 bytes of data), 17 are present") {
            try IDX.decode(Array(bytes.dropLast()), filename: "i")
        }
        assertFileError("i", "the header needs 16 bytes for 3 dimensions, the file has 10") {
            try IDX.decode(Array(bytes[0..<10]), filename: "i")
        }
        assertFileError("i", "corrupt IDX file: 2 bytes follow the 18 data bytes") { try IDX.decode(bytes + [1, 2], filename: "i") }
        // A header claiming 2^32-1 x 2^32-1 images is refused before any allocation.
        assertFileError("i", "more than 2^36 elements") {
            try IDX.decode([0, 0, 8, 2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], filename: "i")
        }
    }

    func testLabelRangeAndCountMismatch() throws {
        let dir = try temporaryDirectory(self)
        try writeFile(IDX.encode(images), dir + "/images")
        try writeFile(IDX.encode(ByteTensor(shape: [3], bytes: [1, 10, 2])), dir + "/bad-labels")
        try writeFile(IDX.encode(ByteTensor(shape: [2], bytes: [1, 2])), dir + "/two-labels")
        assertFileError(dir + "/bad-labels", "label 10 at index 1 is outside 0..<10") {
            try MNIST.load(images: dir + "/images", labels: dir + "/bad-labels")
        }
        XCTAssertEqual(try MNIST.readLabels(path: dir + "/bad-labels", classCount: nil).scalars(as: Int32.self), [1, 10, 2])
        XCTAssertEqual(try MNIST.readLabels(path: dir + "/bad-labels", classCount: 11).shape, [3])
        assertFileError(dir + "/images", "3 images, but \(dir)/two-labels has 2 labels") {
            try MNIST.load(images: dir + "/images", labels: dir + "/two-labels")
        }
        assertFileError(dir + "/two-labels", "an IDX image file needs rank >= 2") { try MNIST.readImages(path: dir + "/two-labels") }
    }

    func testTruncatedGzippedFile() throws {
        let dir = try temporaryDirectory(self)
        let gz = Gzip.compress(IDX.encode(images))
        try writeFile(Array(gz.dropLast(5)), dir + "/images.gz")
        assertFileError(dir + "/images.gz", "truncated gzip data") { try IDX.read(path: dir + "/images.gz") }
    }

    func testMissingFilesAreNamed() throws {
        let dir = try temporaryDirectory(self)
        assertFileError(dir + "/train-images-idx3-ubyte.gz", "MNIST file missing (neither train-images-idx3-ubyte.gz nor train-images-idx3-ubyte is in") {
            try MNIST.load(directory: dir)
        }
        try writeFile(Gzip.compress(IDX.encode(images)), dir + "/train-images-idx3-ubyte.gz")
        try writeFile(IDX.encode(labels), dir + "/train-labels-idx1-ubyte")
        try writeFile(IDX.encode(images), dir + "/t10k-images-idx3-ubyte")
        assertFileError(dir + "/t10k-labels-idx1-ubyte.gz", "MNIST file missing") { try MNIST.load(directory: dir) }
        try writeFile(IDX.encode(labels), dir + "/t10k-labels-idx1-ubyte")
        let mnist = try MNIST.load(directory: dir)
        XCTAssertEqual(mnist.train.count, 3)
        XCTAssertEqual(mnist.test.count, 3)
        assertFileError("/nonexistent/x", "cannot open for reading") { try IDX.read(path: "/nonexistent/x") }
    }
}
