import GraphIR

/// Element-wise ONNX ops: unary functions, activations with parameters (as small composites of
/// primitives), arithmetic and comparisons with NumPy broadcasting (and opset 6's `broadcast` /
/// `axis` form), the variadic Sum/Mean/Max/Min, Clip, Where, Cast, and the identity-like ops.
let elementwiseOps: [String: ONNXOp] = {
    var table: [String: ONNXOp] = [:]
    let unary: [(String, UnaryOp)] = [
        ("Relu", .relu), ("Abs", .abs), ("Neg", .neg), ("Exp", .exp), ("Log", .log), ("Sqrt", .sqrt),
        ("Reciprocal", .reciprocal), ("Sigmoid", .sigmoid), ("Tanh", .tanh), ("Erf", .erf), ("Softplus", .softplus),
        ("Floor", .floor), ("Ceil", .ceil), ("Sign", .sign), ("Sin", .sin), ("Cos", .cos), ("Round", .round),
    ]
    // Opset 6 still lists `consumed_inputs`-free unary ops; nothing to read but the input.
    for (name, u) in unary { table[name] = .single(1...1) { n in try n.result(.unary(u), [try n.input(0)]) } }

    let binary: [(String, BinaryOp)] = [("Add", .add), ("Sub", .sub), ("Mul", .mul), ("Div", .div)]
    for (name, b) in binary {
        table[name] = .single(2...2, ["broadcast", "axis"]) { n in
            let (a, c) = try legacyBroadcast(&n)
            return try n.result(.binary(b), [a, c])
        }
    }
    // From opset 12 the exponent may have another type than the base; the result has the base's.
    table["Pow"] = .single(2...2, ["broadcast", "axis"]) { n in
        var (a, e) = try legacyBroadcast(&n)
        let (base, exponent) = (n.type(a).dtype, n.type(e).dtype)
        guard base != exponent else { return try n.result(.binary(.pow), [a, e]) }
        guard base != .bool, exponent != .bool else { throw n.fail("Pow of bool is not supported") }
        if base.isFloatingPoint {
            e = try n.add("exponent", .cast(base), [e])
            return try n.result(.binary(.pow), [a, e])
        }
        // An integer base with a float exponent: onnxruntime's std::pow in double, truncated back.
        a = try n.add("base_double", .cast(.float64), [a])
        if exponent != .float64 { e = try n.add("exponent", .cast(.float64), [e]) }
        return try n.result(.cast(base), [try n.add("power", .binary(.pow), [a, e])])
    }
    let compare: [(String, CompareOp)] = [
        ("Equal", .equal), ("Less", .less), ("Greater", .greater), ("LessOrEqual", .lessEqual),
        ("GreaterOrEqual", .greaterEqual),
    ]
    for (name, c) in compare {
        table[name] = .single(2...2, ["broadcast", "axis"]) { n in
            let (a, b) = try legacyBroadcast(&n)
            return try n.result(.compare(c), [a, b])
        }
    }
    let variadic: [(String, BinaryOp)] = [("Sum", .add), ("Max", .maximum), ("Min", .minimum), ("Mean", .add)]
    for (name, b) in variadic {
        table[name] = .single(1...Int.max) { n in
            var acc = try n.input(0)
            let count = n.inputs.count
            if count == 1 && name != "Mean" { return try n.result(.identity, [acc]) }
            for k in 1..<max(count, 1) where k < count {
                let next = try n.input(k)
                acc = k == count - 1 && name != "Mean" ? try n.result(.binary(b), [acc, next])
                    : try n.add("\(name.lowercased())\(k)", .binary(b), [acc, next])
            }
            guard name == "Mean" else { return acc }
            let divisor = try n.scalar("count", Double(count), n.type(acc).dtype)
            return try n.result(.binary(.div), [acc, divisor])
        }
    }

    // Mod: the divisor's sign (Python's %) by default; fmod = 1 takes the dividend's (C's fmod),
    // a - b·trunc(a / b) with trunc(q) = sign(q)·floor(|q|).
    table["Mod"] = .single(2...2, ["fmod"]) { n in
        let a = try n.input(0), b = try n.input(1)
        guard try n.int("fmod", default: 0) != 0 else { return try n.result(.binary(.floorMod), [a, b]) }
        let q = try n.add("quotient", .binary(.div), [a, b])
        let whole = try n.add("trunc", .binary(.mul), [try n.add("sign", .unary(.sign), [q]),
                                                        try n.add("floor", .unary(.floor), [try n.add("abs", .unary(.abs), [q])])])
        return try n.result(.binary(.sub), [a, try n.add("multiple", .binary(.mul), [b, whole])])
    }
    table["Identity"] = .single(1...1) { n in try n.result(.identity, [try n.input(0)]) }
    // Inference: Dropout forwards its input. Its mask is onnxruntime's: true everywhere from
    // opset 12 (every element kept, as the spec's reference has it), but zeros before (false from
    // opset 10, of the input's type in 7-9), as onnxruntime's Dropout 7-11 writes it.
    // training_mode (opset 12) must not be true.
    table["Dropout"] = ONNXOp(inputs: 1...3, outputs: 1...2, attributes: ["ratio", "is_test", "seed"]) { n in
        if n.optionalInput(2) != nil {
            guard let training = try n.foldedConstant(2), training.elementCount == 1 else {
                throw n.fail("training_mode (input 2) must be a constant scalar")
            }
            guard training.double(at: 0) == 0 else { throw n.fail("training_mode = true is not supported (GraphJIT imports inference graphs)") }
        }
        let x = try n.input(0)
        let y = try n.result(.identity, [x])
        guard n.proto.output.count > 1, !n.proto.output[1].isEmpty else { return [y] }
        let kept = try n.add("kept", .splat(n.opset >= 12 ? 1 : 0), [x])
        return [y, n.opset >= 10 ? try n.add("mask", .cast(.bool), [kept]) : kept]
    }
    table["Cast"] = .single(1...1, ["to", "saturate"]) { n in
        let to = try n.int("to", default: 0)
        guard let d = ONNXDataType.dtype(Int32(truncatingIfNeeded: to)) else {
            throw n.fail("cast to \(ONNXDataType.name(Int32(truncatingIfNeeded: to))) is not supported")
        }
        return try n.result(.cast(d), [try n.input(0)])
    }
    table["Where"] = .single(3...3) { n in try n.result(.select, [try n.input(0), try n.input(1), try n.input(2)]) }
    table["Not"] = .single(1...1) { n in
        let f = try n.constant("false", Tensor(shape: [], bools: [false]))
        return try n.result(.compare(.equal), [try n.input(0), f])
    }

    table["LeakyRelu"] = .single(1...1, ["alpha"]) { n in
        let x = try n.input(0), dtype = n.type(x).dtype
        let alpha = try n.scalar("alpha", try n.float("alpha", default: 0.01), dtype)
        let scaled = try n.add("scaled", .binary(.mul), [x, alpha])
        // max(x, αx) is LeakyRelu for 0 <= α <= 1; the select form holds for any α.
        let zero = try n.scalar("zero", 0, dtype)
        let positive = try n.add("positive", .compare(.greater), [x, zero])
        return try n.result(.select, [positive, x, scaled])
    }
    table["Shrink"] = .single(1...1, ["bias", "lambd"]) { n in
        // x < -lambd: x + bias; x > lambd: x - bias; else 0 (lambd 0.5 and bias 0 by default).
        let x = try n.input(0), dtype = n.type(x).dtype
        let lambd = try n.float("lambd", default: 0.5), bias = try n.float("bias", default: 0)
        let upper = try n.scalar("lambd", lambd, dtype), lower = try n.scalar("minus_lambd", -lambd, dtype)
        let b = try n.scalar("bias", bias, dtype), zero = try n.scalar("zero", 0, dtype)
        let below = try n.add("below", .compare(.less), [x, lower])
        let above = try n.add("above", .compare(.greater), [x, upper])
        let raised = try n.add("raised", .binary(.add), [x, b])
        let lowered = try n.add("lowered", .binary(.sub), [x, b])
        let outer = try n.add("outer", .select, [above, lowered, zero])
        return try n.result(.select, [below, raised, outer])
    }
    table["PRelu"] = .single(2...2) { n in
        let x = try n.input(0), slope = try unidirectional(&n, try n.input(1), like: x)
        let zero = try n.scalar("zero", 0, n.type(x).dtype)
        let positive = try n.add("positive", .compare(.less), [zero, x])
        let scaled = try n.add("scaled", .binary(.mul), [x, slope])
        return try n.result(.select, [positive, x, scaled])
    }
    table["Elu"] = .single(1...1, ["alpha"]) { n in
        let x = try n.input(0), alpha = try n.float("alpha", default: 1)
        if alpha == 1 { return try n.result(.unary(.elu), [x]) }
        return try scaledNegative(&n, x, alpha: alpha, scale: 1)
    }
    table["Selu"] = .single(1...1, ["alpha", "gamma"]) { n in
        let x = try n.input(0)
        let alpha = try n.float("alpha", default: 1.67326319217681884765625)
        let gamma = try n.float("gamma", default: 1.05070102214813232421875)
        return try scaledNegative(&n, x, alpha: alpha, scale: gamma)
    }
    table["HardSigmoid"] = .single(1...1, ["alpha", "beta"]) { n in
        let x = try n.input(0)
        return try hardSigmoid(&n, x, alpha: try n.float("alpha", default: 0.2), beta: try n.float("beta", default: 0.5), final: true)
    }
    table["HardSwish"] = .single(1...1) { n in
        let x = try n.input(0)
        let gate = try hardSigmoid(&n, x, alpha: 1.0 / 6, beta: 0.5, final: false)
        return try n.result(.binary(.mul), [x, gate])
    }
    table["Gelu"] = .single(1...1, ["approximate"]) { n in
        let x = try n.input(0), dtype = n.type(x).dtype
        let approximate = try n.string("approximate", default: "none")
        let half = try n.scalar("half", 0.5, dtype), one = try n.scalar("one", 1, dtype)
        let inner: Value
        switch approximate {
        case "none":
            // 0.5·x·(1 + erf(x/√2))
            let scaled = try n.add("scaled", .binary(.mul), [x, try n.scalar("rsqrt2", 0.5.squareRoot(), dtype)])
            inner = try n.add("erf", .unary(.erf), [scaled])
        case "tanh":
            // 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))
            let cube = try n.add("cube", .binary(.mul), [x, try n.add("square", .unary(.square), [x])])
            let poly = try n.add("poly", .binary(.add), [x, try n.add("cubic", .binary(.mul), [cube, try n.scalar("c", 0.044715, dtype)])])
            let arg = try n.add("arg", .binary(.mul), [poly, try n.scalar("k", (2 / Double.pi).squareRoot(), dtype)])
            inner = try n.add("tanh", .unary(.tanh), [arg])
        default:
            throw n.fail("approximate '\(approximate)' is not one of none, tanh")
        }
        let gate = try n.add("gate", .binary(.mul), [half, try n.add("one_plus", .binary(.add), [one, inner])])
        return try n.result(.binary(.mul), [x, gate])
    }
    table["Clip"] = .single(1...3, ["min", "max"]) { n in
        let x = try n.input(0), dtype = n.type(x).dtype
        var low: Value?, high: Value?
        if n.opset < 11 {
            low = try n.scalar("min", try n.float("min", default: -Double(Float.greatestFiniteMagnitude)), dtype)
            high = try n.scalar("max", try n.float("max", default: Double(Float.greatestFiniteMagnitude)), dtype)
        } else {
            low = n.optionalInput(1)
            high = n.optionalInput(2)
        }
        var y = x
        if let low { y = high == nil ? try n.result(.binary(.maximum), [y, low]) : try n.add("low", .binary(.maximum), [y, low]) }
        if let high { y = try n.result(.binary(.minimum), [y, high]) }
        if low == nil && high == nil { y = try n.result(.identity, [x]) }
        return y
    }
    return table
}()

