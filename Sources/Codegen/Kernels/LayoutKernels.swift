import GraphIR
import LLVMKit

/// Transpose and ReverseV2: both only move elements, and each output element reads the input at
/// an affine function of the output coordinates, so they share one index-remap loop nest.
extension KernelEmitter {
    /// Output dimension d is input dimension `perm[d]`: the input is read at the permuted strides.
    func emitTranspose(_ n: Node, _ perm: [Int]) throws {
        let inStrides = Self.strides(graph[n.inputs[0]].shape ?? [])
        try emitIndexRemap(n, base: 0, strides: perm.map { inStrides[$0] })
    }

    /// Coordinate i of a reversed axis of size s reads input coordinate `s - 1 - i`: the walk starts
    /// at that axis's last element and steps backwards (a negative stride).
    func emitReverse(_ n: Node, _ axes: [Int]) throws {
        let xs = graph[n.inputs[0]].shape ?? []
        let inStrides = Self.strides(xs)
        let base = axes.reduce(0) { $0 + max(xs[$1] - 1, 0) * inStrides[$1] }
        let strides = xs.indices.map { axes.contains($0) ? -inStrides[$0] : inStrides[$0] }
        try emitIndexRemap(n, base: base, strides: strides)
    }

    /// `out[c] = x[base + Σ c[d] * strides[d]]`. The output is written in memory order (the
    /// innermost loop contiguous in it), so the epilogue runs on whole rows.
    private func emitIndexRemap(_ n: Node, base: Int, strides: [Int]) throws {
        let outShape = n.types[0].shape ?? []
        let dtype = n.types[0].dtype
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
            var source: IRValue = i64(base)
            for (k, c) in coords.enumerated() where outShape[k] != 1 {
                source = b.addNSW(source, b.mulNSW(c, i64(strides[k])))
            }
            let rowStart = linear(coords + [i64(0)], outShape)
            loop(last, "d\(d)") { j in
                let v = load(dtype, xPtr, b.addNSW(source, b.mulNSW(j, i64(strides[d]))))
                store(dtype, v, out, b.addNSW(rowStart, j))
            }
            try emitEpilogue(start: rowStart, count: last)
        }
        try nest(0, [])
    }
}
