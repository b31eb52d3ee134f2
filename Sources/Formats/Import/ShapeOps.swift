import GraphIR

/// Ops that compute with shapes: what frozen Keras and TF1 graphs use to reshape a tensor whose
/// batch dimension is unknown when the file is written (Shape, Size, Rank, Fill, Range, ZerosLike,
/// OnesLike). Shapes known at import become constants here; the rest become IR ops the `shapes`
/// pass folds once the inputs' shapes are fixed.
let shapeOps: [String: OpBuilder] = [
    "Shape": OpBuilder(inputs: 1, attributes: ["out_type"], typedInput: 0, lower: { ctx in
        let outType = try shapeType(ctx, "out_type")
        guard let dims = ctx.inputTypes[0].shape, ctx.inputTypes[0].isStatic else { return .op(.shape(outType: outType)) }
        // Known already: a constant (no tensor value is read).
        return .op(.constant(Tensor(shapeVector: dims, outType)))
    }),
    "Size": OpBuilder(inputs: 1, attributes: ["out_type"], lower: { ctx in
        let outType = try shapeType(ctx, "out_type")
        if let n = ctx.inputTypes[0].elementCount { return .op(.constant(try Tensor(scalar: Double(n), outType))) }
        throw ctx.fail("Size of a tensor of unknown shape \(formatShape(ctx.inputTypes[0].shape)) is not supported")
    }),
    "Rank": OpBuilder(inputs: 1, attributes: [], lower: { ctx in
        guard let rank = ctx.inputTypes[0].rank else { throw ctx.fail("the input's rank is unknown") }
        return .op(.constant(Tensor(shape: [], int32s: [Int32(rank)])))
    }),
    "ZerosLike": OpBuilder(inputs: 1, attributes: [], build: { _ in .splat(0) }),
    "OnesLike": OpBuilder(inputs: 1, attributes: [], build: { _ in .splat(1) }),
    // Fill(dims, value): a broadcast of the scalar value.
    "Fill": OpBuilder(inputs: 2, attributes: ["index_type"], folded: [0], typedInput: 1, lower: { ctx in
        guard ctx.inputTypes[1].rank ?? 0 == 0 else {
            throw ctx.fail("value must be a scalar, got shape \(formatShape(ctx.inputTypes[1].shape))")
        }
        guard let dims = ctx.constantInputIfAny(0) else {
            return .composite(Composite { b in try b.output(.dynamicBroadcast, [b.operands[0], b.inputs[0]]) })
        }
        guard dims.shape.count == 1, dims.dtype.isInteger else {
            throw ctx.fail("dims must be an int32 or int64 vector, got \(dims.dtype)\(formatShape(dims.shape))")
        }
        let shape = (0..<dims.elementCount).map { dims.int(at: $0) }
        if let bad = shape.first(where: { $0 < 0 }) { throw ctx.fail("dims has a negative dimension \(bad)") }
        return .op(.broadcastTo(shape))
    }),
    "Range": OpBuilder(inputs: 3, attributes: ["Tidx"], folded: [0, 1, 2], typedInput: nil, build: { ctx in
        let dtype = try ctx.dtype("Tidx") ?? ctx.inputTypes[0].dtype
        var bounds: [Double] = []
        for (k, what) in ["start", "limit", "delta"].enumerated() {
            let t = try ctx.constantInput(k, what: what)
            guard t.elementCount == 1, t.shape.isEmpty else { throw ctx.fail("\(what) must be a scalar, got shape \(formatShape(t.shape))") }
            guard t.dtype == dtype else { throw ctx.fail("\(what) is \(t.dtype) but Tidx is \(dtype)") }
            bounds.append(t.double(at: 0))
        }
        let (start, limit, delta) = (bounds[0], bounds[1], bounds[2])
        guard delta != 0 else { throw ctx.fail("delta must not be 0") }
        guard start.isFinite, limit.isFinite, delta.isFinite else { throw ctx.fail("start, limit and delta must be finite") }
        guard (delta > 0 && start <= limit) || (delta < 0 && start >= limit) else {
            throw ctx.fail("requires start \(delta > 0 ? "<=" : ">=") limit when delta is \(delta > 0 ? "positive" : "negative"): \(start), \(limit), \(delta)")
        }
        // TensorFlow: ceil(|limit - start| / |delta|) for floats, the same in integers.
        let count = dtype.isInteger ? (Int(abs(limit - start)) + Int(abs(delta)) - 1) / Int(abs(delta))
                                    : Int((abs(limit - start) / abs(delta)).rounded(.up))
        guard count <= maxTensorElements else { throw ctx.fail("Range of \(count) elements is too large") }
        return .range(start: start, delta: delta, count: count, dtype: dtype)
    }),
]

/// An `out_type`-style attribute: int32 (the default) or int64.
private func shapeType(_ ctx: NodeContext, _ name: String) throws -> DType {
    let t = try ctx.dtype(name) ?? .int32
    guard t == .int32 || t == .int64 else { throw ctx.fail("\(name) must be int32 or int64, got \(DataType(t))") }
    return t
}
