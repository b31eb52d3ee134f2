import GraphIR

/// The op table's entries for the element-wise ops, reductions and batched products of real
/// frozen models (activations, rounding, `Pow`, `AddN`, `Min`/`Prod`/`All`/`Any`, `LogSoftmax`,
/// `BatchMatMul*`). Ops that are formulas of primitives (Selu, LeakyRelu, Softsign,
/// SquaredDifference, DivNoNan, AddN) are composites; they fuse into one loop like a primitive.
let elementwiseOps: [String: OpBuilder] = {
    var table: [String: OpBuilder] = [
        "Selu": OpBuilder(inputs: 1, attributes: [], lower: { try selu($0) }),
        "LeakyRelu": OpBuilder(inputs: 1, attributes: ["alpha"], lower: { try leakyRelu($0) }),
        "Softsign": OpBuilder(inputs: 1, attributes: [], lower: { try softsign($0) }),
        "SquaredDifference": OpBuilder(inputs: 2, attributes: [], lower: { try squaredDifference($0) }),
        "DivNoNan": OpBuilder(inputs: 2, attributes: [], lower: { try divNoNan($0) }),
        "AddN": OpBuilder(inputs: .atLeast(1), attributes: ["N"], lower: { try addN($0) }),
        "BiasAddV1": OpBuilder(inputs: 2, attributes: [], build: { _ in .biasAdd(.nhwc) }),
        "LogSoftmax": OpBuilder(inputs: 1, attributes: [], build: { _ in .logSoftmax }),
        "BatchMatMul": OpBuilder(inputs: 2, attributes: batchMatMulAttributes, build: { try batchMatMul($0, broadcasts: false) }),
        "BatchMatMulV2": OpBuilder(inputs: 2, attributes: batchMatMulAttributes, build: { try batchMatMul($0, broadcasts: true) }),
        "BatchMatMulV3": OpBuilder(inputs: 2, attributes: batchMatMulAttributes.union(["Ta", "Tb", "Tout"]), typedInput: nil,
                                   build: { try batchMatMulV3($0) }),
    ]
    let unary: [(String, UnaryOp)] = [
        ("Elu", .elu), ("Softplus", .softplus), ("Erf", .erf), ("Erfc", .erfc), ("Log1p", .log1p), ("Expm1", .expm1),
        ("Floor", .floor), ("Ceil", .ceil), ("Round", .round), ("Sign", .sign), ("Reciprocal", .reciprocal),
        ("Inv", .reciprocal), ("Sin", .sin), ("Cos", .cos),
    ]
    for (name, op) in unary { table[name] = OpBuilder(inputs: 1, attributes: [], build: { _ in .unary(op) }) }
    let binary: [(String, BinaryOp)] = [("Pow", .pow), ("FloorDiv", .floorDiv), ("FloorMod", .floorMod)]
    for (name, op) in binary { table[name] = OpBuilder(inputs: 2, attributes: [], build: { _ in .binary(op) }) }
    let reductions: [(String, ReduceKind)] = [("Min", .min), ("Prod", .prod), ("All", .all), ("Any", .any)]
    for (name, kind) in reductions {
        table[name] = OpBuilder(inputs: 2, attributes: ["keep_dims", "Tidx"], folded: [1], build: { try reduce(kind, $0) })
    }
    return table
}()

private let batchMatMulAttributes: Set<String> = ["adj_x", "adj_y", "grad_x", "grad_y"]

/// Fails unless input 0 is floating point: the activations TensorFlow defines for floats only.
private func requireFloat(_ ctx: NodeContext) throws -> DType {
    let dtype = ctx.inputTypes[0].dtype
    guard dtype.isFloatingPoint else { throw ctx.fail("\(ctx.def.op) needs a floating-point input, got \(dtype)") }
    return dtype
}

/// `x > 0 ? scale·x : scale·α·elu(x)` with TensorFlow's constants (its kernel multiplies by
/// `scale` and by `scale·α`, each one rounded constant).
private func selu(_ ctx: NodeContext) throws -> Lowering {
    let dtype = try requireFloat(ctx)
    return .composite(Composite { b in
        let x = b.operands[0]
        let positive = try b.add("positive", .compare(.greater), [x, try b.scalar("zero", 0, dtype)])
        let linear = try b.add("linear", .binary(.mul), [x, try b.scalar("scale", 1.0507009873554804934193349852946, dtype)])
        let elu = try b.add("elu", .unary(.elu), [x])
        let exponential = try b.add("exponential", .binary(.mul),
                                    [elu, try b.scalar("scale_alpha", 1.7580993408473768599402175208123, dtype)])
        return try b.output(.select, [positive, linear, exponential])
    })
}

/// `x > 0 ? x : α·x`, TensorFlow's formula, exact for every α (`max(x, α·x)` is not when α > 1).
/// `alpha` is a 32-bit float attribute; float64 inputs use that float's value, as TensorFlow does.
private func leakyRelu(_ ctx: NodeContext) throws -> Lowering {
    let dtype = try requireFloat(ctx)
    let alpha = try floatAttribute(ctx, "alpha", default: 0.2)
    return .composite(Composite { b in
        let x = b.operands[0]
        let positive = try b.add("positive", .compare(.greater), [x, try b.scalar("zero", 0, dtype)])
        let scaled = try b.add("scaled", .binary(.mul), [x, try b.scalar("alpha", Double(alpha), dtype)])
        return try b.output(.select, [positive, x, scaled])
    })
}

