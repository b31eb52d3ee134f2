import GraphIR
import Plan

/// What one run of an `Executable` needs beside the code: the arena the kernels compute in, the
/// aligned input and output buffers, the variables' state (which persists from run to run in this
/// context) and, for profiled code, the kernel times. A context runs one call at a time; threads
/// that share a compiled model each make their own (`Executable.makeContext()`), and the code and
/// weights stay shared.
public final class RunContext {
    public let executable: Executable
    /// Time spent in each kernel by this context's runs, when the code was generated with profiling hooks.
    public let profile: KernelProfile?
    private let arena: UnsafeMutableRawPointer
    private let states: [UnsafeMutableRawPointer]
    /// Aligned input and output memory, reused by every run: fresh pages each run cost page
    /// faults inside the first kernel that touches them (1-2 ms for a 9 MB activation).
    private let inputMemory: [UnsafeMutableRawPointer]
    private let outputMemory: [UnsafeMutableRawPointer]
    /// The entry point's arguments, filled once: every pointer is this context's for its life.
    private var arguments: [UnsafeMutableRawPointer?]

    init(_ executable: Executable) {
        self.executable = executable
        let signature = executable.signature
        profile = executable.profiled ? KernelProfile(kernels: signature.kernelNames) : nil
        arena = Self.allocate(signature.arenaBytes)
        inputMemory = signature.inputs.map { Self.allocate($0.byteCount) }
        outputMemory = signature.outputs.map { Self.allocate($0.byteCount) }
        states = signature.states.map { b in
            let p = Self.allocate(b.byteCount)
            p.initializeMemory(as: UInt8.self, repeating: 0, count: max(b.byteCount, 1))
            return p
        }
        let slots = signature.arguments
        arguments = [UnsafeMutableRawPointer?](repeating: nil, count: slots.count)
        for (k, p) in inputMemory.enumerated() { arguments[slots.input(k)] = p }
        for (k, p) in outputMemory.enumerated() { arguments[slots.output(k)] = p }
        for (k, p) in states.enumerated() { arguments[slots.state(k)] = p }
        arguments[slots.weights] = UnsafeMutableRawPointer(executable.weightTable)
        arguments[slots.arena] = arena
        arguments[slots.parallelFor] = ParallelFor.entryPoint
        arguments[slots.profileHook] = KernelProfile.hookPointer
        arguments[slots.profileContext] = profile.map { Unmanaged.passUnretained($0).toOpaque() }
    }

    deinit { ([arena] + states + inputMemory + outputMemory).forEach { $0.deallocate() } }

    public var signature: EntrySignature { executable.signature }

    /// Runs the compiled function on inputs given in `signature.inputNames` order and returns the
    /// outputs in `signature.outputNames` order. Inputs must have the compiled dtypes and shapes.
    public func run(_ inputs: [Tensor]) throws -> [Tensor] {
        let signature = executable.signature
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
        let entry = executable.entry
        arguments.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { entry(base) }
        }
        return try zip(signature.outputs, outputMemory).map { b, p in
            try Tensor(dtype: b.dtype, shape: b.shape, storage: TensorStorage(copying: p, count: b.byteCount))
        }
    }

    /// The variables' current values, in `signature.stateNames` order.
    public func stateValues() throws -> [Tensor] {
        try zip(executable.signature.states, states).map { b, p in
            try Tensor(dtype: b.dtype, shape: b.shape, storage: TensorStorage(copying: p, count: b.byteCount))
        }
    }

    /// Replaces the value of variable `name` (same dtype and shape).
    public func setState(_ name: String, _ value: Tensor) throws {
        let signature = executable.signature
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
        UnsafeMutableRawPointer.allocate(byteCount: max(bytes, 64), alignment: bufferAlignment)
    }

    private static func copy(_ tensor: Tensor, to p: UnsafeMutableRawPointer) {
        tensor.withUnsafeBytes { raw in
            if let base = raw.baseAddress { p.copyMemory(from: base, byteCount: raw.count) }
        }
    }
}
