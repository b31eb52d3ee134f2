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
            b.store(context.lowest(dtype), maxSlot)
            try loop(length, "max") { j in
                let v = load(dtype, xPtr, b.addNSW(start, j))
                b.store(try emitBinary(.maximum, b.load(t, maxSlot), v, dtype), maxSlot)
            }
            let m = b.load(t, maxSlot)
            b.store(context.zero(dtype), sumSlot)
            try loop(length, "exp") { j in
                let o = b.addNSW(start, j)
                let e = try emitUnary(.exp, b.sub(load(dtype, xPtr, o), m), dtype)
                store(dtype, e, out, o)
                b.store(b.add(b.load(t, sumSlot), e), sumSlot)
            }
            let scale = b.div(context.scalar(dtype, 1), b.load(t, sumSlot))
            loop(length, "scale") { j in
                let o = b.addNSW(start, j)
                store(dtype, b.mul(load(dtype, out, o), scale), out, o)
            }
            try emitEpilogue(start: start, count: length)
        }
    }
}
