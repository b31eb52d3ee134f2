import LLVMKit
import Passes
import Plan

// `import GraphJIT` alone is enough to use the public API: every type a public declaration of
// this module takes or returns is visible to its users without importing the layer that defines it.

// The IR's values and types (Tensor, DType, TensorType, Graph, Node, Value, Op, ...) appear in
// nearly every signature and are what a user builds inputs from, so the whole module is re-exported.
@_exported import GraphIR

// From the other layers only the types the API hands out, as names of this module: users need
// them, not the rest of those layers (LLVM wrappers, the pass manager, the planner).

/// The graph passes of `CompileOptions.passes` (`PassName.standardPipeline`, `PassName.parseList`).
public typealias PassName = Passes.PassName
/// What code is generated for (`CompiledGraph.target`).
public typealias TargetDescription = LLVMKit.TargetDescription
/// Kernels, buffers and arena offsets of a compiled graph (`CompiledGraph.plan`).
public typealias ExecutionPlan = Plan.ExecutionPlan
