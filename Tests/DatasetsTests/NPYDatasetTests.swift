import Datasets
import Formats
import GraphIR
import XCTest

final class NPYDatasetTests: XCTestCase {
    func testFloatAndIntegerImages() throws {
        let dir = try temporaryDirectory(self)
        try NPY.write(Tensor(shape: [2, 4], floats: [0, 0.5, 1, 0.25, 0, 0, 0, 1]), path: dir + "/x.npy")
        try NPY.write(Tensor(shape: [2, 4], int64s: [0, 128, 255, 64, 0, 0, 0, 1]), path: dir + "/xi.npy")
        try NPY.write(Tensor(shape: [2], int64s: [3, 9]), path: dir + "/y.npy")
        let data = try NPYDataset.load(images: dir + "/x.npy", labels: dir + "/y.npy", imageShape: [2, 2, 1])
        XCTAssertEqual(data.images, Tensor(shape: [2, 2, 2, 1], floats: [0, 0.5, 1, 0.25, 0, 0, 0, 1]))
        XCTAssertEqual(data.labels, Tensor(shape: [2], int32s: [3, 9]))
        let ints = try NPYDataset.load(images: dir + "/xi.npy", labels: dir + "/y.npy")
        XCTAssertEqual(ints.images.scalars(as: Float.self), [0, 0.5, 255 / 256, 0.25, 0, 0, 0, 1 / 256])
        XCTAssertEqual(ints.images.shape, [2, 4])
    }

    func testErrors() throws {
        let dir = try temporaryDirectory(self)
        try NPY.write(Tensor(shape: [2, 4], floats: Array(repeating: 0, count: 8)), path: dir + "/x.npy")
        try NPY.write(Tensor(shape: [3], int32s: [1, 2, 3]), path: dir + "/y3.npy")
        try NPY.write(Tensor(shape: [2], int32s: [1, 12]), path: dir + "/ybad.npy")
        try NPY.write(Tensor(shape: [2], floats: [1, 2]), path: dir + "/yfloat.npy")
        try NPY.write(Tensor(shape: [1, 2], int32s: [300, 2]), path: dir + "/xbad.npy")
        assertFileError(dir + "/x.npy", "2 images, but \(dir)/y3.npy has 3 labels") {
            try NPYDataset.load(images: dir + "/x.npy", labels: dir + "/y3.npy")
        }
        assertFileError(dir + "/ybad.npy", "label 12 at index 1 is outside 0..<10") {
            try NPYDataset.load(images: dir + "/x.npy", labels: dir + "/ybad.npy")
        }
        assertFileError(dir + "/yfloat.npy", "labels must be int32 or int64") { try NPYDataset.loadLabels(path: dir + "/yfloat.npy") }
        assertFileError(dir + "/x.npy", "labels must have shape [N]") { try NPYDataset.loadLabels(path: dir + "/x.npy") }
        assertFileError(dir + "/xbad.npy", "pixel 300 at flat index 0 is outside 0...255") {
            try NPYDataset.loadImages(path: dir + "/xbad.npy")
        }
        assertFileError(dir + "/x.npy", "cannot reshape [2,4] to [2,3]") { try NPYDataset.loadImages(path: dir + "/x.npy", imageShape: [3]) }
    }
}
