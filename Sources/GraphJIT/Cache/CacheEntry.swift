import Crypto
import Formats
import GraphIR
import Plan

/// One compiled graph on disk: the host object file of its optimised module, the entry point's
/// signature and the weights table's tensors (after the passes: folded, batch norms merged,
/// filters packed), which together run without the graph, its passes or its plan; and the
/// floating-point work of the graph and of each kernel, which bench and profiles report.
///
/// Layout: the magic `GRAPHJIT`, the metadata's length (8 bytes, little-endian), the metadata
/// (protobuf wire format, with Formats' writer and reader: the codec the model files use), then
/// each weight's bytes at a 64-byte aligned offset the metadata gives, then the SHA-256 of
/// everything before it. The weights are used where they lie in the file's buffer (a 600 MB VGG16
/// entry was copied in 1.1 s before). The digest is checked before anything is decoded, and the
/// key the entry was written under must match the one asked for, so a truncated, corrupt or
/// misplaced entry is refused (and recompiled), never linked.
struct CacheEntry {
    /// Bumped whenever the layout or what it holds changes: an older entry is then a miss.
    static let formatVersion: Int64 = 3
    private static let magic = Array("GRAPHJIT".utf8)
    private static let headerBytes = magic.count + 8

    var key: [UInt8]
    var entryName: String
    var signature: EntrySignature
    var weights: [Tensor]
    /// For each weight, the index of the node of the compiled graph whose constant holds the same
    /// bytes (the passes left it as it was: a dense layer's matrix), or nil when the entry holds
    /// them (folded, packed). The key covers the graph's bytes, so a reference is as good as a
    /// copy, and VGG16's entry holds 60 MB of its 550.
    var constantNodes: [Int?]
    var object: [UInt8]
    /// Floating-point operations of one run of the optimised graph, and of each kernel's nodes
    /// (in `signature.kernelNames` order).
    var flops: Double
    var kernelFlops: [Double]

    // Field numbers.
    private enum F { static let version = 1, key = 2, entryName = 3, signature = 4, weight = 5, object = 6, flops = 7, kernelFlops = 8 }
    private enum S { static let input = 1, output = 2, state = 3, weight = 4, arenaBytes = 5, kernel = 6 }
    private enum T { static let name = 1, dtype = 2, shape = 3 }
    private enum W { static let offset = 1, count = 2, node = 3 }

    private static func aligned(_ n: Int) -> Int { (n + TensorStorage.alignment - 1) / TensorStorage.alignment * TensorStorage.alignment }

    /// The file in pieces (header and metadata, then padding and weights in turn) and its digest,
    /// so a writer never joins the weights into one buffer.
    func withPieces<R>(_ body: ([UnsafeRawBufferPointer]) throws -> R) rethrows -> R {
        // Offsets follow the metadata, whose length depends on them: lay the weights out from
        // an upper bound of the header's size (offsets are varints of at most 10 bytes).
        var offsets: [Int] = []
        var metadata = metadataBytes(offsets: Array(repeating: Int(Int32.max), count: weights.count))
        var start = Self.aligned(Self.headerBytes + metadata.count + 10 * weights.count)
        for (t, node) in zip(weights, constantNodes) {
            offsets.append(node == nil ? start : 0)
            if node == nil { start = Self.aligned(start + t.storage.count) }
        }
        metadata = metadataBytes(offsets: offsets)
        var head = Self.magic
        withUnsafeBytes(of: UInt64(metadata.count).littleEndian) { head += $0 }
        head += metadata
        let zeros = [UInt8](repeating: 0, count: TensorStorage.alignment)
        return try zeros.withUnsafeBytes { zeroBytes in
            try head.withUnsafeBytes { headBytes in
                var pieces = [headBytes]
                var end = head.count
                for ((t, offset), node) in zip(zip(weights, offsets), constantNodes) where node == nil {
                    var gap = offset - end
                    while gap > 0 {
                        pieces.append(UnsafeRawBufferPointer(rebasing: zeroBytes[..<min(gap, zeroBytes.count)]))
                        gap -= min(gap, zeroBytes.count)
                    }
                    pieces.append(UnsafeRawBufferPointer(start: t.storage.address, count: t.storage.count))
                    end = offset + t.storage.count
                }
                var hash = SHA256()
                for p in pieces { hash.update(bufferPointer: p) }
                let digest = Array(hash.finalize())
                return try digest.withUnsafeBytes { try body(pieces + [$0]) }
            }
        }
    }

