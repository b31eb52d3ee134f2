import GraphIR

// Rules of the element-wise ops, shared by the switch in Op+Gradient.swift.

/// dx of an element-wise function of one input, from its input `x` and output `y`.
func unaryGradient(_ u: UnaryOp, _ g: Value, x: Value, y: Value, _ b: inout GradientBuilder) throws -> Value {
    let t = b.dtype(of: g)
    switch u {
    case .neg:
        return try b.unary(.neg, g)
    case .relu:
        return try b.binary(.reluGrad, g, y)
    case .exp:
        return try b.binary(.mul, g, y)
    case .log:
        return try b.binary(.div, g, x)
    case .sqrt:
        // d sqrt(x) = 0.5 / y
        return try b.binary(.mul, g, try b.binary(.div, try b.scalar(0.5, t, name: "half"), y))
    case .rsqrt:
        // d x^(-1/2) = -0.5 x^(-3/2) = -0.5 y^3
        let cube = try b.binary(.mul, try b.unary(.square, y), y)
        return try b.binary(.mul, g, try b.binary(.mul, cube, try b.scalar(-0.5, t, name: "minus_half")))
    case .square:
        return try b.binary(.mul, g, try b.binary(.mul, x, try b.scalar(2, t, name: "two")))
    case .abs:
        // dy * sign(x), zero at 0 as in TensorFlow: ReluGrad passes dy where x > 0, and where -x > 0.
        let positive = try b.binary(.reluGrad, g, x)
        let negative = try b.binary(.reluGrad, g, try b.unary(.neg, x))
        return try b.binary(.sub, positive, negative)
    case .tanh:
        // 1 - y^2
        let one = try b.scalar(1, t, name: "one")
        return try b.binary(.mul, g, try b.binary(.sub, one, try b.unary(.square, y)))
    case .sigmoid:
        // y (1 - y)
        let one = try b.scalar(1, t, name: "one")
        return try b.binary(.mul, g, try b.binary(.mul, y, try b.binary(.sub, one, y)))
    }
}

/// Gradients of a broadcasting binary op, each summed back to its operand's shape.
func binaryGradients(_ op: BinaryOp, _ g: Value, _ c: GradientContext,
                             _ b: inout GradientBuilder) throws -> [Value?] {
    let (p, q) = (c.x[0], c.x[1])
    let (ps, qs) = (try b.shape(of: p), try b.shape(of: q))
    /// dy masked by `p >= q` (maximum) or `p <= q` (minimum), ties going to the first operand as in TensorFlow.
    func routed(_ first: Bool, _ comparison: CompareOp, _ b: inout GradientBuilder) throws -> Value {
        let mask = try b.emit(.compare(comparison), [p, q])
        let zero = try b.scalar(0, b.dtype(of: g), name: "zeros")
        return try b.emit(.select, first ? [mask, g, zero] : [mask, zero, g])
    }
    let dp: Value?, dq: Value?
    switch op {
    case .add:
        dp = c.want(0) { g }
        dq = c.want(1) { g }
    case .sub:
        dp = c.want(0) { g }
        dq = try c.want(1) { try b.unary(.neg, g) }
    case .mul:
        dp = try c.want(0) { try b.binary(.mul, g, q) }
        dq = try c.want(1) { try b.binary(.mul, g, p) }
    case .div:
        dp = try c.want(0) { try b.binary(.div, g, q) }
        // d(p/q)/dq = -p / q^2, written as (-p / q) / q as TensorFlow does.
        dq = try c.want(1) { try b.binary(.mul, g, try b.binary(.div, try b.binary(.div, try b.unary(.neg, p), q), q)) }
    case .maximum:
        dp = try c.want(0) { try routed(true, .greaterEqual, &b) }
        dq = try c.want(1) { try routed(false, .greaterEqual, &b) }
    case .minimum:
        dp = try c.want(0) { try routed(true, .lessEqual, &b) }
        dq = try c.want(1) { try routed(false, .lessEqual, &b) }
    case .reluGrad:
        // ReluGrad(dy, x) is linear in dy; its derivative in x is zero almost everywhere.
        dp = try c.want(0) { try b.binary(.reluGrad, g, q) }
        dq = nil
    }
    return [try dp.map { try b.unbroadcast($0, to: ps) }, try dq.map { try b.unbroadcast($0, to: qs) }]
}
