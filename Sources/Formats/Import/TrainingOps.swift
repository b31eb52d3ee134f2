import GraphIR

/// The op table's entries for training graphs: losses, comparisons, casts, layout ops (Transpose,
/// ReverseV2, BroadcastTo), the gradient ops `tf.gradients` emits, variables, and GraphJIT's own
/// `Dropout` and `GraphJITRandomUniform`.
let trainingOps: [String: OpBuilder] = {
    let convAttributes: Set<String> = ["strides", "padding", "explicit_paddings", "data_format", "dilations", "use_cudnn_on_gpu"]
    var table: [String: OpBuilder] = [
        "SparseSoftmaxCrossEntropyWithLogits": OpBuilder(inputs: 2, attributes: ["Tlabels"], build: { ctx in
            try ctx.checkType("Tlabels", is: ctx.inputTypes[1].dtype, what: "the labels")
            return .sparseSoftmaxCrossEntropy
        }),
        "SoftmaxCrossEntropyWithLogits": OpBuilder(inputs: 2, attributes: [], build: { _ in .softmaxCrossEntropy }),
        "ArgMax": OpBuilder(inputs: 2, attributes: ["Tidx", "output_type"], folded: [1], build: { try argMax($0) }),
        "Select": OpBuilder(inputs: 3, attributes: [], typedInput: 1, build: { try selectV1($0) }),
        "SelectV2": OpBuilder(inputs: 3, attributes: [], typedInput: 1, build: { _ in .select }),
        "Cast": OpBuilder(inputs: 1, attributes: ["SrcT", "DstT", "Truncate"], typedInput: nil, build: { try cast($0) }),
        "BroadcastTo": OpBuilder(inputs: 2, attributes: ["Tidx"], folded: [1], lower: { ctx in
            guard ctx.constantInputIfAny(1) != nil else { return .opOverAllInputs(.dynamicBroadcast) }
            let shape = try integerConstant(ctx, what: "the shape", typeAttr: "Tidx", maxRank: 1)
            if let bad = shape.first(where: { $0 < 0 }) { throw ctx.fail("the shape has a negative dimension \(bad)") }
            return .op(.broadcastTo(shape))
        }),
        "Transpose": OpBuilder(inputs: 2, attributes: ["Tperm"], folded: [1], lower: { ctx in
            // A computed permutation (Keras' tensordot concatenates it) waits for the shapes pass.
            guard ctx.constantInputIfAny(1) != nil else {
                try ctx.checkType("Tperm", is: ctx.inputTypes[1].dtype, what: "perm")
                return .opOverAllInputs(.dynamicTranspose)
            }
            var perm = try integerConstant(ctx, what: "perm", typeAttr: "Tperm", maxRank: 1)
            // TensorFlow accepts negative entries, counted from the end.
            perm = perm.map { $0 < 0 ? $0 + perm.count : $0 }
            return .op(.transpose(perm))
        }),
        "ReverseV2": OpBuilder(inputs: 2, attributes: ["Tidx"], folded: [1], build: { try reverse($0) }),
        "Conv2DBackpropInput": OpBuilder(inputs: 3, attributes: convAttributes, folded: [0], typedInput: 1, build: { ctx in
            .conv2DBackpropInput(try conv2DAttributes(ctx), inputShape: try fullShape(ctx, input: 0, what: "input_sizes"))
        }),
        "Conv2DBackpropFilter": OpBuilder(inputs: 3, attributes: convAttributes, folded: [1], build: { ctx in
            .conv2DBackpropFilter(try conv2DAttributes(ctx), filterShape: try fullShape(ctx, input: 1, what: "filter_sizes"))
        }),
        "MaxPoolGrad": OpBuilder(inputs: 3, attributes: ["ksize", "strides", "padding", "data_format", "explicit_paddings"],
                                 build: { .maxPoolGrad(try poolAttributes(.max, $0)) }),
        "AvgPoolGrad": OpBuilder(inputs: 2, attributes: ["ksize", "strides", "padding", "data_format"], folded: [0], typedInput: 1,
                                 build: { ctx in
            .avgPoolGrad(try poolAttributes(.avg, ctx), inputShape: try fullShape(ctx, input: 0, what: "orig_input_shape"))
        }),
        "ReluGrad": OpBuilder(inputs: 2, attributes: [], build: { _ in .binary(.reluGrad) }),
        "BiasAddGrad": OpBuilder(inputs: 1, attributes: ["data_format"], build: { try biasAddGrad($0) }),
        "VariableV2": OpBuilder(inputs: 0, attributes: ["shape", "dtype", "container", "shared_name"], build: { try variable($0) }),
        "Assign": OpBuilder(inputs: 2, attributes: ["validate_shape", "use_locking"], build: { try assign($0) }),
        "Dropout": OpBuilder(inputs: 1, attributes: ["rate"], build: { try dropout($0) }),
        "GraphJITRandomUniform": OpBuilder(inputs: 1, attributes: ["seed", "shape"], build: { try randomUniform($0) }),
        "GraphJITWinogradInputTransform": OpBuilder(inputs: 1, attributes: winogradAttributes, build: { try winograd($0, .input) }),
        "GraphJITWinogradOutputTransform": OpBuilder(inputs: 1, attributes: winogradAttributes, build: { try winograd($0, .output) }),
    ]
    let comparisons: [(String, CompareOp)] = [
        ("Equal", .equal), ("NotEqual", .notEqual), ("Less", .less), ("LessEqual", .lessEqual),
        ("Greater", .greater), ("GreaterEqual", .greaterEqual),
    ]
    for (name, op) in comparisons {
        // Equal and NotEqual have `incompatible_shape_error`; either value imports, since shapes that
        // do not broadcast are an import error here (TensorFlow's `false` would give a scalar instead).
        let attributes: Set<String> = op == .equal || op == .notEqual ? ["incompatible_shape_error"] : []
        table[name] = OpBuilder(inputs: 2, attributes: attributes, build: { ctx in
            _ = try ctx.bool("incompatible_shape_error", default: true)
            return .compare(op)
        })
    }
    return table
}()

