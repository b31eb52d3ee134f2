import GraphIR
import LLVMKit
import Plan

/// Turns an execution plan into an LLVM module: one internal function per kernel, small constants
/// as private globals, and one external entry function `void NAME(i8** args)` whose slots
/// `EntryArguments` describes (inputs, outputs, state, the weights table, the arena, the runtime's
/// `parallelFor`, the profiling hook): with `profile`, the entry calls the hook with -1 before the
/// first kernel and with each kernel's index after it returns.
///
/// When every input and the single output hold one element (the LLVM JIT blog's graph), the module
/// also gets `T NAME_scalar(T in0, ...)`, the by-value form the blog compiled: after optimisation it
/// is the arithmetic alone (`leal 103(%rdi), %eax; ret`).
public enum CodeGenerator {
    /// Emits the module for `target`. Every function carries the target's `target-cpu` and
    /// `target-features`, without which MCJIT would generate code for a generic x86-64.
    public static func emit(_ plan: ExecutionPlan, name: String, target: TargetDescription,
                            context: Context, profile: Bool = false) throws -> Module {
        let module = Module(name: name, context: context)
        let attributes = [context.stringAttribute("target-cpu", target.cpu),
                          context.stringAttribute("target-features", target.features),
                          context.enumAttribute("nounwind")]
        var globals: [Int: IRValue] = [:]
        for buffer in plan.buffers {
            guard case .constant(let node) = buffer.kind, case .constant(let tensor) = plan.graph.nodes[node].op else { continue }
            globals[buffer.id] = module.addConstantGlobal("const.\(buffer.name)", context.constantData(tensor.bytes))
        }
        // Kernels whose IR is the same text (a ResNet stage repeats its blocks with the same shapes,
        // reading other buffers through the same parameters) share one function: LLVM optimises
        // and compiles each distinct kernel once, which more than halves ResNet50's compile time.
        var kernels: [EmittedKernel] = []
        var distinct: [String: EmittedKernel] = [:]
        let level1CacheBytes = TargetCaches.level1DataBytes(target)
        for kernel in plan.kernels {
            let emitted = try emitKernel(kernel, plan: plan, module: module, target: target, level1CacheBytes: level1CacheBytes,
                                         globals: globals, attributes: attributes)
            let text = emitted.function.anonymousDefinition + "\n\(emitted.loopHints)"
            guard let twin = distinct[text] else {
                distinct[text] = emitted
                kernels.append(emitted)
                continue
            }
            emitted.taskFunction?.delete()
            emitted.function.delete()
            kernels.append(EmittedKernel(function: twin.function, type: twin.type, parameters: emitted.parameters,
                                         batch: emitted.batch, taskFunction: twin.taskFunction, loopHints: twin.loopHints))
        }

        // The entry: buffer pointers from the argument array and the arena.
        let bytePtr = context.pointer(to: context.int8)
        let entry = module.addFunction(name, type: context.function(context.void, [context.pointer(to: bytePtr)]))
        attributes.forEach(entry.addAttribute)
        let builder = Builder(context: context)
        builder.position(at: entry.appendBlock("entry"))
        let args = entry.parameter(0)
        let slots = EntryArguments(plan)
        func slot(_ k: Int, _ name: String) -> IRValue { builder.load(bytePtr, builder.gep(bytePtr, args, [context.i64(k)]), name) }
        let arena = slot(slots.arena, "arena")
        let parallelFor = slot(slots.parallelFor, "parallel_for")
        let weights = plan.weightNodes.isEmpty ? nil : builder.bitCast(slot(slots.weights, "weights"), context.pointer(to: bytePtr))
        var bytes: [Int: IRValue] = [:]
        for buffer in plan.buffers {
            switch buffer.kind {
            case .input(let k):
                bytes[buffer.id] = slot(slots.input(k), "in.\(buffer.name)")
            case .output(let k):
                bytes[buffer.id] = slot(slots.output(k), "out.\(buffer.name)")
            case .state(let k):
                bytes[buffer.id] = slot(slots.state(k), "state.\(buffer.name)")
            case .weight(let k, _):
                if let weights { bytes[buffer.id] = builder.load(bytePtr, builder.gep(bytePtr, weights, [context.i64(k)]), "w.\(buffer.name)") }
            case .arena(let offset):
                bytes[buffer.id] = builder.gep(context.int8, arena, [context.i64(offset)], buffer.name)
            case .constant:
                continue
            }
        }
        var hook: ((Int) -> Void)?
        if profile {
            let hookType = context.function(context.void, [bytePtr, context.int64])
            let function = builder.bitCast(slot(slots.profileHook, "profile"), context.pointer(to: hookType))
            let hookContext = slot(slots.profileContext, "profile.context")
            hook = { index in _ = builder.call(hookType, function, [hookContext, context.i64(index)]) }
        }
        try callKernels(kernels, plan: plan, builder: builder, bytes: bytes, parallelFor: parallelFor, afterEach: hook)
        builder.retVoid()

        if let scalar = scalarSignature(plan) {
            try emitScalarForm(plan, scalar, name: name + "_scalar", kernels: kernels, module: module, attributes: attributes)
        }
        return module
    }

