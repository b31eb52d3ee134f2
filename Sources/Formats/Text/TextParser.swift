/// A message that protobuf text format fills field by field.
protocol TextDecodable: ProtoSchema {
    /// Reads the value of the field `name`, whose name the parser has just consumed, and returns
    /// true; returns false (reading nothing) for a field the struct does not keep, which the
    /// parser then skips as `skippedFields` describes it, or reports as unknown.
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool
}

/// Recursive-descent parser for protobuf text format. Message types drive it through
/// `TextDecodable`; it owns the syntax: `:` rules, `{ }` and `< >`, `[a, b]` lists, separators,
/// skipping the fields a struct does not keep, and refusing fields the message does not have.
final class TextParser {
    /// Deeper nesting than any GraphDef needs; the limit keeps hostile input from exhausting the stack.
    static let maxDepth = 64
    /// Unknown fields named in the error besides the first.
    static let listedUnknownFields = 3

    private var tokenizer: TextTokenizer
    private var token: TextToken
    private var depth = 0
    /// The field whose value is being read, and the message it belongs to, for error messages.
    private var field = ""
    private var messageName = ""
    /// Fields the messages do not have, in file order: all are reported together, since fixing one
    /// at a time is slow (protobuf's parser stops at the first).
    private var unknownFields: [(name: String, message: String, at: TextToken)] = []

    private init(_ bytes: [UInt8], filename: String) throws {
        tokenizer = TextTokenizer(bytes, filename: filename)
        token = TextToken(kind: .end, line: 1, column: 1)
        token = try tokenizer.next()
    }

    /// Parses a whole document as one message of type `M`.
    static func parse<M: TextDecodable>(_: M.Type, _ bytes: [UInt8], filename: String) throws -> M {
        let p = try TextParser(bytes, filename: filename)
        var m = M()
        p.messageName = M.protoName
        do {
            try p.parseFields(into: &m, closer: nil)
        } catch let e as FormatError {
            // An unknown field comes first in the file, and skipping it blindly may be what led
            // the parser astray: report it rather than what followed.
            throw p.unknownFieldsError() ?? e
        }
        if let e = p.unknownFieldsError() { throw e }
        return m
    }

    private func unknownFieldsError() -> FormatError? {
        guard let first = unknownFields.first else { return nil }
        var message = "unknown field '\(first.name)' in \(first.message)"
        let more = unknownFields.dropFirst()
        if !more.isEmpty {
            let listed = more.prefix(Self.listedUnknownFields).map { "'\($0.name)' at \($0.at.line):\($0.at.column)" }
            let rest = more.count - listed.count
            message += "; \(more.count) more unknown field\(more.count == 1 ? "" : "s"): " + listed.joined(separator: ", ")
                + (rest > 0 ? ", and \(rest) more" : "")
        }
        return error(at: first.at, message)
    }

    // MARK: Structure

    private func advance() throws { token = try tokenizer.next() }

    func error(_ message: String) -> FormatError { error(at: token, message) }

    private func error(at t: TextToken, _ message: String) -> FormatError {
        tokenizer.error(t.line, t.column, message)
    }

    /// Consumes the symbol `c` if it is next.
    private func accept(_ c: Character) throws -> Bool {
        guard token.isSymbol(c) else { return false }
        try advance()
        return true
    }