/// A constant int32 vector giving a complete rank-4 shape (a gradient's input or filter shape).
private func fullShape(_ ctx: NodeContext, input: Int, what: String) throws -> [Int] {
    let t = try ctx.constantInput(input, what: what)
    guard t.shape.count == 1 else { throw ctx.fail("\(what) must be a vector, got shape \(formatShape(t.shape))") }
    let shape = try integerConstant(ctx, input: input, what: what, typeAttr: nil, maxRank: 1)
    guard shape.count == 4 else { throw ctx.fail("\(what) must have 4 entries, got \(shape)") }
    guard shape.allSatisfy({ $0 >= 0 }) else { throw ctx.fail("\(what) has a negative dimension: \(shape)") }
    return shape
}

/// `axis` made non-negative against the rank of input 0 (negative axes need a known rank).
private func normalizedAxis(_ axis: Int, _ ctx: NodeContext) throws -> Int {
    guard let rank = ctx.inputTypes[0].rank else {
        guard axis >= 0 else { throw ctx.fail("negative axis \(axis) needs an input of known rank") }
        return axis
    }
    guard axis >= -rank, axis < rank else { throw ctx.fail("axis \(axis) is out of range for an input of rank \(rank)") }
    return axis < 0 ? axis + rank : axis
}

/// ReverseV2's `axis` Const: a vector (as TensorFlow requires), negative entries counted from the
/// end, no axis twice; stored sorted so equal reversals are equal ops.
private func reverse(_ ctx: NodeContext) throws -> Op {
    let t = try ctx.constantInput(1, what: "axis")
    guard t.shape.count == 1 else { throw ctx.fail("axis must be a vector, got shape \(formatShape(t.shape))") }
    let raw = try integerConstant(ctx, what: "axis", typeAttr: "Tidx", maxRank: 1)
    var axes: [Int] = []
    for a in raw {
        let axis = try normalizedAxis(a, ctx)
        guard !axes.contains(axis) else { throw ctx.fail("axis \(axis) is given more than once in \(raw)") }
        axes.append(axis)
    }
    return .reverse(axes: axes.sorted())
}

private func argMax(_ ctx: NodeContext) throws -> Op {
    let axis = try integerConstant(ctx, what: "the dimension", typeAttr: "Tidx", maxRank: 0)
    let outputType = try ctx.dtype("output_type") ?? .int64
    guard outputType == .int32 || outputType == .int64 else {
        throw ctx.fail("output_type must be DT_INT32 or DT_INT64, got \(DataType(outputType))")
    }
    return .argMax(axis: try normalizedAxis(axis[0], ctx), outputType: outputType)
}

/// TensorFlow's first `Select`: no broadcasting, except that a scalar condition picks a whole
/// branch and a vector condition picks rows (first-axis slices) of higher-rank branches. The
/// GraphIR op broadcasts NumPy-style, which agrees with the first two rules but would align a
/// vector condition with the last axis, so that case is refused.
private func selectV1(_ ctx: NodeContext) throws -> Op {
    let (c, t, e) = (ctx.inputTypes[0], ctx.inputTypes[1], ctx.inputTypes[2])
    guard let cs = c.shape, let ts = t.shape, let es = e.shape else {
        throw ctx.fail("Select needs inputs of known rank (its condition rule depends on the ranks); use SelectV2")
    }
    func sameShape(_ a: [Int], _ b: [Int]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 < 0 || $1 < 0 || $0 == $1 }
    }
    guard sameShape(ts, es) else {
        throw ctx.fail("Select needs branches of the same shape, got \(formatShape(ts)) and \(formatShape(es)); use SelectV2 to broadcast")
    }
    if cs.isEmpty || sameShape(cs, ts) { return .select }
    if cs.count == 1, ts.count > 1 {
        throw ctx.fail("a vector condition \(formatShape(cs)) picks rows of \(formatShape(ts)) in Select, which GraphJIT does not import; reshape the condition to \(formatShape([cs[0]] + Array(repeating: 1, count: ts.count - 1))) and use SelectV2")
    }
    throw ctx.fail("Select's condition \(formatShape(cs)) must be a scalar or have the branches' shape \(formatShape(ts))")
}