    /// A kernel function and the buffers its parameters stand for. A batch-parallel kernel also
    /// takes `(i64 begin, i64 end)` and has a task trampoline `void (i8** buffers, i64, i64)`.
    struct EmittedKernel {
        let function: Function
        let type: IRType
        let parameters: [Int]
        let batch: Int?
        let taskFunction: Function?
        let loopHints: [[LoopHint]]
        var task: IRValue? { taskFunction?.value }
    }

    /// Parallel slicing, one exhaustive switch: the number of slices (batch entries, MatMul rows,
    /// filter-gradient tiles) over which a kernel may run on several threads: only kernels whose emitter loops over them with
    /// `batchLoop` and writes disjoint output per slice, and only when there is enough work to share.
    static func parallelBatch(_ kernel: Kernel, _ plan: ExecutionPlan, vectorBytes: Int) -> Int? {
        guard case let .compute(anchor, _) = kernel.kind else { return nil }
        // Rough multiply-adds per call: below ~2^18 a thread hand-off costs more than it saves.
        // Counted in floating point: the product of two tensor sizes can pass Int.max.
        guard let anchor else {
            // An element-wise nest: its outer dimensions, one unit of work per element.
            let root = plan.graph.nodes[kernel.root].types[0]
            return enoughWork(Double(root.elementCount ?? 0), slices: root.shape.flatMap(KernelEmitter.elementwiseSlices)?.slices)
        }
        let node = plan.graph.nodes[anchor]
        var slices = node.types[0].shape?.first
        var work = Double(node.types[0].elementCount ?? 0)
        func times(_ dims: ArraySlice<Int>) { work *= Double(dims.reduce(1, *)) }
        switch node.op {
        case .conv2D(let c):
            let filter = plan.graph[node.inputs[1]].shape ?? []
            times((c.hwioFilterShape(filter) ?? filter).dropLast())  // filter KH·KW·C (per group)
            // NHWC kernels' slices are output rows, tiles and channel blocks, so one image still uses every thread.
            if let g = try? ConvGeometry(c, input: plan.graph[node.inputs[0]].shape ?? [], filter: filter) {
                slices = ConvKernelChoice(c, g, dtype: node.types[0].dtype, vectorBytes: vectorBytes).slices(g, c)
            }
        case .conv2DBackpropInput:
            times((plan.graph[node.inputs[0]].shape ?? []).dropLast())
        case let .conv2DBackpropFilter(c, filterShape):
            // Grouped filter gradients take the untiled path, which does not slice.
            let xs = plan.graph[node.inputs[0]].shape ?? []
            guard filterShape.count == 4, xs.count == 4, xs[c.dataFormat.axes.c] == filterShape[2],
                  let tiling = FilterGradientTiling(c, filterShape: filterShape, dtype: node.types[0].dtype, vectorBytes: vectorBytes,
                                                    registers: RegisterTile.registers(vectorBytes: vectorBytes)) else { return nil }
            slices = tiling.items
            times((plan.graph[node.inputs[1]].shape ?? []).dropLast())  // dy N·OH·OW
        case .pool(let p):
            times([p.windowH, p.windowW][...])
            // NHWC pools go by output rows, so one image still uses every thread.
            if p.dataFormat == .nhwc, let shape = node.types[0].shape, shape.count == 4 { slices = shape[0] * shape[1] }
        case .maxPoolGrad(let p) where KernelEmitter.maxPoolGradUsesChannelRows(
            p, channels: (plan.graph[node.inputs[0]].shape ?? [])[p.dataFormat.axes.c], dtype: node.types[0].dtype): break
        case let .matMul(ta, tb):
            let shape = node.types[0].shape ?? [0, 0]
            let inner = (plan.graph[node.inputs[0]].shape ?? [0, 0])[ta ? 0 : 1]
            work *= Double(inner)
            let dtype = node.types[0].dtype
            slices = ColumnTiling(rows: shape[0], cols: shape[1], inner: inner, transposeB: tb, dtype: dtype, vectorBytes: vectorBytes,
                                  registers: RegisterTile.registers(vectorBytes: vectorBytes))?.chunks
                ?? MatrixProduct(rows: shape[0], cols: shape[1], inner: inner, transposeA: ta, transposeB: tb,
                                 dtype: dtype).rowSlices(vectorBytes: vectorBytes)
        case let .batchMatMul(adjX, adjY):
            let layout = BatchMatMulLayout(node, plan.graph, adjX: adjX, adjY: adjY)
            work *= Double(layout.product.inner)
            slices = layout.slices(vectorBytes: vectorBytes)
        case .maxPoolGrad:
            return nil  // the generic path scatters into shared rows
        case .resize(let r):
            work *= r.method == .bilinear ? 4 : 1  // four taps per element
        case .winograd(let w):
            // Rows of tiles; each element of the larger side (the tiles) is a few additions.
            let xs = plan.graph[node.inputs[0]].shape ?? []
            slices = w.stage == .input ? (xs.first ?? 0) * w.tilesH : (xs.count == 3 ? xs[1] / w.tilesW : 0)
            work = 4 * Double(max(node.types[0].elementCount ?? 0, plan.graph[node.inputs[0]].elementCount ?? 0))
        case .resizeGrad(let r, _):
            // Images: each slice zeroes and scatters into its own.
            work = Double(plan.graph[node.inputs[0]].elementCount ?? 0) * (r.method == .bilinear ? 4 : 1)
        case .placeholder, .constant, .identity, .unary, .binary, .biasAdd, .softmax, .reshape, .reduce, .variable,
             .assign, .dropout, .randomUniform, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy, .argMax, .compare,
             .select, .cast, .broadcastTo, .transpose, .reverse, .avgPoolGrad, .shape, .dynamicReshape,
             .dynamicBroadcast, .dynamicTranspose, .splat, .range:
            return nil  // these emitters do not loop over slices
        case .concat(let axis, _), .pack(let axis, _):
            // The outer indices (dimensions before the axis); each element is a load and a store.
            slices = node.types[0].shape.map { $0[..<axis].reduce(1, *) }
        case .pad, .split, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .unpack, .gather, .gatherGrad:
            return nil  // layout kernels move memory at its bandwidth on one thread
        case .logSoftmax, .truncatingCast:
            return nil
        }
        return enoughWork(work, slices: slices)
    }

