import GraphIR
import LLVMKit

extension KernelEmitter {
    /// Index of the largest element along `axis`, the first on ties. NaN counts as larger than
    /// any number (the first NaN wins), as NaN-propagating max would pick it. One output element at
    /// a time, so the fused epilogue may change the dtype (ArgMax -> Equal -> Cast).
    func emitArgMax(_ n: Node, axis: Int, outputType: DType) throws {
        let xs = graph[n.inputs[0]].shape ?? []
        let dtype = graph[n.inputs[0]].dtype
        let t = elementType(dtype)
        let outer = xs[..<axis].reduce(1, *), length = xs[axis], inner = xs[(axis + 1)...].reduce(1, *)
        let xPtr = try pointer(of: n.inputs[0])
        let best = entryAlloca(t, "best"), bestAt = entryAlloca(context.int64, "best.at")
        try loop(outer, "outer") { o in
            try loop(inner, "inner") { i in
                let base = b.addNSW(b.mulNSW(o, i64(length * inner)), i)
                b.store(load(dtype, xPtr, base), best)
                b.store(i64(0), bestAt)
                rangeLoop(from: i64(1), to: i64(length), "k") { k in
                    let v = load(dtype, xPtr, b.addNSW(base, b.mulNSW(k, i64(inner))))
                    let current = b.load(t, best)
                    let take: IRValue
                    if dtype.isFloatingPoint {
                        take = orAll([b.fcmp(.ogt, v, current),
                                      b.and(b.fcmp(.uno, v, v), b.fcmp(.ord, current, current))])
                    } else {
                        take = b.icmp(.sgt, v, current)
                    }
                    b.store(b.select(take, v, current), best)
                    b.store(b.select(take, k, b.load(context.int64, bestAt)), bestAt)
                }
                let index = b.intCast(b.load(context.int64, bestAt), elementType(outputType), signed: true)
                try emitEpilogue(at: b.addNSW(b.mulNSW(o, i64(inner)), i), anchorValue: index)
            }
        }
    }
}
