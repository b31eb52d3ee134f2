import GraphIR
import LLVMKit

/// Loops with run-time bounds and an explicitly vectorised dot product, for the gradient kernels.
extension KernelEmitter {
    /// `for i in stride(from: start, to: end, by: step) { body(i) }` with run-time bounds; no
    /// iteration when `start >= end`.
    func rangeLoop(from start: IRValue, to end: IRValue, step: Int = 1, _ name: String,
                   _ body: (IRValue) throws -> Void) rethrows {
        let pre = b.insertBlock
        let header = function.appendBlock(name)
        let exit = function.appendBlock(name + ".end")
        b.condBr(b.icmp(.slt, start, end), header, exit)
        b.position(at: header)
        let i = b.phi(context.int64, name)
        b.addIncoming(i, start, from: pre)
        try body(i)
        let next = b.addNSW(i, i64(step), name + ".next")
        b.addIncoming(i, next, from: b.insertBlock)
        b.condBr(b.icmp(.slt, next, end), header, exit)
        b.position(at: exit)
    }

    /// The outputs `o` in `[0, g.output)` whose input coordinate `o * stride + offset` lies in
    /// `[0, g.input)`, where `offset = k * dilation - padBefore` for window position `k`: the
    /// bounds of a loop that needs no per-element range check.
    func validOutputRange(_ g: AxisGeometry, window k: IRValue) -> (lo: IRValue, hi: IRValue, offset: IRValue) {
        let offset = b.add(g.dilation == 1 ? k : b.mulNSW(k, i64(g.dilation)), i64(-g.padBefore))
        let zero = i64(0)
        // lo = ceil(-offset / stride) when offset < 0 (both operands of the division non-negative).
        let negative = b.icmp(.slt, offset, zero)
        let up = b.div(b.add(b.neg(offset), i64(g.stride - 1)), i64(g.stride))
        let lo = b.select(negative, up, zero)
        // hi = floor((input - 1 - offset) / stride) + 1, or 0 when the numerator is negative.
        let t = b.sub(i64(g.input - 1), offset)
        let raw = b.select(b.icmp(.slt, t, zero), zero, b.add(b.div(t, i64(g.stride)), i64(1)))
        let hi = b.select(b.icmp(.slt, raw, i64(g.output)), raw, i64(g.output))
        return (lo, hi, offset)
    }

    /// Running sums of dot products: a vector of partial sums and a scalar for the tails.
    struct DotAccumulator {
        let dtype: DType
        let lanes: Int
        let vector: IRValue
        let scalar: IRValue
    }

    /// A zeroed accumulator as wide as the target's vector registers.
    func dotAccumulator(_ dtype: DType) -> DotAccumulator {
        let t = elementType(dtype)
        let lanes = max(vectorBytes / dtype.byteSize, 2)
        let vt = context.vector(of: t, count: lanes)
        let acc = DotAccumulator(dtype: dtype, lanes: lanes, vector: entryAlloca(vt, "dot.v"), scalar: entryAlloca(t, "dot.s"))
        resetDot(acc)
        return acc
    }

    func resetDot(_ acc: DotAccumulator) {
        b.store(context.null(context.vector(of: elementType(acc.dtype), count: acc.lanes)), acc.vector)
        b.store(context.zero(acc.dtype), acc.scalar)
    }

    /// Adds `Σ a[aStart + i] * c[cStart + i]` for `i in 0..<count`, both contiguous, to `acc`.
    /// LLVM does not vectorise a floating-point reduction it may not reorder, so the body is
    /// written with vectors (FMAs into the vector of partial sums), then a scalar tail.
    func accumulateDot(_ acc: DotAccumulator, _ a: IRValue, _ aStart: IRValue, _ c: IRValue, _ cStart: IRValue,
                       count: IRValue) throws {
        let dtype = acc.dtype, t = elementType(dtype)
        let vt = context.vector(of: t, count: acc.lanes)
        let vp = context.pointer(to: vt)
        let full = b.and(count, i64(-acc.lanes))
        try rangeLoop(from: i64(0), to: full, step: acc.lanes, "dot.v") { i in
            let va = b.load(vt, b.bitCast(b.gep(t, a, [b.addNSW(aStart, i)]), vp), alignment: dtype.byteSize)
            let vc = b.load(vt, b.bitCast(b.gep(t, c, [b.addNSW(cStart, i)]), vp), alignment: dtype.byteSize)
            b.store(try intrinsic("llvm.fmuladd", vt, [va, vc, b.load(vt, acc.vector)]), acc.vector)
        }
        try rangeLoop(from: full, to: count, "dot.tail") { i in
            let x = load(dtype, a, b.addNSW(aStart, i)), y = load(dtype, c, b.addNSW(cStart, i))
            b.store(try multiplyAdd(x, y, b.load(t, acc.scalar), dtype), acc.scalar)
        }
    }

    /// The accumulated sum: the vector's lanes added as a tree, plus the scalar part.
    func dotTotal(_ acc: DotAccumulator) -> IRValue {
        let vt = context.vector(of: elementType(acc.dtype), count: acc.lanes)
        return b.add(horizontalSum(b.load(vt, acc.vector), lanes: acc.lanes), b.load(elementType(acc.dtype), acc.scalar))
    }

    /// The sum of a float vector's lanes, added as a tree.
    func horizontalSum(_ vector: IRValue, lanes: Int) -> IRValue {
        var v = vector
        var width = lanes
        while width > 1 {
            width /= 2
            let undef = context.undef(v.type)
            v = b.add(b.shuffle(v, undef, mask: Array(0..<width)), b.shuffle(v, undef, mask: Array(width..<2 * width)))
        }
        return b.extractElement(v, i64(0))
    }

    /// Sets `count` elements of `base` from `start` to zero.
    func zeroFill(_ dtype: DType, _ base: IRValue, start: IRValue, count: Int) {
        loop(count, "zero") { i in store(dtype, context.zero(dtype), base, b.addNSW(start, i)) }
    }
}