    /// The whole file as bytes (tests, and small entries).
    func encoded() -> [UInt8] {
        withPieces { pieces in pieces.reduce(into: [UInt8]()) { $0 += $1 } }
    }

    private func metadataBytes(offsets: [Int]) -> [UInt8] {
        var w = WireWriter()
        w.int64(F.version, Self.formatVersion)
        w.bytes(F.key, key)
        w.string(F.entryName, entryName)
        w.message(F.signature) { s in
            for (field, list) in [(S.input, signature.inputs), (S.output, signature.outputs), (S.state, signature.states),
                                  (S.weight, signature.weights)] {
                for t in list { s.message(field) { Self.write(t, &$0) } }
            }
            s.int64(S.arenaBytes, Int64(signature.arenaBytes))
            for name in signature.kernelNames { s.string(S.kernel, name) }
        }
        for ((t, offset), node) in zip(zip(weights, offsets), constantNodes) {
            w.message(F.weight) { m in
                if let node {
                    m.int64(W.node, Int64(node))
                } else {
                    m.int64(W.offset, Int64(offset))
                }
                m.int64(W.count, Int64(t.storage.count))
            }
        }
        w.bytes(F.object, object)
        for (field, value) in [(F.flops, flops)] + kernelFlops.map({ (F.kernelFlops, $0) }) {
            w.tag(field, .fixed64)
            w.fixed64(value.bitPattern)
        }
        return w.bytes
    }

    private static func write(_ t: EntrySignature.Tensor, _ w: inout WireWriter) {
        w.string(T.name, t.name)
        w.string(T.dtype, t.dtype.rawValue)
        for d in t.shape { w.int64(T.shape, Int64(d)) }
    }

