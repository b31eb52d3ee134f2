import GraphIR

/// How many data inputs a TensorFlow node has: a fixed number, or at least some (ConcatV2, Pack,
/// IdentityN, AddN, function calls), checked against the op's `N` attribute by its builder.
enum InputCount: Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    case exactly(Int)
    case atLeast(Int)

    init(integerLiteral value: Int) { self = .exactly(value) }

    func accepts(_ n: Int) -> Bool {
        switch self {
        case .exactly(let k): return n == k
        case .atLeast(let k): return n >= k
        }
    }

    var description: String {
        switch self {
        case .exactly(let k): return "\(k)"
        case .atLeast(let k): return "at least \(k)"
        }
    }
}

/// How one TensorFlow op becomes a GraphIR op, or a small subgraph of them (`Composite`).
struct OpBuilder: Sendable {
    /// Data inputs the TensorFlow node must have.
    var inputs: InputCount
    /// Attributes the op knows, besides `T` and `_`-prefixed ones, which every op accepts.
    var attributes: Set<String>
    /// Data inputs that must be constants and become attributes of the op (Reshape's shape, a
    /// reduction's axes, a gradient's input shape); the other inputs, in order, are the op's.
    /// Negative entries count from the end (ConcatV2's axis is its last input).
    var folded: [Int] = []
    /// The data input whose dtype the `T` attribute names, when the op has one.
    var typedInput: Int? = 0
    /// The GraphIR op or composite.
    var lower: @Sendable (NodeContext) throws -> Lowering

    /// A TensorFlow op that is one GraphIR op over its operands.
    init(inputs: InputCount, attributes: Set<String>, folded: [Int] = [], typedInput: Int? = 0,
         build: @escaping @Sendable (NodeContext) throws -> Op) {
        self.init(inputs: inputs, attributes: attributes, folded: folded, typedInput: typedInput,
                  lower: { .op(try build($0)) })
    }

    /// A TensorFlow op imported as a composite of GraphIR ops (or, depending on its attributes, one op).
    init(inputs: InputCount, attributes: Set<String>, folded: [Int] = [], typedInput: Int? = 0,
         lower: @escaping @Sendable (NodeContext) throws -> Lowering) {
        self.inputs = inputs
        self.attributes = attributes
        self.folded = folded
        self.typedInput = typedInput
        self.lower = lower
    }
}

/// The op table: every TensorFlow op GraphJIT imports (training ops in `TrainingOps.swift`,
/// identity-like ops in `IdentityOps.swift`). The importer itself handles `NoOp` (dropped),
/// `IdentityN` and function calls (`FunctionInliner`).
let tensorFlowOps: [String: OpBuilder] = {
    var table: [String: OpBuilder] = [
        "Placeholder": OpBuilder(inputs: 0, attributes: ["dtype", "shape"], build: { try placeholder($0) }),
        "Const": OpBuilder(inputs: 0, attributes: ["dtype", "value"], build: { try constant($0) }),
        "Identity": OpBuilder(inputs: 1, attributes: [], build: { _ in .identity }),
        "MatMul": OpBuilder(inputs: 2, attributes: ["transpose_a", "transpose_b", "grad_a", "grad_b"], build: { try matMul($0) }),
        "Conv2D": OpBuilder(inputs: 2, attributes: ["strides", "padding", "explicit_paddings", "data_format",
                                                    "dilations", "use_cudnn_on_gpu"], build: { try conv2D($0) }),
        "MaxPool": OpBuilder(inputs: 1, attributes: ["ksize", "strides", "padding", "data_format", "explicit_paddings"],
                             build: { try pool(.max, $0) }),
        "AvgPool": OpBuilder(inputs: 1, attributes: ["ksize", "strides", "padding", "data_format"],
                             build: { try pool(.avg, $0) }),
        "Softmax": OpBuilder(inputs: 1, attributes: [], build: { _ in .softmax }),
        "BiasAdd": OpBuilder(inputs: 2, attributes: ["data_format"], build: { .biasAdd(try $0.dataFormat()) }),
        "Reshape": OpBuilder(inputs: 2, attributes: ["Tshape"], folded: [1], lower: { try reshape($0) }),
        "Mean": OpBuilder(inputs: 2, attributes: ["keep_dims", "Tidx"], folded: [1], build: { try reduce(.mean, $0) }),
        "Sum": OpBuilder(inputs: 2, attributes: ["keep_dims", "Tidx"], folded: [1], build: { try reduce(.sum, $0) }),
        "Max": OpBuilder(inputs: 2, attributes: ["keep_dims", "Tidx"], folded: [1], build: { try reduce(.max, $0) }),
    ]
    let binary: [(String, BinaryOp)] = [
        ("Add", .add), ("AddV2", .add), ("Sub", .sub), ("Mul", .mul), ("RealDiv", .div),
        ("Maximum", .maximum), ("Minimum", .minimum),
    ]
    for (name, op) in binary { table[name] = OpBuilder(inputs: 2, attributes: [], build: { _ in .binary(op) }) }
    let unary: [(String, UnaryOp)] = [
        ("Neg", .neg), ("Relu", .relu), ("Exp", .exp), ("Log", .log), ("Sqrt", .sqrt), ("Rsqrt", .rsqrt),
        ("Square", .square), ("Abs", .abs), ("Tanh", .tanh), ("Sigmoid", .sigmoid),
    ]
    for (name, op) in unary { table[name] = OpBuilder(inputs: 1, attributes: [], build: { _ in .unary(op) }) }
    table["Relu6"] = OpBuilder(inputs: 1, attributes: [], lower: { try relu6($0) })
    table.merge(trainingOps) { _, new in new }
    table.merge(shapeOps) { _, new in new }
    table.merge(identityOps) { _, new in new }
    table.merge(layoutOps) { _, new in new }
    table.merge(elementwiseOps) { _, new in new }
    table.merge(convolutionOps) { _, new in new }
    return table
}()

