import GraphIR

/// The op table's entries for data movement: padding, concatenation and splitting, squeezing,
/// slicing, tiling, stacking and gathering. Index-like inputs (paddings, axes, begin/end/strides,
/// multiples, split sizes) must be constants and become attributes; Gather's indices and PadV2's
/// constant_values are tensors.
let layoutOps: [String: OpBuilder] = [
    "Pad": OpBuilder(inputs: 2, attributes: ["Tpaddings"], folded: [1], lower: { ctx in
        let (before, after) = try paddings(ctx)
        let dtype = ctx.inputTypes[0].dtype
        return .composite(Composite { b in
            let zero = try b.constant("constant_values", try Tensor(zeros: dtype, shape: []))
            return try b.output(.pad(before: before, after: after, mode: .constant), [b.operands[0], zero])
        })
    }),
    "PadV2": OpBuilder(inputs: 3, attributes: ["Tpaddings"], folded: [1], build: { ctx in
        let (before, after) = try paddings(ctx)
        return .pad(before: before, after: after, mode: .constant)
    }),
    "MirrorPad": OpBuilder(inputs: 2, attributes: ["Tpaddings", "mode"], folded: [1], build: { ctx in
        let modeName = try ctx.string("mode", default: nil)
        guard let mode = ["REFLECT": PadMode.reflect, "SYMMETRIC": .symmetric][modeName] else {
            throw ctx.fail("mode '\(modeName)' is not supported (use REFLECT or SYMMETRIC)")
        }
        let (before, after) = try paddings(ctx)
        return .pad(before: before, after: after, mode: mode)
    }),
    // GraphJIT's own edge padding (ONNX's Pad `edge`; the exporter writes it): paddings as Pad's.
    "GraphJITEdgePad": OpBuilder(inputs: 2, attributes: ["Tpaddings"], folded: [1], build: { ctx in
        let (before, after) = try paddings(ctx)
        return .pad(before: before, after: after, mode: .edge)
    }),
    "ConcatV2": OpBuilder(inputs: .atLeast(3), attributes: ["N", "Tidx"], folded: [-1], build: { ctx in
        try concat(ctx, values: 0..<(ctx.inputs.count - 1), axisInput: ctx.inputs.count - 1, typeAttr: "Tidx")
    }),
    "Concat": OpBuilder(inputs: .atLeast(3), attributes: ["N"], folded: [0], typedInput: 1, build: { ctx in
        try concat(ctx, values: 1..<ctx.inputs.count, axisInput: 0, typeAttr: nil)
    }),
    "Split": OpBuilder(inputs: 2, attributes: ["num_split"], folded: [0], typedInput: 1, build: { ctx in
        let count = try ctx.int("num_split")
        guard count >= 1 else { throw ctx.fail("num_split must be at least 1, got \(count)") }
        let axis = try scalarConstant(ctx, input: 0, what: "split_dim", typeAttr: nil)
        return .split(axis: try normalized(axis, rank: ctx.inputTypes[1].rank, ctx, what: "split_dim"), pieces: .equal(count: count))
    }),
    "SplitV": OpBuilder(inputs: 3, attributes: ["num_split", "Tlen"], folded: [1, 2], build: { ctx in
        let count = try ctx.int("num_split")
        let sizes = try vectorConstant(ctx, input: 1, what: "size_splits", typeAttr: "Tlen")
        guard sizes.count == count else {
            throw ctx.fail("size_splits has \(sizes.count) entries but num_split is \(count)")
        }
        guard count >= 1 else { throw ctx.fail("num_split must be at least 1, got \(count)") }
        let axis = try scalarConstant(ctx, input: 2, what: "split_dim", typeAttr: nil)
        return .split(axis: try normalized(axis, rank: ctx.inputTypes[0].rank, ctx, what: "split_dim"), pieces: .sizes(sizes))
    }),
    "Squeeze": OpBuilder(inputs: 1, attributes: ["squeeze_dims", "axis"], build: { try squeeze($0) }),
    "ExpandDims": OpBuilder(inputs: 2, attributes: ["Tdim"], folded: [1], build: { ctx in
        let t = try ctx.constantInput(1, what: "dim")
        guard t.elementCount == 1 else { throw ctx.fail("dim must hold a single value, got shape \(formatShape(t.shape))") }
        let dim = try integerConstant(ctx, what: "dim", typeAttr: "Tdim", maxRank: t.shape.count)[0]
        let rank = ctx.inputTypes[0].rank.map { $0 + 1 }
        return .expandDims(axis: try normalized(dim, rank: rank, ctx, what: "dim"))
    }),
    "Slice": OpBuilder(inputs: 3, attributes: ["Index"], folded: [1, 2], build: { ctx in
        let begin = try vectorConstant(ctx, input: 1, what: "begin", typeAttr: "Index")
        let size = try vectorConstant(ctx, input: 2, what: "size", typeAttr: "Index")
        try sameIndexType(ctx, [1, 2])
        return .slice(begin: begin, size: size)
    }),
    "StridedSlice": OpBuilder(inputs: 4, attributes: ["Index", "begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask",
                                                      "shrink_axis_mask"], folded: [1, 2, 3], build: { try stridedSlice($0) }),
    "Tile": OpBuilder(inputs: 2, attributes: ["Tmultiples"], folded: [1], build: { ctx in
        .tile(multiples: try vectorConstant(ctx, input: 1, what: "multiples", typeAttr: "Tmultiples"))
    }),
    "Pack": OpBuilder(inputs: .atLeast(1), attributes: ["N", "axis"], build: { ctx in
        try checkCount(ctx, "N", ctx.inputs.count)
        let rank = ctx.inputTypes.compactMap(\.rank).first.map { $0 + 1 }
        let axis = try normalized(try ctx.int("axis", default: 0), rank: rank, ctx, what: "axis")
        return .pack(axis: axis, count: ctx.inputs.count)
    }),
    "Unpack": OpBuilder(inputs: 1, attributes: ["num", "axis"], build: { ctx in
        let count = try ctx.int("num")
        guard count >= 0 else { throw ctx.fail("num must be >= 0, got \(count)") }
        let axis = try normalized(try ctx.int("axis", default: 0), rank: ctx.inputTypes[0].rank, ctx, what: "axis")
        return .unpack(axis: axis, count: count)
    }),
    "GatherV2": OpBuilder(inputs: 3, attributes: ["Tparams", "Tindices", "Taxis", "batch_dims"], folded: [2], typedInput: nil,
                          build: { ctx in
        let axis = try scalarConstant(ctx, input: 2, what: "axis", typeAttr: "Taxis")
        return try gather(ctx, axis: axis, batchDims: try ctx.int("batch_dims", default: 0))
    }),
    "Gather": OpBuilder(inputs: 2, attributes: ["Tparams", "Tindices", "validate_indices"], typedInput: nil, build: { ctx in
        // validate_indices only chose whether TensorFlow checked the range; constants are checked here.
        _ = try ctx.bool("validate_indices", default: true)
        return try gather(ctx, axis: 0, batchDims: 0)
    }),
    // GraphJIT's own gradient of GatherV2 (`graphjit grad` writes it): inputs params_shape, indices, grad.
    "GraphJITGatherGrad": OpBuilder(inputs: 3, attributes: ["Tindices", "axis", "batch_dims"], folded: [0], typedInput: 2,
                                    build: { ctx in
        let t = try ctx.constantInput(0, what: "params_shape")
        guard t.dtype.isInteger, t.shape.count == 1 else {
            throw ctx.fail("params_shape must be an int32 or int64 vector, got \(t.type)")
        }
        try ctx.checkType("Tindices", is: ctx.inputTypes[1].dtype, what: "the indices")
        return .gatherGrad(axis: try ctx.int("axis"), batchDims: try ctx.int("batch_dims", default: 0),
                           paramsShape: (0..<t.elementCount).map { t.int(at: $0) })
    }),
]

