import GraphIR
import LLVMKit

/// Scalar code for element-wise ops: the one lowering of the unary and binary families.
/// Fused kernels compose these per element (XLA's elemental emitter idea).
extension KernelEmitter {
    func emitUnary(_ op: UnaryOp, _ x: IRValue, _ dtype: DType) throws -> IRValue {
        let t = elementType(dtype)
        let isFloat = dtype.isFloatingPoint
        switch op {
        case .neg: return b.neg(x)
        case .relu:
            // `x <= 0 ? 0 : x`, so NaN (which compares false) passes through as TensorFlow's Relu does.
            let zero = context.zero(dtype)
            let nonPositive = isFloat ? b.fcmp(.ole, x, zero) : b.icmp(.sle, x, zero)
            return b.select(nonPositive, zero, x)
        case .square: return b.mul(x, x)
        case .abs:
            if isFloat { return try intrinsic("llvm.fabs", t, [x]) }
            let negative = b.icmp(.slt, x, context.zero(dtype))
            return b.select(negative, b.neg(x), x)
        case .exp: return try emitExp(x, dtype)
        case .log: return try intrinsic("llvm.log", t, [x])
        case .sqrt: return try intrinsic("llvm.sqrt", t, [x])
        case .rsqrt: return b.div(context.scalar(dtype, 1), try intrinsic("llvm.sqrt", t, [x]))
        case .sigmoid:
            // With e = e^-|x|: 1 / (1 + e) for x >= 0, e / (1 + e) below, so e never overflows and
            // results down to the subnormals keep their digits (1 / (1 + e^-x) gives 0 below -88.7).
            let e = try emitExp(b.neg(try intrinsic("llvm.fabs", t, [x])), dtype)
            let negative = b.fcmp(.olt, x, context.zero(dtype))
            return b.div(b.select(negative, e, context.scalar(dtype, 1)), b.add(context.scalar(dtype, 1), e))
        case .tanh:
            // The C library's tanh: `1 - 2 / (e^2x + 1)` cancels catastrophically near 0
            // (it gave tanh(1e-8) = 0 in float32), and no LLVM intrinsic exists.
            return try libraryCall(dtype == .float32 ? "tanhf" : "tanh", t, [x])
        case .elu:
            // `x > 0 ? x : e^x - 1` with expm1, exact near 0 (NaN takes the expm1 side and stays NaN).
            return b.select(b.fcmp(.ogt, x, context.zero(dtype)), x, try emitUnary(.expm1, x, dtype))
        case .softplus: return try emitSoftplus(x, dtype)
        case .erf: return try emitErf(x, dtype, complement: false)
        case .erfc: return try emitErf(x, dtype, complement: true)
        // No LLVM intrinsic exists for log1p; the C library's is accurate near 0.
        case .log1p: return try libraryCall(dtype == .float32 ? "log1pf" : "log1p", t, [x])
        case .expm1: return dtype == .float32 ? try emitExpm1Float32(x) : try libraryCall("expm1", t, [x])
        case .floor: return try intrinsic("llvm.floor", t, [x])
        case .ceil: return try intrinsic("llvm.ceil", t, [x])
        // Integers are already whole: Round is the identity on them.
        case .round: return isFloat ? try intrinsic("llvm.roundeven", t, [x]) : x
        case .sign: return emitSign(x, dtype)
        case .reciprocal: return b.div(context.scalar(dtype, 1), x)
        case .sin: return try intrinsic("llvm.sin", t, [x])
        case .cos: return try intrinsic("llvm.cos", t, [x])
        }
    }

