import ArgumentParser
import Foundation
import GraphJIT

/// `graphjit cache info|clear`: what the compile cache holds, and emptying it. The cache is the
/// folder `GRAPHJIT_CACHE_DIR` names (else `$XDG_CACHE_HOME/graphjit`, else `~/.cache/graphjit`),
/// bounded by `GRAPHJIT_CACHE_SIZE` MiB.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show or clear the compile cache (machine code of graphs compiled before).",
        subcommands: [Info.self, Clear.self], defaultSubcommand: Info.self)

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The cache's folder, size bound and entries, most recently used first.")

        func run() throws {
            try reportingErrors {
                let cache = CompileCache.standard
                let entries = cache.entries()
                let total = entries.reduce(0) { $0 + $1.bytes }
                print("compile cache: \(cache.directory)")
                print("\(entries.count) entr\(entries.count == 1 ? "y" : "ies"), \(mebibytes(total)) of at most \(mebibytes(cache.limitBytes))")
                let dates = ISO8601DateFormatter()
                for e in entries {
                    print("  \((e.path as NSString).lastPathComponent)  \(mebibytes(e.bytes))  last used \(dates.string(from: e.used))")
                }
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove every entry.")

        func run() throws {
            try reportingErrors {
                let cache = CompileCache.standard
                let removed = try cache.clear()
                print("removed \(removed) entr\(removed == 1 ? "y" : "ies") from \(cache.directory)")
            }
        }
    }
}

private func mebibytes(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
