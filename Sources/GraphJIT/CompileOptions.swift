import LLVMKit
import Passes

/// How a graph is compiled.
public struct CompileOptions: Sendable {
    /// LLVM pipeline `default<O0>` .. `default<O3>`.
    public var optimizationLevel: Int
    /// Target triple to generate code for; nil is the host (the only target that can run).
    public var targetTriple: String?
    /// Graph passes run before lowering, in order.
    public var passes: [PassName]
    /// Load the code into memory with MCJIT so it can run; false when only emitting IR or assembly.
    public var loadForExecution: Bool
    /// Time every kernel of every run (`CompiledGraph.profile`); costs two clock reads per kernel.
    public var profile: Bool

    public init(optimizationLevel: Int = 3, targetTriple: String? = nil,
                passes: [PassName] = PassName.standardPipeline, loadForExecution: Bool = true,
                profile: Bool = false) {
        self.optimizationLevel = optimizationLevel
        self.targetTriple = targetTriple
        self.passes = passes
        self.loadForExecution = loadForExecution
        self.profile = profile
    }

    /// The code generation target: the host's CPU and features, or a generic CPU of another triple.
    var target: TargetDescription {
        let host = TargetDescription.host
        guard let triple = targetTriple, triple != host.triple else { return host }
        return TargetDescription(triple: triple)
    }
}