extension NodeContext {
    /// An int attribute; required when `value` is nil.
    func int(_ name: String, default value: Int? = nil) throws -> Int {
        guard let v = try attr(name) else {
            guard let value else { throw fail("missing required attribute '\(name)'") }
            return value
        }
        guard case .i(let i) = v else { throw fail("attribute '\(name)' must be an int, got \(AttrValue(v).kindName)") }
        return Int(i)
    }
}

/// `axis` made non-negative for a tensor of `rank` (negative axes need a known rank).
private func normalized(_ axis: Int, rank: Int?, _ ctx: NodeContext, what: String) throws -> Int {
    guard let rank else {
        guard axis >= 0 else { throw ctx.fail("negative \(what) \(axis) needs an input of known rank") }
        return axis
    }
    guard axis >= -rank, axis < rank else { throw ctx.fail("\(what) \(axis) is out of range [\(-rank), \(rank))") }
    return axis < 0 ? axis + rank : axis
}

/// A constant scalar (or one-element vector, which TensorFlow also accepts for axes) input.
private func scalarConstant(_ ctx: NodeContext, input: Int, what: String, typeAttr: String?) throws -> Int {
    let t = try ctx.constantInput(input, what: what)
    guard t.shape.count <= 1, t.elementCount == 1 else { throw ctx.fail("\(what) must be a scalar, got shape \(formatShape(t.shape))") }
    return try integerConstant(ctx, input: input, what: what, typeAttr: typeAttr, maxRank: 1)[0]
}

