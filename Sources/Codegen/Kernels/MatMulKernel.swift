import GraphIR
import LLVMKit

/// One matrix product `op(A) x op(B)` of `rows x inner` by `inner x cols`, as MatMul and each
/// matrix of a BatchMatMul compute it.
struct MatrixProduct {
    let rows: Int
    let cols: Int
    let inner: Int
    let transposeA: Bool
    let transposeB: Bool
    let dtype: DType

    /// The register tiling of a product without transpose_b, if its shape has one.
    func tiling(vectorBytes: Int, registers: Int) -> MatMulTiling? {
        transposeB ? nil : MatMulTiling(rows: rows, cols: cols, transposeB: false, dtype: dtype, vectorBytes: vectorBytes, registers: registers)
    }

    /// The dot-product tiling of a product with transpose_b only, if its shape has one.
    func dotTiling(vectorBytes: Int, registers: Int) -> DotTiling? {
        transposeB && !transposeA ? DotTiling(rows: rows, cols: cols, inner: inner, dtype: dtype, vectorBytes: vectorBytes, registers: registers) : nil
    }

    /// The slices threads may share when the rows are the parallel loop: row tiles, or rows; one
    /// for a row-stream product, which computes all its rows in each pass over B.
    func rowSlices(vectorBytes: Int) -> Int {
        if RowStreamTiling.lanes(self, vectorBytes: vectorBytes) != nil { return 1 }
        let registers = RegisterTile.registers(vectorBytes: vectorBytes)
        return tiling(vectorBytes: vectorBytes, registers: registers)?.rowTiles
            ?? dotTiling(vectorBytes: vectorBytes, registers: registers)?.rowTiles ?? rows
    }
}

extension KernelEmitter {
    /// `out[m,n] = Σk A[m,k] B[k,n]`, one product over the whole output.
    func emitMatMul(_ n: Node, transposeA ta: Bool, transposeB tb: Bool) throws {
        let outShape = n.types[0].shape ?? []
        let inner = (graph[n.inputs[0]].shape ?? [])[ta ? 0 : 1]
        let product = MatrixProduct(rows: outShape[0], cols: outShape[1], inner: inner, transposeA: ta, transposeB: tb,
                                    dtype: n.types[0].dtype)
        if let tiling = ColumnTiling(rows: product.rows, cols: product.cols, inner: inner, transposeB: tb, dtype: product.dtype,
                                     vectorBytes: vectorBytes, registers: vectorRegisters) {
            return try emitColumnTiledMatMul(tiling, transposeA: ta, inner: inner, a: try pointer(of: n.inputs[0]),
                                             b: try pointer(of: n.inputs[1]), out: try outputPointer, dtype: product.dtype)
        }
        try emitMatrixProduct(product, a: try pointer(of: n.inputs[0]), b: try pointer(of: n.inputs[1]), out: try outputPointer)
    }

