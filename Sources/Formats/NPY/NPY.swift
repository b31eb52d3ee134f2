import GraphIR

/// NumPy `.npy` files: reads versions 1.0, 2.0 and 3.0 (C order, little-endian, dtypes
/// `<f4 <f8 <i4 <i8 |b1`), writes version 1.0. Errors are one-line `FormatError`s naming the file.
public enum NPY {
    private static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    /// Reads the array in the file at `path`.
    public static func read(path: String) throws -> Tensor {
        try decode(FileIO.readFile(path: path), filename: path)
    }

    /// Writes `tensor` to `path` atomically as a version 1.0 file.
    public static func write(_ tensor: Tensor, path: String) throws {
        try FileIO.writeAtomically(encode(tensor), to: path)
    }

    /// Decodes the bytes of a `.npy` file; `filename` is used in errors.
    public static func decode(_ bytes: [UInt8], filename: String) throws -> Tensor {
        func fail(_ message: String) -> FormatError { FormatError(file: filename, message) }
        guard bytes.count >= 10, bytes.starts(with: magic) else {
            throw fail(bytes.starts(with: magic) || magic.starts(with: bytes)
                       ? "truncated .npy file (\(bytes.count) bytes)" : "not a NumPy .npy file (bad magic bytes)")
        }
        let major = bytes[6], minor = bytes[7]
        let headerStart: Int, headerLength: Int
        switch major {
        case 1:
            headerStart = 10
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
        case 2, 3:
            guard bytes.count >= 12 else { throw fail("truncated .npy file (\(bytes.count) bytes)") }
            headerStart = 12
            headerLength = (8..<12).reduce(0) { $0 | Int(bytes[$1]) << (8 * ($1 - 8)) }
        default:
            throw fail(".npy version \(major).\(minor) is not supported (1.0, 2.0 and 3.0 are)")
        }
        guard headerLength <= bytes.count - headerStart else {
            throw fail("truncated .npy file: the header needs \(headerLength) bytes, \(bytes.count - headerStart) are left")
        }
        let header: NPYHeader
        do {
            var parser = NPYHeaderParser(Array(bytes[headerStart..<(headerStart + headerLength)]))
            header = try parser.parse()
        } catch let e as NPYHeaderError {
            throw fail(e.message)
        }
        guard !header.fortranOrder else {
            throw fail("Fortran-order arrays are not supported; save with np.ascontiguousarray first")
        }
        let dtype: DType
        switch NPYHeader.dtype(forDescr: header.descr) {
        case .success(let d): dtype = d
        case .failure(let e): throw fail(e.message)
        }
        let count: Int
        do { count = try checkedElementCount(header.shape) } catch let e as ShapeError { throw fail(e.message) }
        let dataStart = headerStart + headerLength
        let expected = count * dtype.byteSize
        let available = bytes.count - dataStart
        guard available == expected else {
            throw fail(available < expected
                       ? "truncated .npy file: \(dtype)\(formatShape(header.shape)) needs \(expected) data bytes, \(available) are present"
                       : "corrupt .npy file: \(available - expected) bytes follow the \(expected) data bytes")
        }
        var data = Array(bytes[dataStart...])
        if dtype == .bool {
            for i in data.indices where data[i] > 1 { data[i] = 1 }
        }
        do { return try Tensor(dtype: dtype, shape: header.shape, bytes: data) } catch let e as ShapeError { throw fail(e.message) }
    }

    /// The bytes of a version 1.0 `.npy` file holding `tensor` (a 2.0 header only when the
    /// shape is too long for 1.0's 16-bit header length).
    public static func encode(_ tensor: Tensor) -> [UInt8] {
        let dict = NPYHeader(descr: NPYHeader.descr(for: tensor.dtype), fortranOrder: false, shape: tensor.shape).text
        // NumPy pads with spaces and a final newline so the data starts on a 64-byte boundary.
        let unpadded = dict.utf8.count + 1
        let v1 = (10 + unpadded + 63) / 64 * 64 - 10 <= 0xFFFF
        let prefix = v1 ? 10 : 12
        let headerLength = (prefix + unpadded + 63) / 64 * 64 - prefix
        var out = magic + [v1 ? 1 : 2, 0]
        if v1 {
            out += [UInt8(headerLength & 0xFF), UInt8(headerLength >> 8)]
        } else {
            out += (0..<4).map { UInt8(truncatingIfNeeded: headerLength >> (8 * $0)) }
        }
        out += Array(dict.utf8)
        out += Array(repeating: 0x20, count: headerLength - unpadded)
        out.append(0x0A)
        out += tensor.bytes
        return out
    }
}
