import Datasets
import Formats
import GraphIR
import XCTest

final class KaggleCSVTests: XCTestCase {
    /// 2x2 images: the header and two rows.
    let train = "label,pixel0,pixel1,pixel2,pixel3\n1,0,64,128,255\n7,1,2,3,4\n"

    func parse(_ text: String, _ shape: [Int] = [2, 2], classCount: Int? = 10) throws -> KaggleCSV.Contents {
        try KaggleCSV.parse(Array(text.utf8), filename: "train.csv", imageShape: shape, classCount: classCount)
    }

    func assertCSVError(_ text: String, line: Int, column: Int, _ message: String,
                        file: StaticString = #filePath, testLine: UInt = #line) {
        guard let e = expectFormatError({ try self.parse(text) }, file: file, line: testLine) else { return }
        XCTAssertEqual(e.location, .text(line: line, column: column), "\(e)", file: file, line: testLine)
        XCTAssertTrue(e.description.hasPrefix("train.csv:\(line):\(column): "), e.description, file: file, line: testLine)
        XCTAssertTrue(e.message.contains(message), "'\(e.message)' does not contain '\(message)'", file: file, line: testLine)
    }

    func testLabelledFile() throws {
        let c = try parse(train)
        XCTAssertEqual(c.pixels, ByteTensor(shape: [2, 2, 2], bytes: [0, 64, 128, 255, 1, 2, 3, 4]))
        XCTAssertEqual(c.labels, Tensor(shape: [2], int32s: [1, 7]))
    }

    func testTestFileWithoutLabelsCRLFAndBlankLines() throws {
        let c = try parse("pixel0,pixel1,pixel2,pixel3\r\n0,1,2,3\r\n\r\n 4 , 5,6,7\r\n\n")
        XCTAssertNil(c.labels)
        XCTAssertEqual(c.pixels.bytes, [0, 1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(c.pixels.shape, [2, 2, 2])
    }

    func testHeaderlessFilesByColumnCount() throws {
        XCTAssertEqual(try parse("3,1,2,3,4\n").labels, Tensor(shape: [1], int32s: [3]))
        XCTAssertNil(try parse("1,2,3,4\n").labels)
        XCTAssertEqual(try parse("").pixels.shape, [0, 2, 2])
    }

    func testErrorsNameLineAndColumn() {
        assertCSVError(train + "3,1,2,3\n", line: 4, column: 7, "4 columns, expected 5")
        assertCSVError(train + "3,1,2,3,4,5\n", line: 4, column: 11, "6 columns, expected 5")
        assertCSVError(train + "3,1,256,3,4\n", line: 4, column: 5, "pixel value 256 is outside 0...255")
        assertCSVError(train + "3,1,-1,3,4\n", line: 4, column: 5, "pixel value -1 is outside 0...255")
        assertCSVError(train + "3,1,x,3,4\n", line: 4, column: 5, "pixel 'x' is not an integer")
        assertCSVError(train + "3,1,2.5,3,4\n", line: 4, column: 5, "pixel '2.5' is not an integer")
        assertCSVError(train + "3,1,,3,4\n", line: 4, column: 5, "empty pixel field")
        assertCSVError(train + "10,1,2,3,4\n", line: 4, column: 1, "label 10 is outside 0..<10")
        assertCSVError("label,pixel0,pixel1\n", line: 1, column: 1, "the header names 2 pixel columns, images of [2,2] need 4")
        assertCSVError("1,2,3\n", line: 1, column: 1, "3 columns; expected 4 pixels")
    }

    func testFilesAndScaling() throws {
        let dir = try temporaryDirectory(self)
        try writeFile(Array(train.utf8), dir + "/train.csv")
        try writeFile(Gzip.compress(Array("pixel0,pixel1,pixel2,pixel3\n0,128,0,0\n".utf8)), dir + "/test.csv.gz")
        let data = try KaggleCSV.loadDataset(path: dir + "/train.csv", imageShape: [2, 2])
        XCTAssertEqual(data.images.shape, [2, 2, 2, 1])
        XCTAssertEqual(data.images.scalars(as: Float.self)[0..<4], [0, 0.25, 0.5, 255 / 256])
        let test = try KaggleCSV.loadImages(path: dir + "/test.csv.gz", layout: .nchw, imageShape: [2, 2])
        XCTAssertEqual(test, Tensor(shape: [1, 1, 2, 2], floats: [0, 0.5, 0, 0]))
        assertFileError(dir + "/test.csv.gz", "has no label column") {
            try KaggleCSV.loadDataset(path: dir + "/test.csv.gz", imageShape: [2, 2])
        }
        // The error names the file as given.
        try writeFile(Array((train + "1,2\n").utf8), dir + "/bad.csv")
        let e = expectFormatError { try KaggleCSV.read(path: dir + "/bad.csv", imageShape: [2, 2]) }
        XCTAssertEqual(e?.description.hasPrefix(dir + "/bad.csv:4:3: "), true, e?.description ?? "")
    }
}