    private func parseFields<M: TextDecodable>(into m: inout M, closer: (symbol: Character, open: TextToken)?) throws {
        while true {
            let t = token
            switch t.kind {
            case .end:
                if let closer {
                    throw error(at: closer.open, "\(closer.open.spelling) is never closed (reached the end of the file)")
                }
                return
            case .identifier(let name):
                try advance()
                field = name
                if try !m.decodeField(name, from: self) {
                    if let skipped = M.skippedField(named: name) {
                        try skip(skipped.kind)
                    } else {
                        unknownFields.append((name, M.protoName, t))
                        try skipValue()
                    }
                }
            case .symbol(UInt8(ascii: "[")):
                // An extension or Any type URL, `[pkg.ext]` or `[type.googleapis.com/pkg.T]`:
                // TensorFlow's messages declare no extensions and hold no Any.
                try advance()
                var spelled = "["
                while !token.isSymbol("]") {
                    guard token.kind != .end else { throw error(at: t, "'[' is never closed") }
                    switch token.kind {
                    case .identifier(let s), .number(let s): spelled += s
                    case .symbol(let c): spelled.unicodeScalars.append(UnicodeScalar(c))
                    default: spelled += "…"
                    }
                    try advance()
                }
                try advance()
                field = spelled + "]"
                if !(M.self is UnknownMessage.Type) { unknownFields.append((field, M.protoName, t)) }
                try skipValue()
            case .symbol(let s) where s == UInt8(ascii: "}") || s == UInt8(ascii: ">"):
                if let closer {
                    guard t.isSymbol(closer.symbol) else {
                        throw error(at: t, "expected '\(closer.symbol)' to close the \(closer.open.spelling) at \(closer.open.line):\(closer.open.column), got \(t.spelling)")
                    }
                    try advance()
                    return
                }
                throw error(at: t, "unexpected \(t.spelling) with no '{' to close")
            default:
                throw error(at: t, "expected a field name, got \(t.spelling)")
            }
            if try !accept(",") { _ = try accept(";") }
        }
    }

    /// `{ fields }` or `< fields >`.
    private func messageBody<M: TextDecodable>(_: M.Type) throws -> M {
        let open = token
        let closer: Character
        if open.isSymbol("{") {
            closer = "}"
        } else if open.isSymbol("<") {
            closer = ">"
        } else {
            throw error("expected '{' to start the message '\(field)', got \(open.spelling)")
        }
        guard depth < Self.maxDepth else { throw error("messages are nested more than \(Self.maxDepth) deep") }
        try advance()
        depth += 1
        let outer = (field, messageName)
        messageName = M.protoName
        defer {
            depth -= 1
            (field, messageName) = outer
        }
        var m = M()
        try parseFields(into: &m, closer: (closer, open))
        return m
    }

    /// Reads `[` item, item `]` (possibly empty) when a list opens here, else one item.
    private func listOrOne<T>(_ item: () throws -> T) throws -> [T] {
        guard try accept("[") else { return [try item()] }
        var items: [T] = []
        if try accept("]") { return items }
        while true {
            items.append(try item())
            if try accept("]") { return items }
            guard try accept(",") else {
                throw error("expected ',' or ']' in the list of field '\(field)', got \(token.spelling)")
            }
        }
    }

    private func expectColon() throws {
        guard try accept(":") else {
            throw error("expected ':' after field '\(field)', got \(token.spelling)")
        }
    }

    // MARK: Field values, called by TextDecodable types

    /// A singular message field: `name { }`, `name: { }` or `name < >`.
    func message<M: TextDecodable>(_: M.Type) throws -> M {
        _ = try accept(":")
        return try messageBody(M.self)
    }

    /// One or more values of a repeated message field: a single message or `[ {..}, {..} ]`.
    func messages<M: TextDecodable>(_: M.Type) throws -> [M] {
        _ = try accept(":")
        return try listOrOne { try messageBody(M.self) }
    }

    /// A singular scalar field: `name: value`.
    func scalar<T>(_ read: (TextParser) throws -> T) throws -> T {
        try expectColon()
        return try read(self)
    }

    /// One or more values of a repeated scalar field: `name: v` or `name: [v1, v2]`.
    func scalars<T>(_ read: (TextParser) throws -> T) throws -> [T] {
        try expectColon()
        return try listOrOne { try read(self) }
    }

    // MARK: Scalars

