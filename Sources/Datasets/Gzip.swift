import CZlib
import Formats

/// gzip through the system zlib: decompression of (multi-member) `.gz` files with a size cap,
/// and compression (for writing test data and caches). Errors are one-line `FormatError`s naming the file.
public enum Gzip {
    /// Default cap on decompressed bytes: 2 GiB, far above MNIST (55 MB) yet refusing a zip bomb.
    public static let defaultSizeLimit = 1 << 31

    /// True when `bytes` start with the gzip magic number 1f 8b.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed contents of gzip data holding one or more members (as `cat a.gz b.gz`
    /// makes). Trailing zero bytes (tape padding) are ignored, like gzip does; anything else after
    /// the last member, truncation, corruption (including a CRC mismatch) or more than `limit`
    /// decompressed bytes is an error naming `filename`.
    public static func decompress(_ bytes: [UInt8], filename: String, limit: Int = defaultSizeLimit) throws -> [UInt8] {
        func fail(_ message: String) -> FormatError { FormatError(file: filename, message) }
        guard isGzip(bytes) else {
            throw fail(bytes.count < 2 ? "truncated gzip data (\(bytes.count) bytes)" : "not gzip data (bad magic bytes)")
        }
        // The last member's trailer holds its size mod 2^32: a good first guess for one member.
        // Only a guess (a truncated file ends with anything), so it is bounded by deflate's best
        // ratio (1032:1) and 256 MiB; the buffer grows past that as needed.
        var capacity = 1 << 16
        if bytes.count >= 18 {
            let n = bytes.count
            let isize = Int(bytes[n - 4]) | Int(bytes[n - 3]) << 8 | Int(bytes[n - 2]) << 16 | Int(bytes[n - 1]) << 24
            capacity = max(capacity, min(isize, 1032 * n, 1 << 28, limit) + 1)
        }
        var out = [UInt8](repeating: 0, count: capacity)
        var produced = 0
        var consumed = 0

        var stream = z_stream()
        // 15 + 32: a 32 KiB window, and detect the gzip (or zlib) header automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw fail("cannot start gzip decompression (zlib initialisation failed)")
        }
        defer { inflateEnd(&stream) }

        let maxChunk = 1 << 30  // avail_in and avail_out are 32-bit
        try bytes.withUnsafeBufferPointer { input in
            guard let inputBase = input.baseAddress else { return }
            while true {
                if produced == out.count {
                    guard out.count <= limit else {
                        throw fail("decompresses to more than \(limit) bytes; refusing it (a zip bomb or the wrong file?)")
                    }
                    out += [UInt8](repeating: 0, count: min(out.count, limit + 1 - out.count))
                }
                let inChunk = min(input.count - consumed, maxChunk)
                let outChunk = min(out.count - produced, maxChunk)
                stream.next_in = UnsafeMutablePointer(mutating: inputBase + consumed)
                stream.avail_in = UInt32(inChunk)
                let status: Int32 = out.withUnsafeMutableBufferPointer { output in
                    // The buffer is non-empty here, so baseAddress exists.
                    stream.next_out = output.baseAddress.map { $0 + produced }
                    stream.avail_out = UInt32(outChunk)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                consumed += inChunk - Int(stream.avail_in)
                produced += outChunk - Int(stream.avail_out)
                switch status {
                case Z_STREAM_END:
                    let rest = input[consumed...]
                    if rest.isEmpty || rest.allSatisfy({ $0 == 0 }) { return }
                    guard rest.count >= 2, rest[consumed] == 0x1F, rest[consumed + 1] == 0x8B else {
                        throw fail("corrupt gzip data: \(rest.count) bytes of garbage after the compressed data")
                    }
                    guard inflateReset(&stream) == Z_OK else { throw fail("cannot restart gzip decompression") }
                case Z_OK:
                    continue
                case Z_BUF_ERROR:
                    // No progress: either the output is full (grown above) or the input ran out.
                    if produced == out.count { continue }
                    throw fail("truncated gzip data: the compressed stream ends early")
                case Z_NEED_DICT, Z_DATA_ERROR:
                    let detail = stream.msg.map { String(cString: $0) } ?? "invalid compressed data"
                    throw fail("corrupt gzip data: \(detail)")
                case Z_MEM_ERROR:
                    throw fail("out of memory while decompressing")
                default:
                    throw fail("gzip decompression failed (zlib status \(status))")
                }
                if consumed == input.count && stream.avail_out > 0 {
                    throw fail("truncated gzip data: the compressed stream ends early")
                }
            }
        }
        guard produced <= limit else {
            throw fail("decompresses to more than \(limit) bytes; refusing it (a zip bomb or the wrong file?)")
        }
        out.removeSubrange(produced...)
        return out
    }

    /// `bytes` as a single gzip member (`level` 0-9; -1 is zlib's default, 6).
    public static func compress(_ bytes: [UInt8], level: Int32 = -1) -> [UInt8] {
        var stream = z_stream()
        // 15 + 16: a 32 KiB window with a gzip header and trailer; memLevel 8 as zlib's default.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        var produced = 0, consumed = 0
        let maxChunk = 1 << 30
        bytes.withUnsafeBufferPointer { input in
            while true {
                if produced == out.count { out += [UInt8](repeating: 0, count: out.count) }
                let inChunk = min(input.count - consumed, maxChunk)
                let outChunk = min(out.count - produced, maxChunk)
                stream.next_in = input.baseAddress.map { UnsafeMutablePointer(mutating: $0 + consumed) }
                stream.avail_in = UInt32(inChunk)
                let status: Int32 = out.withUnsafeMutableBufferPointer { output in
                    stream.next_out = output.baseAddress.map { $0 + produced }
                    stream.avail_out = UInt32(outChunk)
                    return deflate(&stream, consumed + inChunk == input.count ? Z_FINISH : Z_NO_FLUSH)
                }
                consumed += inChunk - Int(stream.avail_in)
                produced += outChunk - Int(stream.avail_out)
                if status == Z_STREAM_END || (status != Z_OK && status != Z_BUF_ERROR) { return }
            }
        }
        out.removeSubrange(produced...)
        return out
    }
}