    /// Decodes an entry written under `key` from the file's bytes, which `owner` keeps alive:
    /// the weights are read in place. Throws when the digest, the format version or the key
    /// disagree, or the contents do not fit together.
    /// `constant(k)` is the storage of node `k`'s constant in the graph being compiled, if it is one.
    static func decode(_ file: UnsafeRawBufferPointer, owner: AnyObject, key: [UInt8], path: String,
                       constant: (Int) -> TensorStorage?) throws -> CacheEntry {
        let digestSize = SHA256.byteCount
        guard file.count >= headerBytes + digestSize, let base = file.baseAddress else {
            throw CacheError("\(path): truncated (\(file.count) bytes)")
        }
        let bodyCount = file.count - digestSize
        let body = UnsafeRawBufferPointer(rebasing: file[..<bodyCount])
        guard Array(SHA256.hash(data: body)) == Array(file[bodyCount...]) else {
            throw CacheError("\(path): its digest does not match its contents (truncated or corrupt)")
        }
        guard Array(file[..<magic.count]) == magic else { throw CacheError("\(path): not a compile cache entry") }
        let metadataCount = Int(clamping: file.loadUnaligned(fromByteOffset: magic.count, as: UInt64.self).littleEndian)
        guard metadataCount <= bodyCount - headerBytes else { throw CacheError("\(path): its metadata runs past its end") }
        var r = WireReader(UnsafeRawBufferPointer(rebasing: file[headerBytes..<(headerBytes + metadataCount)]), filename: path)
        var version: Int64 = 0, storedKey: [UInt8] = [], entryName = ""
        var inputs: [EntrySignature.Tensor] = [], outputs: [EntrySignature.Tensor] = [], states: [EntrySignature.Tensor] = []
        var weightTypes: [EntrySignature.Tensor] = [], arenaBytes = 0, kernels: [String] = []
        var places: [(offset: Int, count: Int, node: Int?)] = [], object: [UInt8] = []
        var flops = 0.0, kernelFlops: [Double] = []
        while let (field, _) = try r.nextField() {
            switch field {
            case F.version: version = Int64(bitPattern: try r.varint())
            case F.key: storedKey = r.copy(try r.lengthDelimitedRange())
            case F.entryName: entryName = try string(&r)
            case F.signature:
                var s = try r.nested()
                while let (f, _) = try s.nextField() {
                    switch f {
                    case S.input: inputs.append(try tensor(&s))
                    case S.output: outputs.append(try tensor(&s))
                    case S.state: states.append(try tensor(&s))
                    case S.weight: weightTypes.append(try tensor(&s))
                    case S.arenaBytes: arenaBytes = Int(clamping: try s.varint())
                    case S.kernel: kernels.append(try string(&s))
                    default: throw CacheError("\(path): unknown signature field \(f)")
                    }
                }
            case F.weight:
                var m = try r.nested()
                var place = (offset: -1, count: -1, node: Int?.none)
                while let (f, _) = try m.nextField() {
                    switch f {
                    case W.offset: place.offset = Int(clamping: try m.varint())
                    case W.count: place.count = Int(clamping: try m.varint())
                    case W.node: place.node = Int(clamping: try m.varint())
                    default: throw CacheError("\(path): unknown weight field \(f)")
                    }
                }
                places.append(place)
            case F.object: object = r.copy(try r.lengthDelimitedRange())
            case F.flops: flops = Double(bitPattern: try r.fixed64())
            case F.kernelFlops: kernelFlops.append(Double(bitPattern: try r.fixed64()))
            default: throw CacheError("\(path): unknown field \(field)")
            }
        }
        guard version == formatVersion else { throw CacheError("\(path): format \(version), not \(formatVersion)") }
        guard storedKey == key else { throw CacheError("\(path): written for another key") }
        guard places.count == weightTypes.count, kernelFlops.count == kernels.count, !object.isEmpty, !entryName.isEmpty else {
            throw CacheError("\(path): incomplete")
        }
        let weightsStart = headerBytes + metadataCount
        let weights = try zip(weightTypes, places).map { t, place in
            if let node = place.node {
                guard let storage = constant(node), storage.count == t.byteCount else {
                    throw CacheError("\(path): weight '\(t.name)' names node \(node), which is not a \(t.byteCount)-byte constant of the graph")
                }
                return try Tensor(dtype: t.dtype, shape: t.shape, storage: storage)
            }
            guard place.count == t.byteCount, place.offset >= weightsStart, place.offset % TensorStorage.alignment == 0,
                  place.offset <= bodyCount - place.count else {
                throw CacheError("\(path): weight '\(t.name)' does not lie where a \(t.byteCount)-byte weight can")
            }
            let storage = TensorStorage(borrowing: base + place.offset, count: place.count, owner: owner)
            return try Tensor(dtype: t.dtype, shape: t.shape, storage: storage)
        }
        let signature = EntrySignature(inputs: inputs, outputs: outputs, states: states, weights: weightTypes,
                                       arenaBytes: arenaBytes, kernelNames: kernels)
        return CacheEntry(key: storedKey, entryName: entryName, signature: signature, weights: weights,
                          constantNodes: places.map(\.node), object: object, flops: flops, kernelFlops: kernelFlops)
    }

    private static func string(_ r: inout WireReader) throws -> String {
        String(decoding: r.view(try r.lengthDelimitedRange()), as: UTF8.self)
    }

    private static func tensor(_ r: inout WireReader) throws -> EntrySignature.Tensor {
        var m = try r.nested()
        var name = "", dtype: DType?, shape: [Int] = []
        while let (f, _) = try m.nextField() {
            switch f {
            case T.name: name = try string(&m)
            case T.dtype: dtype = DType(rawValue: try string(&m))
            case T.shape:
                let d = Int64(bitPattern: try m.varint())
                guard d >= 0 else { throw CacheError("a negative dimension") }
                shape.append(Int(d))
            default: throw CacheError("unknown tensor field \(f)")
            }
        }
        guard let dtype else { throw CacheError("tensor '\(name)' has no known dtype") }
        return EntrySignature.Tensor(name: name, dtype: dtype, shape: shape)
    }
}

/// Why a cache entry was not used (the compile goes ahead without it), or a cache command failed.
public struct CacheError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
