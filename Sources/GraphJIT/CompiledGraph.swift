import GraphIR
import LLVMKit
import Plan
import Runtime

/// A graph compiled for fixed input shapes: run it as often as needed, and read what LLVM made of it.
public final class CompiledGraph {
    /// Kernels and buffers: what `--emit plan` prints.
    public let plan: ExecutionPlan
    /// The LLVM IR as generated, before optimisation.
    public var llvmIR: String { unoptimizedModule.ir }
    /// The LLVM IR after the optimisation pipeline.
    public var optimizedLLVMIR: String { module.ir }
    /// Name of the entry function in the IR and assembly.
    public let entryName: String
    private let unoptimizedModule: Module
    private let module: Module
    private let machine: TargetMachine
    private let executable: Executable?
    /// Where compiling spent its time.
    public let timings: CompileTimings

    init(plan: ExecutionPlan, unoptimizedModule: Module, entryName: String,
         module: Module, machine: TargetMachine, executable: Executable?, timings: CompileTimings) {
        self.timings = timings
        self.plan = plan
        self.unoptimizedModule = unoptimizedModule
        self.entryName = entryName
        self.module = module
        self.machine = machine
        self.executable = executable
    }

    /// The optimised graph the kernels compute.
    public var graph: Graph { plan.graph }
    /// Input names in the order `run(_: [Tensor])` takes them.
    public var inputNames: [String] { plan.inputNames }
    public var outputNames: [String] { plan.outputNames }

    /// The target the code was generated for.
    public var target: TargetDescription { machine.target }

    /// The shape and dtype each input must have.
    public var inputTypes: [TensorType] {
        plan.buffers.compactMap { b in
            if case .input = b.kind { return TensorType(b.dtype, b.shape) }
            return nil
        }
    }

    /// Assembly text for the compiled target.
    public func assembly() throws -> String {
        String(decoding: try machine.emit(module.clone(), as: .assembly), as: UTF8.self)
    }

    /// The optimised module as LLVM bitcode (what `assembly()` and `objectFile()` are made from).
    public func bitcode() -> [UInt8] { module.bitcode }

    /// A relocatable object file for the compiled target.
    public func objectFile() throws -> [UInt8] {
        try machine.emit(module.clone(), as: .object)
    }

    /// Variables (state kept between runs), in the order `variableValues()` returns them.
    public var variableNames: [String] { plan.stateNames }

    /// The variables' current values, in `variableNames` order.
    public func variableValues() throws -> [Tensor] {
        guard let executable else { throw GraphJITError("compiled without loading for execution") }
        return try executable.stateValues()
    }

    /// Sets variable `name` (same dtype and shape as in the graph).
    public func setVariable(_ name: String, _ value: Tensor) throws {
        guard let executable else { throw GraphJITError("compiled without loading for execution") }
        try executable.setState(name, value)
    }

    /// Time per kernel over the runs so far, when compiled with `CompileOptions.profile`.
    public var profile: Profile? {
        guard let p = executable?.profile else { return nil }
        let flops = plan.kernels.map { plan.graph.flops(of: $0.nodes) }
        return Profile(runs: p.runs, kernels: zip(zip(p.kernels, p.nanoseconds), flops).map {
            Profile.Kernel(name: $0.0, nanoseconds: $0.1, flops: $1)
        })
    }

    /// Forgets the profile recorded so far (after warm-up runs).
    public func resetProfile() { executable?.profile?.reset() }

    /// Runs on inputs in `inputNames` order; returns outputs in `outputNames` order.
    public func run(_ inputs: [Tensor]) throws -> [Tensor] {
        guard let executable else {
            throw GraphJITError(machine.target.isHost
                ? "compiled without loading for execution (CompileOptions.loadForExecution is false)"
                : "compiled for \(machine.target.triple), which is not this machine: it can be emitted, not run")
        }
        return try executable.run(inputs)
    }

    /// Runs on inputs by name; returns outputs by name. Extra inputs the outputs do not need are ignored.
    public func run(_ feeds: [String: Tensor]) throws -> [String: Tensor] {
        var inputs: [Tensor] = []
        for (name, type) in zip(inputNames, inputTypes) {
            guard let t = feeds[name] else { throw GraphJITError("input '\(name)' was not given") }
            guard t.dtype == type.dtype, t.shape == type.shape ?? [] else {
                throw GraphJITError("input '\(name)' must be \(type), got \(t.dtype)\(formatShape(t.shape))")
            }
            inputs.append(t)
        }
        let outputs = try run(inputs)
        return Dictionary(zip(outputNames, outputs), uniquingKeysWith: { first, _ in first })
    }
}
