import GraphIR

/// Ops that pass their one input on unchanged at inference: each becomes GraphIR's `identity`,
/// which the identity pass removes. (`Identity` itself is in the main table; `IdentityN`, with
/// any number of inputs and outputs, is forwarded by the importer without an IR node.)
let identityOps: [String: OpBuilder] = [
    // Only gradients see these; the forward value is the input.
    "StopGradient": OpBuilder(inputs: 1, attributes: [], build: { _ in .identity }),
    "PreventGradient": OpBuilder(inputs: 1, attributes: ["message"], build: { ctx in
        _ = try ctx.string("message", default: "")
        return .identity
    }),
    // A copy in TensorFlow; values never alias in a way that could tell the difference here.
    "Snapshot": OpBuilder(inputs: 1, attributes: [], build: { _ in .identity }),
    "EnsureShape": OpBuilder(inputs: 1, attributes: ["shape"], build: { try ensureShape($0) }),
]

/// EnsureShape's `shape` is checked against the inferred shape where both know a dimension.
/// Dimensions unknown at import (a batch of -1) cannot be checked later: generated code has no
/// error channel, and specialising for concrete inputs re-infers every shape from the inputs.
private func ensureShape(_ ctx: NodeContext) throws -> Op {
    let v = try ctx.required("shape")
    guard case .shape(let s) = v else {
        throw ctx.fail("attribute 'shape' must be a shape, got \(AttrValue(v).kindName)")
    }
    guard !s.unknownRank, let input = ctx.inputTypes[0].shape else { return .identity }
    let wanted = s.dim.map { Int($0.size) }
    if let bad = wanted.first(where: { $0 < -1 }) { throw ctx.fail("shape dimension \(bad) is invalid") }
    guard wanted.count == input.count,
          zip(wanted, input).allSatisfy({ $0 == -1 || $1 == -1 || $0 == $1 }) else {
        throw ctx.fail("the input's shape \(formatShape(input)) is not the shape \(formatShape(wanted)) it must have")
    }
    return .identity
}
