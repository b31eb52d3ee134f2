import GraphIR
import LLVMKit

extension KernelEmitter {
    /// `out[m,n] = Σk A[m,k] B[k,n]`, one output row at a time. Without transpose_b the inner loop
    /// runs along the row of B and the output (contiguous: vectorises as a broadcast FMA); with
    /// transpose_b the row of B is a column, so each output is a dot product along k.
    func emitMatMul(_ n: Node, transposeA ta: Bool, transposeB tb: Bool) throws {
        let a = graph[n.inputs[0]]
        let dtype = n.types[0].dtype
        let outShape = n.types[0].shape ?? []
        let (m, cols) = (outShape[0], outShape[1])
        let inner = (a.shape ?? [])[ta ? 0 : 1]
        let aPtr = try pointer(of: n.inputs[0]), bPtr = try pointer(of: n.inputs[1])
        let out = try outputPointer
        try batchLoop(m, "i") { i in
            let rowStart = b.mulNSW(i, i64(cols))
            let aOffset: (IRValue) -> IRValue = { k in
                ta ? self.b.addNSW(self.b.mulNSW(k, self.i64(m)), i) : self.b.addNSW(self.b.mulNSW(i, self.i64(inner)), k)
            }
            if !tb {
                loop(cols, "zero") { j in store(dtype, context.zero(dtype), out, b.addNSW(rowStart, j)) }
                try loop(inner, "k") { k in
                    let x = load(dtype, aPtr, aOffset(k))
                    let bRow = b.mulNSW(k, i64(cols))
                    try loop(cols, "j") { j in
                        let o = b.addNSW(rowStart, j)
                        store(dtype, try multiplyAdd(x, load(dtype, bPtr, b.addNSW(bRow, j)), load(dtype, out, o), dtype), out, o)
                    }
                }
            } else if !ta && dtype.isFloatingPoint {
                // Both rows contiguous along k: vector dot products (LLVM would not reorder the sum).
                let acc = dotAccumulator(dtype)
                try loop(cols, "j") { j in
                    resetDot(acc)
                    try accumulateDot(acc, aPtr, b.mulNSW(i, i64(inner)), bPtr, b.mulNSW(j, i64(inner)), count: i64(inner))
                    store(dtype, dotTotal(acc), out, b.addNSW(rowStart, j))
                }
            } else {
                try loop(cols, "j") { j in
                    let o = b.addNSW(rowStart, j)
                    store(dtype, context.zero(dtype), out, o)
                    let bRow = b.mulNSW(j, i64(inner))
                    try loop(inner, "k") { k in
                        let x = load(dtype, aPtr, aOffset(k))
                        store(dtype, try multiplyAdd(x, load(dtype, bPtr, b.addNSW(bRow, k)), load(dtype, out, o), dtype), out, o)
                    }
                }
            }
            try emitEpilogue(start: rowStart, count: cols)
        }
    }
}
