import Formats
import Foundation

/// Compiled graphs on disk, one file per key (`<sha256>.gjc`) in one folder:
/// `GRAPHJIT_CACHE_DIR`, else `$XDG_CACHE_HOME/graphjit`, else `~/.cache/graphjit`.
///
/// Entries are written to a temporary file and renamed into place (`FileIO.writeAtomically`), so
/// two processes compiling the same graph at once each write a whole entry and the last rename
/// wins; a reader sees an old whole entry or a new whole one. A hit sets the file's modification
/// time, and after a write the least recently used entries are removed until the folder is
/// within `limitBytes` (`GRAPHJIT_CACHE_SIZE` in MiB, default 2048).
public struct CompileCache: Sendable {
    public let directory: String
    public let limitBytes: Int
    /// Whether an entry that cannot be written becomes a `cacheWarning`. A folder someone chose
    /// (this initialiser, `GRAPHJIT_CACHE_DIR`) reports it; the default one under the home folder
    /// does not: a read-only home is no fault of the command, and every run warning of it would
    /// only be noise. Entries refused as damaged are reported either way.
    public let reportsWriteFailures: Bool

    static let fileExtension = "gjc"

    public init(directory: String, limitBytes: Int = CompileCache.defaultLimitBytes) {
        self.init(directory: directory, limitBytes: limitBytes, reportsWriteFailures: true)
    }

    private init(directory: String, limitBytes: Int, reportsWriteFailures: Bool) {
        self.directory = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.limitBytes = limitBytes
        self.reportsWriteFailures = reportsWriteFailures
    }

    public static let defaultLimitBytes = 2048 << 20

    /// The cache the environment names.
    public static var standard: CompileCache {
        let env = ProcessInfo.processInfo.environment
        let directory: String
        let chosen = !(env["GRAPHJIT_CACHE_DIR"] ?? "").isEmpty
        if let dir = env["GRAPHJIT_CACHE_DIR"], !dir.isEmpty {
            directory = dir
        } else if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty {
            directory = xdg + "/graphjit"
        } else {
            directory = NSHomeDirectory() + "/.cache/graphjit"
        }
        let limit = env["GRAPHJIT_CACHE_SIZE"].flatMap(Int.init).map { max($0, 0) << 20 } ?? defaultLimitBytes
        return CompileCache(directory: directory, limitBytes: limit, reportsWriteFailures: chosen)
    }

    func path(_ key: CacheKey) -> String { "\(directory)/\(key.hex).\(Self.fileExtension)" }

    /// The entry stored under `key`, or nil when there is none. An entry that cannot be used
    /// (truncated, corrupt, another format) is removed and reported through `refused`, and the
    /// caller compiles afresh.
    /// `constant(k)` gives the storage of node `k`'s constant in the graph compiled, for weights
    /// the entry names instead of holding.
    func lookup(_ key: CacheKey, constant: (Int) -> TensorStorage? = { _ in nil },
                refused: (CacheError) -> Void = { _ in }) -> CacheEntry? {
        let file = path(key)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        do {
            let buffer = try FileBuffer(path: file)
            let entry = try CacheEntry.decode(buffer.bytes, owner: buffer, key: key.digest, path: file, constant: constant)
            // Recently used: the eviction order.
            try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file)
            return entry
        } catch let e as CacheError {
            refused(e)
        } catch {
            refused(CacheError("\(file): \(error)"))
        }
        try? FileManager.default.removeItem(atPath: file)
        return nil
    }

    /// Removes the entry stored under `key`, if any.
    func remove(_ key: CacheKey) { try? FileManager.default.removeItem(atPath: path(key)) }

    /// Writes `entry` under its key (creating the folder), then evicts down to the limit.
    func store(_ entry: CacheEntry, as key: CacheKey) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try entry.withPieces { try FileIO.writeAtomically(pieces: $0, to: path(key), durable: false) }
        evict(keeping: path(key))
    }

    /// The entries, most recently used first.
    public func entries() -> [(path: String, bytes: Int, used: Date)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix("." + Self.fileExtension) && !$0.hasPrefix(".") }.compactMap { name in
            let file = "\(directory)/\(name)"
            guard let a = try? FileManager.default.attributesOfItem(atPath: file) else { return nil }
            return (file, (a[.size] as? NSNumber)?.intValue ?? 0, (a[.modificationDate] as? Date) ?? .distantPast)
        }.sorted { $0.used > $1.used }
    }

    /// Removes least recently used entries until the rest fit in `limitBytes`; never `keeping`.
    func evict(keeping: String? = nil) {
        var total = 0
        for e in entries() {
            total += e.bytes
            if total > limitBytes && e.path != keeping { try? FileManager.default.removeItem(atPath: e.path); total -= e.bytes }
        }
    }

    /// Removes every entry (and temporary files a killed writer left); returns how many entries.
    @discardableResult
    public func clear() throws -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var removed = 0
        for name in names where name.hasSuffix("." + Self.fileExtension) || name.contains("." + Self.fileExtension + ".tmp") {
            try FileManager.default.removeItem(atPath: "\(directory)/\(name)")
            if !name.hasPrefix(".") { removed += 1 }
        }
        return removed
    }
}
