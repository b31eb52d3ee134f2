import ArgumentParser

/// What `compile --emit` produces, spelled as clang and rustc spell it where they have it.
enum EmitKind: String, CaseIterable {
    case llvm, llvmOpt = "llvm-opt", asm, obj, bc, plan, graph

    /// `--emit` values: the kinds, `llvm-ir` for `llvm`, several separated by commas.
    static func parse(_ values: [String]) throws -> [EmitKind] {
        var kinds: [EmitKind] = []
        for value in values {
            for name in value.split(separator: ",", omittingEmptySubsequences: false) {
                let spelled = name.trimmingCharacters(in: .whitespaces)
                guard let kind = spelled == "llvm-ir" ? .llvm : EmitKind(rawValue: spelled) else {
                    throw ValidationError("--emit: unknown kind '\(spelled)' (llvm or llvm-ir, llvm-opt, asm, obj, bc, plan, graph)")
                }
                if !kinds.contains(kind) { kinds.append(kind) }
            }
        }
        return kinds.isEmpty ? [.asm] : kinds
    }

    /// Object files and bitcode are not text.
    var isBinary: Bool {
        switch self {
        case .obj, .bc: return true
        case .llvm, .llvmOpt, .asm, .plan, .graph: return false
        }
    }

    /// The extension each kind gets when several are written with `-o BASE`.
    var fileExtension: String {
        switch self {
        case .llvm: return ".ll"
        case .llvmOpt: return ".opt.ll"
        case .asm: return ".s"
        case .obj: return ".o"
        case .bc: return ".bc"
        case .plan: return ".plan.txt"
        case .graph: return ".graph.pbtxt"
        }
    }

    /// `BASE` of `-o BASE` for several kinds: the name without one of the kinds' extensions
    /// (`-o blog.o --emit obj,asm` writes blog.o and blog.s).
    static func baseName(_ path: String) -> String {
        // Longest first, so that blog.opt.ll loses .opt.ll, not only .ll.
        for ext in allCases.map(\.fileExtension).sorted(by: { $0.count > $1.count }) where path.hasSuffix(ext) && path.count > ext.count {
            return String(path.dropLast(ext.count))
        }
        return path
    }
}
