import GraphIR
import LLVMKit

/// GatherV2 and its gradient. Around the gathered axis, params are `[batch, outer, N, inner]` and
/// indices `[batch, I]`; the output is `[batch, outer, I, inner]`. Each index selects a run of
/// `inner` contiguous elements (an embedding row, a channel vector), copied as one loop.
///
/// An index outside `[0, N)` at run time is never used as an address: its run of the output is
/// zero (TensorFlow's CPU kernel fails instead; generated code has no error channel), and the
/// gradient adds nothing for it.
extension KernelEmitter {
    private struct GatherGeometry {
        let batch: Int, outer: Int, axisLength: Int, inner: Int, positions: Int

        init(params ps: [Int], indices ids: [Int], axis: Int, batchDims: Int) {
            batch = ps[..<batchDims].reduce(1, *)
            outer = ps[batchDims..<axis].reduce(1, *)
            axisLength = ps[axis]
            inner = ps[(axis + 1)...].reduce(1, *)
            positions = ids[batchDims...].reduce(1, *)
        }

        var outputBlock: Int { positions * inner }
    }

    /// Walks (batch, outer, position), giving the index (as i64), whether it is in range, and the
    /// params and output run starts (the params start clamped to 0 for an index out of range).
    private func forEachGatheredRun(_ g: GatherGeometry, indices: IRValue, indexType: DType,
                                    afterBlock: (IRValue) throws -> Void,
                                    _ body: (_ valid: IRValue, _ paramsStart: IRValue, _ outStart: IRValue) throws -> Void) throws {
        try loop(g.batch, "batch") { bi in
            try loop(g.outer, "outer") { o in
                let block = b.addNSW(b.mulNSW(bi, i64(g.outer)), o)
                let blockStart = b.mulNSW(block, i64(g.outputBlock))
                try loop(g.positions, "index") { i in
                    let raw = load(indexType, indices, b.addNSW(b.mulNSW(bi, i64(g.positions)), i))
                    let k = indexType == .int64 ? raw : b.intCast(raw, context.int64, signed: true)
                    let valid = inRange(k, g.axisLength)
                    let row = b.addNSW(b.mulNSW(block, i64(g.axisLength)), b.select(valid, k, i64(0)))
                    try body(valid, b.mulNSW(row, i64(g.inner)), b.addNSW(blockStart, b.mulNSW(i, i64(g.inner))))
                }
                try afterBlock(blockStart)
            }
        }
    }

    func emitGather(_ n: Node, axis: Int, batchDims: Int) throws {
        guard n.types[0].elementCount != 0 else { return }
        let (params, indices) = (n.inputs[0], n.inputs[1])
        let g = GatherGeometry(params: graph[params].shape ?? [], indices: graph[indices].shape ?? [], axis: axis, batchDims: batchDims)
        let dtype = n.types[0].dtype
        let source = try pointer(of: params), out = try outputPointer
        try forEachGatheredRun(g, indices: try pointer(of: indices), indexType: graph[indices].dtype,
                               afterBlock: { try emitEpilogue(start: $0, count: g.outputBlock) }) { valid, from, to in
            try ifThenElse(valid, "valid", then: {
                try emitStridedCopy(dtype, from: source, at: from, strides: [1], to: out, at: to, strides: [1], shape: [g.inner])
            }, else: {
                zeroFill(dtype, out, start: to, count: g.inner)
            })
        }
    }

    func emitGatherGrad(_ n: Node, axis: Int, batchDims: Int, paramsShape: [Int]) throws {
        let count = n.types[0].elementCount ?? 0
        guard count != 0 else { return }
        let (indices, dy) = (n.inputs[0], n.inputs[1])
        let g = GatherGeometry(params: paramsShape, indices: graph[indices].shape ?? [], axis: axis, batchDims: batchDims)
        let dtype = n.types[0].dtype
        let grad = try pointer(of: dy), out = try outputPointer
        zeroFill(dtype, out, start: i64(0), count: count)
        try forEachGatheredRun(g, indices: try pointer(of: indices), indexType: graph[indices].dtype,
                               afterBlock: { _ in }) { valid, to, from in
            try ifThen(valid, "valid") {
                loop(g.inner, "add") { j in
                    let at = b.addNSW(to, j)
                    store(dtype, b.add(load(dtype, out, at), load(dtype, grad, b.addNSW(from, j))), out, at)
                }
            }
        }
        try emitEpilogue(start: i64(0), count: count)
    }
}
