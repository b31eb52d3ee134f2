/// Splits protobuf text format into tokens, skipping whitespace and `#` comments.
/// Strings are decoded here (C escapes, both quote styles) so their errors point into the string.
struct TextTokenizer {
    private let bytes: [UInt8]
    private let filename: String
    private var pos = 0
    private var line = 1
    private var column = 1

    init(_ bytes: [UInt8], filename: String) {
        self.bytes = bytes
        self.filename = filename
        // A UTF-8 byte order mark is not part of the text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
    }

    /// Position just after the last byte consumed, for errors at the end of the input.
    var position: (line: Int, column: Int) { (line, column) }

    func error(_ line: Int, _ column: Int, _ message: String) -> FormatError {
        FormatError(file: filename, .text(line: line, column: column), message)
    }

    mutating func next() throws -> TextToken {
        skipSpaceAndComments()
        let (l, c) = (line, column)
        guard pos < bytes.count else { return TextToken(kind: .end, line: l, column: c) }
        let b = bytes[pos]
        if isIdentifierStart(b) {
            let start = pos
            while pos < bytes.count, isIdentifierStart(bytes[pos]) || isDigit(bytes[pos]) { advance() }
            return TextToken(kind: .identifier(String(decoding: bytes[start..<pos], as: UTF8.self)), line: l, column: c)
        }
        if isDigit(b) || (b == UInt8(ascii: ".") && pos + 1 < bytes.count && isDigit(bytes[pos + 1])) {
            return TextToken(kind: .number(scanNumber()), line: l, column: c)
        }
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
            return TextToken(kind: .string(try scanString(quote: b)), line: l, column: c)
        }
        advance()
        if b >= 0x80 || b < 0x20 || b == 0x7f {
            throw error(l, c, "unexpected character \(describe(byte: b))")
        }
        return TextToken(kind: .symbol(b), line: l, column: c)
    }

    private mutating func advance() {
        let b = bytes[pos]
        pos += 1
        if b == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            // Continuation bytes of a UTF-8 sequence do not start a new character.
            column += 1
        }
    }

    private mutating func skipSpaceAndComments() {
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "#") {
                while pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") { advance() }
            } else if b == 0x20 || (0x09...0x0D).contains(b) {
                advance()
            } else {
                return
            }
        }
    }

    /// Letters, digits, `_`, `.` and an exponent sign: enough to take `1.5e-3f` or `0x1F` or a
    /// malformed `1.2.3` as one token, so a bad number is reported whole.
    private mutating func scanNumber() -> String {
        let start = pos
        let isHex = bytes[pos] == UInt8(ascii: "0") && pos + 1 < bytes.count
            && (bytes[pos + 1] | 0x20) == UInt8(ascii: "x")
        while pos < bytes.count {
            let b = bytes[pos]
            if isIdentifierStart(b) || isDigit(b) || b == UInt8(ascii: ".") {
                advance()
            } else if (b == UInt8(ascii: "-") || b == UInt8(ascii: "+")) && !isHex
                        && (bytes[pos - 1] | 0x20) == UInt8(ascii: "e") {
                advance()
            } else {
                break
            }
        }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    private mutating func scanString(quote: UInt8) throws -> [UInt8] {
        let (openLine, openColumn) = (line, column)
        advance()
        var out: [UInt8] = []
        while true {
            guard pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") else {
                throw error(openLine, openColumn, "unterminated string")
            }
            let b = bytes[pos]
            if b == quote {
                advance()
                return out
            }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                advance()
                continue
            }
            let (escLine, escColumn) = (line, column)
            advance()
            guard pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") else {
                throw error(openLine, openColumn, "unterminated string")
            }
            let e = bytes[pos]
            advance()
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "?"): out.append(UInt8(ascii: "?"))
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(e)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(e - UInt8(ascii: "0"))
                for _ in 0..<2 {
                    guard pos < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[pos]) else { break }
                    value = value * 8 + Int(bytes[pos] - UInt8(ascii: "0"))
                    advance()
                }
                guard value <= 0xFF else {
                    throw error(escLine, escColumn, "octal escape \\\(String(value, radix: 8)) is larger than \\377")
                }
                out.append(UInt8(value))
            case UInt8(ascii: "x"), UInt8(ascii: "X"):
                var value = 0, digits = 0
                while digits < 2, pos < bytes.count, let d = hexValue(bytes[pos]) {
                    value = value * 16 + d
                    digits += 1
                    advance()
                }
                guard digits > 0 else { throw error(escLine, escColumn, "\\x escape without hex digits") }
                out.append(UInt8(value))
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = e == UInt8(ascii: "u") ? 4 : 8
                var value: UInt32 = 0
                for _ in 0..<count {
                    guard pos < bytes.count, let d = hexValue(bytes[pos]) else {
                        throw error(escLine, escColumn, "\\\(String(UnicodeScalar(e))) escape needs \(count) hex digits")
                    }
                    value = value &* 16 &+ UInt32(d)
                    advance()
                }
                guard let scalar = Unicode.Scalar(value) else {
                    throw error(escLine, escColumn, "\\\(String(UnicodeScalar(e))) escape is not a Unicode character")
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw error(escLine, escColumn, e >= 0x20 && e < 0x7f
                            ? "invalid escape sequence '\\\(String(UnicodeScalar(e)))'"
                            : "invalid escape sequence: backslash followed by \(describe(byte: e))")
            }
        }
    }
}

private func isIdentifierStart(_ b: UInt8) -> Bool {
    (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b == UInt8(ascii: "_")
}

private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

private func hexValue(_ b: UInt8) -> Int? {
    if isDigit(b) { return Int(b - UInt8(ascii: "0")) }
    let lower = b | 0x20
    if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") { return Int(lower - UInt8(ascii: "a")) + 10 }
    return nil
}

/// A byte as readable text: the character itself when printable, otherwise its hex code.
private func describe(byte b: UInt8) -> String {
    if b >= 0x20 && b < 0x7f { return "'\(String(UnicodeScalar(b)))'" }
    return "0x" + String(b, radix: 16, uppercase: true)
}
