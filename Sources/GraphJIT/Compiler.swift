import Codegen
import GraphIR
import LLVMKit
import Passes
import Plan
import Runtime

/// The whole pipeline: specialise shapes, graph passes, plan, generate LLVM IR, optimise, JIT.
struct Compiler {
    let options: CompileOptions

    func compile(_ graph: Graph, outputs: [String], effects: [String] = [],
                 inputShapes: [String: [Int]]) throws -> CompiledGraph {
        guard !outputs.isEmpty || !effects.isEmpty else { throw GraphJITError("nothing to compile: no output requested") }
        let target = options.target
        // Before anything else: LLVM aborts on some CPUs it does not know (see TargetProbe).
        if !target.isHost { try TargetProbe.check(target) }
        for name in inputShapes.keys {
            guard let i = graph.index(of: name), case .placeholder = graph.nodes[i].op else {
                throw GraphJITError("the graph has no input (Placeholder) named '\(name)'")
            }
        }
        for name in outputs + effects where graph.value(named: name) == nil {
            throw GraphJITError(graph.missingValueMessage(name))
        }
        var clock = PhaseClock()
        let specialised = try graph.specialized(inputShapes: inputShapes)
        // Resolving computed shapes is part of specialisation: first, whatever the pipeline.
        var manager = PassManager([.shapeFolding] + options.passes.filter { $0 != .shapeFolding })
        manager.constantEvaluator = JITConstantEvaluator()
        manager.filterBlockWidth = { c, input, filter, dtype in
            CodeGenerator.convolutionBlockWidth(c, input: input, filter: filter, dtype: dtype, target: target)
        }
        manager.winogradProfitable = { input, filter, dtype in
            CodeGenerator.winogradProfitable(input: input, filter: filter, dtype: dtype, target: target)
        }
        manager.matMulSegments = { rows, inner, cols, dtype in
            CodeGenerator.matMulSegments(rows: rows, inner: inner, cols: cols, dtype: dtype, target: target)
        }
        let optimised = try manager.run(specialised, keepingNames: outputs + effects).graph
        let plan = try Planner.plan(optimised, outputs: outputs)
        let passes = clock.lap()

        let machine = try TargetMachine(target, optimizationLevel: options.optimizationLevel)
        let context = Context()
        let name = "graph"
        let module = try CodeGenerator.emit(plan, name: name, target: target, context: context, profile: options.profile)
        machine.configure(module)
        try module.verify()
        // Modules, not their text: printing a training step's IR took longer than cloning it, and
        // most callers never ask for it.
        let unoptimised = module.clone()
        let codegen = clock.lap()
        try PassPipeline.run(module, level: options.optimizationLevel, on: machine)
        let codeModule = module.clone()
        let executable = target.isHost && options.loadForExecution
            ? try Executable(plan: plan, module: module, entryName: name, optimizationLevel: options.optimizationLevel,
                               profiled: options.profile)
            : nil
        let timings = CompileTimings(passes: passes, codeGeneration: codegen, llvm: clock.lap())
        return CompiledGraph(plan: plan, unoptimizedModule: unoptimised, entryName: name,
                             module: codeModule, machine: machine, executable: executable, timings: timings)
    }
}

/// A failure the library reports to its caller in one line.
public struct GraphJITError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Where compiling a graph spent its time, in seconds (reading the file is the caller's: `Model`).
public struct CompileTimings: Sendable {
    /// Shape specialisation, graph passes (constant folding compiles and runs code too) and planning.
    public var passes: Double
    /// Generating the LLVM IR of every kernel and verifying the module.
    public var codeGeneration: Double
    /// LLVM's optimisation pipeline, instruction selection and loading the machine code (MCJIT).
    public var llvm: Double
    public var total: Double { passes + codeGeneration + llvm }
}

/// Elapsed time between laps.
struct PhaseClock {
    private var last = ContinuousClock.now

    mutating func lap() -> Double {
        let now = ContinuousClock.now
        defer { last = now }
        let d = now - last
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
