import Foundation
import Plan
import XCTest
@testable import GraphJIT

/// The compile cache's parts: keys that change with each component, entries that come back
/// whole or not at all, eviction by last use.
final class CompileCacheTests: XCTestCase {
    private func graph(scale: Float = 2) throws -> Graph {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [-1, 4]))
        let w = try g.add("w", .constant(Tensor(shape: [4, 20], floats: (0..<80).map { Float($0) * scale })))
        try g.add("y", .matMul(transposeA: false, transposeB: false), [x, w])
        return g
    }

    private func key(_ g: Graph, outputs: [String] = ["y"], shapes: [String: [Int]] = ["x": [2, 4]],
                     options: CompileOptions = CompileOptions(), target: TargetDescription = .host) -> CacheKey {
        CacheKey(graph: g, outputs: outputs, effects: [], inputShapes: shapes, options: options, target: target)
    }

    private func temporaryCache(limit: Int = CompileCache.defaultLimitBytes) -> CompileCache {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("graphjit-cache-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return CompileCache(directory: dir, limitBytes: limit)
    }

    /// A real entry: the compiled graph's object file, signature and weights.
    private func entry(_ g: Graph, _ k: CacheKey) throws -> CacheEntry {
        let compiled = try Model(graph: g).compile(outputs: ["y"], inputShapes: ["x": [2, 4]])
        let plan = try compiled.plan
        let signature = EntrySignature(plan)
        return CacheEntry(key: k.digest, entryName: compiled.entryName, signature: signature,
                          weights: plan.weights, constantNodes: plan.weights.map { _ in nil },
                          object: try compiled.objectFile(), flops: compiled.flops,
                          kernelFlops: signature.kernelNames.map { _ in 1.5 })
    }

    func testEveryComponentChangesTheKey() throws {
        let g = try graph()
        let base = key(g)
        XCTAssertEqual(base, key(try graph()), "the same graph, shapes and options: the same key")
        var other = CompileOptions()
        other.optimizationLevel = 2
        var noPasses = CompileOptions()
        noPasses.passes = []
        var profiled = CompileOptions()
        profiled.profile = true
        let host = TargetDescription.host
        let variants: [(String, CacheKey)] = [
            ("a weight", key(try graph(scale: 3))),
            ("the outputs", key(g, outputs: ["y", "w"])),
            ("an input shape", key(g, shapes: ["x": [3, 4]])),
            ("the optimisation level", key(g, options: other)),
            ("the passes", key(g, options: noPasses)),
            ("profiling", key(g, options: profiled)),
            ("the CPU", key(g, target: TargetDescription(triple: host.triple, cpu: "x86-64", features: host.features))),
            ("the features", key(g, target: TargetDescription(triple: host.triple, cpu: host.cpu, features: host.features + ",-fma"))),
        ]
        for (what, k) in variants { XCTAssertNotEqual(k, base, "changing \(what) must miss") }
        XCTAssertEqual(Set(variants.map(\.1)).count, variants.count)
        XCTAssertEqual(base.hex.count, 64)
    }

    func testAnEntryComesBackWhole() throws {
        let g = try graph(), k = key(g)
        let cache = temporaryCache()
        let written = try entry(g, k)
        try cache.store(written, as: k)
        let read = try XCTUnwrap(cache.lookup(k))
        XCTAssertEqual(read.signature, written.signature)
        XCTAssertEqual(read.entryName, written.entryName)
        XCTAssertEqual(read.object, written.object)
        XCTAssertEqual(read.weights, written.weights)
        XCTAssertFalse(read.weights.isEmpty, "the 320-byte weight is in the weights table")
        XCTAssertNil(cache.lookup(key(try graph(scale: 5))), "another key: a miss")
    }

    func testTruncatedOrCorruptEntriesAreRefusedAndRemoved() throws {
        let g = try graph(), k = key(g)
        let cache = temporaryCache()
        let bytes = try entry(g, k).encoded()
        for (what, damaged) in [("truncated", Array(bytes.prefix(bytes.count / 2))),
                                ("one byte changed", bytes.enumerated().map { $0.offset == bytes.count / 3 ? $0.element ^ 0x40 : $0.element }),
                                ("empty", [])] {
            try FileManager.default.createDirectory(atPath: cache.directory, withIntermediateDirectories: true)
            try Data(damaged).write(to: URL(fileURLWithPath: cache.path(k)))
            var reasons: [String] = []
            XCTAssertNil(cache.lookup(k) { reasons.append($0.message) }, what)
            XCTAssertEqual(reasons.count, 1, what)
            XCTAssertFalse(FileManager.default.fileExists(atPath: cache.path(k)), "\(what): the entry is removed")
        }
        // An entry under another key's name (a renamed file) is refused too.
        let other = key(try graph(scale: 7))
        try Data(bytes).write(to: URL(fileURLWithPath: cache.path(other)))
        var reasons: [String] = []
        XCTAssertNil(cache.lookup(other) { reasons.append($0.message) })
        XCTAssertTrue(reasons.first?.contains("another key") ?? false, "\(reasons)")
    }

    func testAWeightNamedFromTheGraphMustBeOneOfItsConstants() throws {
        let g = try graph(), k = key(g)
        let cache = temporaryCache()
        var named = try entry(g, k)
        XCTAssertEqual(named.weights.count, 1)
        let stored = named.encoded().count
        named.constantNodes = [1]
        try cache.store(named, as: k)
        XCTAssertLessThanOrEqual(try Data(contentsOf: URL(fileURLWithPath: cache.path(k))).count, stored - named.weights[0].storage.count,
                                 "a named weight's bytes are not in the entry")
        let storage = { (n: Int) -> TensorStorage? in
            guard case .constant(let t) = g.nodes[n].op else { return nil }
            return t.storage
        }
        let read = try XCTUnwrap(cache.lookup(k, constant: storage))
        XCTAssertEqual(read.weights, named.weights)
        XCTAssertTrue(read.weights[0].storage === storage(1), "used in place")
        // Node 0 is the placeholder: refused, removed.
        named.constantNodes = [0]
        try cache.store(named, as: k)
        var reasons: [String] = []
        XCTAssertNil(cache.lookup(k, constant: storage) { reasons.append($0.message) })
        XCTAssertTrue(reasons.first?.contains("names node 0, which is not a 320-byte constant") ?? false, "\(reasons)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.path(k)))
    }

    func testLeastRecentlyUsedEntriesGoFirst() throws {
        let graphs = try (1...3).map { try graph(scale: Float($0)) }
        let keys = graphs.map { key($0) }
        let size = try entry(graphs[0], keys[0]).encoded().count
        // Room for two entries.
        let cache = temporaryCache(limit: size * 2 + size / 2)
        try cache.store(try entry(graphs[0], keys[0]), as: keys[0])
        try cache.store(try entry(graphs[1], keys[1]), as: keys[1])
        // Use the first again, so the second is the least recently used when the third arrives.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: cache.path(keys[1]))
        XCTAssertNotNil(cache.lookup(keys[0]))
        try cache.store(try entry(graphs[2], keys[2]), as: keys[2])
        XCTAssertNotNil(cache.lookup(keys[0]))
        XCTAssertNil(cache.lookup(keys[1]), "evicted")
        XCTAssertNotNil(cache.lookup(keys[2]))
        XCTAssertEqual(cache.entries().count, 2)
        XCTAssertEqual(try cache.clear(), 2)
        XCTAssertEqual(cache.entries().count, 0)
    }
}

/// The cache as `Model.compile` uses it: a second compile loads, gives the same results and still
/// answers inspection; a damaged entry is recompiled and written again.
final class CompileCacheUseTests: XCTestCase {
    private let text = """
        node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
        node { name: "w" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } }
          attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 3 } dim { size: 5 } }
            float_val: [1, -2, 3, 0.5, 4, 2, 2, -1, 0.25, 3, -3, 1, 1, 2, -0.5] } } } }
        node { name: "m" op: "MatMul" input: ["x", "w"] attr { key: "T" value { type: DT_FLOAT } } }
        node { name: "y" op: "Relu" input: ["m"] attr { key: "T" value { type: DT_FLOAT } } }
        """

    private func options(_ cache: CompileCache) -> CompileOptions { CompileOptions(cache: cache) }

    private func temporaryCache() -> CompileCache {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("graphjit-cache-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return CompileCache(directory: dir)
    }

    private let input = Tensor(shape: [4, 3], floats: (0..<12).map { Float($0) * 0.5 - 2 })

    func testASecondCompileLoadsFromTheCacheAndAgrees() throws {
        let cache = temporaryCache()
        let model = try Model(text: text)
        let first = try model.compile(outputs: ["y"], inputShapes: ["x": [4, 3]], options: options(cache))
        XCTAssertEqual(first.origin, .compiled)
        XCTAssertNil(first.cacheWarning)
        XCTAssertEqual(cache.entries().count, 1, "the first compile writes one entry")
        let second = try model.compile(outputs: ["y"], inputShapes: ["x": [4, 3]], options: options(cache))
        XCTAssertEqual(second.origin, .cache)
        XCTAssertNil(second.cacheWarning)
        XCTAssertEqual(try second.run([input]), try first.run([input]))
        XCTAssertEqual(second.inputNames, first.inputNames)
        XCTAssertEqual(second.outputNames, first.outputNames)
        XCTAssertEqual(second.flops, first.flops)
        // Inspection compiles again without loading: the same plan and IR as the first.
        XCTAssertEqual(try second.plan.description, try first.plan.description)
        XCTAssertEqual(try second.optimizedLLVMIR, try first.optimizedLLVMIR)
        // Another input shape is another entry.
        let other = try model.compile(outputs: ["y"], inputShapes: ["x": [2, 3]], options: options(cache))
        XCTAssertEqual(other.origin, .compiled)
        XCTAssertEqual(cache.entries().count, 2)
    }

    func testWithoutACacheNothingIsWritten() throws {
        let cache = temporaryCache()
        let compiled = try Model(text: text).compile(outputs: ["y"], inputShapes: ["x": [4, 3]])
        XCTAssertEqual(compiled.origin, .compiled)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.directory))
    }

    func testADamagedEntryIsRecompiledAndWrittenAgain() throws {
        let cache = temporaryCache()
        let model = try Model(text: text)
        let first = try model.compile(outputs: ["y"], inputShapes: ["x": [4, 3]], options: options(cache))
        let path = try XCTUnwrap(cache.entries().first?.path)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.prefix(whole.count - 100).write(to: URL(fileURLWithPath: path))
        let again = try model.compile(outputs: ["y"], inputShapes: ["x": [4, 3]], options: options(cache))
        XCTAssertEqual(again.origin, .compiled, "a truncated entry is never loaded")
        XCTAssertTrue(again.cacheWarning?.contains("truncated or corrupt") ?? false, again.cacheWarning ?? "no warning")
        XCTAssertEqual(try again.run([input]), try first.run([input]))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), whole, "written again, whole")
        let third = try model.compile(outputs: ["y"], inputShapes: ["x": [4, 3]], options: options(cache))
        XCTAssertEqual(third.origin, .cache)
    }

    func testWeightsThePassesLeaveAloneAreNotCopiedIntoTheEntry() throws {
        let cache = temporaryCache()
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [-1, 256]))
        let w = try g.add("w", .constant(Tensor(shape: [256, 256], floats: (0..<65536).map { Float($0 % 17) - 8 })))
        try g.add("y", .matMul(transposeA: false, transposeB: false), [x, w])
        let model = try Model(graph: g)
        let first = try model.compile(outputs: ["y"], inputShapes: ["x": [3, 256]], options: options(cache))
        let entry = try XCTUnwrap(cache.entries().first)
        XCTAssertLessThan(entry.bytes, 65536 * 4, "the 256 KB matrix is named, not stored")
        let second = try model.compile(outputs: ["y"], inputShapes: ["x": [3, 256]], options: options(cache))
        XCTAssertEqual(second.origin, .cache)
        let input = Tensor(shape: [3, 256], floats: (0..<768).map { Float($0 % 5) })
        XCTAssertEqual(try second.run([input]), try first.run([input]))
    }

    func testAProfiledEntryTimesItsKernels() throws {
        let cache = temporaryCache()
        var profiled = options(cache)
        profiled.profile = true
        let model = try Model(text: text)
        _ = try model.compile(outputs: ["y"], inputShapes: ["x": [4, 3]], options: profiled)
        let loaded = try model.compile(outputs: ["y"], inputShapes: ["x": [4, 3]], options: profiled)
        XCTAssertEqual(loaded.origin, .cache)
        _ = try loaded.run([input])
        let profile = try XCTUnwrap(loaded.profile)
        XCTAssertEqual(profile.runs, 1)
        XCTAssertEqual(profile.kernels.map(\.name), try loaded.plan.kernels.map(\.name))
        XCTAssertEqual(profile.kernels.reduce(0) { $0 + $1.flops }, loaded.flops)
    }
}
