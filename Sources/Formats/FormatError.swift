/// A file could not be read or parsed. Its description is always one line, in the form
/// compilers use so editors can jump to it: `FILE:LINE:COLUMN: message` for text,
/// `FILE: truncated protobuf at byte N: message` for binary, `FILE: message` otherwise.
public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where in the file the problem is.
    public enum Location: Hashable, Sendable {
        case file
        /// 1-based line and column (columns count characters, not bytes).
        case text(line: Int, column: Int)
        /// 0-based byte offset in a protobuf; `truncated` when the data ended too early.
        case protobuf(byte: Int, truncated: Bool)
    }

    public var file: String
    public var location: Location
    public var message: String

    public init(file: String, _ location: Location, _ message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// An error about the file as a whole.
    public init(file: String, _ message: String) {
        self.init(file: file, .file, message)
    }

    public var description: String {
        let name = oneLine(file), text = oneLine(message)
        switch location {
        case .file:
            return "\(name): \(text)"
        case let .text(line, column):
            return "\(name):\(line):\(column): \(text)"
        case let .protobuf(byte, truncated):
            return "\(name): \(truncated ? "truncated" : "invalid") protobuf at byte \(byte): \(text)"
        }
    }
}

/// Escapes line breaks so a message naming user data (a file name, a node name) stays on one line.
func oneLine(_ s: String) -> String {
    guard s.contains(where: { $0.isNewline }) else { return s }
    var out = ""
    for c in s.unicodeScalars {
        switch c {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        default: out.unicodeScalars.append(Character(c).isNewline ? " " : c)
        }
    }
    return out
}
