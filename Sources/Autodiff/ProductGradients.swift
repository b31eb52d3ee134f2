import GraphIR

// Rules of the matrix products, shared by the switch in Op+Gradient.swift.

/// dA and dB of `C = op(A) op(B)` (`op` transposing when `ta` / `tb`), each written as a product
/// with the op's own transposes, built by `product(transposeA, transposeB)`.
func productGradients(_ ta: Bool, _ tb: Bool, _ g: Value, _ c: GradientContext, _ b: inout GradientBuilder,
                      _ product: (Bool, Bool) -> Op) throws -> [Value?] {
    let (p, q) = (c.x[0], c.x[1])
    let da: Value?, db: Value?
    switch (ta, tb) {
    case (false, false):
        da = try c.want(0) { try b.emit(product(false, true), [g, q]) }
        db = try c.want(1) { try b.emit(product(true, false), [p, g]) }
    case (false, true):
        da = try c.want(0) { try b.emit(product(false, false), [g, q]) }
        db = try c.want(1) { try b.emit(product(true, false), [g, p]) }
    case (true, false):
        da = try c.want(0) { try b.emit(product(false, true), [q, g]) }
        db = try c.want(1) { try b.emit(product(false, false), [p, g]) }
    case (true, true):
        da = try c.want(0) { try b.emit(product(true, true), [q, g]) }
        db = try c.want(1) { try b.emit(product(true, true), [g, p]) }
    }
    return [da, db]
}

/// BatchMatMul's gradients: the products of each batch entry as for MatMul, then summed over the
/// batch axes an operand was broadcast along (missing or of size 1), back to its own shape.
func batchMatMulGradients(adjX: Bool, adjY: Bool, _ g: Value, _ c: GradientContext,
                          _ b: inout GradientBuilder) throws -> [Value?] {
    let full = try productGradients(adjX, adjY, g, c, &b) { .batchMatMul(adjX: $0, adjY: $1) }
    return try zip(full, c.x).map { dx, x in try dx.map { try b.unbroadcast($0, to: try b.shape(of: x)) } }
}