    func emitBinary(_ op: BinaryOp, _ x: IRValue, _ y: IRValue, _ dtype: DType) throws -> IRValue {
        let isFloat = dtype.isFloatingPoint
        switch op {
        case .add: return b.add(x, y)
        case .sub: return b.sub(x, y)
        case .mul: return b.mul(x, y)
        case .div:
            if isFloat { return b.div(x, y) }
            // x86 traps on `min / -1` and on `/ 0`, which must not kill the process: x / -1 is -x
            // (wrapping) and x / 0 gives 0 (TensorFlow raises an error; generated code has no error
            // channel yet), so both divide by 1 instead.
            let minusOne = b.icmp(.eq, y, context.scalar(dtype, -1))
            let zero = b.icmp(.eq, y, context.zero(dtype))
            let special = b.or(minusOne, zero)
            let q = b.div(x, b.select(special, context.scalar(dtype, 1), y))
            return b.select(minusOne, b.neg(x), b.select(zero, context.zero(dtype), q))
        case .maximum:
            if isFloat { return propagatingNaN(b.fcmp(.ogt, x, y), x, y) }
            return b.select(b.icmp(.sgt, x, y), x, y)
        case .minimum:
            if isFloat { return propagatingNaN(b.fcmp(.olt, x, y), x, y) }
            return b.select(b.icmp(.slt, x, y), x, y)
        case .reluGrad:
            // x is the incoming gradient, y the Relu's input.
            let positive = isFloat ? b.fcmp(.ogt, y, context.zero(dtype)) : b.icmp(.sgt, y, context.zero(dtype))
            return b.select(positive, x, context.zero(dtype))
        case .pow:
            return isFloat ? try intrinsic("llvm.pow", elementType(dtype), [x, y]) : emitIntegerPow(x, y, dtype)
        case .floorDiv: return try emitFloorDivision(x, y, dtype, modulo: false)
        case .floorMod: return try emitFloorDivision(x, y, dtype, modulo: true)
        }
    }

    /// `pickX ? x : y`, except that a NaN in either operand is the result (TensorFlow's Maximum,
    /// Minimum, max pooling and Max keep NaN; LLVM's maxnum/minnum would drop it).
    /// `pickX` is an ordered compare, false when y is NaN, so only a NaN x needs its own select.
    private func propagatingNaN(_ pickX: IRValue, _ x: IRValue, _ y: IRValue) -> IRValue {
        b.select(b.fcmp(.uno, x, x), x, b.select(pickX, x, y))
    }

    /// e^x: straight-line float32 code that vectorises, the C library's `exp` for float64.
    func emitExp(_ x: IRValue, _ dtype: DType) throws -> IRValue {
        dtype == .float32 ? try emitExpFloat32(x) : try intrinsic("llvm.exp", elementType(dtype), [x])
    }

    /// `a * b + c`, contracted to an FMA where the target has one.
    func multiplyAdd(_ a: IRValue, _ bv: IRValue, _ c: IRValue, _ dtype: DType) throws -> IRValue {
        guard dtype.isFloatingPoint else { return b.add(b.mul(a, bv), c) }
        return try intrinsic("llvm.fmuladd", elementType(dtype), [a, bv, c])
    }

    /// A call to a C math library function taking and returning `type` (resolved by MCJIT in the process).
    func libraryCall(_ name: String, _ type: IRType, _ args: [IRValue]) throws -> IRValue {
        let fnType = context.function(type, args.map { _ in type })
        let fn = module.function(named: name) ?? module.addFunction(name, type: fnType)
        return b.call(fnType, fn.value, args)
    }

    func intrinsic(_ name: String, _ type: IRType, _ args: [IRValue]) throws -> IRValue {
        let (fn, fnType) = try module.intrinsic(name, overloads: [type])
        return b.call(fnType, fn, args)
    }
}

/// The position of one output element of a kernel: its linear offset and, computed on demand,
/// its coordinates (needed to read broadcast operands).
final class ElementIndex {
    let linear: IRValue
    let shape: [Int]
    private var known: [IRValue]?
    private unowned let emitter: KernelEmitter

    /// Row index and column of `linear` in the shape seen as rows of its last dimension, when the
    /// loop producing it already has them: the column then needs no division, and loops whose
    /// operands broadcast along rows (a bias) stay vectorisable.
    private let rowAndColumn: (row: IRValue, column: IRValue)?

    init(linear: IRValue, shape: [Int], coords: [IRValue]? = nil, row: IRValue? = nil, column: IRValue? = nil,
         emitter: KernelEmitter) {
        self.linear = linear
        self.shape = shape
        self.known = coords
        self.rowAndColumn = row.flatMap { r in column.map { (r, $0) } }
        self.emitter = emitter
    }

    var coords: [IRValue] {
        if let known { return known }
        let c: [IRValue]
        if let (row, column) = rowAndColumn, let last = shape.last {
            c = Self.coordinates(of: row, in: Array(shape.dropLast()), emitter) + [last == 1 ? emitter.i64(0) : column]
        } else {
            c = Self.coordinates(of: linear, in: shape, emitter)
        }
        known = c
        return c
    }

