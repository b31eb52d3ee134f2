import GraphIR
import LLVMKit

extension KernelEmitter {
    /// A loop nest over the root's shape computing the fused element-wise tree per element.
    /// Loops follow the dimensions, so broadcast operands index by coordinates and the innermost
    /// loop stays contiguous for vectorisation.
    ///
    /// Run in parallel, the slices are the indices of the outer one or two dimensions
    /// (`elementwiseSlices`): a standalone ReLU over Xception's 74x74x256 entry flow then uses
    /// every core; run on one thread the nest is the plain loops.
    func emitElementwiseKernel() throws {
        let root = node(kernel.root)
        let shape = root.types[0].shape ?? []
        let out = try outputPointer
        func nest(_ d: Int, _ coords: [IRValue]) throws {
            if d == shape.count {
                let index = ElementIndex(linear: linear(coords, shape), shape: shape, coords: coords, emitter: self)
                var memo: [Int: IRValue] = [:]
                let v = try elementValue(Value(node: kernel.root), at: index, anchorValue: nil, memo: &memo)
                store(root.types[0].dtype, v, out, index.linear)
                return
            }
            // Only the innermost loop is vectorised along itself (see `LoopHint.noVectorize`).
            let hints: [LoopHint] = d < shape.count - 1 ? [.noVectorize] : []
            try loop(shape[d], "d\(d)", hints: hints) { i in try nest(d + 1, coords + [i]) }
        }
        guard batchRange != nil, let (dims, slices) = Self.elementwiseSlices(shape) else { return try nest(0, []) }
        try batchLoop(slices, "outer", hints: [.noVectorize]) { s in
            try nest(dims, dims == 1 ? [s] : [b.div(s, i64(shape[1])), b.remainder(s, i64(shape[1]), "d1")])
        }
    }

    /// The slices of an element-wise nest run in parallel: the indices of its first two
    /// dimensions (rank 3 or more: the images and rows of NHWC), or of its first (rank 2), with
    /// the innermost dimension always left whole to vectorise; nil for lower ranks.
    static func elementwiseSlices(_ shape: [Int]) -> (dims: Int, slices: Int)? {
        if shape.count >= 3 { return (2, shape[0] * shape[1]) }
        if shape.count == 2 { return (1, shape[0]) }
        return nil
    }

    /// Copies a value into the output buffer (outputs that are inputs, constants or aliases).
    func emitCopy(_ source: Value) throws {
        let t = graph[source]
        let count = t.elementCount ?? 0
        let src = try pointer(of: source)
        let out = try outputPointer
        loop(count, "copy") { i in store(t.dtype, load(t.dtype, src, i), out, i) }
    }
}
