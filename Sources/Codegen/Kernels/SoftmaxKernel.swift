import GraphIR
import LLVMKit

extension KernelEmitter {
    /// Softmax along the last axis, row by row: `exp(x - max) / Σ exp(x - max)`, so logits
    /// such as 1000 do not overflow.
    func emitSoftmax(_ n: Node) throws {
        try eachSoftmaxRow(n) { dtype, _, out, start, length, _, sum in
            let scale = self.b.div(self.context.scalar(dtype, 1), sum)
            self.loop(length, "scale") { j in
                let o = self.b.addNSW(start, j)
                self.store(dtype, self.b.mul(self.load(dtype, out, o), scale), out, o)
            }
        }
    }

    /// LogSoftmax along the last axis, row by row: `(x - max) - log(Σ exp(x - max))`, TensorFlow's
    /// formula, finite for logits such as 1000 and exact for the largest logit of a row.
    func emitLogSoftmax(_ n: Node) throws {
        try eachSoftmaxRow(n) { dtype, x, out, start, length, max, sum in
            let logSum = try self.emitUnary(.log, sum, dtype)
            self.loop(length, "shift") { j in
                let o = self.b.addNSW(start, j)
                self.store(dtype, self.b.sub(self.b.sub(self.load(dtype, x, o), max), logSum), out, o)
            }
        }
    }

    /// The row loop both softmaxes share: per row of the last axis, the shifted exponentials are
    /// stored in the output and `finish` gets the row's max and sum to write the result; then the
    /// row's epilogue runs.
    private func eachSoftmaxRow(_ n: Node, _ finish: (_ dtype: DType, _ x: IRValue, _ out: IRValue, _ start: IRValue,
                                                    _ length: Int, _ max: IRValue, _ sum: IRValue) throws -> Void) throws {
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
            let (max, sum) = try emitShiftedExponentials(dtype, xPtr, start: start, length: length, into: out,
                                                         maxSlot: maxSlot, sumSlot: sumSlot)
            try finish(dtype, xPtr, out, start, length, max, sum)
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
