import CLLVM

/// MCJIT: compiles a module to host machine code in memory and hands out function addresses.
/// It takes ownership of the module; the context is kept alive as long as the engine.
public final class ExecutionEngine {
    private let ref: LLVMExecutionEngineRef
    private let context: Context

    /// Compiles `module` (already optimised) with MCJIT at the given codegen level.
    public init(module: Module, optimizationLevel: Int = 3) throws {
        LLVMInitialization.ensure()
        var options = LLVMMCJITCompilerOptions()
        LLVMInitializeMCJITCompilerOptions(&options, MemoryLayout<LLVMMCJITCompilerOptions>.size)
        options.OptLevel = UInt32(min(max(optimizationLevel, 0), 3))
        var engine: LLVMExecutionEngineRef?
        var message: UnsafeMutablePointer<CChar>?
        context = module.context
        let m = module.consume()
        if LLVMCreateMCJITCompilerForModule(&engine, m, &options,
                                            MemoryLayout<LLVMMCJITCompilerOptions>.size, &message) != 0 {
            // On failure LLVM has not taken the module: dispose of it here.
            LLVMDisposeModule(m)
            throw LLVMError("MCJIT: \(takeMessage(message))")
        }
        guard let engine else { throw LLVMError("MCJIT returned no engine") }
        ref = engine
    }

    deinit { LLVMDisposeExecutionEngine(ref) }

    /// Address of a compiled function (code is generated on first request).
    public func address(of name: String) throws -> UnsafeRawPointer {
        let a = LLVMGetFunctionAddress(ref, name)
        guard a != 0, let p = UnsafeRawPointer(bitPattern: UInt(a)) else {
            throw LLVMError("MCJIT: no function named '\(name)'")
        }
        return p
    }
}
