import GraphIR

/// The tensors and metadata of a safetensors file.
public struct SafetensorsFile: Hashable, Sendable {
    /// Tensor names in file order (by data offset).
    public var names: [String]
    /// The tensors by name.
    public var tensors: [String: Tensor]
    /// The `__metadata__` string map (empty when the file has none).
    public var metadata: [String: String]

    public init(names: [String], tensors: [String: Tensor], metadata: [String: String]) {
        self.names = names
        self.tensors = tensors
        self.metadata = metadata
    }

    /// The tensors as (name, tensor) pairs in file order.
    public var ordered: [(name: String, tensor: Tensor)] {
        names.compactMap { name in tensors[name].map { (name, $0) } }
    }
}

/// Hugging Face's safetensors format (https://huggingface.co/docs/safetensors): an 8-byte
/// little-endian header length, a JSON header mapping each tensor name to its `dtype`
/// (`F32 F64 I32 I64 BOOL` here), `shape` and `data_offsets` `[begin, end)` into the data that
/// follows, plus an optional `__metadata__` string map; then the data, every byte of it belonging
/// to exactly one tensor. Errors are one-line `FormatError`s naming the file.
public enum Safetensors {
    /// Largest header accepted (the reference implementation's limit): 100,000,000 bytes.
    public static let maxHeaderSize = 100_000_000

    /// Reads the file at `path`.
    public static func read(path: String) throws -> SafetensorsFile {
        try decode(FileIO.readFile(path: path), filename: path)
    }

    /// Writes `tensors` (data in this order) and `metadata` to `path` atomically.
    public static func write(_ tensors: [(String, Tensor)], metadata: [String: String] = [:], to path: String) throws {
        try FileIO.writeAtomically(encode(tensors, metadata: metadata, filename: path), to: path)
    }

    /// The bytes of a safetensors file; `filename` names the file in errors (duplicate or reserved names).
    /// The header is padded with spaces to a multiple of 8 bytes so the data is aligned.
    public static func encode(_ tensors: [(String, Tensor)], metadata: [String: String] = [:],
                              filename: String = "<safetensors>") throws -> [UInt8] {
        var seen = Set<String>()
        var entries: [String] = []
        if !metadata.isEmpty {
            let pairs = metadata.sorted { $0.key < $1.key }
                .map { SafetensorsJSON.quote($0.key) + ":" + SafetensorsJSON.quote($0.value) }
            entries.append("\"__metadata__\":{" + pairs.joined(separator: ",") + "}")
        }
        var offset = 0
        for (name, tensor) in tensors {
            guard name != "__metadata__" else {
                throw FormatError(file: filename, "a tensor cannot be named '__metadata__' (the name is reserved)")
            }
            guard seen.insert(name).inserted else {
                throw FormatError(file: filename, "two tensors are named \(SafetensorsJSON.quote(name))")
            }
            let end = offset + tensor.bytes.count
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            entries.append(SafetensorsJSON.quote(name) + ":{\"dtype\":\"\(code(tensor.dtype))\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(end)]}")
            offset = end
        }
        var header = Array(("{" + entries.joined(separator: ",") + "}").utf8)
        header += Array(repeating: 0x20, count: (8 - header.count % 8) % 8)
        var out = (0..<8).map { UInt8(truncatingIfNeeded: header.count >> (8 * $0)) }
        out.reserveCapacity(8 + header.count + offset)
        out += header
        for (_, tensor) in tensors { out += tensor.bytes }
        return out
    }

