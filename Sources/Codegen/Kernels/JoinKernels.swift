import GraphIR
import LLVMKit

/// ConcatV2, Pack, Split/SplitV and Unpack. Seen around the joined axis, every tensor is
/// `[outer, length · inner]`: a concatenation copies, for each outer index, one contiguous run of
/// each input into the output's row (DenseNet's concatenations along channels copy channel runs),
/// and a split copies the runs back out. Pack and Unpack are the same with runs of `inner`.
extension KernelEmitter {
    func emitConcat(_ n: Node, axis: Int) throws {
        let inner = (n.types[0].shape ?? [])[(axis + 1)...].reduce(1, *)
        try emitJoin(n, outerRank: axis, runs: n.inputs.map { (graph[$0].shape ?? [])[axis] * inner })
    }

    func emitPack(_ n: Node, axis: Int) throws {
        let inner = (graph[n.inputs[0]].shape ?? [])[axis...].reduce(1, *)
        try emitJoin(n, outerRank: axis, runs: Array(repeating: inner, count: n.inputs.count))
    }

    /// For each outer index: input k's run of `runs[k]` elements, one after the other, then the
    /// epilogue over the output block they fill. The outer indices are the slices threads share
    /// (`CodeGenerator.parallelBatch`): the inputs were mostly just written by other kernels, on both cores, and
    /// two threads copy them out of their caches faster than one.
    private func emitJoin(_ n: Node, outerRank: Int, runs: [Int]) throws {
        let outer = (n.types[0].shape ?? [])[..<outerRank].reduce(1, *)
        let block = runs.reduce(0, +)
        let dtype = n.types[0].dtype
        let out = try outputPointer
        // An absorbed input (a resize, `Kernel.absorbed`) has no buffer: it is computed here.
        let sources = try n.inputs.map { kernel.absorbed.contains($0.node) ? nil : try pointer(of: $0) }
        try batchLoop(outer, "outer") { o in
            let blockStart = b.mulNSW(o, i64(block))
            var offset = 0
            for (k, run) in runs.enumerated() {
                if let source = sources[k] {
                    try emitStridedCopy(dtype, from: source, at: b.mulNSW(o, i64(run)), strides: [1],
                                        to: out, at: b.addNSW(blockStart, i64(offset)), strides: [1], shape: [run])
                } else {
                    // Channel concatenation of NHWC images: the outer index is the pixel.
                    try emitAbsorbedResize(node(n.inputs[k].node), pixel: o, to: out, at: b.addNSW(blockStart, i64(offset)))
                }
                offset += run
            }
            try emitEpilogue(start: blockStart, count: block)
        }
    }

    func emitSplit(_ n: Node, axis: Int) throws {
        let inner = (graph[n.inputs[0]].shape ?? [])[(axis + 1)...].reduce(1, *)
        try emitUnjoin(n, outerRank: axis, runs: n.types.map { ($0.shape ?? [])[axis] * inner })
    }

    func emitUnpack(_ n: Node, axis: Int) throws {
        let inner = (graph[n.inputs[0]].shape ?? [])[(axis + 1)...].reduce(1, *)
        try emitUnjoin(n, outerRank: axis, runs: Array(repeating: inner, count: n.types.count))
    }

    /// Output k takes run k of every outer block of the input.
    private func emitUnjoin(_ n: Node, outerRank: Int, runs: [Int]) throws {
        let outer = (graph[n.inputs[0]].shape ?? [])[..<outerRank].reduce(1, *)
        let block = runs.reduce(0, +)
        let x = try pointer(of: n.inputs[0])
        var offset = 0
        for (k, run) in runs.enumerated() {
            try emitStridedCopy(n.types[k].dtype, from: x, at: i64(offset), strides: [block, 1],
                                to: try outputPointer(k), at: i64(0), strides: [run, 1], shape: [outer, run])
            offset += run
        }
    }
}
