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
    default:
        throw ReferenceError("\(op.name) has no reference implementation yet")
    }
    for (t, declared) in zip(outputs, inferred) where !t.type.conforms(to: declared) {
        throw ReferenceError("internal: \(op.name) computed \(t.type) but its shape rule gives \(declared)")
    }
    return outputs
}