/// A constant vector input, int32 or int64 as `typeAttr` says.
private func vectorConstant(_ ctx: NodeContext, input: Int, what: String, typeAttr: String) throws -> [Int] {
    let t = try ctx.constantInput(input, what: what)
    guard t.shape.count == 1 else { throw ctx.fail("\(what) must be a vector, got shape \(formatShape(t.shape))") }
    return try integerConstant(ctx, input: input, what: what, typeAttr: typeAttr, maxRank: 1)
}

/// Index inputs typed by one attribute must have one dtype (Slice's begin and size).
private func sameIndexType(_ ctx: NodeContext, _ inputs: [Int]) throws {
    let types = try inputs.map { try ctx.constantInput($0, what: "input \($0)").dtype }
    if let t = types.first, let k = types.firstIndex(where: { $0 != t }) {
        throw ctx.fail("input \(inputs[k]) is \(types[k]) but input \(inputs[0]) is \(t)")
    }
}

/// A count attribute (`N`) must equal the number of inputs it counts.
private func checkCount(_ ctx: NodeContext, _ name: String, _ count: Int) throws {
    if try ctx.attr(name) != nil, try ctx.int(name) != count {
        throw ctx.fail("attribute '\(name)' is \(try ctx.int(name)) but the node has \(count) value inputs")
    }
}

/// Pad's, PadV2's and MirrorPad's `paddings`: a constant `[rank, 2]` of int32 or int64, every
/// entry non-negative.
private func paddings(_ ctx: NodeContext) throws -> (before: [Int], after: [Int]) {
    let t = try ctx.constantInput(1, what: "paddings")
    let rank = ctx.inputTypes[0].rank ?? (t.shape.first ?? -1)
    guard t.shape == [rank, 2] else {
        throw ctx.fail("paddings must have shape [\(rank < 0 ? "rank" : String(rank)),2], got \(formatShape(t.shape))")
    }
    let values = try integerConstant(ctx, what: "paddings", typeAttr: "Tpaddings", maxRank: 2)
    if let bad = values.first(where: { $0 < 0 || $0 > maxTensorElements }) {
        throw ctx.fail("paddings must be between 0 and 2^36, got \(bad)")
    }
    let before = stride(from: 0, to: values.count, by: 2).map { values[$0] }
    let after = stride(from: 1, to: values.count, by: 2).map { values[$0] }
    // How far MirrorPad may mirror is the shape rule's to check (also once unknown sizes are known).
    return (before, after)
}

