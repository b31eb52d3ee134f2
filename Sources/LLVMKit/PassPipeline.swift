import CLLVM

/// LLVM's new pass manager through `LLVMRunPasses` (the only pipeline API in the C interface
/// that survives past LLVM 14; the legacy PassManagerBuilder is gone in later versions).
public enum PassPipeline {
    /// Runs `default<O0>`..`default<O3>` (or any textual pipeline) on the module.
    public static func run(_ module: Module, level: Int, on machine: TargetMachine,
                           verifyEach: Bool = false) throws {
        try run(module, pipeline: "default<O\(min(max(level, 0), 3))>", on: machine, verifyEach: verifyEach)
    }

    public static func run(_ module: Module, pipeline: String, on machine: TargetMachine,
                           verifyEach: Bool = false) throws {
        let options = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(options) }
        LLVMPassBuilderOptionsSetVerifyEach(options, verifyEach ? 1 : 0)
        LLVMPassBuilderOptionsSetLoopVectorization(options, 1)
        LLVMPassBuilderOptionsSetSLPVectorization(options, 1)
        LLVMPassBuilderOptionsSetLoopInterleaving(options, 1)
        LLVMPassBuilderOptionsSetLoopUnrolling(options, 1)
        try check(LLVMRunPasses(module.ref, pipeline, machine.ref, options), "LLVM pass pipeline '\(pipeline)'")
    }
}
