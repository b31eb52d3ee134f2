import Foundation
import GraphIR
import LLVMKit
import Plan

/// A compiled plan in memory: the MCJIT engine, the entry point, and the arena it computes in.
/// Runs may be repeated any number of times; one `Executable` runs one call at a time (the arena
/// is shared between runs), so give each thread its own.
public final class Executable {
    public let plan: ExecutionPlan
    private let engine: ExecutionEngine
    private let entry: @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> Void
    private let arena: UnsafeMutableRawPointer

    /// Hands the optimised `module` to MCJIT and looks up `entryName`.
    public init(plan: ExecutionPlan, module: Module, entryName: String, optimizationLevel: Int) throws {
        self.plan = plan
        // Refuse, with a message, what malloc would fail on later (a crash is never an answer).
        let outputBytes = plan.buffers.reduce(0) { sum, b in
            if case .output = b.kind { return sum + b.byteCount }
            return sum
        }
        let needed = plan.arenaBytes + outputBytes
        let available = Int(clamping: ProcessInfo.processInfo.physicalMemory)
        guard needed <= available else {
            throw RuntimeError("the compiled graph needs \(needed >> 20) MiB of working memory; this machine has \(available >> 20) MiB")
        }
        engine = try ExecutionEngine(module: module, optimizationLevel: optimizationLevel)
        let address = try engine.address(of: entryName)
        entry = unsafeBitCast(address, to: (@convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> Void).self)
        arena = UnsafeMutableRawPointer.allocate(byteCount: max(plan.arenaBytes, 64), alignment: bufferAlignment)
    }

    deinit { arena.deallocate() }

    /// Runs the compiled function on inputs given in `plan.inputNames` order and returns the
    /// outputs in `plan.outputNames` order. Inputs must have the compiled dtypes and shapes.
    public func run(_ inputs: [Tensor]) throws -> [Tensor] {
        guard inputs.count == plan.inputNames.count else {
            throw RuntimeError("expected \(plan.inputNames.count) input(s), got \(inputs.count)")
        }
        var inputBuffers: [Buffer] = []
        var outputBuffers: [Buffer] = []
        for b in plan.buffers {
            if case .input = b.kind { inputBuffers.append(b) }
            if case .output = b.kind { outputBuffers.append(b) }
        }
        outputBuffers.sort { lhs, rhs in
            if case .output(let a) = lhs.kind, case .output(let b) = rhs.kind { return a < b }
            return false
        }
        for (k, t) in inputs.enumerated() {
            let expected = inputBuffers[k]
            guard t.dtype == expected.dtype, t.shape == expected.shape else {
                throw RuntimeError("input '\(plan.inputNames[k])' must be \(expected.dtype)\(formatShape(expected.shape)), got \(t.dtype)\(formatShape(t.shape))")
            }
        }
        // Copy inputs into aligned memory so kernels may assume alignment and no aliasing.
        var owned: [UnsafeMutableRawPointer] = []
        defer { owned.forEach { $0.deallocate() } }
        var args: [UnsafeMutableRawPointer?] = []
        for t in inputs {
            let p = UnsafeMutableRawPointer.allocate(byteCount: max(t.bytes.count, 1), alignment: bufferAlignment)
            t.bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress { p.copyMemory(from: base, byteCount: raw.count) }
            }
            owned.append(p)
            args.append(p)
        }
        for b in outputBuffers {
            let p = UnsafeMutableRawPointer.allocate(byteCount: max(b.byteCount, 1), alignment: bufferAlignment)
            owned.append(p)
            args.append(p)
        }
        args.append(arena)
        args.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { entry(base) }
        }
        return try outputBuffers.enumerated().map { k, b in
            let p = owned[inputs.count + k]
            let bytes = Array(UnsafeRawBufferPointer(start: p, count: b.byteCount))
            return try Tensor(dtype: b.dtype, shape: b.shape, bytes: bytes)
        }
    }
}

/// An error while running compiled code (wrong inputs).
public struct RuntimeError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
