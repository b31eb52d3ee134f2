extension GraphDef {
    /// Parses protobuf text format (as `tf.io.write_graph(..., as_text=True)` writes it).
    /// Fields TensorFlow's protos have but GraphJIT does not keep are checked and skipped; fields
    /// they do not have, syntax errors and strings that are not UTF-8 are `FormatError`s giving
    /// `filename:line:column`.
    public init(text: String, filename: String = "<text>") throws {
        self = try TextParser.parse(GraphDef.self, Array(text.utf8), filename: filename)
    }

    /// Parses protobuf text format from UTF-8 bytes.
    public init(textBytes: [UInt8], filename: String) throws {
        self = try TextParser.parse(GraphDef.self, textBytes, filename: filename)
    }

    /// Decodes the protobuf wire format (a `.pb` file). Unknown fields are skipped (they are legal
    /// in the wire format); truncated or malformed data and strings that are not UTF-8 are
    /// `FormatError`s giving the byte offset.
    public init(binary: [UInt8], filename: String = "<binary>") throws {
        self = try binary.withUnsafeBytes { bytes in
            var reader = WireReader(bytes, filename: filename)
            return try GraphDef(wire: &reader)
        }
    }

    /// Decodes a file read into a buffer of its own, handing the pages of large values back to
    /// the system as they are copied out (the buffer is unusable afterwards).
    init(consuming buffer: FileBuffer, filename: String) throws {
        var reader = WireReader(buffer.bytes, filename: filename, owner: buffer)
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