    /// One matrix product written to `out`, one output row at a time (or on register tiles).
    /// Without transpose_b the inner loop runs along the row of B and the output (contiguous:
    /// vectorises as a broadcast FMA); with transpose_b the row of B is a column, so each output is
    /// a dot product along k. `outStart` is where `out` begins in the kernel's output buffer (for
    /// the epilogue; nil for 0); the rows (or row tiles) are the parallel slices when
    /// `parallelRows`, else a plain loop (a batched product shares its batch instead).
    func emitMatrixProduct(_ p: MatrixProduct, a aPtr: IRValue, b bPtr: IRValue, out: IRValue, outStart: IRValue? = nil,
                           parallelRows: Bool = true) throws {
        let (m, cols, inner, ta, tb, dtype) = (p.rows, p.cols, p.inner, p.transposeA, p.transposeB, p.dtype)
        let rows = RowLoop(emitter: self, start: outStart, parallel: parallelRows)
        if let stream = RowStreamTiling(p, vectorBytes: vectorBytes, cacheBytes: level1CacheBytes) {
            return try emitRowStreamProduct(stream, a: aPtr, b: bPtr, out: out, dtype: dtype, outStart: outStart)
        }
        if let tiling = p.tiling(vectorBytes: vectorBytes, registers: vectorRegisters) {
            return try emitTiledMatMul(tiling, transposeA: ta, inner: inner, a: aPtr, b: bPtr, out: out, dtype: dtype, rowLoop: rows)
        }
        if let tiling = p.dotTiling(vectorBytes: vectorBytes, registers: vectorRegisters) {
            return try emitDotTiledMatMul(tiling, inner: inner, a: aPtr, b: bPtr, out: out, dtype: dtype, rowLoop: rows)
        }
        try rows.each(m, "i") { i in
            let rowStart = b.mulNSW(i, i64(cols))
            let aOffset: (IRValue) -> IRValue = { k in
                ta ? self.b.addNSW(self.b.mulNSW(k, self.i64(m)), i) : self.b.addNSW(self.b.mulNSW(i, self.i64(inner)), k)
            }
            if !tb {
                loop(cols, "zero") { j in store(dtype, context.zero(dtype), out, b.addNSW(rowStart, j)) }
                try loop(inner, "k") { k in
                    let x = load(dtype, aPtr, aOffset(k))
                    let bRow = b.mulNSW(k, i64(cols))
                    try loop(cols, "j") { j in
                        let o = b.addNSW(rowStart, j)
                        store(dtype, try multiplyAdd(x, load(dtype, bPtr, b.addNSW(bRow, j)), load(dtype, out, o), dtype), out, o)
                    }
                }
            } else if !ta && dtype.isFloatingPoint {
                // Both rows contiguous along k: vector dot products (LLVM would not reorder the sum).
                let acc = dotAccumulator(dtype)
                try loop(cols, "j") { j in
                    resetDot(acc)
                    try accumulateDot(acc, aPtr, b.mulNSW(i, i64(inner)), bPtr, b.mulNSW(j, i64(inner)), count: i64(inner))
                    store(dtype, dotTotal(acc), out, b.addNSW(rowStart, j))
                }
            } else {
                try loop(cols, "j") { j in
                    let o = b.addNSW(rowStart, j)
                    store(dtype, context.zero(dtype), out, o)
                    let bRow = b.mulNSW(j, i64(inner))
                    try loop(inner, "k") { k in
                        let x = load(dtype, aPtr, aOffset(k))
                        store(dtype, try multiplyAdd(x, load(dtype, bPtr, b.addNSW(bRow, k)), load(dtype, out, o), dtype), out, o)
                    }
                }
            }
            try emitEpilogue(start: rows.outputOffset(rowStart), count: cols)
        }
    }
}

/// How a matrix product loops over its rows: the kernel's parallel slices (`batchLoop`) or a
/// plain loop, and where its output starts in the kernel's output buffer.
struct RowLoop {
    unowned let emitter: KernelEmitter
    let start: IRValue?
    let parallel: Bool

    func each(_ count: Int, _ name: String, _ body: (IRValue) throws -> Void) throws {
        if parallel { try emitter.batchLoop(count, name, body) } else { try emitter.loop(count, name, body) }
    }

    /// An offset within the product's output as an offset in the kernel's output (for epilogues).
    func outputOffset(_ local: IRValue) -> IRValue {
        start.map { emitter.b.addNSW($0, local) } ?? local
    }
}

/// How a MatMul without transpose_b is cut into register tiles: `rows` output rows by a chunk of
/// `vectors` vectors of columns. Row tiles are the slices threads share.
struct MatMulTiling {
    let tile: (lanes: Int, vectors: Int, rows: Int)
    let rows: Int
    let chunks: Int
    var rowTiles: Int { (rows + tile.rows - 1) / tile.rows }
    var fullRowTiles: Int { rows / tile.rows }

