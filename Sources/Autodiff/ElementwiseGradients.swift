import GraphIR

// Rules of the element-wise ops, shared by the switch in Op+Gradient.swift.

/// dx of an element-wise function of one input, from its input `x` and output `y`; nil for the
/// rounding functions, whose derivative is zero wherever it exists (TensorFlow registers none).
func unaryGradient(_ u: UnaryOp, _ g: Value, x: Value, y: Value, _ b: inout GradientBuilder) throws -> Value? {
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
    case .elu:
        // TensorFlow's EluGrad: dy where y > 0, else dy·(y + 1) (= dy·e^x, finite for every x).
        let positive = try b.emit(.compare(.greater), [y, try b.scalar(0, t, name: "zero")])
        let scaled = try b.binary(.mul, g, try b.binary(.add, y, try b.scalar(1, t, name: "one")))
        return try b.emit(.select, [positive, g, scaled])
    case .softplus:
        return try b.binary(.mul, g, try b.unary(.sigmoid, x))
    case .erf, .erfc:
        // ±2/√π · e^(-x²)
        let slope = try b.scalar(u == .erf ? 2 / Double.pi.squareRoot() : -2 / Double.pi.squareRoot(), t, name: "two_over_root_pi")
        let bell = try b.unary(.exp, try b.unary(.neg, try b.unary(.square, x)))
        return try b.binary(.mul, g, try b.binary(.mul, bell, slope))
    case .log1p:
        return try b.binary(.div, g, try b.binary(.add, x, try b.scalar(1, t, name: "one")))
    case .expm1:
        return try b.binary(.mul, g, try b.unary(.exp, x))
    case .floor, .ceil, .round, .sign:
        return nil
    case .reciprocal:
        // d(1/x) = -1/x² = -y²
        return try b.binary(.mul, g, try b.unary(.neg, try b.unary(.square, y)))
    case .sin:
        return try b.binary(.mul, g, try b.unary(.cos, x))
    case .cos:
        return try b.binary(.mul, g, try b.unary(.neg, try b.unary(.sin, x)))
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
    case .pow:
        // d/dp = q·p^(q-1); d/dq = p^q·log p where p > 0, else 0 (TensorFlow's rule; log of a
        // non-positive p is never formed, so no NaN reaches the gradient).
        let t = b.dtype(of: g)
        dp = try c.want(0) {
            let lowered = try b.binary(.pow, p, try b.binary(.sub, q, try b.scalar(1, t, name: "one")))
            return try b.binary(.mul, g, try b.binary(.mul, q, lowered))
        }
        dq = try c.want(1) {
            let zero = try b.scalar(0, t, name: "zero")
            let positive = try b.emit(.compare(.greater), [p, zero])
            let safe = try b.emit(.select, [positive, p, try b.scalar(1, t, name: "one")])
            let logP = try b.emit(.select, [positive, try b.unary(.log, safe), zero])
            return try b.binary(.mul, g, try b.binary(.mul, c.y, logP))
        }
    case .floorDiv:
        // Piecewise constant: TensorFlow registers no gradient.
        (dp, dq) = (nil, nil)
    case .floorMod:
        // p mod q = p - floor(p / q)·q
        dp = c.want(0) { g }
        dq = try c.want(1) { try b.binary(.mul, g, try b.unary(.neg, try b.binary(.floorDiv, p, q))) }
    }
    return [try dp.map { try b.unbroadcast($0, to: ps) }, try dq.map { try b.unbroadcast($0, to: qs) }]
}
