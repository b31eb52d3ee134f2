import GraphIR
import LLVMKit
import Plan
import Codegen
import Runtime
import XCTest

/// Plans, generates, verifies, optimises and JIT-compiles `outputs` of a graph with static shapes.
struct Compiled {
    let plan: ExecutionPlan
    let executable: RunContext
    let irBefore: String
    let irAfter: String
    let assembly: String
}

func jit(_ graph: Graph, outputs: [String], level: Int = 3, name: String = "graph",
         target: TargetDescription = .host) throws -> Compiled {
    let plan = try Planner.plan(graph, outputs: outputs)
    let context = Context()
    let machine = try TargetMachine(target, optimizationLevel: level)
    let module = try CodeGenerator.emit(plan, name: name, target: target, context: context)
    machine.configure(module)
    try module.verify()
    let before = module.ir
    try PassPipeline.run(module, level: level, on: machine, verifyEach: true)
    try module.verify()
    let after = module.ir
    let asm = String(decoding: try machine.emit(module.clone(), as: .assembly), as: UTF8.self)
    let exe = try Executable(plan: plan, module: module, entryName: name, optimizationLevel: level)
    return Compiled(plan: plan, executable: exe.makeContext(), irBefore: before, irAfter: after, assembly: asm)
}
