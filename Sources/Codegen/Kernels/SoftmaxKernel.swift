import CLLVM
import GraphIR
import LLVMKit

extension KernelEmitter {
    /// Softmax along the last axis, row by row: `exp(x - max) / Σ exp(x - max)`, so logits
    /// such as 1000 do not overflow.
    func emitSoftmax(_ n: Node) throws {
        let shape = n.types[0].shape ?? []
        let dtype = n.types[0].dtype
        let t = elementType(dtype)
        let length = shape.last ?? 1
        let rows = shape.dropLast().reduce(1, *)
        let xPtr = try pointer(of: n.inputs[0])
        let out = try outputPointer
        let maxSlot = entryAlloca(t, "max"), sumSlot = entryAlloca(t, "sum")
        try loop(rows, "row") { r in
            let start = b.mulNSW(r, i64(length))
            let (_, sum) = try emitShiftedExponentials(dtype, xPtr, start: start, length: length, into: out,
                                                       maxSlot: maxSlot, sumSlot: sumSlot)
            let scale = b.div(context.scalar(dtype, 1), sum)
            loop(length, "scale") { j in
                let o = b.addNSW(start, j)
                store(dtype, b.mul(load(dtype, out, o), scale), out, o)
            }
            try emitEpilogue(start: start, count: length)
        }
    }

    /// For one row of `length` values at `start`: stores `exp(x - max)` into `dest` at the same
    /// offsets and returns the row's max and the sum of those exponentials (shared by Softmax and
    /// the cross-entropy losses, which must agree on the stable formula).
    func emitShiftedExponentials(_ dtype: DType, _ x: IRValue, start: IRValue, length: Int, into dest: IRValue,
                                 maxSlot: IRValue, sumSlot: IRValue) throws -> (max: IRValue, sum: IRValue) {
        let t = elementType(dtype)
        b.store(context.lowest(dtype), maxSlot)
        try loop(length, "max") { j in
            b.store(try emitBinary(.maximum, b.load(t, maxSlot), load(dtype, x, b.addNSW(start, j)), dtype), maxSlot)
        }
        let m = b.load(t, maxSlot)
        b.store(context.zero(dtype), sumSlot)
        try loop(length, "exp") { j in
            let o = b.addNSW(start, j)
            let e = try emitUnary(.exp, b.sub(load(dtype, x, o), m), dtype)
            store(dtype, e, dest, o)
            b.store(b.add(b.load(t, sumSlot), e), sumSlot)
        }
        return (m, b.load(t, sumSlot))
    }
}
