import Codegen
import Crypto
import Formats
import Foundation
import GraphIR
import LLVMKit

/// The name of a compiled graph in the cache: SHA-256 over everything the machine code and the
/// weights after the passes depend on. Any component that changes gives another key, so a stale
/// entry is never found rather than found and checked.
struct CacheKey: Hashable {
    let digest: [UInt8]

    var hex: String { digest.map { String(format: "%02x", $0) }.joined() }

    /// - graph: the graph as given to the compiler, as its binary GraphDef (every node, attribute
    ///   and constant byte: the exporter's output reads back to an equal graph), constants' contents
    ///   in node order after the rest;
    /// - what is compiled: outputs, effects (in order) and input shapes (sorted by name);
    /// - how: the options that change code (passes, optimisation level, profiling hooks);
    /// - where: the target's triple, CPU and features, the host's cache sizes (which size tiles),
    ///   the LLVM version and the options `GRAPHJIT_LLVM_ARGS` gives it;
    /// - by what: the cache format and this build of the compiler (`compilerIdentity`).
    init(graph: Graph, outputs: [String], effects: [String], inputShapes: [String: [Int]],
         options: CompileOptions, target: TargetDescription) {
        var hash = SHA256()
        func add(_ label: String, _ text: String) {
            // Length-prefixed, so no two component lists run together into the same bytes.
            let bytes = Array("\(label)=\(text)".utf8)
            hash.update(data: withUnsafeBytes(of: UInt64(bytes.count).littleEndian, Array.init))
            hash.update(data: bytes)
        }
        add("format", String(CacheEntry.formatVersion))
        add("compiler", Self.compilerIdentity)
        add("llvm", llvmVersion)
        add("llvm-options", llvmCommandLineOptions)
        add("target", "\(target.triple)|\(target.cpu)|\(target.features)")
        add("machine", CodeGenerator.machineTuning(target))
        add("options", "O\(options.optimizationLevel)|\(options.passes.map(\.rawValue).joined(separator: ","))|profile=\(options.profile)")
        add("outputs", outputs.joined(separator: "\u{0}"))
        add("effects", effects.joined(separator: "\u{0}"))
        add("shapes", inputShapes.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value.map(String.init).joined(separator: ","))" }
            .joined(separator: "\u{0}"))
        // Constants' bytes are hashed where they lie, after the rest of the GraphDef: writing a
        // 500 MB VGG16 into one buffer first doubled the memory and the time.
        var def = GraphDefExporter.graphDef(from: graph)
        var contents: [TensorStorage] = []
        for i in def.node.indices {
            for (name, attr) in def.node[i].attr {
                guard case .tensor(var t) = attr.value, t.tensorContent.count > 0 else { continue }
                contents.append(t.tensorContent)
                t.tensorContent = .empty
                def.node[i].attr[name] = AttrValue(.tensor(t))
            }
        }
        let structure = def.binaryFormat
        add("graph", String(structure.count))
        hash.update(data: structure)
        for c in contents {
            add("constant", String(c.count))
            hash.update(bufferPointer: UnsafeRawBufferPointer(start: c.address, count: c.count))
        }
        digest = Array(hash.finalize())
    }

    /// This build of the compiler: its version, and the executable's file identity (device,
    /// inode, size, modification time), since a rebuild changes the code it generates without
    /// changing the version. Read once per process.
    static let compilerIdentity: String = {
        var identity = BuildInfo.version
        let path = executablePath() ?? ""
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path) {
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.int64Value ?? 0
            let device = (attributes[.systemNumber] as? NSNumber)?.int64Value ?? 0
            identity += "|\(path)|\(device)|\(inode)|\(size)|\(modified)"
        } else {
            // Unknown build: a key no other process makes, so nothing stale is ever loaded.
            identity += "|unidentified|\(UUID().uuidString)"
        }
        return identity
    }()

    /// The running executable (which holds the compiler: Swift packages link statically).
    private static func executablePath() -> String? {
        #if os(Linux)
        return try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        #else
        return Bundle.main.executablePath
        #endif
    }
}
