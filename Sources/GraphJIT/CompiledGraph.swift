import GraphIR
import LLVMKit
import Plan
import Runtime

/// A graph compiled for fixed input shapes: run it as often as needed, and read what LLVM made of it.
///
/// Machine code comes from a fresh compile or from the compile cache (`origin`). An entry loaded
/// from the cache holds only what running needs (code, weights, the entry's signature); the plan
/// and the modules that `plan`, `llvmIR`, `assembly()` and the rest read are then made again
/// on first use, by compiling the same graph without loading it: the cache saves the time of
/// running a model, and inspecting one keeps its whole answer.
public final class CompiledGraph {
    /// Where the machine code that runs came from.
    public enum Origin: String, Sendable {
        /// Compiled by this call (and stored in the cache, when one was given).
        case compiled
        /// Loaded from the compile cache.
        case cache
    }

    /// What a compile produces beyond the machine code: kept from a fresh compile, made again on
    /// demand for an entry loaded from the cache.
    struct Artifacts {
        var plan: ExecutionPlan
        var unoptimizedModule: Module
        var module: Module
        var machine: TargetMachine
    }

    public let origin: Origin
    /// Name of the entry function in the IR and assembly.
    public let entryName: String
    /// The target the code was generated for.
    public let target: TargetDescription
    /// Where compiling (or loading from the cache) spent its time.
    public let timings: CompileTimings
    /// Floating-point operations of one run of the optimised graph (a multiply-add is two).
    public let flops: Double
    /// Why the compile cache was not used as asked (an entry refused as corrupt, a write that
    /// failed); nil when it was, or when no cache was given. The compile itself succeeded.
    public let cacheWarning: String?
    private let signature: EntrySignature
    private let kernelFlops: [Double]
    private let executable: Executable?
    /// The session `run` and the variables use; nil when the code was not loaded.
    private var session: Session?
    private var artifacts: Artifacts?
    private let regenerate: () throws -> Artifacts

    init(origin: Origin, entryName: String, target: TargetDescription, timings: CompileTimings, flops: Double,
         kernelFlops: [Double], signature: EntrySignature, executable: Executable?, artifacts: Artifacts?,
         cacheWarning: String?, regenerate: @escaping () throws -> Artifacts) {
        self.origin = origin
        self.entryName = entryName
        self.target = target
        self.timings = timings
        self.flops = flops
        self.kernelFlops = kernelFlops
        self.signature = signature
        self.executable = executable
        self.artifacts = artifacts
        self.cacheWarning = cacheWarning
        self.regenerate = regenerate
        session = executable.map { Session(self, context: $0.makeContext()) }
    }

    func made() throws -> Artifacts {
        if let artifacts { return artifacts }
        let a = try regenerate()
        artifacts = a
        return a
    }

    /// Kernels and buffers: what `--emit plan` prints.
    public var plan: ExecutionPlan { get throws { try made().plan } }
    /// The optimised graph the kernels compute.
    public var graph: Graph { get throws { try made().plan.graph } }
    /// The LLVM IR as generated, before optimisation.
    public var llvmIR: String { get throws { try made().unoptimizedModule.ir } }
    /// The LLVM IR after the optimisation pipeline.
    public var optimizedLLVMIR: String { get throws { try made().module.ir } }

    /// Input names in the order `run(_: [Tensor])` takes them.
    public var inputNames: [String] { signature.inputNames }
    public var outputNames: [String] { signature.outputNames }

    /// The shape and dtype each input must have.
    public var inputTypes: [TensorType] { signature.inputs.map(\.type) }

    /// Assembly text for the compiled target.
    public func assembly() throws -> String {
        let a = try made()
        return String(decoding: try a.machine.emit(a.module.clone(), as: .assembly), as: UTF8.self)
    }

    /// The optimised module as LLVM bitcode (what `assembly()` and `objectFile()` are made from).
    public func bitcode() throws -> [UInt8] { try made().module.bitcode }

