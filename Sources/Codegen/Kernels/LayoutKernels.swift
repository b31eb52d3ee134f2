import GraphIR
import LLVMKit

/// Transpose, ReverseV2, Slice and StridedSlice: each output element reads the input at an affine
/// function of the output coordinates, so they share one index-remap loop nest (`emitIndexRemap`)
/// over the strided-copy walk every layout kernel uses (`emitStridedCopy`).
extension KernelEmitter {
    /// Output dimension d is input dimension `perm[d]`: the input is read at the permuted strides.
    func emitTranspose(_ n: Node, _ perm: [Int]) throws {
        let inStrides = Self.strides(graph[n.inputs[0]].shape ?? [])
        try emitIndexRemap(n, base: 0, strides: perm.map { inStrides[$0] }, shape: n.types[0].shape ?? [])
    }

    /// Coordinate i of a reversed axis of size s reads input coordinate `s - 1 - i`: the walk starts
    /// at that axis's last element and steps backwards (a negative stride).
    func emitReverse(_ n: Node, _ axes: [Int]) throws {
        let xs = graph[n.inputs[0]].shape ?? []
        let inStrides = Self.strides(xs)
        let base = axes.reduce(0) { $0 + max(xs[$1] - 1, 0) * inStrides[$1] }
        let strides = xs.indices.map { axes.contains($0) ? -inStrides[$0] : inStrides[$0] }
        try emitIndexRemap(n, base: base, strides: strides, shape: xs)
    }

    /// A block of the input: the output's shape from `begin`, at the input's own strides.
    func emitSlice(_ n: Node, begin: [Int]) throws {
        let inStrides = Self.strides(graph[n.inputs[0]].shape ?? [])
        let base = zip(begin, inStrides).reduce(0) { $0 + $1.0 * $1.1 }
        try emitIndexRemap(n, base: base, strides: inStrides, shape: n.types[0].shape ?? [])
    }

    /// StridedSlice in its dense form: the output walks the input's dimensions (shrunk ones fixed
    /// at their index, new axes of size 1 having no effect on the order) from `begin` by `strides`.
    func emitStridedSlice(_ n: Node, _ spec: StridedSliceSpec) throws {
        let xs = graph[n.inputs[0]].shape ?? []
        guard let r = try spec.resolve(xs) else { throw CodegenError("node '\(n.name)': StridedSlice of unknown rank") }
        let inStrides = Self.strides(xs)
        let base = xs.indices.reduce(0) { $0 + (r.sizes[$1] == 0 ? 0 : r.begin[$1] * inStrides[$1]) }
        // A dimension walked once never uses its stride, which may be huge (x[::10**12]).
        let strides = xs.indices.map { r.sizes[$0] <= 1 ? 0 : r.strides[$0] * inStrides[$0] }
        try emitIndexRemap(n, base: base, strides: strides, shape: r.sizes)
    }

    /// `out[c] = x[base + Σ c[d] * strides[d]]` over `shape`, which has the output's elements in
    /// the output's order (the output shape itself, or it with size-1 dimensions added or removed).
    /// The output is written in memory order, so the epilogue runs on whole rows.
    private func emitIndexRemap(_ n: Node, base: Int, strides: [Int], shape: [Int]) throws {
        try emitStridedCopy(n.types[0].dtype, from: try pointer(of: n.inputs[0]), at: i64(base), strides: strides,
                            to: try outputPointer, at: i64(0), strides: Self.strides(shape), shape: shape,
                            afterRow: { start, count in try self.emitEpilogue(start: start, count: count) })
    }

    /// For every coordinate c of `shape`: `dst[dstStart + c·dstStrides] = src[srcStart + c·srcStrides]`.
    ///
    /// Dimensions of size 1 are dropped and neighbours that are contiguous in both buffers merged
    /// first, so the innermost loop is as long as possible: a slice of whole rows or a concat along
    /// channels copies one run per row, which LLVM vectorises. `afterRow(start, count)` runs after
    /// each innermost run with its place in `dst`; when `dst` is written in row-major order of
    /// `shape`, a run is a whole number of the output's last dimension and starts on one.
    func emitStridedCopy(_ dtype: DType, from src: IRValue, at srcStart: IRValue, strides srcStrides: [Int],
                         to dst: IRValue, at dstStart: IRValue, strides dstStrides: [Int], shape: [Int],
                         afterRow: ((IRValue, Int) throws -> Void)? = nil) throws {
        guard !shape.contains(0) else { return }
        var dims: [(size: Int, src: Int, dst: Int)] = []
        for d in shape.indices where shape[d] != 1 {
            // The outer neighbour steps exactly over this dimension in both buffers: one dimension.
            if let outer = dims.last, outer.src == shape[d] * srcStrides[d], outer.dst == shape[d] * dstStrides[d] {
                dims[dims.count - 1] = (outer.size * shape[d], srcStrides[d], dstStrides[d])
            } else {
                dims.append((shape[d], srcStrides[d], dstStrides[d]))
            }
        }
        guard let last = dims.last else {
            store(dtype, load(dtype, src, srcStart), dst, dstStart)
            try afterRow?(dstStart, 1)
            return
        }
        func offset(_ start: IRValue, _ i: IRValue, _ stride: Int) -> IRValue {
            stride == 0 ? start : b.addNSW(start, stride == 1 ? i : b.mulNSW(i, i64(stride)))
        }
        func nest(_ k: Int, _ s: IRValue, _ t: IRValue) throws {
            guard k == dims.count - 1 else {
                try loop(dims[k].size, "d\(k)") { i in try nest(k + 1, offset(s, i, dims[k].src), offset(t, i, dims[k].dst)) }
                return
            }
            loop(last.size, "d\(k)") { j in
                store(dtype, load(dtype, src, offset(s, j, last.src)), dst, offset(t, j, last.dst))
            }
            try afterRow?(t, last.size)
        }
        try nest(0, srcStart, dstStart)
    }
}
