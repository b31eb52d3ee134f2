import GraphIR

/// Computes one op on concrete inputs: one exhaustive switch over the op table.
///
/// The op's shape rule is applied first, so inputs the graph layer would reject are rejected here
/// with the same message; the results are then checked against the inferred types.
public func evaluate(_ op: Op, _ inputs: [Tensor]) throws -> [Tensor] {
    let inferred = try op.inferTypes(inputs.map(\.type))
    let outputs: [Tensor]
    switch op {
    case .placeholder:
        throw ReferenceError("a placeholder has no value of its own; feed it")
    case .constant(let t):
        outputs = [t]
    case .identity:
        outputs = [inputs[0]]
    case .unary(let u):
        outputs = [try unary(u, inputs[0])]
    case .binary(let b):
        outputs = [try binary(b, inputs[0], inputs[1])]
    case let .matMul(transposeA, transposeB):
        outputs = [try matMul(inputs[0], inputs[1], transposeA: transposeA, transposeB: transposeB)]
    case .conv2D(let attributes):
        outputs = [try conv2D(inputs[0], filter: inputs[1], attributes)]
    case .pool(let attributes):
        outputs = [try pool(inputs[0], attributes)]
    case .biasAdd(let format):
        outputs = [try biasAdd(inputs[0], bias: inputs[1], format)]
    case .softmax:
        outputs = [try softmax(inputs[0])]
    case .reshape(let target):
        outputs = [try inputs[0].reshaped(try reshapeTarget(from: inputs[0].shape, to: target))]
    case let .reduce(kind, axes, keepDims):
        outputs = [try reduce(kind, inputs[0], axes: axes, keepDims: keepDims)]
    case let .randomUniform(seed, shape):
        outputs = [try randomUniform(seed: seed, shape: shape, counter: inputs[0])]
    case .sparseSoftmaxCrossEntropy:
        outputs = try softmaxCrossEntropy(inputs[0], inputs[1], sparse: true)
    case .softmaxCrossEntropy:
        outputs = try softmaxCrossEntropy(inputs[0], inputs[1], sparse: false)
    case let .argMax(axis, outputType):
        outputs = [try argMax(inputs[0], axis: axis, outputType: outputType)]
    case .compare(let c):
        outputs = [try compare(c, inputs[0], inputs[1])]
    case .select:
        outputs = [try select(inputs[0], inputs[1], inputs[2])]
    case .cast(let to):
        outputs = [try cast(inputs[0], to: to)]
    case .broadcastTo(let shape):
        outputs = [try broadcastTo(inputs[0], shape)]
    case .transpose(let perm):
        outputs = [try transpose(inputs[0], perm)]
    case .reverse(let axes):
        outputs = [try reverse(inputs[0], axes: axes)]
    case let .conv2DBackpropInput(attributes, inputShape):
        outputs = [try conv2DBackpropInput(inputs[0], inputs[1], attributes, inputShape: inputShape)]
    case let .conv2DBackpropFilter(attributes, filterShape):
        outputs = [try conv2DBackpropFilter(inputs[0], inputs[1], attributes, filterShape: filterShape)]
    case .maxPoolGrad(let attributes):
        outputs = [try maxPoolGrad(inputs[0], inputs[2], attributes)]
    case let .avgPoolGrad(attributes, inputShape):
        outputs = [try avgPoolGrad(inputs[0], attributes, inputShape: inputShape)]
    case .shape(let outType):
        let dims = inputs[0].shape
        outputs = [outType == .int64 ? Tensor(shape: [dims.count], int64s: dims.map { Int64($0) })
                                     : Tensor(shape: [dims.count], int32s: dims.map { Int32($0) })]
    case .dynamicReshape:
        let target = (0..<inputs[1].elementCount).map { inputs[1].int(at: $0) }
        outputs = [try inputs[0].reshaped(try reshapeTarget(from: inputs[0].shape, to: target))]
    case .dynamicTranspose:
        outputs = [try transpose(inputs[0], (0..<inputs[1].elementCount).map { inputs[1].int(at: $0) })]
    case .dynamicBroadcast:
        outputs = [try broadcastTo(inputs[0], (0..<inputs[1].elementCount).map { inputs[1].int(at: $0) })]
    case .splat(let value):
        let x = inputs[0]
        outputs = [try broadcastTo(try Tensor(scalar: value, x.dtype), x.shape)]
    case let .range(start, delta, count, dtype):
        let values = (0..<count).map { start + Double($0) * delta }
        switch dtype {
        case .float32: outputs = [Tensor(shape: [count], floats: values.map { Float($0) })]
        case .float64: outputs = [Tensor(shape: [count], doubles: values)]
        case .int32: outputs = [Tensor(shape: [count], int32s: values.map { Int32($0) })]
        case .int64: outputs = [Tensor(shape: [count], int64s: values.map { Int64($0) })]
        case .bool: throw ReferenceError("Range of bool")
        }
    case let .pad(before, after, mode):
        outputs = [try pad(inputs[0], before: before, after: after, mode: mode, value: mode.takesValue ? inputs[1] : nil)]
    case .concat(let axis, _):
        outputs = [try concat(inputs, axis: axis)]
    case let .split(axis, pieces):
        outputs = try split(inputs[0], axis: axis, sizes: try pieces.sizes(along: inputs[0].shape[axis]))
    case .squeeze, .expandDims:
        outputs = [try inputs[0].reshaped(inferred[0].shape ?? [])]
    case let .slice(begin, size):
        outputs = [try slice(inputs[0], begin: begin, size: size)]
    case .stridedSlice(let spec):
        outputs = [try stridedSlice(inputs[0], spec)]
    case .tile(let multiples):
        outputs = [try tile(inputs[0], multiples: multiples)]
    case .pack(let axis, _):
        outputs = [try pack(inputs, axis: axis)]
    case .unpack(let axis, _):
        outputs = try unpack(inputs[0], axis: axis)
    case let .gather(axis, batchDims):
        outputs = [try gather(inputs[0], inputs[1], axis: axis, batchDims: batchDims)]
    case let .gatherGrad(axis, batchDims, paramsShape):
        outputs = [try gatherGrad(inputs[0], inputs[1], axis: axis, batchDims: batchDims, paramsShape: paramsShape)]
    case .logSoftmax:
        outputs = [try logSoftmax(inputs[0])]
    case let .batchMatMul(adjX, adjY):
        outputs = [try batchMatMul(inputs[0], inputs[1], adjX: adjX, adjY: adjY)]
    case .truncatingCast(let to):
        outputs = [try truncatingCast(inputs[0], to: to)]
    case .resize(let r):
        outputs = [try resize(inputs[0], r)]
    case let .resizeGrad(r, inputShape):
        outputs = [try resizeGrad(inputs[0], r, inputShape: inputShape)]
    case .winograd(let w):
        outputs = [try winograd(inputs[0], w)]
    case .variable, .assign, .dropout:
        // State and training-time randomness belong to the runtime, not to one op's inputs.
        throw ReferenceError("\(op.name) has no reference implementation")
    }
    for (t, declared) in zip(outputs, inferred) where !t.type.conforms(to: declared) {
        throw ReferenceError("internal: \(op.name) computed \(t.type) but its shape rule gives \(declared)")
    }
    return outputs
}