/// The two operands of a binary op: NumPy broadcasting from opset 7; before it, `broadcast = 1`
/// lets B match A's dimensions from `axis` (default: its last ones), which a reshape of B adding
/// trailing ones turns into NumPy broadcasting.
func legacyBroadcast(_ n: inout ONNXNode) throws -> (Value, Value) {
    let a = try n.input(0), b = try n.input(1)
    guard n.opset < 7, try n.int("broadcast", default: 0) == 1, let axis = try n.int("axis") else { return (a, b) }
    guard let ra = n.type(a).rank, let shape = n.type(b).shape else { throw n.fail("broadcast needs the ranks of both inputs") }
    let start = axis < 0 ? axis + ra : axis
    guard start >= 0, start + shape.count <= ra else { throw n.fail("broadcast axis \(axis) does not fit B's rank \(shape.count) in A's rank \(ra)") }
    let trailing = ra - start - shape.count
    guard trailing > 0 else { return (a, b) }
    guard shape.allSatisfy({ $0 >= 0 }) else { throw n.fail("broadcast needs B's shape to be known") }
    return (a, try n.add("broadcast", .reshape(shape + Array(repeating: 1, count: trailing)), [b]))
}

/// PRelu's slope, which broadcasts unidirectionally to x; ONNX files written for opset 6 give
/// a `[C]` slope for an NCHW x, meaning one slope per channel.
func unidirectional(_ n: inout ONNXNode, _ slope: Value, like x: Value) throws -> Value {
    guard n.opset < 7, let rx = n.type(x).rank, let s = n.type(slope).shape, s.count == 1, rx >= 3,
          let c = n.type(x).shape?[1], s[0] == c, c != 1 else { return slope }
    return try n.add("per_channel", .reshape([c] + Array(repeating: 1, count: rx - 2)), [slope])
}

