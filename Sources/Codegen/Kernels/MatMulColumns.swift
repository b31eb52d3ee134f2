import GraphIR
import LLVMKit

/// A MatMul without transpose_b with only a few rows (a batch of one through a dense layer, which
/// is bound by reading B): the slices threads share are chunks of columns, up to 16 vectors wide, so
/// each row of B is read in runs of up to 1 KiB, and every output row's chunk stays in registers for
/// the whole k loop. Row tiles would leave a single slice, and one core, for a batch of one.
struct ColumnTiling {
    let lanes: Int
    let vectors: Int
    let rows: Int
    let chunks: Int
    var chunkWidth: Int { lanes * vectors }

    /// Nil unless there are 1-4 rows and a non-empty inner dimension (an empty one is the plain
    /// loops' zero fill).
    init?(rows m: Int, cols: Int, inner: Int, transposeB: Bool, dtype: DType, vectorBytes: Int, registers: Int) {
        guard !transposeB, dtype.isFloatingPoint, m >= 1, m <= 4, cols > 0, inner > 0,
              let lanes = RegisterTile.lanes(dtype: dtype, dividing: cols, vectorBytes: vectorBytes) else { return nil }
        let total = cols / lanes
        // Accumulators m·vectors, plus the loaded B vectors LLVM keeps in flight.
        let budget = registers - 6
        guard let vectors = stride(from: min(16, total), through: 1, by: -1).first(where: { total % $0 == 0 && m * $0 <= budget }),
              total / vectors >= 2 else { return nil }
        self.lanes = lanes
        self.vectors = vectors
        self.rows = m
        chunks = total / vectors
    }
}

extension KernelEmitter {
    /// `out[:, chunk] = A · B[:, chunk]` for each chunk of columns this call's slice covers.
    func emitColumnTiledMatMul(_ tiling: ColumnTiling, transposeA ta: Bool, inner: Int, a aPtr: IRValue, b bPtr: IRValue,
                               out: IRValue, dtype: DType) throws {
        let tile = registerTile(dtype, lanes: tiling.lanes, rows: tiling.rows, vectors: tiling.vectors)
        let m = tiling.rows, cols = tiling.chunkWidth * tiling.chunks
        // Blocks of k, each swept over all of this slice's chunks: a thread then reads B a block of
        // rows at a time, each row in one long run, instead of one 1 KiB run per row and chunk.
        let blockRows = min(inner, 32)
        func sweep(_ k0: IRValue, rowsInBlock: Int, first: Bool) throws {
            try batchLoop(tiling.chunks, "columns") { ch in
                let c0 = b.mulNSW(ch, i64(tiling.chunkWidth))
                if first { zeroTile(tile, rows: m) } else {
                    for p in 0..<m { loadRow(tile, row: p, out, b.addNSW(i64(p * cols), c0)) }
                }
                try loop(rowsInBlock, "k") { kk in
                    let k = b.addNSW(k0, kk)
                    let bv = loadVectors(tile, bPtr, b.addNSW(b.mulNSW(k, i64(cols)), c0))
                    for p in 0..<m {
                        let at = ta ? b.addNSW(b.mulNSW(k, i64(m)), i64(p)) : b.addNSW(i64(p * inner), k)
                        try accumulate(tile, row: p, load(dtype, aPtr, at), bv)
                    }
                }
                for p in 0..<m { storeRow(tile, row: p, out, b.addNSW(i64(p * cols), c0)) }
            }
        }
        try sweep(i64(0), rowsInBlock: blockRows, first: true)
        let full = inner / blockRows
        if full > 1 { try loop(full - 1, "kblock") { kb in try sweep(b.mulNSW(b.addNSW(kb, i64(1)), i64(blockRows)), rowsInBlock: blockRows, first: false) } }
        if inner % blockRows > 0 { try sweep(i64(full * blockRows), rowsInBlock: inner - full * blockRows, first: false) }
        try batchLoop(tiling.chunks, "epilogue", hints: [.noVectorize]) { ch in
            let c0 = b.mulNSW(ch, i64(tiling.chunkWidth))
            for p in 0..<m { try emitEpilogue(row: i64(p), columnStart: c0, count: tiling.chunkWidth) }
        }
    }
}