    /// A signed integer in decimal, hex (`0x`) or octal (leading `0`) within `range`.
    func integer(in range: ClosedRange<Int64>, typeName: String) throws -> Int64 {
        let start = token
        let negative = try accept("-")
        guard case .number(let text) = token.kind else {
            throw error("expected an integer for field '\(field)', got \(token.spelling)")
        }
        guard let magnitude = parseUnsigned(text) else {
            throw error("invalid integer '\(text)' for field '\(field)'")
        }
        let value: Int64?
        if negative {
            value = magnitude <= UInt64(Int64.max) ? -Int64(magnitude)
                : (magnitude == UInt64(Int64.max) + 1 ? Int64.min : nil)
        } else {
            value = magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
        }
        guard let value, range.contains(value) else {
            throw error(at: start, "\(negative ? "-" : "")\(text) is out of range for field '\(field)' (\(typeName))")
        }
        try advance()
        return value
    }

    func int32() throws -> Int32 {
        Int32(try integer(in: Int64(Int32.min)...Int64(Int32.max), typeName: "int32"))
    }

    func int64() throws -> Int64 {
        try integer(in: Int64.min...Int64.max, typeName: "int64")
    }

    func uint32() throws -> UInt32 {
        UInt32(try integer(in: 0...Int64(UInt32.max), typeName: "uint32"))
    }

    /// A float: decimal with optional exponent and `f` suffix, an integer, `inf`, `infinity` or `nan`.
    func double() throws -> Double { try floatingPoint(Double.init) }

    /// Like `double()`, but decimal text is rounded once, straight to Float.
    func float() throws -> Float { try floatingPoint(Float.init) }

    private func floatingPoint<T: BinaryFloatingPoint>(_ convert: (String) -> T?) throws -> T {
        let negative = try accept("-")
        let magnitude: T
        switch token.kind {
        case .identifier(let name):
            switch name.lowercased() {
            case "inf", "infinity": magnitude = .infinity
            case "nan": magnitude = .nan
            default: throw error("expected a number for field '\(field)', got \(token.spelling)")
            }
        case .number(let text):
            guard let v = parseFloatingPoint(text, convert) else {
                throw error("invalid number '\(text)' for field '\(field)'")
            }
            magnitude = v
        default:
            throw error("expected a number for field '\(field)', got \(token.spelling)")
        }
        try advance()
        return negative ? -magnitude : magnitude
    }

    /// `true`/`True`/`t`/`1` or `false`/`False`/`f`/`0`.
    func bool() throws -> Bool {
        let result: Bool
        switch token.kind {
        case .identifier("true"), .identifier("True"), .identifier("t"), .number("1"): result = true
        case .identifier("false"), .identifier("False"), .identifier("f"), .number("0"): result = false
        default: throw error("expected true or false for field '\(field)', got \(token.spelling)")
        }
        try advance()
        return result
    }

    /// One or more adjacent quoted strings, concatenated.
    func bytes() throws -> [UInt8] {
        guard case .string(var result) = token.kind else {
            throw error("expected a quoted string for field '\(field)', got \(token.spelling)")
        }
        try advance()
        while case .string(let more) = token.kind {
            result += more
            try advance()
        }
        return result
    }

