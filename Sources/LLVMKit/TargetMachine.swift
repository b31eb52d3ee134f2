import CLLVM

/// What code is generated for: a triple, a CPU name and its features.
/// The host's come from LLVM itself, never hard-coded, so generated kernels use the
/// vector width of whatever machine runs them.
public struct TargetDescription: Hashable, Sendable, CustomStringConvertible {
    public var triple: String
    public var cpu: String
    public var features: String

    public init(triple: String, cpu: String = "generic", features: String = "") {
        self.triple = triple
        self.cpu = cpu
        self.features = features
    }

    /// The machine this process runs on.
    public static var host: TargetDescription {
        LLVMInitialization.ensure()
        return TargetDescription(triple: takeMessage(LLVMGetDefaultTargetTriple()),
                                 cpu: takeMessage(LLVMGetHostCPUName()),
                                 features: takeMessage(LLVMGetHostCPUFeatures()))
    }

    public var isHost: Bool { self == .host }

    public var description: String { "\(triple) cpu=\(cpu)" }
}

/// Code generation settings for one target.
public final class TargetMachine {
    public let ref: LLVMTargetMachineRef
    public let target: TargetDescription

    public enum FileType { case assembly, object }

    /// Creates a target machine; throws when LLVM was built without the triple's backend.
    public init(_ target: TargetDescription, optimizationLevel: Int = 3) throws {
        LLVMInitialization.ensure()
        let triple = takeMessage(LLVMNormalizeTargetTriple(target.triple))
        var t: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        if LLVMGetTargetFromTriple(triple, &t, &message) != 0 || t == nil {
            throw LLVMError("unknown target '\(target.triple)': \(takeMessage(message))")
        }
        let level: LLVMCodeGenOptLevel
        switch optimizationLevel {
        case ...0: level = LLVMCodeGenLevelNone
        case 1: level = LLVMCodeGenLevelLess
        case 2: level = LLVMCodeGenLevelDefault
        default: level = LLVMCodeGenLevelAggressive
        }
        // PIC so emitted objects link into shared libraries and executables alike.
        guard let tm = LLVMCreateTargetMachine(t, triple, target.cpu, target.features, level,
                                               LLVMRelocPIC, LLVMCodeModelDefault) else {
            throw LLVMError("LLVM could not create a target machine for \(target)")
        }
        ref = tm
        self.target = TargetDescription(triple: triple, cpu: target.cpu, features: target.features)
    }

    deinit { LLVMDisposeTargetMachine(ref) }

    /// The data layout string LLVM uses for this target.
    public var dataLayout: String {
        let layout = LLVMCreateTargetDataLayout(ref)
        defer { LLVMDisposeTargetData(layout) }
        return takeMessage(LLVMCopyStringRepOfTargetData(layout))
    }

    /// Sets the module's triple and data layout to this machine's.
    public func configure(_ module: Module) {
        module.triple = target.triple
        module.dataLayout = dataLayout
    }

    /// Compiles the module to assembly text or an object file.
    public func emit(_ module: Module, as fileType: FileType) throws -> [UInt8] {
        var message: UnsafeMutablePointer<CChar>?
        var buffer: LLVMMemoryBufferRef?
        let kind = fileType == .assembly ? LLVMAssemblyFile : LLVMObjectFile
        if LLVMTargetMachineEmitToMemoryBuffer(ref, module.ref, kind, &message, &buffer) != 0 {
            throw LLVMError("code emission failed: \(takeMessage(message))")
        }
        guard let buffer else { throw LLVMError("code emission produced no output") }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        let size = LLVMGetBufferSize(buffer)
        guard let start = LLVMGetBufferStart(buffer) else { return [] }
        return start.withMemoryRebound(to: UInt8.self, capacity: size) {
            Array(UnsafeBufferPointer(start: $0, count: size))
        }
    }
}
