import GraphIR
import LLVMKit

extension KernelEmitter {
    /// Output dimension d is input dimension `perm[d]`: the output is written in memory order (the
    /// innermost loop contiguous in it) and the input read at the permuted strides.
    func emitTranspose(_ n: Node, _ perm: [Int]) throws {
        let xs = graph[n.inputs[0]].shape ?? []
        let outShape = n.types[0].shape ?? []
        let dtype = n.types[0].dtype
        let inStrides = Self.strides(xs)
        let xPtr = try pointer(of: n.inputs[0])
        let out = try outputPointer
        guard let last = outShape.last else {
            store(dtype, load(dtype, xPtr, i64(0)), out, i64(0))
            try emitEpilogue(start: i64(0), count: 1)
            return
        }
        let rank = outShape.count
        func nest(_ d: Int, _ coords: [IRValue]) throws {
            guard d == rank - 1 else {
                try loop(outShape[d], "d\(d)") { i in try nest(d + 1, coords + [i]) }
                return
            }
            var source: IRValue = i64(0)
            for (k, c) in coords.enumerated() where outShape[k] != 1 {
                source = b.addNSW(source, b.mulNSW(c, i64(inStrides[perm[k]])))
            }
            let rowStart = linear(coords + [i64(0)], outShape)
            loop(last, "d\(d)") { j in
                let v = load(dtype, xPtr, b.addNSW(source, b.mulNSW(j, i64(inStrides[perm[d]]))))
                store(dtype, v, out, b.addNSW(rowStart, j))
            }
            try emitEpilogue(start: rowStart, count: last)
        }
        try nest(0, [])
    }
}
