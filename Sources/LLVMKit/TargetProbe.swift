#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CLLVM
import Foundation

/// Whether LLVM can generate code for a target, asked in a child process.
///
/// LLVM's C API cannot say whether a CPU or feature exists, and each backend treats an unknown one
/// its own way: most print "'foo' is not a recognized processor for this target (ignoring
/// processor)" and go on, RISC-V (LLVM 14) aborts on "generic" when the target machine is created
/// and on an unknown CPU when code is generated, MIPS aborts on an unknown CPU, Hexagon crashes.
/// None of that may happen to the caller, so a forked child creates the target machine and
/// generates a small function with its standard error captured; the parent reads what LLVM said
/// and how the child ended. Checked targets are remembered, so each costs one fork per process.
public enum TargetProbe {
    private static let lock = NSLock()
    private static var checked: [TargetDescription: String?] = [:]

    /// Throws, in one line, when LLVM does not know the triple, the CPU or a feature, or cannot
    /// generate code for the combination.
    public static func check(_ target: TargetDescription) throws {
        let triple = try knownTriple(target.triple)
        lock.lock()
        let cached = checked[target]
        lock.unlock()
        let problem: String?
        if let cached {
            problem = cached
        } else {
            problem = try diagnose(target, triple: triple)
            lock.lock()
            checked[target] = .some(problem)
            lock.unlock()
        }
        if let problem { throw LLVMError(problem) }
    }

    /// What LLVM lists for the triple's `-mcpu=help`: its CPUs and features (LLVM prints the list
    /// once per process, so it is asked in a child as well).
    public static func help(triple: String) throws -> String {
        let normalized = try knownTriple(triple)
        let (output, _) = try runChild { tryEmitting(TargetDescription(triple: normalized, cpu: "help")) }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        // The list ends where LLVM's own usage hint begins; anything after it is the probe's.
        let end = lines.firstIndex { $0.hasPrefix("Use +feature") } ?? lines.endIndex
        let text = lines[..<end].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.contains("Available CPUs") else { throw LLVMError("LLVM lists no CPUs for \(normalized)") }
        return text
    }

    /// The normalised triple, or an error when LLVM was built without its backend.
    static func knownTriple(_ triple: String) throws -> String {
        LLVMInitialization.ensure()
        let normalized = takeMessage(LLVMNormalizeTargetTriple(triple))
        var target: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        if LLVMGetTargetFromTriple(normalized, &target, &message) != 0 || target == nil {
            throw LLVMError("unknown target '\(triple)': \(takeMessage(message))")
        }
        return normalized
    }

    /// nil when the child generated code and LLVM said nothing; else the one-line reason.
    private static func diagnose(_ target: TargetDescription, triple: String) throws -> String? {
        let (output, status) = try runChild { tryEmitting(TargetDescription(triple: triple, cpu: target.cpu, features: target.features)) }
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if lines.contains(where: { $0.contains("is not a recognized processor") }) {
            return "unknown CPU '\(target.cpu)' for \(triple) (--cpu help lists the CPUs LLVM knows for it)"
        }
        let features = lines.filter { $0.contains("is not a recognized feature") }.compactMap { $0.split(separator: "'").first }
        if !features.isEmpty {
            let unique = Array(Set(features.map(String.init))).sorted()
            let names = unique.map { "'\($0)'" }.joined(separator: ", ")
            return "unknown feature\(unique.count > 1 ? "s" : "") \(names) for \(triple) (--cpu help lists the features LLVM knows for it)"
        }
        guard status == .exited(0), lines.isEmpty else {
            let said = lines.first.map { ": " + $0.replacingOccurrences(of: "LLVM ERROR: ", with: "") } ?? ""
            let how: String
            switch status {
            case .exited(let code): how = "failed (status \(code))"
            case .signalled(let signal): how = "crashed (signal \(signal))"
            }
            return "LLVM cannot generate code for \(triple) with CPU '\(target.cpu)'"
                + (target.features.isEmpty ? "" : " and features '\(target.features)'") + ": it \(how)\(said)"
        }
        return nil
    }

    enum ChildStatus: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Runs `body` in a forked child whose standard output and error go to a pipe; returns what it
    /// wrote and how it ended. The child only calls LLVM and exits with `_exit`.
    private static func runChild(_ body: () -> Int32) throws -> (String, ChildStatus) {
        LLVMInitialization.ensure()
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw LLVMError("cannot check the target: pipe failed (errno \(errno))") }
        let pid = fork()
        if pid == 0 {
            close(fds[0])
            dup2(fds[1], STDOUT_FILENO)
            dup2(fds[1], STDERR_FILENO)
            _exit(body())
        }
        close(fds[1])
        guard pid > 0 else {
            close(fds[0])
            throw LLVMError("cannot check the target: fork failed (errno \(errno))")
        }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n > 0 { output += chunk[..<n]; continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        close(fds[0])
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift does not import.
        let status: ChildStatus = (raw & 0x7F) == 0 ? .exited((raw >> 8) & 0xFF) : .signalled(raw & 0x7F)
        return (String(decoding: output, as: UTF8.self), status)
    }

    /// In the child: a target machine for `target` and the assembly of a function with scalar and
    /// vector float arithmetic, where backends create their subtargets (and check the CPU).
    /// Returns the exit status.
    private static func tryEmitting(_ target: TargetDescription) -> Int32 {
        var t: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMGetTargetFromTriple(target.triple, &t, &message) == 0, t != nil,
              let machine = LLVMCreateTargetMachine(t, target.triple, target.cpu, target.features, LLVMCodeGenLevelDefault,
                                                    LLVMRelocPIC, LLVMCodeModelDefault) else { return 2 }
        let context = LLVMContextCreate()
        let module = LLVMModuleCreateWithNameInContext("probe", context)
        LLVMSetTarget(module, target.triple)
        let float = LLVMFloatTypeInContext(context)
        let vector = LLVMVectorType(float, 8)
        var parameters: [LLVMTypeRef?] = [vector, vector, float]
        let function = LLVMAddFunction(module, "probe", LLVMFunctionType(vector, &parameters, 3, 0))
        let builder = LLVMCreateBuilderInContext(context)
        LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(context, function, "entry"))
        let product = LLVMBuildFMul(builder, LLVMGetParam(function, 0), LLVMGetParam(function, 1), "p")
        let scalar = LLVMBuildFAdd(builder, LLVMGetParam(function, 2), LLVMBuildExtractElement(builder, product, LLVMConstInt(LLVMInt32TypeInContext(context), 0, 0), "e"), "s")
        LLVMBuildRet(builder, LLVMBuildInsertElement(builder, product, scalar, LLVMConstInt(LLVMInt32TypeInContext(context), 1, 0), "r"))
        var buffer: LLVMMemoryBufferRef?
        guard LLVMTargetMachineEmitToMemoryBuffer(machine, module, LLVMAssemblyFile, &message, &buffer) == 0 else {
            let text = takeMessage(message)
            _ = text.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            return 3
        }
        return 0
    }
}
