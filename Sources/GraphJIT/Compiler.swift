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
        for name in inputShapes.keys {
            guard let i = graph.index(of: name), case .placeholder = graph.nodes[i].op else {
                throw GraphJITError("the graph has no input (Placeholder) named '\(name)'")
            }
        }
        for name in outputs + effects where graph.value(named: name) == nil {
            throw GraphJITError("the graph has no node named '\(name)'")
        }
        let specialised = try graph.specialized(inputShapes: inputShapes)
        var manager = PassManager(options.passes)
        manager.constantEvaluator = JITConstantEvaluator()
        let optimised = try manager.run(specialised, keepingNames: outputs + effects).graph
        let plan = try Planner.plan(optimised, outputs: outputs)

        let target = options.target
        let machine = try TargetMachine(target, optimizationLevel: options.optimizationLevel)
        let context = Context()
        let name = "graph"
        let module = try CodeGenerator.emit(plan, name: name, target: target, context: context, profile: options.profile)
        machine.configure(module)
        try module.verify()
        // Modules, not their text: printing a training step's IR took longer than cloning it, and
        // most callers never ask for it.
        let unoptimised = module.clone()
        try PassPipeline.run(module, level: options.optimizationLevel, on: machine)
        let codeModule = module.clone()
        let executable = target.isHost && options.loadForExecution
            ? try Executable(plan: plan, module: module, entryName: name, optimizationLevel: options.optimizationLevel,
                               profiled: options.profile)
            : nil
        return CompiledGraph(plan: plan, unoptimizedModule: unoptimised, entryName: name,
                             module: codeModule, machine: machine, executable: executable)
    }
}

/// A failure the library reports to its caller in one line.
public struct GraphJITError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
