import GraphIR
import LLVMKit

/// A product of 1-4 rows by a matrix B it reads once, row after row (`[m, K] x [K, N]`, no
/// transposes): the output rows accumulate in memory a block of columns at a time, the block kept
/// small enough to stay in the level-1 cache, and each pass adds `depth` rows of B, read as
/// `depth` contiguous streams. A segment of a split product (`MatMulSplitting`) is this: reading B
/// in whole rows is what makes it faster than chunks of columns, which read each row in short runs.
struct RowStreamTiling {
    let lanes: Int
    let rows: Int
    let cols: Int
    let inner: Int
    /// Vectors of columns per block: the rows' block of output stays in the level-1 cache.
    let blockVectors: Int
    /// Rows of B added per pass over the block: each output vector is loaded and stored once per
    /// `depth` FMAs.
    let depth = 4

    /// The lane count of a product this tiling computes, or nil for one it does not: more than
    /// four rows (which read B often enough for register tiles to pay), a transpose, or rows
    /// narrower than four vectors.
    static func lanes(_ p: MatrixProduct, vectorBytes: Int) -> Int? {
        guard !p.transposeA, !p.transposeB, p.dtype.isFloatingPoint, (1...4).contains(p.rows), p.inner >= 1,
              let lanes = RegisterTile.lanes(dtype: p.dtype, dividing: p.cols, vectorBytes: vectorBytes),
              p.cols / lanes >= 4 else { return nil }
        return lanes
    }

    /// `cacheBytes` is the target's level-1 data cache.
    init?(_ p: MatrixProduct, vectorBytes: Int, cacheBytes: Int) {
        guard let lanes = Self.lanes(p, vectorBytes: vectorBytes) else { return nil }
        self.lanes = lanes
        rows = p.rows
        cols = p.cols
        inner = p.inner
        // Half the cache for the output block, the rest for the streams of B passing through it.
        let vectorSize = lanes * p.dtype.byteSize
        blockVectors = max(1, min(cols / lanes, cacheBytes / 2 / (rows * vectorSize)))
    }
}

extension KernelEmitter {
    /// `out = A · B` for a row-stream product (one batch entry's, or a whole small MatMul's), then
    /// the epilogue over its rows; `outStart` is where `out` begins in the kernel's output.
    func emitRowStreamProduct(_ s: RowStreamTiling, a aPtr: IRValue, b bPtr: IRValue, out: IRValue, dtype: DType,
                              outStart: IRValue?) throws {
        let t = elementType(dtype), vt = context.vector(of: t, count: s.lanes)
        let (m, n, inner) = (s.rows, s.cols, s.inner)
        func vector(_ base: IRValue, _ at: IRValue) -> IRValue {
            b.bitCast(b.gep(t, base, [at]), context.pointer(to: vt))
        }
        func block(first c0: IRValue, vectors: Int) throws {
            for p in 0..<m {
                loop(vectors, "zero") { v in
                    b.store(context.null(vt), vector(out, b.addNSW(i64(p * n), b.addNSW(c0, b.mulNSW(v, i64(s.lanes))))),
                            alignment: dtype.byteSize)
                }
            }
            // Rows k0 ..< k0 + depth of B added into the block: per vector of columns, `depth`
            // loads of B, then per output row one load, `depth` FMAs in k order, one store.
            func pass(_ k0: IRValue, depth: Int) throws {
                let x = (0..<m).map { p in (0..<depth).map { u in splat(load(dtype, aPtr, b.addNSW(i64(p * inner), b.addNSW(k0, i64(u)))), vt, lanes: s.lanes) } }
                try loop(vectors, "j") { v in
                    let c = b.addNSW(c0, b.mulNSW(v, i64(s.lanes)))
                    let bv = (0..<depth).map { u in
                        b.load(vt, vector(bPtr, b.addNSW(b.mulNSW(b.addNSW(k0, i64(u)), i64(n)), c)), alignment: dtype.byteSize)
                    }
                    for p in 0..<m {
                        let slot = vector(out, b.addNSW(i64(p * n), c))
                        var acc = b.load(vt, slot, alignment: dtype.byteSize)
                        for u in 0..<depth { acc = try intrinsic("llvm.fmuladd", vt, [x[p][u], bv[u], acc]) }
                        b.store(acc, slot, alignment: dtype.byteSize)
                    }
                }
            }
            try loop(inner / s.depth, "k") { kd in try pass(b.mulNSW(kd, i64(s.depth)), depth: s.depth) }
            if inner % s.depth > 0 { try pass(i64(inner / s.depth * s.depth), depth: inner % s.depth) }
        }
        let width = s.blockVectors * s.lanes
        try loop(n / width, "block") { bl in try block(first: b.mulNSW(bl, i64(width)), vectors: s.blockVectors) }
        if n % width > 0 { try block(first: i64(n / width * width), vectors: n % width / s.lanes) }
        try emitEpilogue(start: outStart ?? i64(0), count: m * n)
    }
}
