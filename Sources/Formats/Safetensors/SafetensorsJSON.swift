/// The JSON subset a safetensors header needs, parsed without Foundation: objects keep their key
/// order and refuse duplicate keys; numbers keep their text so offsets are read exactly.
indirect enum SafetensorsJSON: Equatable {
    case object([(key: String, value: SafetensorsJSON)])
    case array([SafetensorsJSON])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    static func == (a: SafetensorsJSON, b: SafetensorsJSON) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)): return x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        case let (.array(x), .array(y)): return x == y
        case let (.string(x), .string(y)), let (.number(x), .number(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    /// The value as a non-negative integer, when it is a plain decimal integer that fits in Int.
    var nonNegativeInt: Int? {
        guard case let .number(text) = self, !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    /// A short name of the value's kind, for messages.
    var kind: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }

    /// `s` as a JSON string literal (quotes, backslashes and control characters escaped).
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}

struct SafetensorsJSONError: Error {
    var offset: Int
    var message: String
}

/// A recursive-descent parser over UTF-8 bytes, with a nesting limit.
struct SafetensorsJSONParser {
    private let bytes: [UInt8]
    private var pos = 0
    private var depth = 0
    private static let maxDepth = 64

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one value followed only by whitespace.
    mutating func parseDocument() throws -> SafetensorsJSON {
        let value = try parseValue()
        skipSpace()
        guard pos == bytes.count else { throw fail("unexpected text after the JSON value") }
        return value
    }

    private func fail(_ message: String) -> SafetensorsJSONError { SafetensorsJSONError(offset: pos, message: message) }

    private mutating func skipSpace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 || bytes[pos] == 0x0A || bytes[pos] == 0x0D { pos += 1 }
    }

    private mutating func parseValue() throws -> SafetensorsJSON {
        skipSpace()
        guard pos < bytes.count else { throw fail("unexpected end of JSON") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try nested { try $0.parseObject() }
        case UInt8(ascii: "["): return try nested { try $0.parseArray() }
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw fail("unexpected character '\(Character(Unicode.Scalar(bytes[pos])))'")
        }
    }

    private mutating func nested(_ body: (inout SafetensorsJSONParser) throws -> SafetensorsJSON) throws -> SafetensorsJSON {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw fail("JSON nested deeper than \(Self.maxDepth) levels") }
        return try body(&self)
    }

    private mutating func literal(_ word: String) throws {
        guard bytes[pos...].starts(with: word.utf8) else { throw fail("invalid literal (expected '\(word)')") }
        pos += word.utf8.count
    }

    private mutating func parseObject() throws -> SafetensorsJSON {
        pos += 1
        var members: [(key: String, value: SafetensorsJSON)] = []
        var keys = Set<String>()
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return .object(members) }
        while true {
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let keyStart = pos
            let key = try parseString()
            guard keys.insert(key).inserted else {
                throw SafetensorsJSONError(offset: keyStart, message: "duplicate key \(SafetensorsJSON.quote(key))")
            }
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
            pos += 1
            members.append((key, try parseValue()))
            skipSpace()
            guard pos < bytes.count else { throw fail("unexpected end of JSON in an object") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            guard bytes[pos] == UInt8(ascii: "}") else { throw fail("expected ',' or '}' in an object") }
            pos += 1
            return .object(members)
        }
    }

    private mutating func parseArray() throws -> SafetensorsJSON {
        pos += 1
        var items: [SafetensorsJSON] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
        while true {
            items.append(try parseValue())
            skipSpace()
            guard pos < bytes.count else { throw fail("unexpected end of JSON in an array") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            guard bytes[pos] == UInt8(ascii: "]") else { throw fail("expected ',' or ']' in an array") }
            pos += 1
            return .array(items)
        }
    }

    private mutating func parseNumber() throws -> String {
        let start = pos
        func digits() -> Int {
            let from = pos
            while pos < bytes.count, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1 }
            return pos - from
        }
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        guard digits() > 0 else { throw fail("invalid number") }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            guard digits() > 0 else { throw fail("invalid number") }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard digits() > 0 else { throw fail("invalid number") }
        }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    private mutating func parseString() throws -> String {
        pos += 1
        var scalars = String.UnicodeScalarView()
        var runStart = pos
        func flush(_ end: Int) throws {
            var input = bytes[runStart..<end].makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&input) {
                case let .scalarValue(u): scalars.append(u)
                case .emptyInput: return
                case .error: throw SafetensorsJSONError(offset: runStart, message: "invalid UTF-8 in a string")
                }
            }
        }
        while true {
            guard pos < bytes.count else { throw fail("unterminated string") }
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                try flush(pos)
                pos += 1
                return String(scalars)
            }
            guard c >= 0x20 else { throw fail("control character in a string") }
            if c != UInt8(ascii: "\\") { pos += 1; continue }
            try flush(pos)
            pos += 1
            guard pos < bytes.count else { throw fail("unterminated string") }
            let e = bytes[pos]
            pos += 1
            switch e {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code) {
                    guard bytes[pos...].starts(with: "\\u".utf8) else { throw fail("unpaired surrogate in a string") }
                    pos += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw fail("unpaired surrogate in a string") }
                    code = 0x10000 + (code - 0xD800) << 10 + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
                scalars.append(scalar)
            default:
                throw fail("invalid escape in a string")
            }
            runStart = pos
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard pos + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw fail("invalid \\u escape")
            }
            value = value << 4 | UInt32(d)
            pos += 1
        }
        return value
    }
}
