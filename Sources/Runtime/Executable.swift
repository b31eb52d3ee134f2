import Foundation
import GraphIR
import LLVMKit
import Plan

/// What is compiled, in memory: the engine holding the machine code (MCJIT's or LLJIT's), the
/// entry point, its signature and the weights table it reads. Nothing in it changes after it is
/// made, and the generated code keeps no state of its own (its only globals are constants), so one
/// `Executable` serves any number of threads at once, each running in a `RunContext` of its own
/// (`makeContext()`): the arena, the I/O buffers and the variables' state that one run needs.
public final class Executable: @unchecked Sendable {
    /// What the entry point's slots take.
    public let signature: EntrySignature
    /// The code calls the runtime's profiling hook after each kernel: each context then keeps a
    /// `KernelProfile`.
    public let profiled: Bool
    /// What owns the machine code: MCJIT's engine for a fresh compile, LLJIT's for an object
    /// file (a compile cache entry). The entry point is valid while it lives.
    private let code: AnyObject
    let entry: @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> Void
    /// The weights table's tensors: kept alive here, since the table points into their storage.
    private let weights: [Tensor]
    /// The weights table: each large constant's storage, read in place (`weights` keeps it alive).
    /// Only read by the generated code.
    let weightTable: UnsafeMutablePointer<UnsafeMutableRawPointer?>

    /// Hands the optimised `module` to MCJIT and looks up `entryName`.
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
    /// in order, with the signature's types.
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
        self.profiled = profiled
        entry = unsafeBitCast(address, to: (@convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> Void).self)
        weightTable = .allocate(capacity: max(weights.count, 1))
        for (k, t) in weights.enumerated() { weightTable[k] = UnsafeMutableRawPointer(mutating: t.storage.address) }
    }

    deinit { weightTable.deallocate() }

    /// A context to run in: its own arena, I/O buffers and variables (zero until set). It keeps
    /// this executable alive.
    public func makeContext() -> RunContext { RunContext(self) }
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