    /// `slices` when there are two or more and `work` is worth handing to other threads.
    private static func enoughWork(_ work: Double, slices: Int?) -> Int? {
        guard work >= Double(1 << 18), let slices, slices >= 2 else { return nil }
        return slices
    }

    /// The segments `MatMulSplitting` splits a product `[rows, inner] x [inner, cols]` into for
    /// the target, or nil to leave it whole: products whose segments are row-stream products, by
    /// a matrix B of at least four level-2 caches, into up to 32 equal segments (a fixed number,
    /// so the sum's order does not depend on the threads), each at least 16 rows of B per row of
    /// A, so the partial sums stay a small fraction of B. Measured at batch 1, 2 threads, 1 MiB
    /// level 2: split, 8 MB of B took 0.099 ms instead of 0.124, 64 MB 1.8 instead of 2.9, 411 MB
    /// 13.6 instead of 21.7; at 2 and 4 MB the two were within the noise.
    public static func matMulSegments(rows: Int, inner: Int, cols: Int, dtype: DType, target: TargetDescription) -> Int? {
        let product = MatrixProduct(rows: rows, cols: cols, inner: inner, transposeA: false, transposeB: false, dtype: dtype)
        guard RowStreamTiling.lanes(product, vectorBytes: vectorBytes(features: target.features)) != nil,
              Double(inner) * Double(cols) * Double(dtype.byteSize) >= 4 * Double(TargetCaches.level2Bytes(target))
        else { return nil }
        return stride(from: 32, through: 4, by: -1).first { inner % $0 == 0 && inner / $0 >= 16 * rows }
    }

