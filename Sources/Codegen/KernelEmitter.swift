import GraphIR
import LLVMKit
import Plan

/// State shared while emitting one kernel function: the builder, the function, and typed
/// pointers to every buffer the kernel touches.
final class KernelEmitter {
    let plan: ExecutionPlan
    let kernel: Kernel
    let module: Module
    let context: Context
    let builder: Builder
    let function: Function
    /// Element pointer of each buffer, by buffer id.
    var pointers: [Int: IRValue] = [:]
    /// Width of the target's vector registers in bytes (from its features, never assumed).
    var vectorBytes = 16
    /// The target's level-1 data cache in bytes (`TargetCaches`), for tiles sized to stay in it.
    var level1CacheBytes = TargetCaches.fallbackLevel1Bytes
    /// The hints given to loops, in order: with the function's text, what tells two kernels apart
    /// (the text names the metadata but does not show it).
    var loopHints: [[LoopHint]] = []
    /// For kernels run in parallel over the batch: the slice `[begin, end)` this call computes.
    var batchRange: (begin: IRValue, end: IRValue)?
    /// Builds in the function's first block, where allocas must be for LLVM to promote them to registers.
    private let allocaBuilder: Builder

    init(plan: ExecutionPlan, kernel: Kernel, module: Module, function: Function) {
        self.plan = plan
        self.kernel = kernel
        self.module = module
        self.context = module.context
        self.function = function
        builder = Builder(context: module.context)
        allocaBuilder = Builder(context: module.context)
        let allocas = function.appendBlock("allocas")
        allocaBuilder.position(at: allocas)
        builder.position(at: function.appendBlock("body"))
    }

    /// A stack slot for a scalar accumulator, hoisted to the entry block.
    func entryAlloca(_ type: IRType, _ name: String) -> IRValue {
        allocaBuilder.alloca(type, name)
    }

    /// Ends the function: the alloca block falls through to the body, and the body returns.
    func finish(allocasTo body: BasicBlock) {
        builder.retVoid()
        allocaBuilder.br(body)
    }

    var graph: Graph { plan.graph }
    var b: Builder { builder }

    func node(_ i: Int) -> Node { graph.nodes[i] }

    func elementType(_ d: DType) -> IRType { context.irType(d) }

    /// The buffer and element pointer of a value read by this kernel.
    func pointer(of v: Value) throws -> IRValue {
        guard let id = plan.valueBuffer[v], let p = pointers[id] else {
            throw CodegenError("kernel \(kernel.name): no buffer for \(graph.name(of: v))")
        }
        return p
    }

    /// The buffer of the root's first output.
    var outputPointer: IRValue {
        get throws { try outputPointer(0) }
    }

    /// The buffer of the root's output `k` (ops such as the cross-entropy losses have two).
    func outputPointer(_ k: Int) throws -> IRValue {
        guard k < kernel.outputs.count, let p = pointers[kernel.outputs[k]] else {
            throw CodegenError("kernel \(kernel.name): no buffer for output \(k)")
        }
        return p
    }

    // MARK: memory helpers

    func load(_ dtype: DType, _ base: IRValue, _ offset: IRValue) -> IRValue {
        let t = elementType(dtype)
        return b.load(t, b.gep(t, base, [offset]))
    }

    func store(_ dtype: DType, _ value: IRValue, _ base: IRValue, _ offset: IRValue) {
        let t = elementType(dtype)
        b.store(value, b.gep(t, base, [offset]))
    }

    func i64(_ v: Int) -> IRValue { context.i64(v) }

    // MARK: control flow

    /// `for i in 0..<count { body(i) }` with a constant trip count; a count of 1 emits no loop.
    func loop(_ count: Int, _ name: String, hints: [LoopHint] = [], _ body: (IRValue) throws -> Void) rethrows {
        if count <= 0 { return }
        if count == 1 { try body(i64(0)); return }
        let pre = b.insertBlock
        let header = function.appendBlock(name)
        let exit = function.appendBlock(name + ".end")
        b.br(header)
        b.position(at: header)
        let i = b.phi(context.int64, name)
        b.addIncoming(i, i64(0), from: pre)
        try body(i)
        let next = b.addNSW(i, i64(1), name + ".next")
        let latch = b.insertBlock
        b.addIncoming(i, next, from: latch)
        closeLoop(b.condBr(b.icmp(.slt, next, i64(count)), header, exit), hints)
        b.position(at: exit)
    }

    /// The loop over the batch (the output's first dimension): the whole batch, or this call's
    /// slice when the kernel runs in parallel. Kernels use it only where no two batch entries write
    /// the same output element.
    func batchLoop(_ count: Int, _ name: String, hints: [LoopHint] = [], _ body: (IRValue) throws -> Void) rethrows {
        guard let range = batchRange else { return try loop(count, name, hints: hints, body) }
        let pre = b.insertBlock
        let header = function.appendBlock(name)
        let exit = function.appendBlock(name + ".end")
        b.condBr(b.icmp(.slt, range.begin, range.end), header, exit)
        b.position(at: header)
        let i = b.phi(context.int64, name)
        b.addIncoming(i, range.begin, from: pre)
        try body(i)
        let next = b.addNSW(i, i64(1), name + ".next")
        b.addIncoming(i, next, from: b.insertBlock)
        closeLoop(b.condBr(b.icmp(.slt, next, range.end), header, exit), hints)
        b.position(at: exit)
    }