    /// A `string` field's value, which must be UTF-8 once its escapes are decoded.
    func string() throws -> String {
        let start = token
        let value = try bytes()
        if let bad = invalidUTF8Offset(in: value) {
            throw error(at: start, "string field '\(messageName).\(field)' is not valid UTF-8 (byte \(hexByte(value[bad])) at offset \(bad) of the value); protobuf refuses it")
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// A DataType by name (`DT_FLOAT`) or number.
    func dataType() throws -> DataType {
        if case .identifier(let name) = token.kind {
            guard let t = DataType(name: name) else { throw error("unknown DataType '\(name)' for field '\(field)'") }
            try advance()
            return t
        }
        if case .number = token.kind { return DataType(rawValue: try int32()) }
        if token.isSymbol("-") { return DataType(rawValue: try int32()) }
        throw error("expected a DataType such as DT_FLOAT for field '\(field)', got \(token.spelling)")
    }

    // MARK: Skipping

    /// Skips the value of a field TensorFlow's message has but GraphJIT does not keep, checking
    /// it as its type requires.
    private func skip(_ kind: SkippedField.Kind) throws {
        switch kind {
        case .scalar: _ = try scalars { try $0.skipNumberOrName() }
        case .string: _ = try scalars { try $0.string() }
        case .bytes: _ = try scalars { try $0.bytes() }
        case .message(let type): _ = try messages(type)
        }
    }

    /// A number, bool or enum value.
    private func skipNumberOrName() throws {
        let negative = try accept("-")
        switch token.kind {
        case .number: try advance()
        case .identifier where !negative: try advance()
        default: throw error("expected a value for field '\(field)', got \(token.spelling)")
        }
    }

    /// Skips the value of a field the message does not have: a scalar, a message or a list of either.
    func skipValue() throws {
        let hasColon = try accept(":")
        if token.isSymbol("{") || token.isSymbol("<") {
            _ = try messageBody(UnknownMessage.self)
            return
        }
        // Without a colon only messages may follow, possibly as a list.
        guard hasColon || token.isSymbol("[") else {
            throw error("expected ':' or '{' after field '\(field)', got \(token.spelling)")
        }
        _ = try listOrOne { () throws -> Void in
            if token.isSymbol("{") || token.isSymbol("<") || !hasColon {
                _ = try messageBody(UnknownMessage.self)
            } else {
                try skipScalar()
            }
        }
    }

    private func skipScalar() throws {
        let negative = try accept("-")
        switch token.kind {
        case .number, .identifier:
            try advance()
        case .string where !negative:
            _ = try bytes()
        default:
            throw error("expected a value for field '\(field)', got \(token.spelling)")
        }
    }
}

/// Stands in for the value of an unknown field that looks like a message, so its syntax is checked.
private struct UnknownMessage: TextDecodable {
    static let protoName = "an unknown field's message"
    /// Its fields are part of the unknown field's value: skipped without a report of their own.
    mutating func decodeField(_ name: String, from p: TextParser) throws -> Bool {
        try p.skipValue()
        return true
    }
}

/// Decimal, `0x` hex or leading-`0` octal digits, as protobuf's text format reads integers.
private func parseUnsigned(_ text: String) -> UInt64? {
    let utf8 = Array(text.utf8)
    if utf8.count > 2, utf8[0] == UInt8(ascii: "0"), utf8[1] | 0x20 == UInt8(ascii: "x") {
        return UInt64(String(decoding: utf8[2...], as: UTF8.self), radix: 16)
    }
    if utf8.count > 1, utf8[0] == UInt8(ascii: "0") {
        return UInt64(String(decoding: utf8[1...], as: UTF8.self), radix: 8)
    }
    return UInt64(text, radix: 10)
}

/// Text-format float syntax: `digits[.digits][e[+-]digits][f]` (either side of the point may be
/// empty, not both), or an integer. Validated here because Swift's parsers accept more (hex floats).
private func parseFloatingPoint<T>(_ text: String, _ convert: (String) -> T?) -> T? {
    if let integer = parseUnsigned(text), !text.contains(".") {
        return convert(String(integer))
    }
    var body = Substring(text)
    if let last = body.last, last == "f" || last == "F" { body = body.dropLast() }
    var i = body.startIndex
    func digits() -> Int {
        var n = 0
        while i < body.endIndex, body[i].isASCII, body[i].isNumber { i = body.index(after: i); n += 1 }
        return n
    }
    var mantissa = digits()
    if i < body.endIndex, body[i] == "." {
        i = body.index(after: i)
        mantissa += digits()
    }
    guard mantissa > 0 else { return nil }
    if i < body.endIndex, body[i] == "e" || body[i] == "E" {
        i = body.index(after: i)
        if i < body.endIndex, body[i] == "+" || body[i] == "-" { i = body.index(after: i) }
        guard digits() > 0 else { return nil }
    }
    guard i == body.endIndex else { return nil }
    return convert(String(body))
}
