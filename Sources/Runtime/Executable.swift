import Foundation
import GraphIR
import LLVMKit
import Plan

/// Compiled code in memory: the engine holding the machine code (MCJIT's or LLJIT's), the entry
/// point, its signature, the arena it computes in, and the variables' state, which persists from
/// run to run. One `Executable` runs one call at a time (the
/// arena and state are shared between runs), so give each thread its own.
public final class Executable {
    /// What the entry point's slots take.
    public let signature: EntrySignature
    /// What owns the machine code: MCJIT's engine for a fresh compile, LLJIT's for an object
    /// file (a compile cache entry). The entry point is valid while it lives.
    private let code: AnyObject
    private let entry: @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> Void
    private let arena: UnsafeMutableRawPointer
    private let states: [UnsafeMutableRawPointer]
    /// Aligned input and output memory, reused by every run: fresh pages each run cost page
    /// faults inside the first kernel that touches them (1-2 ms for a 9 MB activation).
    private let inputMemory: [UnsafeMutableRawPointer]
    private let outputMemory: [UnsafeMutableRawPointer]
    /// The weights table's tensors: kept alive here, since the table points into their storage.
    private let weights: [Tensor]
    /// Time spent in each kernel, when the module was generated with profiling hooks.
    public let profile: KernelProfile?
    /// The weights table: each large constant's storage, read in place (`weights` keeps it alive).
    private let weightTable: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    private let slots: EntryArguments

    /// Hands the optimised `module` to MCJIT and looks up `entryName`. Variables start at zero.
    /// `profiled` says the module calls the runtime's profiling hook after each kernel.
    public convenience init(plan: ExecutionPlan, module: Module, entryName: String, optimizationLevel: Int,
                            profiled: Bool = false) throws {
        let signature = EntrySignature(plan)
        try Self.checkMemory(signature)
        guard plan.weights.count == plan.weightNodes.count else { throw RuntimeError("a weight of the plan is not a constant") }
        let engine = try ExecutionEngine(module: module, optimizationLevel: optimizationLevel)
        try self.init(signature: signature, weights: plan.weights, code: engine, entry: try engine.address(of: entryName),
                      profiled: profiled)
    }

    /// Links `object` (a host object file whose entry point has `signature`, as the compile
    /// cache stores it) with LLJIT and looks up `entryName`. `weights` fill the weights table,
    /// in order, with the signature's types. Variables start at zero.
    public convenience init(signature: EntrySignature, weights: [Tensor], object: [UInt8], entryName: String,
                            profiled: Bool = false) throws {
        try Self.checkMemory(signature)
        guard weights.map(\.type) == signature.weights.map(\.type) else {
            throw RuntimeError("the weights do not have the types the entry point was compiled for")
        }
        let loader = try ObjectLoader(object: object, name: entryName)
        try self.init(signature: signature, weights: weights, code: loader, entry: try loader.address(of: entryName),
                      profiled: profiled)
    }

    /// Refuses, with a message, what malloc would fail on later (a crash is never an answer).
    private static func checkMemory(_ signature: EntrySignature) throws {
        let needed = signature.workingBytes
        let available = Int(clamping: ProcessInfo.processInfo.physicalMemory)
        guard needed <= available else {
            throw RuntimeError("the compiled graph needs \(needed >> 20) MiB of working memory; this machine has \(available >> 20) MiB")
        }
    }

    private init(signature: EntrySignature, weights: [Tensor], code: AnyObject, entry address: UnsafeRawPointer,
                 profiled: Bool) throws {
        self.signature = signature
        self.weights = weights
        self.code = code
        profile = profiled ? KernelProfile(kernels: signature.kernelNames) : nil
        entry = unsafeBitCast(address, to: (@convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> Void).self)
        arena = UnsafeMutableRawPointer.allocate(byteCount: max(signature.arenaBytes, 64), alignment: bufferAlignment)
        inputMemory = signature.inputs.map { Self.allocate($0.byteCount) }
        outputMemory = signature.outputs.map { Self.allocate($0.byteCount) }
        slots = signature.arguments
        weightTable = .allocate(capacity: max(weights.count, 1))
        for (k, t) in weights.enumerated() { weightTable[k] = UnsafeMutableRawPointer(mutating: t.storage.address) }
        states = signature.states.map { b in
            let p = UnsafeMutableRawPointer.allocate(byteCount: max(b.byteCount, 1), alignment: bufferAlignment)
            p.initializeMemory(as: UInt8.self, repeating: 0, count: max(b.byteCount, 1))
            return p
        }
    }

    deinit {
        arena.deallocate()
        weightTable.deallocate()
        (states + inputMemory + outputMemory).forEach { $0.deallocate() }
    }