private func placeholder(_ ctx: NodeContext) throws -> Op {
    guard let dtype = try ctx.dtype("dtype") else { throw ctx.fail("missing required attribute 'dtype'") }
    guard let v = try ctx.attr("shape") else { return .placeholder(dtype: dtype, shape: nil) }
    guard case .shape(let s) = v else {
        throw ctx.fail("attribute 'shape' must be a shape, got \(AttrValue(v).kindName)")
    }
    if s.unknownRank {
        guard s.dim.isEmpty else { throw ctx.fail("shape has unknown_rank set and also lists dimensions") }
        return .placeholder(dtype: dtype, shape: nil)
    }
    let dims = s.dim.map { Int($0.size) }
    if let bad = dims.first(where: { $0 < -1 }) { throw ctx.fail("shape dimension \(bad) is invalid") }
    do { _ = try checkedElementCount(dims.map { max($0, 0) }) } catch let e as ShapeError { throw ctx.fail(e.message) }
    return .placeholder(dtype: dtype, shape: dims)
}

private func constant(_ ctx: NodeContext) throws -> Op {
    let v = try ctx.required("value")
    guard case .tensor(let proto) = v else {
        throw ctx.fail("attribute 'value' must be a tensor, got \(AttrValue(v).kindName)")
    }
    let t = try makeTensor(proto, ctx)
    try ctx.checkType("dtype", is: t.dtype, what: "the value")
    return .constant(t)
}

private func matMul(_ ctx: NodeContext) throws -> Op {
    .matMul(transposeA: try ctx.bool("transpose_a", default: false),
            transposeB: try ctx.bool("transpose_b", default: false))
}

/// A 4-entry per-dimension attribute (strides, dilations, ksize) in `format`'s axis order:
/// returns its height and width entries after checking that batch and channel are 1.
private func spatialPair(_ name: String, _ values: [Int], _ format: DataFormat, _ ctx: NodeContext) throws -> (Int, Int) {
    guard values.count == 4 else {
        throw ctx.fail("attribute '\(name)' must have 4 entries, got \(values.count)")
    }
    let ax = format.axes
    guard values[ax.n] == 1, values[ax.c] == 1 else {
        throw ctx.fail("attribute '\(name)' must be 1 on the batch and channel dimensions, got \(values)")
    }
    guard values[ax.h] >= 1, values[ax.w] >= 1 else {
        throw ctx.fail("attribute '\(name)' must be positive, got \(values)")
    }
    // TensorFlow reads these as int32; larger values only serve to overflow size arithmetic.
    guard values[ax.h] <= Int(Int32.max), values[ax.w] <= Int(Int32.max) else {
        throw ctx.fail("attribute '\(name)' does not fit in int32, got \(values)")
    }
    return (values[ax.h], values[ax.w])
}

private func padding(_ ctx: NodeContext, _ format: DataFormat, allowExplicit: Bool) throws -> Padding {
    let name = try ctx.string("padding", default: nil)
    let explicit = try ctx.ints("explicit_paddings", default: [])
    switch name {
    case "VALID", "SAME":
        guard explicit.isEmpty else {
            throw ctx.fail("explicit_paddings must be empty unless padding is EXPLICIT")
        }
        return name == "VALID" ? .valid : .same
    case "EXPLICIT" where allowExplicit:
        guard explicit.count == 8 else {
            throw ctx.fail("explicit_paddings must have 8 entries for EXPLICIT padding, got \(explicit.count)")
        }
        guard explicit.allSatisfy({ $0 >= 0 && $0 <= maxTensorElements }) else {
            throw ctx.fail("explicit_paddings must be between 0 and 2^40, got \(explicit)")
        }
        let ax = format.axes
        guard explicit[2 * ax.n] == 0, explicit[2 * ax.n + 1] == 0,
              explicit[2 * ax.c] == 0, explicit[2 * ax.c + 1] == 0 else {
            throw ctx.fail("explicit_paddings must be 0 on the batch and channel dimensions, got \(explicit)")
        }
        return .explicit(top: explicit[2 * ax.h], bottom: explicit[2 * ax.h + 1],
                         left: explicit[2 * ax.w], right: explicit[2 * ax.w + 1])
    default:
        throw ctx.fail("padding '\(name)' is not supported (use VALID or SAME\(allowExplicit ? " or EXPLICIT" : ""))")
    }
}

