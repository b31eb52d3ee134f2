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
        return true
    }()

    static func ensure() { _ = done }
}

/// The LLVM this build links, from its headers (e.g. "14.0.6").
public let llvmVersion = LLVM_VERSION_STRING
/// Major version of the LLVM this build links.
public let llvmMajorVersion = Int(LLVM_VERSION_MAJOR)
