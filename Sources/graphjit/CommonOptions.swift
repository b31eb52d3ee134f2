import ArgumentParser
import Foundation
import GraphJIT
import Passes

/// Options every compiling subcommand shares.
struct CompileFlags: ParsableArguments {
    @Option(name: .customShort("O", allowingJoined: true), help: "LLVM optimisation level 0-3 (-O0 .. -O3).")
    var optimizationLevel: Int = 3

    @Option(name: .long, help: "Graph passes to run, comma-separated (identity,layout,convgrad,fold,bnfold,fold,cse,winograd,pack,splitk,dce); empty for none.")
    var passes: String?

    @Flag(name: .long, help: "Compile afresh and write nothing to the compile cache (GRAPHJIT_CACHE_DIR, else ~/.cache/graphjit).")
    var noCache = false

    /// The compile cache these flags ask for.
    var cache: CompileCache? { noCache ? nil : .standard }

    func options(target: String? = nil, execute: Bool = true) throws -> CompileOptions {
        guard (0...3).contains(optimizationLevel) else {
            throw ValidationError(optimizationLevelError(optimizationLevel))
        }
        let pipeline = try passes.map(PassName.parseList) ?? PassName.standardPipeline
        return CompileOptions(optimizationLevel: optimizationLevel, targetTriple: target, passes: pipeline,
                              loadForExecution: execute, cache: cache)
    }
}

/// The one message for `-O` out of range, in every command that takes it.
func optimizationLevelError(_ level: Int) -> String {
    "-O: optimisation level must be 0, 1, 2 or 3, not \(level)"
}

/// `NAME=VALUE`, split at the last `=` (node names may contain `/` and `:`, file names never `=`).
func splitAssignment(_ text: String, what: String) throws -> (String, String?) {
    guard let eq = text.lastIndex(of: "=") else { return (text, nil) }
    let name = String(text[..<eq]), value = String(text[text.index(after: eq)...])
    guard !name.isEmpty else { throw ValidationError("\(what) '\(text)' has no name before '='") }
    return (name, value)
}

/// `--input-shape NAME=D1,D2,...` options as a dictionary.
func parseInputShapes(_ specs: [String]) throws -> [String: [Int]] {
    var shapes: [String: [Int]] = [:]
    for spec in specs {
        let (name, value) = try splitAssignment(spec, what: "--input-shape")
        shapes[name] = try parseShape(value ?? "", for: name)
    }
    return shapes
}

/// `1,28,28,1` as a shape.
func parseShape(_ text: String, for name: String) throws -> [Int] {
    if text.isEmpty || text == "[]" { return [] }
    let parts = text.trimmingCharacters(in: ["[", "]", "(", ")"]).split(separator: ",")
    return try parts.map { part in
        guard let d = Int(part.trimmingCharacters(in: .whitespaces)), d >= 0 else {
            throw ValidationError("shape of '\(name)': '\(part)' is not a dimension")
        }
        return d
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop(while: set.contains).reversed().drop(while: set.contains).reversed())
    }
}

/// The compile cache's warnings (an entry refused as corrupt, one that could not be written): one
/// line each on stderr. The command itself goes on: the code was compiled afresh.
func reportCacheWarnings(_ warnings: [String]) {
    for w in warnings { FileHandle.standardError.write(Data("graphjit: warning: \(w)\n".utf8)) }
}
