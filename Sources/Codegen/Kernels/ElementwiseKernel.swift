import GraphIR
import LLVMKit

extension KernelEmitter {
    /// A loop nest over the root's shape computing the fused element-wise tree per element.
    /// Loops follow the dimensions, so broadcast operands index by coordinates and the innermost
    /// loop stays contiguous for vectorisation.
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
        try nest(0, [])
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