private func concat(_ ctx: NodeContext, values: Range<Int>, axisInput: Int, typeAttr: String?) throws -> Op {
    try checkCount(ctx, "N", values.count)
    let raw = try scalarConstant(ctx, input: axisInput, what: "axis", typeAttr: typeAttr)
    let rank = values.compactMap { ctx.inputTypes[$0].rank }.first
    if rank == 0 { throw ctx.fail("cannot concatenate scalars (use Pack)") }
    return .concat(axis: try normalized(raw, rank: rank, ctx, what: "axis"), count: values.count)
}

/// `squeeze_dims` (TensorFlow's attribute; `axis` is accepted as its other name): axes to drop,
/// negative from the end, repeats allowed; empty drops every dimension of size 1.
private func squeeze(_ ctx: NodeContext) throws -> Op {
    let dims = try ctx.ints("squeeze_dims", default: [])
    let axisDims = try ctx.ints("axis", default: [])
    guard dims.isEmpty || axisDims.isEmpty || dims == axisDims else {
        throw ctx.fail("squeeze_dims \(dims) and axis \(axisDims) disagree")
    }
    let rank = ctx.inputTypes[0].rank
    let axes = try (dims.isEmpty ? axisDims : dims).map { try normalized($0, rank: rank, ctx, what: "squeeze dimension") }
    return .squeeze(axes: Array(Set(axes)).sorted())
}

private func stridedSlice(_ ctx: NodeContext) throws -> Op {
    let begin = try vectorConstant(ctx, input: 1, what: "begin", typeAttr: "Index")
    let end = try vectorConstant(ctx, input: 2, what: "end", typeAttr: "Index")
    let strides = try vectorConstant(ctx, input: 3, what: "strides", typeAttr: "Index")
    try sameIndexType(ctx, [1, 2, 3])
    var masks: [Int] = []
    for name in ["begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask"] {
        let mask = try ctx.int(name, default: 0)
        guard StridedSliceSpec.maskRange.contains(mask) else { throw ctx.fail("\(name) \(mask) does not fit in int32") }
        masks.append(mask)
    }
    let spec = StridedSliceSpec(begin: begin, end: end, strides: strides, beginMask: masks[0], endMask: masks[1],
                                ellipsisMask: masks[2], newAxisMask: masks[3], shrinkAxisMask: masks[4])
    // The shape rule checks the spec against the input when the node is added; checking here too
    // gives the same message for an input of unknown rank.
    do { _ = try spec.resolve(nil) } catch let e as ShapeError { throw ctx.fail(e.message) }
    return .stridedSlice(spec)
}

/// GatherV2 (and Gather, axis 0): axis and batch_dims normalised (batch_dims counts from the
/// indices' rank when negative); constant indices are checked against the gathered dimension.
private func gather(_ ctx: NodeContext, axis raw: Int, batchDims rawBatch: Int) throws -> Op {
    let (params, indices) = (ctx.inputTypes[0], ctx.inputTypes[1])
    try ctx.checkType("Tparams", is: params.dtype, what: "params")
    try ctx.checkType("Tindices", is: indices.dtype, what: "the indices")
    guard indices.dtype.isInteger else { throw ctx.fail("indices must be int32 or int64, got \(indices.dtype)") }
    let axis = try normalized(raw, rank: params.rank, ctx, what: "axis")
    var batchDims = rawBatch
    if batchDims < 0 {
        guard let rank = indices.rank else { throw ctx.fail("negative batch_dims \(rawBatch) needs indices of known rank") }
        batchDims += rank
        guard batchDims >= 0 else { throw ctx.fail("batch_dims \(rawBatch) is out of range for indices of rank \(rank)") }
    }
    guard batchDims <= axis else { throw ctx.fail("batch_dims \(batchDims) must be <= axis \(axis)") }
    if let length = params.shape?[axis], length >= 0, let t = try? ctx.constantInput(1, what: "indices") {
        for i in 0..<t.elementCount where !(0..<length).contains(t.int(at: i)) {
            throw ctx.fail("indices[\(i)] = \(t.int(at: i)) is not in [0, \(length))")
        }
    }
    return .gather(axis: axis, batchDims: batchDims)
}
