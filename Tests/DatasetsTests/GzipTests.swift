import Datasets
import Formats
import XCTest

final class GzipTests: XCTestCase {
    let text = Array(String(repeating: "GraphJIT reads MNIST. ", count: 5000).utf8)

    func testRoundTrip() throws {
        let gz = Gzip.compress(text)
        XCTAssertTrue(Gzip.isGzip(gz))
        XCTAssertLessThan(gz.count, text.count / 10)
        XCTAssertEqual(try Gzip.decompress(gz, filename: "t.gz"), text)
        XCTAssertEqual(try Gzip.decompress(Gzip.compress([]), filename: "t.gz"), [])
    }

    func testMultipleMembersAndZeroPadding() throws {
        let a = Array("first member\n".utf8), b = Array("second member\n".utf8)
        let joined = Gzip.compress(a) + Gzip.compress(b)
        XCTAssertEqual(try Gzip.decompress(joined, filename: "t.gz"), a + b)
        XCTAssertEqual(try Gzip.decompress(joined + [0, 0, 0, 0], filename: "t.gz"), a + b)
    }

    func testOutputLargerThanTheSizeHint() throws {
        // Two members: the trailer's size is the second's, far smaller than the total.
        let big = [UInt8](repeating: 7, count: 3 << 20)
        XCTAssertEqual(try Gzip.decompress(Gzip.compress(big) + Gzip.compress([1]), filename: "t.gz"), big + [1])
    }

    func testTruncated() {
        let gz = Gzip.compress(text)
        for cut in [1, 10, gz.count / 2, gz.count - 4, gz.count - 1] {
            assertFileError("t.gz", "truncated") { try Gzip.decompress(Array(gz[..<cut]), filename: "t.gz") }
        }
    }

    func testCorrupt() {
        var gz = Gzip.compress(text)
        gz[gz.count - 6] ^= 0xFF  // the CRC
        assertFileError("t.gz", "corrupt gzip data: incorrect data check") { try Gzip.decompress(gz, filename: "t.gz") }
        var body = Gzip.compress(text)
        for i in 12..<40 { body[i] = 0xFF }
        assertFileError("t.gz", "corrupt gzip data") { try Gzip.decompress(body, filename: "t.gz") }
        assertFileError("t.gz", "not gzip data") { try Gzip.decompress(Array("plain".utf8), filename: "t.gz") }
        assertFileError("t.gz", "garbage after") { try Gzip.decompress(Gzip.compress(text) + [1, 2, 3], filename: "t.gz") }
    }

    func testZipBombIsRefused() {
        let bomb = Gzip.compress([UInt8](repeating: 0, count: 4 << 20))
        assertFileError("bomb.gz", "decompresses to more than 1048576 bytes") {
            try Gzip.decompress(bomb, filename: "bomb.gz", limit: 1 << 20)
        }
        // Exactly at the limit is fine.
        XCTAssertEqual(try Gzip.decompress(bomb, filename: "bomb.gz", limit: 4 << 20).count, 4 << 20)
    }
}
