import Crypto
import Formats
import GraphIR
import Plan

/// One compiled graph on disk: the host object file of its optimised module, the entry point's
/// signature and the weights table's tensors (after the passes: folded, batch norms merged,
/// filters packed), which together run without the graph, its passes or its plan; and the
/// floating-point work of the graph and of each kernel, which bench and profiles report.
///
/// Layout: protobuf wire format (Formats' writer and reader, the codec the model files use), then
/// the SHA-256 of everything before it. The digest is checked before anything is decoded, and the
/// key the entry was written under must match the one asked for, so a truncated, corrupt or
/// misplaced entry is refused (and recompiled), never linked.
struct CacheEntry {
    /// Bumped whenever the layout or what it holds changes: an older entry is then a miss.
    static let formatVersion: Int64 = 2

    var key: [UInt8]
    var entryName: String
    var signature: EntrySignature
    var weights: [Tensor]
    var object: [UInt8]
    /// Floating-point operations of one run of the optimised graph, and of each kernel's nodes
    /// (in `signature.kernelNames` order).
    var flops: Double
    var kernelFlops: [Double]

    // Field numbers.
    private enum F { static let version = 1, key = 2, entryName = 3, signature = 4, weight = 5, object = 6, flops = 7, kernelFlops = 8 }
    private enum S { static let input = 1, output = 2, state = 3, weight = 4, arenaBytes = 5, kernel = 6 }
    private enum T { static let name = 1, dtype = 2, shape = 3, data = 4 }

    func encoded() -> [UInt8] {
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
        for t in weights {
            w.message(F.weight) { m in
                t.withUnsafeBytes { m.bytes(T.data, contentsOf: $0) }
            }
        }
        w.bytes(F.object, object)
        for (field, value) in [(F.flops, flops)] + kernelFlops.map({ (F.kernelFlops, $0) }) {
            w.tag(field, .fixed64)
            w.fixed64(value.bitPattern)
        }
        var bytes = w.bytes
        bytes += SHA256.hash(data: bytes)
        return bytes
    }

    private static func write(_ t: EntrySignature.Tensor, _ w: inout WireWriter) {
        w.string(T.name, t.name)
        w.string(T.dtype, t.dtype.rawValue)
        for d in t.shape { w.int64(T.shape, Int64(d)) }
    }

    /// Decodes an entry written under `key`; throws when the digest, the format version or the
    /// key disagree, or the contents do not fit together.
    static func decode(_ file: UnsafeRawBufferPointer, key: [UInt8], path: String) throws -> CacheEntry {
        let digestSize = SHA256.byteCount
        guard file.count > digestSize else { throw CacheError("\(path): truncated (\(file.count) bytes)") }
        let body = UnsafeRawBufferPointer(rebasing: file[..<(file.count - digestSize)])
        guard Array(SHA256.hash(data: body)) == Array(file[(file.count - digestSize)...]) else {
            throw CacheError("\(path): its digest does not match its contents (truncated or corrupt)")
        }
        var r = WireReader(body, filename: path)
        var version: Int64 = 0, storedKey: [UInt8] = [], entryName = ""
        var inputs: [EntrySignature.Tensor] = [], outputs: [EntrySignature.Tensor] = [], states: [EntrySignature.Tensor] = []
        var weightTypes: [EntrySignature.Tensor] = [], arenaBytes = 0, kernels: [String] = []
        var weightData: [TensorStorage] = [], object: [UInt8] = []
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
                var data = TensorStorage.empty
                while let (f, _) = try m.nextField() {
                    guard f == T.data else { throw CacheError("\(path): unknown weight field \(f)") }
                    data = m.copyToStorage(try m.lengthDelimitedRange())
                }
                weightData.append(data)
            case F.object: object = r.copy(try r.lengthDelimitedRange())
            case F.flops: flops = Double(bitPattern: try r.fixed64())
            case F.kernelFlops: kernelFlops.append(Double(bitPattern: try r.fixed64()))
            default: throw CacheError("\(path): unknown field \(field)")
            }
        }
        guard version == formatVersion else { throw CacheError("\(path): format \(version), not \(formatVersion)") }
        guard storedKey == key else { throw CacheError("\(path): written for another key") }
        guard weightData.count == weightTypes.count, kernelFlops.count == kernels.count, !object.isEmpty, !entryName.isEmpty else {
            throw CacheError("\(path): incomplete")
        }
        let weights = try zip(weightTypes, weightData).map { t, data in
            guard data.count == t.byteCount else { throw CacheError("\(path): weight '\(t.name)' has \(data.count) bytes, not \(t.byteCount)") }
            return try Tensor(dtype: t.dtype, shape: t.shape, storage: data)
        }
        let signature = EntrySignature(inputs: inputs, outputs: outputs, states: states, weights: weightTypes,
                                       arenaBytes: arenaBytes, kernelNames: kernels)
        return CacheEntry(key: storedKey, entryName: entryName, signature: signature, weights: weights, object: object,
                          flops: flops, kernelFlops: kernelFlops)
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