    init?(rows: Int, cols: Int, transposeB: Bool, dtype: DType, vectorBytes: Int, registers: Int) {
        guard !transposeB, dtype.isFloatingPoint else { return nil }
        var lanes = vectorBytes / dtype.byteSize
        while lanes > 1, cols % lanes != 0 { lanes /= 2 }
        // Up to four vectors of columns at a time: the chunk of B then stays in cache while every
        // row tile passes over it, and a tile still has room for several rows.
        let vectors = cols / max(lanes, 1)
        guard vectors >= 1,
              let tile = RegisterTile.shape(dtype: dtype, width: RegisterTile.largestDivisor(of: vectors, atMost: 4) * lanes, count: rows,
                                            vectorBytes: vectorBytes, registers: registers) else { return nil }
        self.tile = tile
        self.rows = rows
        chunks = cols / (tile.vectors * tile.lanes)
    }
}

extension KernelEmitter {
    /// `out[i, cols] = Σk A[i,k] · B[k, cols]` on register tiles: per k, one load of a chunk of
    /// B's row feeds every row of the tile, each with one broadcast of A.
    func emitTiledMatMul(_ tiling: MatMulTiling, transposeA ta: Bool, inner: Int, a aPtr: IRValue, b bPtr: IRValue,
                         out: IRValue, dtype: DType, rowLoop: RowLoop) throws {
        let tile = registerTile(dtype, lanes: tiling.tile.lanes, rows: tiling.tile.rows, vectors: tiling.tile.vectors)
        let m = tiling.rows, chunkWidth = tile.vectors * tile.lanes, cols = chunkWidth * tiling.chunks
        let rest = m % tile.rows
        func emitTile(rows: Int, first i0: IRValue, columns c0: IRValue) throws {
            zeroTile(tile, rows: rows)
            try loop(inner, "k") { k in
                let bv = loadVectors(tile, bPtr, b.addNSW(b.mulNSW(k, i64(cols)), c0))
                for p in 0..<rows {
                    let i = b.addNSW(i0, i64(p))
                    let at = ta ? b.addNSW(b.mulNSW(k, i64(m)), i) : b.addNSW(b.mulNSW(i, i64(inner)), k)
                    try accumulate(tile, row: p, load(dtype, aPtr, at), bv)
                }
            }
            for p in 0..<rows { storeRow(tile, row: p, out, b.addNSW(b.mulNSW(b.addNSW(i0, i64(p)), i64(cols)), c0)) }
        }
        func eachRowTile(_ name: String, _ body: @escaping (_ rows: Int, _ i0: IRValue) throws -> Void) throws {
            try rowLoop.each(tiling.rowTiles, name) { t in
                let i0 = b.mulNSW(t, i64(tile.rows))
                guard rest > 0 else { return try body(tile.rows, i0) }
                try ifThenElse(b.icmp(.slt, t, i64(tiling.fullRowTiles)), name + ".full",
                               then: { try body(tile.rows, i0) }, else: { try body(rest, i0) })
            }
        }
        try loop(tiling.chunks, "columns") { ch in
            let c0 = b.mulNSW(ch, i64(chunkWidth))
            try eachRowTile("rows") { rows, i0 in try emitTile(rows: rows, first: i0, columns: c0) }
        }
        try eachRowTile("rows.epilogue") { rows, i0 in
            try self.emitEpilogue(start: rowLoop.outputOffset(self.b.mulNSW(i0, self.i64(cols))), count: rows * cols)
        }
    }
}

/// How a MatMul with transpose_b (rows of A and rows of B both contiguous along k) is cut into
/// tiles of `rows` x `cols` dot products, each summed in its own vector register along k and
/// added across lanes once at the end. Row tiles are the slices threads share.
struct DotTiling {
    let lanes: Int
    let rows: Int
    let cols: Int
    let m: Int
    let n: Int
    var rowTiles: Int { (m + rows - 1) / rows }