private func conv2D(_ ctx: NodeContext) throws -> Op { .conv2D(try conv2DAttributes(ctx)) }

/// Conv2D's attributes, shared by its two gradient ops.
func conv2DAttributes(_ ctx: NodeContext) throws -> Conv2DAttributes {
    let format = try ctx.dataFormat()
    let (sh, sw) = try spatialPair("strides", try ctx.ints("strides", default: nil), format, ctx)
    let (dh, dw) = try spatialPair("dilations", try ctx.ints("dilations", default: [1, 1, 1, 1]), format, ctx)
    let pad = try padding(ctx, format, allowExplicit: true)
    return Conv2DAttributes(strideH: sh, strideW: sw, dilationH: dh, dilationW: dw, padding: pad, dataFormat: format)
}

private func pool(_ kind: PoolKind, _ ctx: NodeContext) throws -> Op { .pool(try poolAttributes(kind, ctx)) }

/// A pool's attributes, shared by its gradient ops.
func poolAttributes(_ kind: PoolKind, _ ctx: NodeContext) throws -> PoolAttributes {
    let format = try ctx.dataFormat()
    let (kh, kw) = try spatialPair("ksize", try ctx.ints("ksize", default: nil), format, ctx)
    let (sh, sw) = try spatialPair("strides", try ctx.ints("strides", default: nil), format, ctx)
    // TensorFlow 2.x gives MaxPool (not AvgPool) EXPLICIT padding with explicit_paddings.
    let pad = try padding(ctx, format, allowExplicit: kind == .max)
    return PoolAttributes(kind: kind, windowH: kh, windowW: kw, strideH: sh, strideW: sw, padding: pad, dataFormat: format)
}

/// The integer values of constant input `input`, which must be int32 or int64 (int32 only when
/// `typeAttr` is nil, as for the sizes of convolution gradients; otherwise checked against the type
/// attribute `typeAttr`) and of rank at most `maxRank`.
func integerConstant(_ ctx: NodeContext, input: Int = 1, what: String, typeAttr: String?, maxRank: Int) throws -> [Int] {
    let t = try ctx.constantInput(input, what: what)
    guard t.dtype == .int32 || (t.dtype == .int64 && typeAttr != nil) else {
        throw ctx.fail("\(what) must be \(typeAttr == nil ? "int32" : "int32 or int64"), got \(t.dtype)")
    }
    guard t.shape.count <= maxRank else {
        throw ctx.fail("\(what) must be \(maxRank == 0 ? "a scalar" : "a scalar or a vector"), got shape \(formatShape(t.shape))")
    }
    if let typeAttr { try ctx.checkType(typeAttr, is: t.dtype, what: what) }
    return (0..<t.elementCount).map { t.int(at: $0) }
}

/// A constant shape makes a `reshape`; a computed one (Keras' Flatten: Shape -> StridedSlice ->
/// Pack) a `dynamicReshape`, which the `shapes` pass resolves once the input shapes are known.
private func reshape(_ ctx: NodeContext) throws -> Lowering {
    guard let t = ctx.constantInputIfAny(1) else {
        try ctx.checkType("Tshape", is: ctx.inputTypes[1].dtype, what: "the shape")
        return .opOverAllInputs(.dynamicReshape)
    }
    guard t.shape.count == 1 else {
        throw ctx.fail("the shape must be a vector, got shape \(formatShape(t.shape))")
    }
    return .op(.reshape(try integerConstant(ctx, what: "the shape", typeAttr: "Tshape", maxRank: 1)))
}

/// A reduction with its `reduction_indices` Const made non-negative, sorted and unique.
func reduce(_ kind: ReduceKind, _ ctx: NodeContext) throws -> Op {
    let raw = try integerConstant(ctx, what: "reduction_indices", typeAttr: "Tidx", maxRank: 1)
    let rank = ctx.inputTypes[0].rank
    var axes: [Int] = []
    for a in raw {
        if let rank {
            guard a >= -rank, a < rank else {
                throw ctx.fail("reduction axis \(a) is out of range for an input of rank \(rank)")
            }
            axes.append(a < 0 ? a + rank : a)
        } else {
            guard a >= 0 else {
                throw ctx.fail("negative reduction axis \(a) needs an input of known rank")
            }
            axes.append(a)
        }
    }
    return .reduce(kind, axes: Array(Set(axes)).sorted(), keepDims: try ctx.bool("keep_dims", default: false))
}

/// `min(max(x, 0), 6)`: a composite of two primitives, which fuse into the producer's loop.
private func relu6(_ ctx: NodeContext) throws -> Lowering {
    let dtype = ctx.inputTypes[0].dtype
    guard dtype != .bool else { throw ctx.fail("Relu6 does not take bool") }
    return .composite(Composite { b in
        let zero = try b.scalar("zero", 0, dtype), six = try b.scalar("six", 6, dtype)
        let low = try b.add("max", .binary(.maximum), [b.operands[0], zero])
        return try b.output(.binary(.minimum), [low, six])
    })
}
