import GraphIR

/// The header of a `.npy` file: a Python dict literal such as
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`.
struct NPYHeader: Equatable {
    var descr: String
    var fortranOrder: Bool
    var shape: [Int]

    /// NumPy's `descr` for each GraphIR dtype (little-endian; bool has no byte order).
    static func descr(for dtype: DType) -> String {
        switch dtype {
        case .float32: return "<f4"
        case .float64: return "<f8"
        case .int32: return "<i4"
        case .int64: return "<i8"
        case .bool: return "|b1"
        }
    }

    /// The GraphIR dtype of a `descr`, or a message saying why it is not supported.
    static func dtype(forDescr d: String) -> Result<DType, NPYHeaderError> {
        let utf8 = Array(d.utf8)
        guard utf8.count >= 2, "<>|=".utf8.contains(utf8[0]) else {
            return .failure(NPYHeaderError("unsupported dtype '\(d)'"))
        }
        let order = utf8[0]
        let code = String(decoding: utf8[1...], as: UTF8.self)
        let supported: [String: DType] = ["f4": .float32, "f8": .float64, "i4": .int32, "i8": .int64, "b1": .bool]
        guard let dtype = supported[code] else {
            return .failure(NPYHeaderError("dtype '\(d)' is not supported (GraphJIT reads <f4, <f8, <i4, <i8 and |b1)"))
        }
        // `=` is native order; every platform GraphJIT runs on is little-endian.
        if order == UInt8(ascii: ">") && dtype.byteSize > 1 {
            return .failure(NPYHeaderError("big-endian dtype '\(d)' is not supported; save the array as little-endian"))
        }
        return .success(dtype)
    }

    /// The dict text NumPy writes, without padding.
    var text: String {
        let dims = shape.map(String.init)
        let tuple = dims.count == 1 ? "(\(dims[0]),)" : "(" + dims.joined(separator: ", ") + ")"
        return "{'descr': '\(descr)', 'fortran_order': \(fortranOrder ? "True" : "False"), 'shape': \(tuple), }"
    }
}

struct NPYHeaderError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Reads the header dict. Only the literal forms NumPy writes are accepted: quoted keys,
/// string/bool/int-tuple values, trailing commas.
struct NPYHeaderParser {
    private let text: [UInt8]
    private var pos = 0

    init(_ text: [UInt8]) { self.text = text }

    mutating func parse() throws -> NPYHeader {
        var descr: String?, fortran: Bool?, shape: [Int]?
        try expect("{")
        while true {
            skipSpace()
            if peek() == UInt8(ascii: "}") { pos += 1; break }
            let key = try quoted()
            try expect(":")
            switch key {
            case "descr":
                skipSpace()
                guard peek() == UInt8(ascii: "'") || peek() == UInt8(ascii: "\"") else {
                    throw NPYHeaderError("structured dtypes are not supported")
                }
                descr = try quoted()
            case "fortran_order": fortran = try boolean()
            case "shape": shape = try tuple()
            default: throw NPYHeaderError("unexpected header key '\(key)'")
            }
            skipSpace()
            if peek() == UInt8(ascii: ",") { pos += 1; continue }
            try expect("}")
            break
        }
        skipSpace()
        guard pos == text.count else { throw NPYHeaderError("unexpected text after the header dict") }
        guard let descr else { throw NPYHeaderError("header has no 'descr'") }
        guard let fortran else { throw NPYHeaderError("header has no 'fortran_order'") }
        guard let shape else { throw NPYHeaderError("header has no 'shape'") }
        return NPYHeader(descr: descr, fortranOrder: fortran, shape: shape)
    }

    private func peek() -> UInt8? { pos < text.count ? text[pos] : nil }

    private mutating func skipSpace() {
        while let c = peek(), c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { pos += 1 }
    }

    private mutating func expect(_ c: Character) throws {
        skipSpace()
        guard let a = c.asciiValue, peek() == a else { throw NPYHeaderError("malformed header: expected '\(c)'") }
        pos += 1
    }

    private mutating func quoted() throws -> String {
        skipSpace()
        guard let q = peek(), q == UInt8(ascii: "'") || q == UInt8(ascii: "\"") else {
            throw NPYHeaderError("malformed header: expected a quoted string")
        }
        pos += 1
        let start = pos
        while let c = peek(), c != q { pos += 1 }
        guard peek() == q else { throw NPYHeaderError("malformed header: unterminated string") }
        let s = String(decoding: text[start..<pos], as: UTF8.self)
        pos += 1
        return s
    }

    private mutating func boolean() throws -> Bool {
        skipSpace()
        for (word, value) in [("True", true), ("False", false)] where text[pos...].starts(with: word.utf8) {
            pos += word.utf8.count
            return value
        }
        throw NPYHeaderError("malformed header: fortran_order must be True or False")
    }

    private mutating func tuple() throws -> [Int] {
        try expect("(")
        var dims: [Int] = []
        while true {
            skipSpace()
            if peek() == UInt8(ascii: ")") { pos += 1; return dims }
            let start = pos
            while let c = peek(), c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { pos += 1 }
            guard pos > start, let d = Int(String(decoding: text[start..<pos], as: UTF8.self)) else {
                throw NPYHeaderError("malformed header: shape must be a tuple of non-negative integers")
            }
            // Python 2 wrote longs with an L suffix.
            if peek() == UInt8(ascii: "L") { pos += 1 }
            dims.append(d)
            skipSpace()
            if peek() == UInt8(ascii: ",") { pos += 1; continue }
            try expect(")")
            return dims
        }
    }
}
