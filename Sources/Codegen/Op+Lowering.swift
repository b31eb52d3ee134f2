import GraphIR
import Plan

/// The lowering table: which kernel emitter computes each op. One exhaustive switch, so a new
/// op fails to compile here until it has a lowering.
extension KernelEmitter {
    func emitBody() throws {
        switch kernel.kind {
        case .copy(let source):
            try emitCopy(source)
        case .compute(nil, _):
            try emitElementwiseKernel()
        case .compute(let anchor?, _):
            let n = node(anchor)
            switch n.op {
            case let .matMul(ta, tb): try emitMatMul(n, transposeA: ta, transposeB: tb)
            case .conv2D(let attrs): try emitConv2D(n, attrs)
            case .pool(let attrs): try emitPool(n, attrs)
            case .softmax: try emitSoftmax(n)
            case let .reduce(kind, axes, _): try emitReduce(n, kind, axes)
            case .sparseSoftmaxCrossEntropy: try emitSoftmaxCrossEntropy(n, sparse: true)
            case .softmaxCrossEntropy: try emitSoftmaxCrossEntropy(n, sparse: false)
            case let .argMax(axis, outputType): try emitArgMax(n, axis: axis, outputType: outputType)
            case .transpose(let perm): try emitTranspose(n, perm)
            case .reverse(let axes): try emitReverse(n, axes)
            case let .conv2DBackpropInput(attrs, inputShape): try emitConv2DBackpropInput(n, attrs, inputShape: inputShape)
            case let .conv2DBackpropFilter(attrs, filterShape): try emitConv2DBackpropFilter(n, attrs, filterShape: filterShape)
            case .maxPoolGrad(let attrs): try emitMaxPoolGrad(n, attrs)
            case let .avgPoolGrad(attrs, inputShape): try emitAvgPoolGrad(n, attrs, inputShape: inputShape)
            case let .pad(before, after, mode): try emitPad(n, before: before, after: after, mode: mode)
            case .concat(let axis, _): try emitConcat(n, axis: axis)
            case .split(let axis, _): try emitSplit(n, axis: axis)
            case let .slice(begin, _): try emitSlice(n, begin: begin)
            case .stridedSlice(let spec): try emitStridedSlice(n, spec)
            case .tile(let multiples): try emitTile(n, multiples: multiples)
            case .pack(let axis, _): try emitPack(n, axis: axis)
            case .unpack(let axis, _): try emitUnpack(n, axis: axis)
            case let .gather(axis, batchDims): try emitGather(n, axis: axis, batchDims: batchDims)
            case let .gatherGrad(axis, batchDims, paramsShape):
                try emitGatherGrad(n, axis: axis, batchDims: batchDims, paramsShape: paramsShape)
            case .logSoftmax: try emitLogSoftmax(n)
            case let .batchMatMul(adjX, adjY): try emitBatchMatMul(n, adjX: adjX, adjY: adjY)
            case .resize(let attrs): try emitResize(n, attrs)
            case let .resizeGrad(attrs, inputShape): try emitResizeGrad(n, attrs, inputShape: inputShape)
            case .winograd(let attrs): try emitWinograd(n, attrs)
            case .placeholder, .constant, .identity, .reshape, .unary, .binary, .biasAdd, .compare, .select, .cast,
                 .broadcastTo, .randomUniform, .squeeze, .expandDims, .truncatingCast:
                throw CodegenError("node '\(n.name)' (\(n.op.name)) is not a kernel anchor")
            case .shape: try emitShape(n)
            case let .range(start, delta, count, _): try emitRange(n, start: start, delta: delta, count: count)
            case .splat:
                throw CodegenError("node '\(n.name)' (\(n.op.name)) is not a kernel anchor")
            case .dynamicReshape, .dynamicBroadcast, .dynamicTranspose:
                // The `shapes` pass resolves these once the shape input is a constant.
                throw CodegenError("node '\(n.name)' (\(n.op.name)): the target shape is computed at run time; GraphJIT needs it at compile time (give the input shapes)")
            case .variable, .assign, .dropout:
                // Variables and Assign are the runtime's state; Dropout is rewritten or aliased by the planner.
                throw CodegenError("node '\(n.name)' (\(n.op.name)) cannot be compiled yet")
            }
        }
    }
}
