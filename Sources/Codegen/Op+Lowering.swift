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
            case .placeholder, .constant, .identity, .reshape, .unary, .binary, .biasAdd:
                throw CodegenError("node '\(n.name)' (\(n.op.name)) is not a kernel anchor")
            case .variable, .assign, .dropout, .randomUniform, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy,
                 .argMax, .compare, .select, .cast, .broadcastTo, .transpose, .conv2DBackpropInput,
                 .conv2DBackpropFilter, .maxPoolGrad, .avgPoolGrad:
                throw CodegenError("node '\(n.name)' (\(n.op.name)) cannot be compiled yet")
            }
        }
    }
}