    /// The widest vector registers the target's features enable (x86: AVX-512, AVX, else SSE).
    static func vectorBytes(features: String) -> Int {
        let enabled = Set(features.split(separator: ",").filter { $0.hasPrefix("+") }.map { String($0.dropFirst()) })
        if enabled.contains("avx512f") { return 64 }
        if enabled.contains("avx") { return 32 }
        return 16
    }

    private static func emitKernel(_ kernel: Kernel, plan: ExecutionPlan, module: Module, target: TargetDescription,
                                   level1CacheBytes: Int, globals: [Int: IRValue], attributes: [Attribute]) throws -> EmittedKernel {
        let context = module.context
        // Parameters: every non-constant buffer the kernel reads, then the one it writes.
        var params: [Int] = []
        for v in kernel.operands {
            if let id = plan.valueBuffer[v], globals[id] == nil, !params.contains(id) { params.append(id) }
        }
        for id in kernel.outputs where !params.contains(id) { params.append(id) }
        let vectorBytes = vectorBytes(features: target.features)
        let batch = parallelBatch(kernel, plan, vectorBytes: vectorBytes)
        let pointerTypes = params.map { context.pointer(to: context.irType(plan.buffers[$0].dtype)) }
        let fnType = context.function(context.void, pointerTypes + (batch == nil ? [] : [context.int64, context.int64]))
        let fn = module.addFunction(kernel.name, type: fnType)
        fn.makeInternal()
        attributes.forEach(fn.addAttribute)
        // Inlined, the kernels called once all became one function of the entry's size, which
        // instruction selection and register allocation take superlinear time over (folding
        // ResNet50's batch norms took 2 s of LLVM); a call per loop nest costs nothing measurable.
        // Kernels of single elements stay inlinable: the blog's graph is then one `lea`.
        if kernel.outputs.contains(where: { plan.buffers[$0].elementCount > 1 }) {
            fn.addAttribute(context.enumAttribute("noinline"))
        }
        // Buffers of one kernel never overlap: the memory plan keeps live buffers apart.
        for i in params.indices { fn.addParameterAttribute(i, context.enumAttribute("noalias")) }

        let emitter = KernelEmitter(plan: plan, kernel: kernel, module: module, function: fn)
        emitter.vectorBytes = vectorBytes
        emitter.level1CacheBytes = level1CacheBytes
        if batch != nil { emitter.batchRange = (fn.parameter(params.count), fn.parameter(params.count + 1)) }
        for (i, id) in params.enumerated() { emitter.pointers[id] = fn.parameter(i) }
        for (id, g) in globals {
            emitter.pointers[id] = emitter.b.bitCast(g, context.pointer(to: context.irType(plan.buffers[id].dtype)))
        }
        let body = emitter.b.insertBlock
        try emitter.emitBody()
        emitter.finish(allocasTo: body)
        guard batch != nil else { return EmittedKernel(function: fn, type: fnType, parameters: params, batch: nil, taskFunction: nil, loopHints: emitter.loopHints) }

        // The task each thread runs: unpack the buffer pointers, compute the slice.
        let bytePtr = context.pointer(to: context.int8)
        let task = module.addFunction(kernel.name + ".task", type: context.function(context.void, [context.pointer(to: bytePtr), context.int64, context.int64]))
        task.makeInternal()
        attributes.forEach(task.addAttribute)
        let tb = Builder(context: context)
        tb.position(at: task.appendBlock("entry"))
        let args = pointerTypes.enumerated().map { i, t in
            tb.bitCast(tb.load(bytePtr, tb.gep(bytePtr, task.parameter(0), [context.i64(i)])), t)
        }
        tb.call(fnType, fn.value, args + [task.parameter(1), task.parameter(2)])
        tb.retVoid()
        return EmittedKernel(function: fn, type: fnType, parameters: params, batch: batch, taskFunction: task, loopHints: emitter.loopHints)
    }