    /// Gives the loop whose back edge is `latch` its hints, and records them in `loopHints`,
    /// which twin kernels must agree on.
    private func closeLoop(_ latch: IRValue, _ hints: [LoopHint]) {
        guard !hints.isEmpty else { return }
        b.setLoopHints(latch, hints)
        loopHints.append(hints)
    }

    /// `if condition { body() }`.
    func ifThen(_ condition: IRValue, _ name: String, _ body: () throws -> Void) rethrows {
        let then = function.appendBlock(name)
        let done = function.appendBlock(name + ".end")
        b.condBr(condition, then, done)
        b.position(at: then)
        try body()
        b.br(done)
        b.position(at: done)
    }

    /// `if condition { then() } else { otherwise() }`.
    func ifThenElse(_ condition: IRValue, _ name: String, then: () throws -> Void, else otherwise: () throws -> Void) rethrows {
        let yes = function.appendBlock(name)
        let no = function.appendBlock(name + ".else")
        let done = function.appendBlock(name + ".end")
        b.condBr(condition, yes, no)
        b.position(at: yes)
        try then()
        b.br(done)
        b.position(at: no)
        try otherwise()
        b.br(done)
        b.position(at: done)
    }

    /// Runs `body(k)` for the one `k` in `0..<count` that `index` equals (a jump table), so each
    /// case's code may depend on `k` known at compile time. An index outside the range runs the
    /// last case; callers pass only indices in range.
    func switchOver(_ index: IRValue, count: Int, _ name: String, _ body: (Int) throws -> Void) rethrows {
        guard count > 1 else { if count == 1 { try body(0) }; return }
        let done = function.appendBlock(name + ".end")
        let blocks = (0..<count).map { function.appendBlock("\(name).\($0)") }
        b.switchOn(index, otherwise: blocks[count - 1], cases: (0..<count - 1).map { (i64($0), blocks[$0]) })
        for (k, block) in blocks.enumerated() {
            b.position(at: block)
            try body(k)
            b.br(done)
        }
        b.position(at: done)
    }

    /// `0 <= x < limit` for a signed index.
    func inRange(_ x: IRValue, _ limit: Int) -> IRValue {
        // One unsigned compare covers both bounds.
        b.icmp(.ult, x, i64(limit))
    }

    /// Row-major strides of a shape.
    static func strides(_ shape: [Int]) -> [Int] {
        var s = Array(repeating: 1, count: shape.count)
        var acc = 1
        for d in shape.indices.reversed() { s[d] = acc; acc *= shape[d] }
        return s
    }

    /// Σ coords[d] * strides[d] as an i64.
    func linear(_ coords: [IRValue], _ shape: [Int]) -> IRValue {
        let st = Self.strides(shape)
        var acc: IRValue?
        for (d, c) in coords.enumerated() where shape[d] != 1 {
            let term = st[d] == 1 ? c : b.mulNSW(c, i64(st[d]))
            acc = acc.map { b.addNSW($0, term) } ?? term
        }
        return acc ?? i64(0)
    }
}

/// A failure inside code generation (a bug or an unsupported combination), with the kernel named.
public struct CodegenError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Context {
    /// How a dtype is held in registers and memory (bool as one byte, as in TensorFlow).
    func irType(_ d: DType) -> IRType {
        switch d {
        case .float32: return float32
        case .float64: return float64
        case .int32: return int32
        case .int64: return int64
        case .bool: return int8
        }
    }

    func zero(_ d: DType) -> IRValue {
        d.isFloatingPoint ? constant(irType(d), real: 0) : constant(irType(d), int: 0)
    }

    func scalar(_ d: DType, _ x: Double) -> IRValue {
        d.isFloatingPoint ? constant(irType(d), real: x) : constant(irType(d), int: Int(x))
    }

    /// The identity of `max`: -infinity, or the smallest integer.
    func lowest(_ d: DType) -> IRValue {
        switch d {
        case .float32, .float64: return constant(irType(d), real: -.infinity)
        case .int32: return constant(int32, int: Int(Int32.min))
        case .int64: return constant(int64, int: Int(Int64.min))
        case .bool: return constant(int8, int: 0)
        }
    }

    /// The identity of `min`: +infinity, or the largest integer.
    func highest(_ d: DType) -> IRValue {
        switch d {
        case .float32, .float64: return constant(irType(d), real: .infinity)
        case .int32: return constant(int32, int: Int(Int32.max))
        case .int64: return constant(int64, int: Int(Int64.max))
        case .bool: return constant(int8, int: 1)
        }
    }
}
