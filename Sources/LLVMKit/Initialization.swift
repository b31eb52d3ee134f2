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
