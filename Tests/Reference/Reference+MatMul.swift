import GraphIR

/// `op(A) x op(B)` where `op` transposes when asked; A and B are matrices.
func matMul(_ a: Tensor, _ b: Tensor, transposeA: Bool, transposeB: Bool) throws -> Tensor {
    guard a.shape.count == 2, b.shape.count == 2 else { throw ReferenceError("MatMul takes matrices") }
    let (m, k) = transposeA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
    let (kb, n) = transposeB ? (b.shape[1], b.shape[0]) : (b.shape[0], b.shape[1])
    guard k == kb else { throw ReferenceError("MatMul inner dimensions differ: \(k) and \(kb)") }
    // Position of op(A)[i][p] and op(B)[p][j] in the stored row-major matrices.
    func aAt(_ i: Int, _ p: Int) -> Int { transposeA ? p * a.shape[1] + i : i * a.shape[1] + p }
    func bAt(_ p: Int, _ j: Int) -> Int { transposeB ? j * b.shape[1] + p : p * b.shape[1] + j }
    let cells = (0..<m).flatMap { i in (0..<n).map { j in (i, j) } }

    if a.dtype.isFloatingPoint {
        let (x, y) = (doubles(a), doubles(b))
        let values = cells.map { i, j in (0..<k).reduce(0.0) { $0 + x[aAt(i, $1)] * y[bAt($1, j)] } }
        return try tensor(a.dtype, [m, n], doubles: values)
    }
    guard a.dtype.isInteger else { throw ReferenceError("MatMul does not take \(a.dtype)") }
    let (x, y) = (int64s(a), int64s(b))
    let values = cells.map { i, j in (0..<k).reduce(Int64(0)) { $0 &+ x[aAt(i, $1)] &* y[bAt($1, j)] } }
    return try tensor(a.dtype, [m, n], int64s: values)
}