    init?(rows m: Int, cols n: Int, inner: Int, dtype: DType, vectorBytes: Int, registers: Int) {
        let lanes = vectorBytes / dtype.byteSize
        guard dtype.isFloatingPoint, lanes >= 2, inner % lanes == 0, m > 0, n > 0 else { return nil }
        // rows·cols accumulators plus rows + cols loaded vectors must fit in the registers.
        let side = registers >= 32 ? 4 : 3
        self.lanes = lanes
        rows = min(side, m)
        cols = min(side, n)
        self.m = m
        self.n = n
    }
}

extension KernelEmitter {
    /// `out[i, j] = Σk A[i,k] · B[j,k]` on tiles of dot products: per vector of k, `rows` loads of
    /// A and `cols` loads of B feed rows·cols FMAs into independent accumulators.
    func emitDotTiledMatMul(_ tiling: DotTiling, inner: Int, a aPtr: IRValue, b bPtr: IRValue,
                            out: IRValue, dtype: DType, rowLoop: RowLoop) throws {
        let tile = registerTile(dtype, lanes: tiling.lanes, rows: tiling.rows * tiling.cols, vectors: 1)
        let vt = vectorType(tile), t = elementType(dtype)
        let (m, n) = (tiling.m, tiling.n)
        func emitTile(rows: Int, cols: Int, i0: IRValue, j0: IRValue) throws {
            zeroTile(tile, rows: rows * cols)
            try loop(inner / tiling.lanes, "k") { kv in
                let k = b.mulNSW(kv, i64(tiling.lanes))
                let av = (0..<rows).map { p in b.load(vt, b.bitCast(b.gep(t, aPtr, [b.addNSW(b.mulNSW(b.addNSW(i0, i64(p)), i64(inner)), k)]), context.pointer(to: vt)), alignment: dtype.byteSize) }
                let bv = (0..<cols).map { q in b.load(vt, b.bitCast(b.gep(t, bPtr, [b.addNSW(b.mulNSW(b.addNSW(j0, i64(q)), i64(inner)), k)]), context.pointer(to: vt)), alignment: dtype.byteSize) }
                for p in 0..<rows {
                    for q in 0..<cols {
                        let slot = tile.slots[p * cols + q][0]
                        b.store(try intrinsic("llvm.fmuladd", vt, [av[p], bv[q], b.load(vt, slot)]), slot)
                    }
                }
            }
            for p in 0..<rows {
                for q in 0..<cols {
                    let sum = horizontalSum(b.load(vt, tile.slots[p * cols + q][0]), lanes: tiling.lanes)
                    store(dtype, sum, out, b.addNSW(b.mulNSW(b.addNSW(i0, i64(p)), i64(n)), b.addNSW(j0, i64(q))))
                }
            }
        }
        // Tiles of full size, then the right and bottom edges with fewer rows or columns.
        func eachColumnTile(rows: Int, i0: IRValue) throws {
            try loop(n / tiling.cols, "cols") { ct in try emitTile(rows: rows, cols: tiling.cols, i0: i0, j0: b.mulNSW(ct, i64(tiling.cols))) }
            if n % tiling.cols > 0 { try emitTile(rows: rows, cols: n % tiling.cols, i0: i0, j0: i64(n / tiling.cols * tiling.cols)) }
        }
        func rowTile(rows: Int, i0: IRValue) throws {
            try eachColumnTile(rows: rows, i0: i0)
            try emitEpilogue(start: rowLoop.outputOffset(b.mulNSW(i0, i64(n))), count: rows * n)
        }
        let rest = m % tiling.rows
        try rowLoop.each(tiling.rowTiles, "rows") { rt in
            let i0 = b.mulNSW(rt, i64(tiling.rows))
            guard rest > 0 else { return try rowTile(rows: tiling.rows, i0: i0) }
            try ifThenElse(b.icmp(.slt, rt, i64(m / tiling.rows)), "rows.full",
                           then: { try rowTile(rows: tiling.rows, i0: i0) }, else: { try rowTile(rows: rest, i0: i0) })
        }
    }
}
