import CLLVM

extension TargetDescription {
    /// What code for another machine's `triple` is generated for when no CPU is asked for: LLVM's
    /// "generic" CPU of the architecture, with its baseline features. LLVM's C API can name the
    /// host's CPU but not a default for other triples, and a few backends have no "generic":
    /// RISC-V's LLVM 14 aborts on it ("CPU 'generic' is not supported. Use generic-rv64"). Those few
    /// are listed here, with the features their Linux distributions assume (RV64GC / RV32GC:
    /// multiply, atomics, single and double floats, compressed), as clang does for these triples.
    public static func defaults(forTriple triple: String) -> TargetDescription {
        LLVMInitialization.ensure()
        let normalized = takeMessage(LLVMNormalizeTargetTriple(triple))
        let architecture = normalized.split(separator: "-").first.map(String.init) ?? normalized
        switch architecture {
        case "riscv64": return TargetDescription(triple: triple, cpu: "generic-rv64", features: "+m,+a,+f,+d,+c")
        case "riscv32": return TargetDescription(triple: triple, cpu: "generic-rv32", features: "+m,+a,+f,+d,+c")
        default: return TargetDescription(triple: triple)
        }
    }
}
