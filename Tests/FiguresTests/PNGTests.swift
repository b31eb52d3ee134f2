import CZlib
import Figures
import GraphIR
import GraphJIT
import XCTest

/// A minimal PNG reader for the files `PNG.encode` writes (8-bit grey or RGB, filter 0 rows):
/// the test's own decoder, so "decodes back to the values written" is checked independently.
func decodePNG(_ bytes: [UInt8]) throws -> (width: Int, height: Int, channels: Int, pixels: [UInt8]) {
    XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var i = 8, width = 0, height = 0, channels = 0
    var idat: [UInt8] = []
    func u32(_ at: Int) -> Int { Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3]) }
    while i + 12 <= bytes.count {
        let length = u32(i), type = String(decoding: bytes[(i + 4)..<(i + 8)], as: UTF8.self)
        let data = Array(bytes[(i + 8)..<(i + 8 + length)])
        let crc = Array(bytes[(i + 4)..<(i + 8 + length)]).withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        XCTAssertEqual(UInt32(u32(i + 8 + length)), crc, "CRC of \(type)")
        switch type {
        case "IHDR":
            width = Int(data[0]) << 24 | Int(data[1]) << 16 | Int(data[2]) << 8 | Int(data[3])
            height = Int(data[4]) << 24 | Int(data[5]) << 16 | Int(data[6]) << 8 | Int(data[7])
            XCTAssertEqual(data[8], 8)
            channels = data[9] == 2 ? 3 : 1
        case "IDAT": idat += data
        default: break
        }
        i += 12 + length
    }
    var size = uLong(height * (1 + width * channels))
    var raw = [UInt8](repeating: 0, count: Int(size))
    let status = raw.withUnsafeMutableBufferPointer { r in idat.withUnsafeBufferPointer { uncompress(r.baseAddress, &size, $0.baseAddress, uLong($0.count)) } }
    XCTAssertEqual(status, Z_OK)
    var pixels: [UInt8] = []
    for y in 0..<height {
        let row = y * (1 + width * channels)
        XCTAssertEqual(raw[row], 0, "filter type of row \(y)")
        pixels += raw[(row + 1)..<(row + 1 + width * channels)]
    }
    return (width, height, channels, pixels)
}

final class PNGTests: XCTestCase {
    func testRGBAndGreyDecodeBackToTheValuesWritten() throws {
        let rgb = Tensor(shape: [3, 5, 3], int32s: (0..<45).map { Int32(($0 * 37) % 256) })
        let decoded = try decodePNG(try PNG.encode(rgb))
        XCTAssertEqual(decoded.width, 5)
        XCTAssertEqual(decoded.height, 3)
        XCTAssertEqual(decoded.channels, 3)
        XCTAssertEqual(decoded.pixels, (0..<45).map { UInt8(($0 * 37) % 256) })
        let grey = Tensor(shape: [2, 2], int32s: [0, 255, 128, 7])
        let g = try decodePNG(try PNG.encode(grey))
        XCTAssertEqual(g.channels, 1)
        XCTAssertEqual(g.pixels, [0, 255, 128, 7])
    }

    func testRefusesWhatIsNotPixels() {
        XCTAssertThrowsError(try PNG.encode(Tensor(shape: [2, 2], floats: [0, 1, 2, 3])))
        XCTAssertThrowsError(try PNG.encode(Tensor(shape: [2, 2, 4], int32s: Array(repeating: 0, count: 16))))
        XCTAssertThrowsError(try PNG.encode(Tensor(shape: [0, 2, 3], int32s: [])))
    }

    /// The generated colour map: the ends of the range take the first and last stop's colours,
    /// the middle of a two-stop map is halfway, magnification repeats each value as a square.
    func testHeatmapColorsFromGeneratedCode() throws {
        let values = Tensor(shape: [2, 2], floats: [-1, 0, 0.5, 1])
        let grey = try Heatmap.colors(values, map: .gray, range: .data, magnify: 2)
        XCTAssertEqual(grey.rgb.shape, [4, 4, 3])
        XCTAssertEqual(grey.low, -1)
        XCTAssertEqual(grey.high, 1)
        func pixel(_ t: Tensor, _ y: Int, _ x: Int) -> [Int] { (0..<3).map { t.int(at: (y * t.shape[1] + x) * 3 + $0) } }
        XCTAssertEqual(pixel(grey.rgb, 0, 0), [0, 0, 0])
        XCTAssertEqual(pixel(grey.rgb, 1, 1), [0, 0, 0])
        XCTAssertEqual(pixel(grey.rgb, 0, 2), [128, 128, 128])   // 0 is halfway: 127.5 rounds up
        XCTAssertEqual(pixel(grey.rgb, 3, 3), [255, 255, 255])
        let zeroBased = try Heatmap.colors(values, map: .gray, range: .fromZero)
        XCTAssertEqual(pixel(zeroBased.rgb, 0, 0), [0, 0, 0])      // below the range: clamped
        XCTAssertEqual(pixel(zeroBased.rgb, 1, 0), [128, 128, 128])
        let inferno = try Heatmap.colors(Tensor(shape: [1, 2], floats: [0, 1]), map: .inferno, range: .data)
        XCTAssertEqual(pixel(inferno.rgb, 0, 0), [0, 0, 4])
        XCTAssertEqual(pixel(inferno.rgb, 0, 1), [252, 255, 164])
        let flat = try Heatmap.colors(Tensor(shape: [2, 2], floats: [3, 3, 3, 3]), map: .viridis)
        XCTAssertEqual(pixel(flat.rgb, 1, 1), [68, 1, 84])            // a constant picture: the low end, no NaN
        let bar = try Heatmap.colorBar(.gray, steps: 3)
        XCTAssertEqual(bar.shape, [3, 1, 3])
        XCTAssertEqual((0..<3).map { bar.int(at: $0 * 3) }, [255, 128, 0])  // high end at the top
    }
}
