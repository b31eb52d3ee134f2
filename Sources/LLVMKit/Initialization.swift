#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLLVM

/// One-time LLVM set-up: every target Debian's LLVM was built with (for cross-emission such as
/// AArch64 assembly), and MCJIT for the host.
enum LLVMInitialization {
    static let done: Bool = {
        LLVMInitializeAllTargetInfos()
        LLVMInitializeAllTargets()
        LLVMInitializeAllTargetMCs()
        LLVMInitializeAllAsmPrinters()
        LLVMInitializeAllAsmParsers()
        LLVMLinkInMCJIT()
        applyCommandLineOptions()
        return true
    }()

    /// LLVM's own command-line options from `GRAPHJIT_LLVM_ARGS` (space-separated, e.g.
    /// `-time-passes`, which prints every pass's time, optimisation and code generation, when the
    /// process ends): how compile time is profiled by pass name. Read once, before any use of LLVM.
    /// The C API parses with errors ignored, so an unknown option is without effect.
    private static func applyCommandLineOptions() {
        let text = llvmCommandLineOptions
        guard !text.isEmpty else { return }
        let arguments = ["graphjit"] + text.split(separator: " ").map(String.init)
        var pointers = arguments.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                    LLVMParseCommandLineOptions(Int32(buffer.count), $0, "GRAPHJIT_LLVM_ARGS")
                }
            }
        }
    }

    static func ensure() { _ = done }
}

/// The options `GRAPHJIT_LLVM_ARGS` gives LLVM ("" for none). They can change the code LLVM makes,
/// so the compile cache keys on them.
public let llvmCommandLineOptions: String = getenv("GRAPHJIT_LLVM_ARGS").map { String(cString: $0) } ?? ""

/// The LLVM this build links, from its headers (e.g. "14.0.6").
public let llvmVersion = LLVM_VERSION_STRING
/// Major version of the LLVM this build links.
public let llvmMajorVersion = Int(LLVM_VERSION_MAJOR)
