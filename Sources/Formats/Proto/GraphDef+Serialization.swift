extension GraphDef {
    /// Parses protobuf text format (as `tf.io.write_graph(..., as_text=True)` writes it).
    /// Fields outside GraphJIT's subset are skipped; syntax errors are `FormatError`s giving
    /// `filename:line:column`.
    public init(text: String, filename: String = "<text>") throws {
        self = try TextParser.parse(GraphDef.self, Array(text.utf8), filename: filename)
    }

    /// Parses protobuf text format from UTF-8 bytes.
    public init(textBytes: [UInt8], filename: String) throws {
        self = try TextParser.parse(GraphDef.self, textBytes, filename: filename)
    }

    /// Decodes the protobuf wire format (a `.pb` file). Unknown fields are skipped; truncated or
    /// malformed data is a `FormatError` giving the byte offset.
    public init(binary: [UInt8], filename: String = "<binary>") throws {
        var reader = WireReader(binary, filename: filename)
        self = try GraphDef(wire: &reader)
    }

    /// Protobuf text format in TensorFlow's layout.
    public var textFormat: String {
        var w = TextWriter()
        writeText(to: &w)
        return w.text
    }

    /// The protobuf wire format.
    public var binaryFormat: [UInt8] {
        var w = WireWriter()
        writeBinary(to: &w)
        return w.bytes
    }
}