    /// A relocatable object file for the compiled target.
    public func objectFile() throws -> [UInt8] {
        let a = try made()
        return try a.machine.emit(a.module.clone(), as: .object)
    }

    /// Variables (state kept between runs), in the order `variableValues()` returns them.
    public var variableNames: [String] { signature.stateNames }

    /// The variables' current values, in `variableNames` order.
    public func variableValues() throws -> [Tensor] { try defaultSession().variableValues() }

    /// Sets variable `name` (same dtype and shape as in the graph).
    public func setVariable(_ name: String, _ value: Tensor) throws { try defaultSession().setVariable(name, value) }

    /// Time per kernel over the runs so far, when compiled with `CompileOptions.profile`.
    public var profile: Profile? { session?.profile }

    /// Forgets the profile recorded so far (after warm-up runs).
    public func resetProfile() { session?.resetProfile() }

    /// Runs on inputs in `inputNames` order; returns outputs in `outputNames` order.
    public func run(_ inputs: [Tensor]) throws -> [Tensor] { try defaultSession().run(inputs) }

    /// Runs on inputs by name; returns outputs by name. Extra inputs the outputs do not need are ignored.
    public func run(_ feeds: [String: Tensor]) throws -> [String: Tensor] { try defaultSession().run(feeds) }

    /// A session of its own for another thread: the same machine code and weights, with its own
    /// arena, buffers and variables (a copy of this graph's current values). `run`, `variableValues`,
    /// `setVariable` and `profile` of a `CompiledGraph` are those of its first session, so calls on
    /// one `CompiledGraph` must come from one thread at a time; sessions run side by side.
    public func makeSession() throws -> Session {
        let session = Session(self, context: try loaded().makeContext())
        for (name, value) in zip(variableNames, try variableValues()) { try session.setVariable(name, value) }
        return session
    }

    /// Why there is nothing to run: the code was compiled without loading it.
    private var notLoaded: GraphJITError {
        GraphJITError(target.isHost
            ? "compiled without loading for execution (CompileOptions.loadForExecution is false)"
            : "compiled for \(target.triple), which is not this machine: it can be emitted, not run")
    }

    private func loaded() throws -> Executable {
        guard let executable else { throw notLoaded }
        return executable
    }

    private func defaultSession() throws -> Session {
        guard let session else { throw notLoaded }
        return session
    }

    /// One thread's way to run a compiled graph (`CompiledGraph.makeSession()`): a run context of
    /// its own over the shared code. One call at a time per session.
    public final class Session {
        private let context: RunContext
        private let inputNames: [String]
        private let inputTypes: [TensorType]
        private let outputNames: [String]
        private let kernelFlops: [Double]

        fileprivate init(_ graph: CompiledGraph, context: RunContext) {
            self.context = context
            (inputNames, inputTypes, outputNames, kernelFlops) = (graph.inputNames, graph.inputTypes, graph.outputNames, graph.kernelFlops)
        }

        /// Runs on inputs in the compiled graph's `inputNames` order; returns outputs in `outputNames` order.
        public func run(_ inputs: [Tensor]) throws -> [Tensor] { try context.run(inputs) }

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

        /// This session's variables, in the compiled graph's `variableNames` order.
        public func variableValues() throws -> [Tensor] { try context.stateValues() }

        /// Sets this session's variable `name` (same dtype and shape as in the graph).
        public func setVariable(_ name: String, _ value: Tensor) throws { try context.setState(name, value) }

        /// Time per kernel over this session's runs, when compiled with `CompileOptions.profile`.
        public var profile: Profile? {
            guard let p = context.profile else { return nil }
            return Profile(runs: p.runs, kernels: zip(zip(p.kernels, p.nanoseconds), kernelFlops).map {
                Profile.Kernel(name: $0.0, nanoseconds: $0.1, flops: $1)
            })
        }

        /// Forgets the profile recorded so far.
        public func resetProfile() { context.profile?.reset() }
    }
}
