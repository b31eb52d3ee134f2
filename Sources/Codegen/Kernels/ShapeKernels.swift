import GraphIR

/// Kernels that write integers known at compile time: a static tensor's shape and a Range. The
/// `shapes` pass and constant folding normally turn both into constants before planning; these
/// are what folding itself runs (and what runs when passes are switched off).
extension KernelEmitter {
    /// `out[d] = shape[d]` of the (static) input.
    func emitShape(_ n: Node) throws {
        let dims = graph[n.inputs[0]].shape ?? []
        let dtype = n.types[0].dtype
        let out = try outputPointer
        for (d, size) in dims.enumerated() { store(dtype, context.scalar(dtype, Double(size)), out, i64(d)) }
    }

    /// `out[i] = start + i·delta`, computed in the output's type.
    func emitRange(_ n: Node, start: Double, delta: Double, count: Int) throws {
        let dtype = n.types[0].dtype
        let out = try outputPointer
        try loop(count, "i") { i in
            let t = elementType(dtype)
            let step = dtype.isFloatingPoint ? b.siToFP(i, t) : b.intCast(i, t)
            let value = b.add(context.scalar(dtype, start), b.mul(step, context.scalar(dtype, delta)))
            store(dtype, value, out, i)
        }
    }
}