    /// Calls every kernel in plan order with its buffers (given as `i8*` by buffer id). A
    /// batch-parallel kernel goes through `parallelFor(task, buffers, batch)`, the runtime's
    /// function that splits the batch across threads, when one is given.
    private static func callKernels(_ kernels: [EmittedKernel], plan: ExecutionPlan, builder: Builder,
                                    bytes: [Int: IRValue], parallelFor: IRValue? = nil,
                                    afterEach hook: ((Int) -> Void)? = nil) throws {
        let context = builder.context
        let bytePtr = context.pointer(to: context.int8)
        hook?(-1)
        for (index, k) in kernels.enumerated() {
            defer { hook?(index) }
            let raw = try k.parameters.map { id -> IRValue in
                guard let raw = bytes[id] else { throw CodegenError("buffer b\(id) has no memory in the entry function") }
                return raw
            }
            let args = zip(k.parameters, raw).map { id, r in
                builder.bitCast(r, context.pointer(to: context.irType(plan.buffers[id].dtype)))
            }
            guard let batch = k.batch else {
                builder.call(k.type, k.function.value, args)
                continue
            }
            guard let parallelFor, let task = k.task else {
                builder.call(k.type, k.function.value, args + [context.i64(0), context.i64(batch)])
                continue
            }
            let table = builder.alloca(context.array(of: bytePtr, count: max(raw.count, 1)), "task.buffers")
            let slots = builder.bitCast(table, context.pointer(to: bytePtr))
            for (i, r) in raw.enumerated() { builder.store(builder.bitCast(r, bytePtr), builder.gep(bytePtr, slots, [context.i64(i)])) }
            let taskType = context.function(context.void, [context.pointer(to: bytePtr), context.int64, context.int64])
            let forType = context.function(context.void, [context.pointer(to: taskType), bytePtr, context.int64])
            let fnPointer = builder.bitCast(parallelFor, context.pointer(to: forType))
            builder.call(forType, fnPointer, [task, builder.bitCast(slots, bytePtr), context.i64(batch)])
        }
    }

    /// Input dtypes and the output dtype when the graph maps single elements to one single element.
    private static func scalarSignature(_ plan: ExecutionPlan) -> (inputs: [DType], output: DType)? {
        // Weights live outside the module; the by-value form has no way to be given them.
        guard plan.outputNames.count == 1, plan.stateNames.isEmpty, plan.weightNodes.isEmpty else { return nil }
        var inputs: [DType] = [], output: DType?
        for b in plan.buffers {
            switch b.kind {
            case .input:
                guard b.elementCount == 1 else { return nil }
                inputs.append(b.dtype)
            case .output:
                guard b.elementCount == 1 else { return nil }
                output = b.dtype
            case .arena, .constant, .state, .weight: continue
            }
        }
        return output.map { (inputs, $0) }
    }

    /// `T NAME(T in0, ...)`: every buffer on the stack, which LLVM promotes to registers.
    private static func emitScalarForm(_ plan: ExecutionPlan, _ signature: (inputs: [DType], output: DType),
                                       name: String, kernels: [EmittedKernel], module: Module,
                                       attributes: [Attribute]) throws {
        let context = module.context
        let fn = module.addFunction(name, type: context.function(context.irType(signature.output),
                                                                  signature.inputs.map(context.irType)))
        attributes.forEach(fn.addAttribute)
        let builder = Builder(context: context)
        builder.position(at: fn.appendBlock("entry"))
        var bytes: [Int: IRValue] = [:]
        var outputSlot: (IRValue, Buffer)?
        for b in plan.buffers {
            if case .constant = b.kind { continue }
            let slot = builder.alloca(context.array(of: context.irType(b.dtype), count: max(b.elementCount, 1)), b.name)
            bytes[b.id] = builder.bitCast(slot, context.pointer(to: context.int8))
            if case .input(let k) = b.kind {
                builder.store(fn.parameter(k), builder.bitCast(slot, context.pointer(to: context.irType(b.dtype))))
            }
            if case .output = b.kind { outputSlot = (slot, b) }
        }
        try callKernels(kernels, plan: plan, builder: builder, bytes: bytes)
        guard let (slot, buffer) = outputSlot else { throw CodegenError("scalar form without an output") }
        let t = context.irType(buffer.dtype)
        builder.ret(builder.load(t, builder.bitCast(slot, context.pointer(to: t))))
    }
}
