/// One token of protobuf text format, with the position of its first character.
struct TextToken {
    enum Kind: Equatable {
        /// `name`, `true`, `DT_FLOAT`, `inf`.
        case identifier(String)
        /// The raw spelling of a number without its sign (`12`, `0x1F`, `1.5e-3f`); checked
        /// only when the expected type is known.
        case number(String)
        /// A quoted string, escapes already decoded to bytes.
        case string([UInt8])
        /// Any other single character: `{ } < > [ ] : , ; -` and so on.
        case symbol(UInt8)
        case end
    }

    var kind: Kind
    var line: Int
    var column: Int

    /// How the token reads in an error message.
    var spelling: String {
        switch kind {
        case .identifier(let s): return "'\(s)'"
        case .number(let s): return "'\(s)'"
        case .string(let bytes):
            let shown = String(decoding: bytes.prefix(24), as: UTF8.self)
            return "string \"\(shown)\(bytes.count > 24 ? "…" : "")\""
        case .symbol(let c): return "'\(String(UnicodeScalar(c)))'"
        case .end: return "end of file"
        }
    }

    func isSymbol(_ c: Character) -> Bool {
        if case .symbol(let s) = kind, let a = c.asciiValue { return s == a }
        return false
    }
}
