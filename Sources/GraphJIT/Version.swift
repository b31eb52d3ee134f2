import LLVMKit

/// Versions and the host target, for `graphjit --version` and bug reports.
public enum BuildInfo {
    public static let version = "0.1.0"
    /// The LLVM this build links (from its headers).
    public static let llvm = llvmVersion
    /// The machine code is generated for by default: triple and CPU name as LLVM reports them.
    public static var host: String { TargetDescription.host.description }
}
