import CLLVM

/// Machine code from a relocatable object file (what `TargetMachine.emit(_:as: .object)` wrote),
/// linked into this process by ORC's LLJIT. MCJIT compiles modules but cannot load an object
/// through the C API, so code reloaded from the compile cache comes through here. Undefined
/// symbols (libm's functions) resolve against the process. The code lives as long as the loader.
public final class ObjectLoader {
    private let jit: LLVMOrcLLJITRef

    /// Links `object` (an ELF/Mach-O object for the host). The bytes must be an object file the
    /// host's TargetMachine emitted: check their integrity first (a corrupt object may crash
    /// the linker, which trusts its input's section tables).
    public init(object: [UInt8], name: String) throws {
        LLVMInitialization.ensure()
        var jit: LLVMOrcLLJITRef?
        // nil builder: the host's target machine, detected by LLJIT.
        try check(LLVMOrcCreateLLJIT(&jit, nil), "LLJIT: creating the JIT")
        guard let jit else { throw LLVMError("LLJIT: no instance created") }
        self.jit = jit
        let library = LLVMOrcLLJITGetMainJITDylib(jit)
        var generator: LLVMOrcDefinitionGeneratorRef?
        try check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&generator, LLVMOrcLLJITGetGlobalPrefix(jit), nil, nil),
                  "LLJIT: resolving symbols against the process")
        if let generator { LLVMOrcJITDylibAddGenerator(library, generator) }
        let buffer: LLVMMemoryBufferRef? = object.withUnsafeBufferPointer { bytes in
            bytes.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    LLVMCreateMemoryBufferWithMemoryRangeCopy($0, bytes.count, name)
                }
            }
        }
        guard let buffer else { throw LLVMError("LLJIT: an empty object file") }
        // LLJIT owns the buffer from here, whether adding succeeds or not.
        try check(LLVMOrcLLJITAddObjectFile(jit, library, buffer), "LLJIT: adding the object file")
    }

    deinit { _ = LLVMOrcDisposeLLJIT(jit) }

    /// The address of a function the object defines (linking happens on the first lookup).
    public func address(of symbol: String) throws -> UnsafeRawPointer {
        var address: LLVMOrcExecutorAddress = 0
        try check(LLVMOrcLLJITLookup(jit, &address, symbol), "LLJIT: looking up '\(symbol)'")
        guard let p = UnsafeRawPointer(bitPattern: UInt(address)) else { throw LLVMError("LLJIT: '\(symbol)' is at address 0") }
        return p
    }
}