private func cast(_ ctx: NodeContext) throws -> Op {
    try ctx.checkType("SrcT", is: ctx.inputTypes[0].dtype, what: "input 0")
    guard let to = try ctx.dtype("DstT") else { throw ctx.fail("missing required attribute 'DstT'") }
    // Truncate drops mantissa bits instead of rounding; only a narrowing float cast has any to drop
    // (TensorFlow's other conversions ignore it).
    if try ctx.bool("Truncate", default: false), ctx.inputTypes[0].dtype == .float64, to == .float32 {
        return .truncatingCast(to)
    }
    return .cast(to)
}

/// BiasAddGrad is the sum of the gradient over every axis but the channel axis.
private func biasAddGrad(_ ctx: NodeContext) throws -> Op {
    let format = try ctx.dataFormat()
    guard let rank = ctx.inputTypes[0].rank else { throw ctx.fail("BiasAddGrad needs an input of known rank") }
    guard rank >= 2 else { throw ctx.fail("input must have rank >= 2, got rank \(rank)") }
    let channel = format.channelAxis(rank: rank)
    return .reduce(.sum, axes: (0..<rank).filter { $0 != channel }, keepDims: false)
}

/// A complete shape given as a `shape` attribute.
private func shapeAttribute(_ ctx: NodeContext, _ name: String) throws -> [Int] {
    let v = try ctx.required(name)
    guard case .shape(let s) = v else { throw ctx.fail("attribute '\(name)' must be a shape, got \(AttrValue(v).kindName)") }
    let dims = s.dim.map { Int($0.size) }
    guard !s.unknownRank, dims.allSatisfy({ $0 >= 0 }) else {
        throw ctx.fail("attribute '\(name)' must be a complete shape, got \(s.unknownRank ? "an unknown rank" : formatShape(dims))")
    }
    do { _ = try checkedElementCount(dims) } catch let e as ShapeError { throw ctx.fail(e.message) }
    return dims
}

private func variable(_ ctx: NodeContext) throws -> Op {
    guard let dtype = try ctx.dtype("dtype") else { throw ctx.fail("missing required attribute 'dtype'") }
    // Sharing across sessions means nothing in one compiled graph; the names are only checked.
    _ = try ctx.string("container", default: "")
    _ = try ctx.string("shared_name", default: "")
    return .variable(dtype: dtype, shape: try shapeAttribute(ctx, "shape"))
}

private func assign(_ ctx: NodeContext) throws -> Op {
    guard case .variable = ctx.graph.nodes[ctx.inputs[0].node].op else {
        let source = ctx.graph.nodes[ctx.inputs[0].node]
        throw ctx.fail("input 0 '\(ctx.def.input[0])' must be a VariableV2, got \(source.op.name)")
    }
    // validate_shape=false lets TensorFlow change a variable's shape; shapes are checked here anyway.
    _ = try ctx.bool("validate_shape", default: true)
    _ = try ctx.bool("use_locking", default: true)
    return .assign
}

/// GraphJIT's own `Dropout(x)` with float attribute `rate`.
private func dropout(_ ctx: NodeContext) throws -> Op {
    let v = try ctx.required("rate")
    guard case .f(let rate) = v else { throw ctx.fail("attribute 'rate' must be a float, got \(AttrValue(v).kindName)") }
    guard rate >= 0, rate < 1 else { throw ctx.fail("rate \(rate) must be in [0, 1)") }
    return .dropout(rate: Double(rate))
}

private let winogradAttributes: Set<String> = ["pad_top", "pad_left", "output_height", "output_width"]

/// GraphJIT's own Winograd transforms (pass `winograd` writes them; `compile --emit` shows them).
private func winograd(_ ctx: NodeContext, _ stage: WinogradAttributes.Stage) throws -> Op {
    .winograd(WinogradAttributes(stage: stage, padTop: try ctx.int("pad_top"), padLeft: try ctx.int("pad_left"),
                                 height: try ctx.int("output_height"), width: try ctx.int("output_width")))
}

/// GraphJIT's own `GraphJITRandomUniform(counter)` with attributes `seed` (int) and `shape`.
private func randomUniform(_ ctx: NodeContext) throws -> Op {
    let v = try ctx.required("seed")
    guard case .i(let seed) = v else { throw ctx.fail("attribute 'seed' must be an int, got \(AttrValue(v).kindName)") }
    return .randomUniform(seed: UInt64(bitPattern: seed), shape: try shapeAttribute(ctx, "shape"))
}
