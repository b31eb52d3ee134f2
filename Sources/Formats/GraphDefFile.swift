import GraphIR

/// Reading and writing TensorFlow GraphDef files as GraphIR graphs.
public enum GraphDefFile {
    /// The two encodings of a GraphDef file.
    public enum Encoding: Sendable {
        /// Protobuf text format (`.pbtxt`, `.txt`).
        case text
        /// Protobuf wire format (`.pb`).
        case binary
    }

    /// Loads a GraphDef file as a graph: `.pb` is binary, `.pbtxt`/`.txt` text, anything else is
    /// sniffed. Throws `FormatError` for unreadable or malformed files, `GraphError` for graphs
    /// GraphJIT cannot import.
    public static func load(path: String) throws -> Graph {
        try GraphDefImporter.graph(from: readGraphDef(path: path))
    }

    /// Reads a GraphDef file without importing it. A binary file is read into memory of the
    /// decoder's own, which gives the weights' pages back as it copies them out.
    public static func readGraphDef(path: String) throws -> GraphDef {
        if encoding(forPath: path) == .text {
            return try GraphDef(textBytes: FileIO.readFile(path: path), filename: path)
        }
        let buffer = try FileBuffer(path: path)
        if encoding(forPath: path) == nil, sniff(buffer.bytes) == .text {
            return try GraphDef(textBytes: Array(buffer.bytes), filename: path)
        }
        return try GraphDef(consuming: buffer, filename: path)
    }

    /// Parses a text-format GraphDef and imports it; errors name `filename`.
    public static func parse(text: String, filename: String = "<text>") throws -> Graph {
        try GraphDefImporter.graph(from: GraphDef(text: text, filename: filename))
    }

    /// Decodes a binary GraphDef and imports it; errors name `filename`.
    public static func decode(binary: [UInt8], filename: String = "<binary>") throws -> Graph {
        try GraphDefImporter.graph(from: GraphDef(binary: binary, filename: filename))
    }

    /// Saves `graph` as a GraphDef TensorFlow can load, atomically (readers never see a partial
    /// file). The encoding defaults to the one the extension names, else binary.
    public static func save(_ graph: Graph, path: String, encoding: Encoding? = nil) throws {
        let def = GraphDefExporter.graphDef(from: graph)
        let bytes: [UInt8]
        switch encoding ?? self.encoding(forPath: path) ?? .binary {
        case .text: bytes = Array(def.textFormat.utf8)
        case .binary: bytes = def.binaryFormat
        }
        try FileIO.writeAtomically(bytes, to: path)
    }

    /// Whether the file at `path` begins as protobuf text does (for telling a misnamed text
    /// GraphDef from an ONNX file).
    public static func looksLikeText(path: String) -> Bool {
        guard let head = try? FileIO.readPrefix(path: path, count: 256) else { return false }
        return sniff(head) == .text
    }

    /// The encoding the file extension names, or nil when it names none.
    public static func encoding(forPath path: String) -> Encoding? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "pb": return .binary
        case "pbtxt", "txt", "prototxt": return .text
        default: return nil
        }
    }

    /// Text when the bytes are valid UTF-8 without control characters other than whitespace;
    /// a binary GraphDef almost always has some (every length prefix below 32 is one).
    public static func sniff<Bytes: Sequence>(_ bytes: Bytes) -> Encoding where Bytes.Element == UInt8 {
        for b in bytes where (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F {
            return .binary
        }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return .text
            case .error: return .binary
            }
        }
    }
}