/// `scale · (x > 0 ? x : α(eˣ - 1))` (Elu with α ≠ 1, Selu).
func scaledNegative(_ n: inout ONNXNode, _ x: Value, alpha: Double, scale: Double) throws -> Value {
    let dtype = n.type(x).dtype
    let zero = try n.scalar("zero", 0, dtype)
    let negative = try n.add("negative", .binary(.mul), [try n.add("expm1", .unary(.expm1), [x]), try n.scalar("alpha", alpha, dtype)])
    let positive = try n.add("is_positive", .compare(.greater), [x, zero])
    if scale == 1 { return try n.result(.select, [positive, x, negative]) }
    let chosen = try n.add("select", .select, [positive, x, negative])
    return try n.result(.binary(.mul), [chosen, try n.scalar("gamma", scale, dtype)])
}

/// `max(0, min(1, αx + β))`.
func hardSigmoid(_ n: inout ONNXNode, _ x: Value, alpha: Double, beta: Double, final: Bool) throws -> Value {
    let dtype = n.type(x).dtype
    let line = try n.add("line", .binary(.add), [try n.add("slope", .binary(.mul), [x, try n.scalar("alpha", alpha, dtype)]),
                                                 try n.scalar("beta", beta, dtype)])
    let capped = try n.add("capped", .binary(.minimum), [line, try n.scalar("one", 1, dtype)])
    let zero = try n.scalar("zero", 0, dtype)
    return final ? try n.result(.binary(.maximum), [capped, zero]) : try n.add("hard_sigmoid", .binary(.maximum), [capped, zero])
}
