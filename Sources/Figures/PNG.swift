import CZlib
import GraphIR

/// PNG files (RFC 2083): 8-bit grey or RGB, every row with filter type 0, the image data one
/// zlib stream. The pixels come from generated code (`Heatmap`); this only packs their bytes.
public enum PNG {
    public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A PNG of an int32 `[H, W, 3]` (RGB) or `[H, W]` (grey) tensor of values 0 to 255.
    public static func encode(_ pixels: Tensor) throws -> [UInt8] {
        let shape = pixels.shape
        guard pixels.dtype == .int32, shape.count == 2 || (shape.count == 3 && shape[2] == 3),
              shape[0] > 0, shape[1] > 0 else {
            throw FigureError("a PNG needs int32 [H, W] or [H, W, 3] pixels, got \(pixels.dtype)\(formatShape(shape))")
        }
        let height = shape[0], width = shape[1], channels = shape.count == 3 ? 3 : 1
        var raw = [UInt8]()
        raw.reserveCapacity(height * (1 + width * channels))
        for y in 0..<height {
            raw.append(0)
            for i in (y * width * channels)..<((y + 1) * width * channels) {
                raw.append(UInt8(clamping: pixels.int(at: i)))
            }
        }
        var header = [UInt8]()
        header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, channels == 3 ? 2 : 0, 0, 0, 0]  // depth, colour type (RGB / grey), deflate, filter, no interlace
        return signature + chunk("IHDR", header) + chunk("IDAT", try deflate(raw)) + chunk("IEND", [])
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        let crc = typed.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc)
    }

    static func deflate(_ bytes: [UInt8]) throws -> [UInt8] {
        var size = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { o in
            bytes.withUnsafeBufferPointer { i in compress2(o.baseAddress, &size, i.baseAddress, uLong(i.count), 6) }
        }
        guard status == Z_OK else { throw FigureError("zlib could not compress the image (status \(status))") }
        return Array(out.prefix(Int(size)))
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 255), UInt8((v >> 8) & 255), UInt8(v & 255)]
    }
}

/// A picture that cannot be made, in one line.
public struct FigureError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