    /// Runs the compiled function on inputs given in `signature.inputNames` order and returns the
    /// outputs in `signature.outputNames` order. Inputs must have the compiled dtypes and shapes.
    public func run(_ inputs: [Tensor]) throws -> [Tensor] {
        guard inputs.count == signature.inputs.count else {
            throw RuntimeError("expected \(signature.inputs.count) input(s), got \(inputs.count)")
        }
        for (k, t) in inputs.enumerated() {
            let expected = signature.inputs[k]
            guard t.dtype == expected.dtype, t.shape == expected.shape else {
                throw RuntimeError("input '\(expected.name)' must be \(expected.dtype)\(formatShape(expected.shape)), got \(t.dtype)\(formatShape(t.shape))")
            }
        }
        // Copy inputs into aligned memory so kernels may assume alignment and no aliasing.
        for (t, p) in zip(inputs, inputMemory) { Self.copy(t, to: p) }
        var args = [UnsafeMutableRawPointer?](repeating: nil, count: slots.count)
        for (k, p) in inputMemory.enumerated() { args[slots.input(k)] = p }
        for (k, p) in outputMemory.enumerated() { args[slots.output(k)] = p }
        for (k, p) in states.enumerated() { args[slots.state(k)] = p }
        args[slots.weights] = UnsafeMutableRawPointer(weightTable)
        args[slots.arena] = arena
        args[slots.parallelFor] = ParallelFor.entryPoint
        args[slots.profileHook] = KernelProfile.hookPointer
        args[slots.profileContext] = profile.map { Unmanaged.passUnretained($0).toOpaque() }
        args.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { entry(base) }
        }
        return try zip(signature.outputs, outputMemory).map { b, p in
            try Tensor(dtype: b.dtype, shape: b.shape, storage: TensorStorage(copying: p, count: b.byteCount))
        }
    }

    /// The variables' current values, in `signature.stateNames` order.
    public func stateValues() throws -> [Tensor] {
        try zip(signature.states, states).map { b, p in
            try Tensor(dtype: b.dtype, shape: b.shape, storage: TensorStorage(copying: p, count: b.byteCount))
        }
    }

    /// Replaces the value of variable `name` (same dtype and shape).
    public func setState(_ name: String, _ value: Tensor) throws {
        guard let k = signature.stateNames.firstIndex(of: name) else {
            throw RuntimeError("the compiled graph has no variable named '\(name)'")
        }
        let b = signature.states[k]
        guard value.dtype == b.dtype, value.shape == b.shape else {
            throw RuntimeError("variable '\(name)' is \(b.dtype)\(formatShape(b.shape)), got \(value.dtype)\(formatShape(value.shape))")
        }
        Self.copy(value, to: states[k])
    }

    private static func allocate(_ bytes: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer.allocate(byteCount: max(bytes, 1), alignment: bufferAlignment)
    }

    private static func copy(_ tensor: Tensor, to p: UnsafeMutableRawPointer) {
        tensor.withUnsafeBytes { raw in
            if let base = raw.baseAddress { p.copyMemory(from: base, byteCount: raw.count) }
        }
    }
}

/// How many threads compiled kernels use: `GRAPHJIT_THREADS`, else every available processor,
/// unless set here (`graphjit bench --threads`). Results never depend on it.
public enum Threads {
    public static var count: Int { ParallelFor.threads }
    public static func set(_ n: Int?) { ParallelFor.setThreads(n) }
}

/// An error while running compiled code (wrong inputs).
public struct RuntimeError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The runtime's parallel-for, called by generated code for kernels that run in slices of the
/// batch: `task(context, begin, end)` on up to `ParallelFor.threads` threads. Slices write disjoint
/// memory, so results do not depend on the thread count.
enum ParallelFor {
    typealias Task = @convention(c) (UnsafeMutableRawPointer?, Int64, Int64) -> Void
    typealias Function = @convention(c) (Task?, UnsafeMutableRawPointer?, Int64) -> Void

    /// Worker threads: `GRAPHJIT_THREADS` when set (1 runs everything on the caller's thread),
    /// otherwise the processors available to this process.
    static var threads: Int {
        lock.lock()
        defer { lock.unlock() }
        return chosenThreads ?? defaultThreads
    }

    private static let defaultThreads: Int = {
        if let text = ProcessInfo.processInfo.environment["GRAPHJIT_THREADS"], let n = Int(text), n >= 1 { return n }
        return max(ProcessInfo.processInfo.activeProcessorCount, 1)
    }()

    private static let lock = NSLock()
    nonisolated(unsafe) private static var chosenThreads: Int?

    /// Sets the number of threads kernels run on (nil: back to the default).
    static func setThreads(_ n: Int?) {
        lock.lock()
        defer { lock.unlock() }
        chosenThreads = n.map { max($0, 1) }
    }

    static let function: Function = { task, context, count in
        guard let task, count > 0 else { return }
        let workers = min(threads, Int(count))
        if workers <= 1 { return task(context, 0, count) }
        // More pieces than workers, taken in turn: on a shared machine one core is often slowed by
        // another process, and with one fixed half each the whole kernel waited for it. Pieces
        // are contiguous runs of slices (neighbouring slices share cached rows), and which thread
        // computes a slice never changes its result.
        let pieces = min(Int64(workers * piecesPerWorker), count)
        WorkerPool.shared.run(task, context: context, count: count, pieces: pieces, helpers: workers - 1)
    }

    /// Pieces per worker: enough that a slowed core's share moves to the others, few enough that
    /// each piece keeps its slices' cache reuse.
    static let piecesPerWorker = 4

    static let entryPoint = unsafeBitCast(function, to: UnsafeMutableRawPointer.self)
}