    private static func coordinates(of linear: IRValue, in shape: [Int], _ emitter: KernelEmitter) -> [IRValue] {
        let b = emitter.b
        let st = KernelEmitter.strides(shape)
        return shape.indices.map { d in
            if shape[d] == 1 { return emitter.i64(0) }
            let q = st[d] == 1 ? linear : b.div(linear, emitter.i64(st[d]))
            return d == 0 ? q : b.remainder(q, emitter.i64(shape[d]), signed: false)
        }
    }

    /// Offset of the element of a tensor of `operandShape` that broadcasts onto this position.
    func offset(broadcasting operandShape: [Int]) -> IRValue {
        if operandShape == shape { return linear }
        let lead = shape.count - operandShape.count
        let st = KernelEmitter.strides(operandShape)
        var acc: IRValue?
        let all = coords
        for (d, size) in operandShape.enumerated() where size != 1 {
            let c = all[lead + d]
            let term = st[d] == 1 ? c : emitter.b.mulNSW(c, emitter.i64(st[d]))
            acc = acc.map { emitter.b.addNSW($0, term) } ?? term
        }
        return acc ?? emitter.i64(0)
    }
}

extension KernelEmitter {
    /// The value of `v` at `index`, computing fused nodes of this kernel and loading the rest.
    /// `anchorValue` stands for the anchor's result at this element.
    func elementValue(_ v: Value, at index: ElementIndex, anchorValue: IRValue?,
                      memo: inout [Int: IRValue]) throws -> IRValue {
        if let known = memo[v.node] { return known }
        if case let .compute(anchor?, _) = kernel.kind, anchor == v.node, let anchorValue { return anchorValue }
        let inside = kernel.nodes
        guard inside.contains(v.node) else {
            let t = graph[v]
            return load(t.dtype, try pointer(of: v), index.offset(broadcasting: t.shape ?? []))
        }
        let n = node(v.node)
        let dtype = n.types[0].dtype
        let result: IRValue
        switch n.op {
        case .unary(let u):
            result = try emitUnary(u, try elementValue(n.inputs[0], at: index, anchorValue: anchorValue, memo: &memo), dtype)
        case .binary(let op):
            let x = try elementValue(n.inputs[0], at: index, anchorValue: anchorValue, memo: &memo)
            let y = try elementValue(n.inputs[1], at: index, anchorValue: anchorValue, memo: &memo)
            result = try emitBinary(op, x, y, dtype)
        case .assign:
            // The new value; the kernel's output buffer is the variable's own memory.
            result = try elementValue(n.inputs[1], at: index, anchorValue: anchorValue, memo: &memo)
        case .biasAdd(let format):
            let x = try elementValue(n.inputs[0], at: index, anchorValue: anchorValue, memo: &memo)
            let axis = format.channelAxis(rank: index.shape.count)
            let bias = load(dtype, try pointer(of: n.inputs[1]), index.coords[axis])
            result = b.add(x, bias)
        case .compare(let op):
            // Operands outside the kernel are read with broadcasting; fused ones have the kernel's shape.
            let x = try elementValue(n.inputs[0], at: index, anchorValue: anchorValue, memo: &memo)
            let y = try elementValue(n.inputs[1], at: index, anchorValue: anchorValue, memo: &memo)
            result = emitCompare(op, x, y, graph[n.inputs[0]].dtype)
        case .select:
            let c = try elementValue(n.inputs[0], at: index, anchorValue: anchorValue, memo: &memo)
            let x = try elementValue(n.inputs[1], at: index, anchorValue: anchorValue, memo: &memo)
            let y = try elementValue(n.inputs[2], at: index, anchorValue: anchorValue, memo: &memo)
            result = b.select(b.icmp(.ne, c, context.zero(.bool)), x, y)
        case .cast(let to):
            let x = try elementValue(n.inputs[0], at: index, anchorValue: anchorValue, memo: &memo)
            result = try emitCast(x, from: graph[n.inputs[0]].dtype, to: to)
        case .truncatingCast(let to):
            let x = try elementValue(n.inputs[0], at: index, anchorValue: anchorValue, memo: &memo)
            result = try emitTruncatingCast(x, to: to)
        case .broadcastTo:
            // An input outside the kernel is loaded at its broadcast offset; a fused one has this shape.
            result = try elementValue(n.inputs[0], at: index, anchorValue: anchorValue, memo: &memo)
        case .splat(let value):
            result = context.scalar(dtype, value)
        case .randomUniform(let seed, _):
            let counter = try elementValue(n.inputs[0], at: index, anchorValue: anchorValue, memo: &memo)
            result = emitRandomUniform(seed: seed, counter: counter, index: index.linear)
        default:
            throw CodegenError("node '\(n.name)' (\(n.op.name)) cannot be computed element-wise")
        }
        memo[v.node] = result
        return result
    }

