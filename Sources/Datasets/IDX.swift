import Formats
import GraphIR

/// IDX files, gzipped (`.gz`, detected by content) or raw. The header is the magic number
/// `00 00 TT RR` (TT the element type, RR the rank), then RR big-endian 32-bit dimensions, then the
/// data. Only element type 0x08 (unsigned byte) is read: MNIST images are `0x00000803`
/// (`[N,28,28]`) and labels `0x00000801` (`[N]`).
public enum IDX {
    /// Reads the file at `path`, decompressing it first when it is gzip data.
    /// `rank`, when given, is the rank the file must have (3 for images, 1 for labels).
    public static func read(path: String, rank: Int? = nil) throws -> ByteTensor {
        var bytes = try FileIO.readFile(path: path)
        if Gzip.isGzip(bytes) { bytes = try Gzip.decompress(bytes, filename: path) }
        return try decode(bytes, filename: path, rank: rank)
    }

    /// Decodes the bytes of an (uncompressed) IDX file; `filename` is used in errors.
    public static func decode(_ bytes: [UInt8], filename: String, rank: Int? = nil) throws -> ByteTensor {
        func fail(_ message: String) -> FormatError { FormatError(file: filename, message) }
        guard bytes.count >= 4 else { throw fail("truncated IDX file: \(bytes.count) bytes, no room for the magic number") }
        let magic = bytes[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
        let digits = String(magic, radix: 16)
        let hex = "0x" + String(repeating: "0", count: 8 - digits.count) + digits
        guard bytes[0] == 0, bytes[1] == 0 else {
            throw fail("not an IDX file (magic number \(hex); MNIST images have 0x00000803, labels 0x00000801)")
        }
        guard bytes[2] == 0x08 else {
            throw fail("IDX element type 0x\(String(bytes[2], radix: 16)) is not supported (only unsigned bytes, 0x08, as MNIST uses)")
        }
        let fileRank = Int(bytes[3])
        if let rank, rank != fileRank {
            let expected = rank == 1 ? " (labels are 0x00000801)" : rank == 3 ? " (images are 0x00000803)" : ""
            throw fail("magic number \(hex) is a rank-\(fileRank) IDX array, expected rank \(rank)\(expected)")
        }
        let headerSize = 4 + 4 * fileRank
        guard bytes.count >= headerSize else {
            throw fail("truncated IDX file: the header needs \(headerSize) bytes for \(fileRank) dimensions, the file has \(bytes.count)")
        }
        var shape: [Int] = []
        for d in 0..<fileRank {
            let at = 4 + 4 * d
            shape.append(bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) })
        }
        let count: Int
        do { count = try checkedElementCount(shape) } catch let e as ShapeError { throw fail(e.message) }
        let available = bytes.count - headerSize
        guard available == count else {
            throw fail(available < count
                       ? "truncated IDX file: the header declares \(formatShape(shape)) (\(count) bytes of data), \(available) are present"
                       : "corrupt IDX file: \(available - count) bytes follow the \(count) data bytes of \(formatShape(shape))")
        }
        return ByteTensor(shape: shape, bytes: Array(bytes[headerSize...]))
    }

    /// The bytes of an IDX file holding `array` (unsigned bytes, dimensions below 2^32).
    public static func encode(_ array: ByteTensor) -> [UInt8] {
        var out: [UInt8] = [0, 0, 0x08, UInt8(truncatingIfNeeded: array.shape.count)]
        for d in array.shape {
            out += (0..<4).reversed().map { UInt8(truncatingIfNeeded: d >> (8 * $0)) }
        }
        return out + array.bytes
    }
}