    /// Decodes the bytes of a safetensors file; `filename` is used in errors.
    public static func decode(_ bytes: [UInt8], filename: String) throws -> SafetensorsFile {
        func fail(_ message: String) -> FormatError { FormatError(file: filename, message) }
        guard bytes.count >= 8 else {
            throw fail("truncated safetensors file: \(bytes.count) bytes, the header length alone takes 8")
        }
        let length = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[$1]) << (8 * UInt64($1)) }
        guard length <= UInt64(maxHeaderSize) else {
            throw fail("safetensors header length \(length) exceeds the \(maxHeaderSize)-byte limit (not a safetensors file?)")
        }
        let headerSize = Int(length)
        guard headerSize <= bytes.count - 8 else {
            throw fail("truncated safetensors file: the header needs \(headerSize) bytes, \(bytes.count - 8) follow the length")
        }
        let headerBytes = Array(bytes[8..<(8 + headerSize)])
        guard headerBytes.first == UInt8(ascii: "{") else { throw fail("safetensors header is not a JSON object") }
        let json: SafetensorsJSON
        do {
            var parser = SafetensorsJSONParser(headerBytes)
            json = try parser.parseDocument()
        } catch let e as SafetensorsJSONError {
            throw fail("invalid safetensors header JSON at byte \(8 + e.offset): \(e.message)")
        }
        guard case let .object(members) = json else { throw fail("safetensors header is not a JSON object") }

        let dataStart = 8 + headerSize
        let dataSize = bytes.count - dataStart
        var metadata: [String: String] = [:]
        var spans: [(name: String, begin: Int, end: Int, order: Int)] = []
        var infos: [String: (DType, [Int])] = [:]
        for (order, (name, value)) in members.enumerated() {
            if name == "__metadata__" {
                guard case let .object(pairs) = value else { throw fail("__metadata__ is \(value.kind), expected an object of strings") }
                for (key, item) in pairs {
                    guard case let .string(text) = item else {
                        throw fail("__metadata__ value for \(SafetensorsJSON.quote(key)) is \(item.kind), expected a string")
                    }
                    metadata[key] = text
                }
                continue
            }
            let what = "tensor \(SafetensorsJSON.quote(name))"
            guard case let .object(fields) = value else { throw fail("\(what) is \(value.kind), expected an object") }
            func field(_ key: String) throws -> SafetensorsJSON {
                guard let v = fields.first(where: { $0.key == key })?.value else { throw fail("\(what) has no '\(key)'") }
                return v
            }
            guard case let .string(code) = try field("dtype") else { throw fail("\(what): 'dtype' must be a string") }
            guard let dtype = dtype(code: code) else {
                throw fail("\(what) has dtype \(SafetensorsJSON.quote(code)), which GraphJIT does not support (F32, F64, I32, I64 and BOOL are)")
            }
            guard case let .array(dims) = try field("shape") else { throw fail("\(what): 'shape' must be an array") }
            var shape: [Int] = []
            for d in dims {
                guard let n = d.nonNegativeInt else { throw fail("\(what): shape entries must be non-negative integers") }
                shape.append(n)
            }
            let count: Int
            do { count = try checkedElementCount(shape) } catch let e as ShapeError { throw fail("\(what): \(e.message)") }
            guard case let .array(offsets) = try field("data_offsets"), offsets.count == 2,
                  let begin = offsets[0].nonNegativeInt, let end = offsets[1].nonNegativeInt else {
                throw fail("\(what): 'data_offsets' must be [begin, end] with non-negative integers")
            }
            guard begin <= end else { throw fail("\(what): data_offsets [\(begin), \(end)] end before they begin") }
            guard end <= dataSize else {
                throw fail("\(what): data_offsets [\(begin), \(end)] are beyond the \(dataSize) data bytes (truncated file?)")
            }
            guard end - begin == count * dtype.byteSize else {
                throw fail("\(what): \(code)\(formatShape(shape)) needs \(count * dtype.byteSize) bytes, data_offsets [\(begin), \(end)] hold \(end - begin)")
            }
            spans.append((name, begin, end, order))
            infos[name] = (dtype, shape)
        }

        // Every data byte must belong to exactly one tensor: no overlap, no hole, nothing after.
        spans.sort { ($0.begin, $0.end, $0.order) < ($1.begin, $1.end, $1.order) }
        var covered = 0
        var previous: String?
        for span in spans {
            guard span.begin >= covered else {
                throw fail("tensor \(SafetensorsJSON.quote(span.name)) overlaps tensor \(SafetensorsJSON.quote(previous ?? "")) (data_offsets start at \(span.begin), before \(covered))")
            }
            guard span.begin == covered else {
                throw fail("data bytes \(covered)..<\(span.begin) belong to no tensor (a hole before tensor \(SafetensorsJSON.quote(span.name)))")
            }
            covered = span.end
            previous = span.name
        }
        guard covered == dataSize else {
            throw fail("\(dataSize - covered) data bytes after the last tensor belong to no tensor")
        }

        var tensors: [String: Tensor] = [:]
        for span in spans {
            guard let (dtype, shape) = infos[span.name] else { continue }
            var data = Array(bytes[(dataStart + span.begin)..<(dataStart + span.end)])
            if dtype == .bool {
                for i in data.indices where data[i] > 1 { data[i] = 1 }
            }
            do { tensors[span.name] = try Tensor(dtype: dtype, shape: shape, bytes: data) } catch let e as ShapeError {
                throw fail("tensor \(SafetensorsJSON.quote(span.name)): \(e.message)")
            }
        }
        return SafetensorsFile(names: spans.map(\.name), tensors: tensors, metadata: metadata)
    }

    /// The safetensors dtype code of a GraphIR dtype.
    public static func code(_ dtype: DType) -> String {
        switch dtype {
        case .float32: return "F32"
        case .float64: return "F64"
        case .int32: return "I32"
        case .int64: return "I64"
        case .bool: return "BOOL"
        }
    }

    /// The GraphIR dtype of a safetensors dtype code, nil when unsupported.
    public static func dtype(code: String) -> DType? {
        DType.allCases.first { Self.code($0) == code }
    }
}
