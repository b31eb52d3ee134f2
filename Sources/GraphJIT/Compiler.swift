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
        let loads = target.isHost && options.loadForExecution
        guard loads, let cache = options.cache else {
            return try build(graph, outputs: outputs, effects: effects, inputShapes: inputShapes, load: loads)
        }
        var clock = PhaseClock()
        let key = CacheKey(graph: graph, outputs: outputs, effects: effects, inputShapes: inputShapes,
                           options: options, target: target)
        var warning: String?
        let constant = { (k: Int) -> TensorStorage? in
            guard graph.nodes.indices.contains(k), case .constant(let t) = graph.nodes[k].op else { return nil }
            return t.storage
        }
        if let entry = cache.lookup(key, constant: constant, refused: { warning = "compile cache: \($0.message); compiled afresh" }) {
            do {
                let executable = try Executable(signature: entry.signature, weights: entry.weights, object: entry.object,
                                                entryName: entry.entryName, profiled: options.profile)
                let timings = CompileTimings(passes: 0, codeGeneration: 0, llvm: 0, cache: clock.lap())
                return CompiledGraph(origin: .cache, entryName: entry.entryName, target: target, timings: timings,
                                     flops: entry.flops, kernelFlops: entry.kernelFlops, signature: entry.signature,
                                     executable: executable, artifacts: nil, cacheWarning: warning) {
                    try self.build(graph, outputs: outputs, effects: effects, inputShapes: inputShapes, load: false).made()
                }
            } catch {
                // Whole and of this key, yet LLJIT would not link it: never retried.
                cache.remove(key)
                warning = "compile cache: \(cache.path(key)) could not be loaded (\(error)); compiled afresh"
            }
        }
        let lookup = clock.lap()
        return try build(graph, outputs: outputs, effects: effects, inputShapes: inputShapes, load: true,
                         store: (cache, key, lookup, warning))
    }

    /// Compiles afresh; with `store`, also writes the object file of the optimised module into
    /// the cache. MCJIT generates the code it runs and cannot hand over an object file, so the
    /// object is generated a second time for the cache, on another thread (from bitcode, in its
    /// own LLVM context) while MCJIT works: on a machine with a free core the first compile
    /// takes no longer for writing the entry.
    private func build(_ graph: Graph, outputs: [String], effects: [String], inputShapes: [String: [Int]], load: Bool,
                       store: (cache: CompileCache, key: CacheKey, lookup: Double, warning: String?)? = nil) throws -> CompiledGraph {
        let target = options.target
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
        let signature = EntrySignature(plan)
        let flops = plan.graph.flops
        let kernelFlops = plan.kernels.map { plan.graph.flops(of: $0.nodes) }
        let storing = store.map { store in
            // Weights the passes left as the graph's own constants (the same storage) are named, not stored.
            var constantNode: [ObjectIdentifier: Int] = [:]
            for (k, n) in graph.nodes.enumerated() {
                if case .constant(let t) = n.op { constantNode[ObjectIdentifier(t.storage)] = constantNode[ObjectIdentifier(t.storage)] ?? k }
            }
            return CacheWriter(cache: store.cache, key: store.key, bitcode: codeModule.bitcode, target: target,
                               optimizationLevel: options.optimizationLevel, entryName: name, signature: signature,
                               weights: plan.weights, constantNodes: plan.weights.map { constantNode[ObjectIdentifier($0.storage)] },
                               flops: flops, kernelFlops: kernelFlops)
        }
        let executable = load
            ? try Executable(plan: plan, module: module, entryName: name, optimizationLevel: options.optimizationLevel,
                             profiled: options.profile)
            : nil
        let llvm = clock.lap()
        let storeProblem = storing?.wait()
        let timings = CompileTimings(passes: passes, codeGeneration: codegen, llvm: llvm,
                                     cache: (store?.lookup ?? 0) + clock.lap())
        let artifacts = CompiledGraph.Artifacts(plan: plan, unoptimizedModule: unoptimised, module: codeModule, machine: machine)
        return CompiledGraph(origin: .compiled, entryName: name, target: target, timings: timings, flops: flops,
                             kernelFlops: kernelFlops, signature: signature, executable: executable, artifacts: artifacts,
                             cacheWarning: [store?.warning, storeProblem].compactMap { $0 }.first) { artifacts }
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
    /// The compile cache: hashing the key, reading and checking the entry and linking its
    /// object file (LLJIT) on a hit; on a miss the lookup and the wait for the entry's write.
    public var cache: Double = 0
    public var total: Double { passes + codeGeneration + llvm + cache }
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
