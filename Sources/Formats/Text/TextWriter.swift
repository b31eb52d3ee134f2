/// Builds protobuf text format the way TensorFlow's Python writer lays it out: one field per
/// line, two-space indentation, `name {` ... `}` for messages.
struct TextWriter {
    private(set) var text = ""
    private var indent = ""

    mutating func field(_ name: String, _ value: String) {
        text += indent + name + ": " + value + "\n"
    }

    mutating func message(_ name: String, _ body: (inout TextWriter) -> Void) {
        text += indent + name + " {\n"
        let outer = indent
        indent += "  "
        body(&self)
        indent = outer
        text += indent + "}\n"
    }

    /// Quoted with C escapes; bytes outside printable ASCII become three-digit octal, as protobuf's
    /// CEscape writes them, so binary tensor_content survives any text channel.
    static func quoted(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(bytes.count + 2)
        for b in bytes {
            switch b {
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), b]
            case 0x20..<0x7F: out.append(b)
            default:
                out += [UInt8(ascii: "\\"), 0x30 + (b >> 6), 0x30 + ((b >> 3) & 7), 0x30 + (b & 7)]
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    static func quoted(_ s: String) -> String { quoted(Array(s.utf8)) }

    /// Shortest text that reads back to the same value; `inf`, `-inf`, `nan` as protobuf spells them.
    static func number<T: BinaryFloatingPoint & LosslessStringConvertible>(_ x: T) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return x.description
    }

    static func enumValue(_ t: DataType) -> String { t.name ?? String(t.rawValue) }
}
