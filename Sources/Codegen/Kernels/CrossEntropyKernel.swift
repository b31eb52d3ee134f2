import GraphIR
import LLVMKit

extension KernelEmitter {
    /// Softmax cross-entropy of logits `[N,C]`, row by row, written to two outputs: loss `[N]` and
    /// backprop `[N,C]` = softmax(logits) - labels. Computed from the shifted logits `s = x - max`:
    /// `loss = Σ labels * (log Σ exp(s) - s)`, so large logits neither overflow nor cancel.
    ///
    /// `sparse`: labels are class indices `[N]`. A label outside `[0, C)` is never used as an index:
    /// its row gets a NaN loss and a NaN backprop row (what TensorFlow's GPU kernel returns; its CPU
    /// kernel raises an error, and generated code has no error channel).
    func emitSoftmaxCrossEntropy(_ n: Node, sparse: Bool) throws {
        let shape = graph[n.inputs[0]].shape ?? []
        let labelsType = graph[n.inputs[1]]
        let dtype = n.types[0].dtype
        let t = elementType(dtype)
        let (rows, classes) = (shape[0], shape[1])
        let xPtr = try pointer(of: n.inputs[0]), labelsPtr = try pointer(of: n.inputs[1])
        let loss = try outputPointer(0), backprop = try outputPointer(1)
        // Dense labels may broadcast onto the logits (an axis of size 1 is re-read).
        let ls = labelsType.shape ?? []
        if !sparse {
            guard ls.count == 2, (ls[0] == rows || ls[0] == 1), (ls[1] == classes || ls[1] == 1) else {
                throw CodegenError("node '\(n.name)': labels \(formatShape(ls)) do not broadcast to the logits \(formatShape(shape))")
            }
        }
        let maxSlot = entryAlloca(t, "max"), sumSlot = entryAlloca(t, "sum"), lossSlot = entryAlloca(t, "loss")
        let nan = context.scalar(dtype, .nan)
        try loop(rows, "row") { r in
            let start = b.mulNSW(r, i64(classes))
            // backprop first holds exp(x - max); it is turned into softmax - labels below.
            let (m, sum) = try emitShiftedExponentials(dtype, xPtr, start: start, length: classes, into: backprop,
                                                       maxSlot: maxSlot, sumSlot: sumSlot)
            let logSum = try emitUnary(.log, sum, dtype)
            if sparse {
                let label = b.intCast(load(labelsType.dtype, labelsPtr, r), context.int64, signed: true)
                let valid = inRange(label, classes)
                let safe = b.select(valid, label, i64(0))
                let shifted = b.sub(load(dtype, xPtr, b.addNSW(start, safe)), m)
                store(dtype, b.select(valid, b.sub(logSum, shifted), nan), loss, r)
                loop(classes, "backprop") { j in
                    let o = b.addNSW(start, j)
                    let one = b.select(b.icmp(.eq, j, label), context.scalar(dtype, 1), context.zero(dtype))
                    let g = b.sub(b.div(load(dtype, backprop, o), sum), one)
                    store(dtype, b.select(valid, g, nan), backprop, o)
                }
            } else {
                b.store(context.zero(dtype), lossSlot)
                try loop(classes, "backprop") { j in
                    let o = b.addNSW(start, j)
                    let labelAt = b.addNSW(ls[0] == 1 ? i64(0) : b.mulNSW(r, i64(ls[1])), ls[1] == 1 ? i64(0) : j)
                    let label = load(dtype, labelsPtr, labelAt)
                    let shifted = b.sub(load(dtype, xPtr, o), m)
                    b.store(try multiplyAdd(label, b.sub(logSum, shifted), b.load(t, lossSlot), dtype), lossSlot)
                    store(dtype, b.sub(b.div(load(dtype, backprop, o), sum), label), backprop, o)
                }
                store(dtype, b.load(t, lossSlot), loss, r)
            }
        }
    }
}
