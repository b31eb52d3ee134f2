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

/// `op(A) x op(B)` for each entry of the batch axes (all but the last two), which broadcast
/// NumPy-style: each entry's matrices are sliced out and multiplied by `matMul`.
func batchMatMul(_ a: Tensor, _ b: Tensor, adjX: Bool, adjY: Bool) throws -> Tensor {
    guard a.shape.count >= 2, b.shape.count >= 2 else { throw ReferenceError("BatchMatMul takes tensors of rank >= 2") }
    let (aBatch, bBatch) = (Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2)))
    let batch = try concreteBroadcast([aBatch, bBatch])
    func matrix(_ t: Tensor, _ batchShape: [Int], _ flat: Int) throws -> Tensor {
        let rows = t.shape[t.shape.count - 2], cols = t.shape[t.shape.count - 1]
        let size = rows * cols * t.dtype.byteSize
        let start = broadcastOffset(flat, batch, batchShape) * size
        return try Tensor(dtype: t.dtype, shape: [rows, cols], bytes: Array(t.bytes[start..<start + size]))
    }
    var bytes: [UInt8] = []
    var product: [Int] = []
    for flat in 0..<batch.reduce(1, *) {
        let c = try matMul(try matrix(a, aBatch, flat), try matrix(b, bBatch, flat), transposeA: adjX, transposeB: adjY)
        bytes += c.bytes
        product = c.shape
    }
    if product.isEmpty {
        // No batch entries: the matrix shape without computing one.
        let m = adjX ? a.shape[a.shape.count - 1] : a.shape[a.shape.count - 2]
        let n = adjY ? b.shape[b.shape.count - 2] : b.shape[b.shape.count - 1]
        product = [m, n]
    }
    return try Tensor(dtype: a.dtype, shape: batch + product, bytes: bytes)
}