    /// Applies this kernel's fused element-wise body, in place, to `count` consecutive elements of
    /// the output starting at `start`, which already hold the anchor's results. When `count` is a
    /// multiple of the output's last dimension, `start` must be too (every caller's rows are).
    func emitEpilogue(start: IRValue, count: Int) throws {
        guard let apply = try inPlaceEpilogue() else { return }
        let shape = node(kernel.root).types[0].shape ?? []
        // Whole rows of the last dimension (callers then start on a row): row and column come
        // from the loops, not from dividing the offset.
        if let last = shape.last, last > 1, count % last == 0 {
            let firstRow = b.div(start, i64(last))
            try loop(count / last, "epilogue.row", hints: [.noVectorize]) { r in
                let row = count == last ? firstRow : b.addNSW(firstRow, r)
                let rowStart = b.mulNSW(row, i64(last))
                try loop(last, "epilogue") { j in
                    let at = b.addNSW(rowStart, j)
                    try apply(at, ElementIndex(linear: at, shape: shape, row: row, column: j, emitter: self))
                }
            }
            return
        }
        try loop(count, "epilogue") { j in
            let at = count == 1 ? start : b.addNSW(start, j)
            try apply(at, ElementIndex(linear: at, shape: shape, emitter: self))
        }
    }
}

extension KernelEmitter {
    /// The fused epilogue, in place, on `count` consecutive elements of row `row` (the output seen
    /// as rows of its last dimension) from column `columnStart`: a register tile's stretch of one
    /// pixel's channels, which need no division to find their coordinates.
    func emitEpilogue(row: IRValue, columnStart: IRValue, count: Int) throws {
        let shape = node(kernel.root).types[0].shape ?? []
        guard let apply = try inPlaceEpilogue(), let last = shape.last else { return }
        let rowStart = b.addNSW(b.mulNSW(row, i64(last)), columnStart)
        try loop(count, "epilogue") { j in
            let at = b.addNSW(rowStart, j)
            try apply(at, ElementIndex(linear: at, shape: shape, row: row, column: b.addNSW(columnStart, j), emitter: self))
        }
    }

    /// The step both in-place epilogues run per element: read the anchor's result from the output
    /// buffer, compute the fused body on it, store the root's value back; nil when the kernel has
    /// no epilogue.
    private func inPlaceEpilogue() throws -> ((IRValue, ElementIndex) throws -> Void)? {
        guard case let .compute(anchor?, body) = kernel.kind, !body.isEmpty else { return nil }
        let out = try outputPointer
        let dtype = node(anchor).types[0].dtype
        // The anchor's results sit in the root's buffer, so they must have the root's element type.
        guard dtype == node(kernel.root).types[0].dtype else {
            throw CodegenError("kernel \(kernel.name): the fused element-wise ops change \(dtype) to \(node(kernel.root).types[0].dtype), which an in-place epilogue cannot hold")
        }
        return { at, index in
            var memo: [Int: IRValue] = [:]
            let v = try self.elementValue(Value(node: self.kernel.root), at: index, anchorValue: self.load(dtype, out, at), memo: &memo)
            self.store(dtype, v, out, at)
        }
    }

    /// Stores the root's value at `offset` given the anchor's value for that element in a register:
    /// for anchors computing one element at a time, so the fused ops may change the dtype
    /// (ArgMax -> Equal -> Cast, the accuracy pattern).
    func emitEpilogue(at offset: IRValue, anchorValue: IRValue) throws {
        let out = try outputPointer
        let root = node(kernel.root).types[0]
        guard case let .compute(_, body) = kernel.kind, !body.isEmpty else {
            store(root.dtype, anchorValue, out, offset)
            return
        }
        let index = ElementIndex(linear: offset, shape: root.shape ?? [], emitter: self)
        var memo: [Int: IRValue] = [:]
        let v = try elementValue(Value(node: kernel.root), at: index, anchorValue: anchorValue, memo: &memo)
        store(root.dtype, v, out, offset)
    }
}