/// A float attribute (TensorFlow's are 32-bit), or `value` when absent.
private func floatAttribute(_ ctx: NodeContext, _ name: String, default value: Float) throws -> Float {
    guard let v = try ctx.attr(name) else { return value }
    guard case .f(let f) = v else { throw ctx.fail("attribute '\(name)' must be a float, got \(AttrValue(v).kindName)") }
    return f
}

/// `x / (|x| + 1)`.
private func softsign(_ ctx: NodeContext) throws -> Lowering {
    let dtype = try requireFloat(ctx)
    return .composite(Composite { b in
        let x = b.operands[0]
        let denominator = try b.add("denominator", .binary(.add), [try b.add("abs", .unary(.abs), [x]), try b.scalar("one", 1, dtype)])
        return try b.output(.binary(.div), [x, denominator])
    })
}

/// `(x - y)²`, for floats and integers (wrapping) alike.
private func squaredDifference(_ ctx: NodeContext) throws -> Lowering {
    .composite(Composite { b in
        try b.output(.unary(.square), [try b.add("difference", .binary(.sub), [b.operands[0], b.operands[1]])])
    })
}

/// `y == 0 ? 0 : x / y`. The division's own divisor is 1 where y is 0, so no infinity or NaN is
/// formed there and the gradient through the unused quotient stays 0 (not 0·∞).
private func divNoNan(_ ctx: NodeContext) throws -> Lowering {
    let dtype = try requireFloat(ctx)
    return .composite(Composite { b in
        let (x, y) = (b.operands[0], b.operands[1])
        let zero = try b.scalar("zero", 0, dtype)
        let isZero = try b.add("is_zero", .compare(.equal), [y, zero])
        let divisor = try b.add("divisor", .select, [isZero, try b.scalar("one", 1, dtype), y])
        let quotient = try b.add("quotient", .binary(.div), [x, divisor])
        return try b.output(.select, [isZero, zero, quotient])
    })
}

/// The sum of `N` tensors of one shape (AddN does not broadcast), added left to right.
private func addN(_ ctx: NodeContext) throws -> Lowering {
    guard case .i(let n)? = try ctx.attr("N") else {
        if let v = try ctx.attr("N") { throw ctx.fail("attribute 'N' must be an int, got \(AttrValue(v).kindName)") }
        throw ctx.fail("missing required attribute 'N'")
    }
    guard n == ctx.inputs.count else { throw ctx.fail("attribute 'N' is \(n) but the node has \(ctx.inputs.count) data input(s)") }
    let first = ctx.inputTypes[0]
    for (k, t) in ctx.inputTypes.enumerated().dropFirst() {
        guard t.dtype == first.dtype else { throw ctx.fail("input \(k) is \(t.dtype), input 0 is \(first.dtype)") }
        if let a = first.shape, let s = t.shape {
            guard a.count == s.count, zip(a, s).allSatisfy({ $0 < 0 || $1 < 0 || $0 == $1 }) else {
                throw ctx.fail("input \(k) has shape \(formatShape(s)), input 0 has \(formatShape(a)); AddN does not broadcast")
            }
        }
    }
    guard first.dtype != .bool else { throw ctx.fail("AddN does not take bool") }
    return .composite(Composite { b in
        var total = b.operands[0]
        for (k, term) in b.operands.enumerated().dropFirst() {
            total = k == b.operands.count - 1 ? try b.output(.binary(.add), [total, term])
                                              : try b.add("add_\(k)", .binary(.add), [total, term])
        }
        return total
    })
}

/// `BatchMatMul` (batch dimensions must be equal) and `BatchMatMulV2` (they broadcast).
/// `grad_x` / `grad_y` are hints for TensorFlow's own gradient code, accepted and ignored.
private func batchMatMul(_ ctx: NodeContext, broadcasts: Bool) throws -> Op {
    let adjX = try ctx.bool("adj_x", default: false), adjY = try ctx.bool("adj_y", default: false)
    _ = try ctx.bool("grad_x", default: false)
    _ = try ctx.bool("grad_y", default: false)
    if !broadcasts, let a = ctx.inputTypes[0].shape, let b = ctx.inputTypes[1].shape, a.count >= 2, b.count >= 2 {
        let (ba, bb) = (Array(a.dropLast(2)), Array(b.dropLast(2)))
        guard ba.count == bb.count, zip(ba, bb).allSatisfy({ $0 < 0 || $1 < 0 || $0 == $1 }) else {
            throw ctx.fail("batch dimensions \(formatShape(ba)) and \(formatShape(bb)) differ; BatchMatMul does not broadcast (BatchMatMulV2 does)")
        }
    }
    return .batchMatMul(adjX: adjX, adjY: adjY)
}

/// `BatchMatMulV3`: V2 with a type per operand and for the result, which must all be the same here.
private func batchMatMulV3(_ ctx: NodeContext) throws -> Op {
    let (a, b) = (ctx.inputTypes[0].dtype, ctx.inputTypes[1].dtype)
    try ctx.checkType("Ta", is: a, what: "input 0")
    try ctx.checkType("Tb", is: b, what: "input 1")
    guard let out = try ctx.dtype("Tout") else { throw ctx.fail("missing required attribute 'Tout'") }
    guard a == b, out == a else {
        throw ctx.fail("mixed types (Ta \(DataType(a)), Tb \(DataType(b)), Tout \(DataType(out))) are not supported; all three must be equal")
    }
    return try batchMatMul(ctx, broadcasts: true)
}
