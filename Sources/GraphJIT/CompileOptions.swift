import LLVMKit
import Passes

/// How a graph is compiled.
public struct CompileOptions: Sendable {
    /// LLVM pipeline `default<O0>` .. `default<O3>`.
    public var optimizationLevel: Int
    /// Target triple to generate code for; nil is the host (the only target that can run).
    public var targetTriple: String?
    /// CPU to generate code for (LLVM's name, e.g. `znver3`, `cortex-a72`); nil is the host's, or
    /// for another triple `TargetDescription.defaults(forTriple:)`.
    public var targetCPU: String?
    /// LLVM feature string (`+avx2,-avx512f`); nil is the host's with the host's CPU, the CPU's
    /// own with another CPU.
    public var targetFeatures: String?
    /// Graph passes run before lowering, in order.
    public var passes: [PassName]
    /// Load the code into memory with MCJIT so it can run; false when only emitting IR or assembly.
    public var loadForExecution: Bool
    /// Time every kernel of every run (`CompiledGraph.profile`); costs two clock reads per kernel.
    public var profile: Bool
    /// Where compiled code is kept for the next compile of the same graph, shapes and options
    /// (`CompileCache.standard` is the user's cache); nil compiles every time. Used only when the
    /// code is loaded to run on this machine. The library's default is nil: it writes to disk
    /// only when asked; the command line asks unless given `--no-cache`.
    public var cache: CompileCache?

    public init(optimizationLevel: Int = 3, targetTriple: String? = nil,
                passes: [PassName] = PassName.standardPipeline, loadForExecution: Bool = true,
                profile: Bool = false, targetCPU: String? = nil, targetFeatures: String? = nil,
                cache: CompileCache? = nil) {
        self.optimizationLevel = optimizationLevel
        self.targetTriple = targetTriple
        self.passes = passes
        self.loadForExecution = loadForExecution
        self.profile = profile
        self.targetCPU = targetCPU
        self.targetFeatures = targetFeatures
        self.cache = cache
    }

    /// The code generation target: the host's CPU and features, or the default CPU of another
    /// triple, with the CPU and features asked for.
    var target: TargetDescription {
        let host = TargetDescription.host
        let triple = targetTriple ?? host.triple
        guard targetCPU != nil || targetFeatures != nil || triple != host.triple else { return host }
        let base = triple == host.triple ? host : TargetDescription.defaults(forTriple: triple)
        guard let cpu = targetCPU else {
            return TargetDescription(triple: triple, cpu: base.cpu, features: targetFeatures ?? base.features)
        }
        return TargetDescription(triple: triple, cpu: cpu, features: targetFeatures ?? "")
    }
}
