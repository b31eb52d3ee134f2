import GraphIR
import LLVMKit

/// The two transforms of Winograd's F(2x2, 3x3) convolution (`WinogradAttributes`, pass
/// `winograd`); the 16 products between them are a BatchMatMul. Both are memory-bound loops over
/// channels, contiguous in NHWC and in the `[16, T, C]` tiles, which LLVM vectorises; a slice is
/// one row of tiles of one image (`N·TH` slices).
extension KernelEmitter {
    func emitWinograd(_ n: Node, _ w: WinogradAttributes) throws {
        switch w.stage {
        case .input: try emitWinogradInput(n, w)
        case .output: try emitWinogradOutput(n, w)
        }
    }

    /// `V[ab, t, c] = (Bᵀ d B)[a, b]` for the 4x4 patch `d` of every tile, zero outside the image:
    /// rows and columns outside read a clamped address and select zero (conditions fixed per
    /// tile, so the channel loop has no branches).
    private func emitWinogradInput(_ n: Node, _ w: WinogradAttributes) throws {
        let xs = graph[n.inputs[0]].shape ?? []
        let (height, width, channels) = (xs[1], xs[2], xs[3])
        let dtype = n.types[0].dtype
        let (th, tw) = (w.tilesH, w.tilesW)
        let tiles = xs[0] * th * tw
        let x = try pointer(of: n.inputs[0]), out = try outputPointer
        let zero = context.zero(dtype)
        try batchLoop(xs[0] * th, "tile.row") { row in
            let image = b.div(row, i64(th)), ty = b.sub(row, b.mulNSW(image, i64(th)))
            try loop(tw, "tx") { tx in
                let t = b.addNSW(b.mulNSW(row, i64(tw)), tx)
                // The patch's rows and columns, whether each is inside, and each clamped inside.
                func axis(_ tile: IRValue, pad: Int, size: Int) -> [(valid: IRValue, index: IRValue)] {
                    (0..<4).map { i in
                        let at = b.addNSW(b.mulNSW(tile, i64(2)), i64(i - pad))
                        let valid = inRange(at, size)
                        return (valid, b.select(valid, at, i64(0)))
                    }
                }
                let rows = axis(ty, pad: w.padTop, size: height), cols = axis(tx, pad: w.padLeft, size: width)
                let bases = rows.map { r in cols.map { c in
                    (valid: b.and(r.valid, c.valid),
                     at: b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(image, i64(height)), r.index), i64(width)), c.index), i64(channels)))
                } }
                let outBase = (0..<16).map { ab in b.mulNSW(b.addNSW(i64(ab * tiles), t), i64(channels)) }
                try loop(channels, "c") { c in
                    let d = bases.map { row in row.map { p in b.select(p.valid, load(dtype, x, b.addNSW(p.at, c)), zero) } }
                    // Bᵀ d, then (Bᵀ d) B, row by row.
                    let s = (0..<4).map { j in [b.sub(d[0][j], d[2][j]), b.add(d[1][j], d[2][j]), b.sub(d[2][j], d[1][j]), b.sub(d[1][j], d[3][j])] }
                    for a in 0..<4 {
                        let v = [b.sub(s[0][a], s[2][a]), b.add(s[1][a], s[2][a]), b.sub(s[2][a], s[1][a]), b.sub(s[1][a], s[3][a])]
                        for bi in 0..<4 { store(dtype, v[bi], out, b.addNSW(outBase[a * 4 + bi], c)) }
                    }
                }
            }
        }
    }

    /// Each tile's 2x2 pixels `Aᵀ m A` from its 16 products; tiles past the last row or column
    /// (odd sizes) store only their pixels inside. The fused epilogue runs on the slice's output
    /// rows once they are written.
    private func emitWinogradOutput(_ n: Node, _ w: WinogradAttributes) throws {
        let ms = graph[n.inputs[0]].shape ?? []
        let (tiles, filters) = (ms[1], ms[2])
        let dtype = n.types[0].dtype
        let (th, tw) = (w.tilesH, w.tilesW)
        let m = try pointer(of: n.inputs[0]), out = try outputPointer
        try batchLoop(tiles / tw, "tile.row") { row in
            let image = b.div(row, i64(th)), ty = b.sub(row, b.mulNSW(image, i64(th)))
            let firstRow = b.addNSW(b.mulNSW(image, i64(w.height)), b.mulNSW(ty, i64(2)))  // n·OH + 2ty
            try loop(tw, "tx") { tx in
                let t = b.addNSW(b.mulNSW(row, i64(tw)), tx)
                let inBase = (0..<16).map { ab in b.mulNSW(b.addNSW(i64(ab * tiles), t), i64(filters)) }
                let pixels = (0..<2).map { p in (0..<2).map { q in
                    b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(firstRow, i64(p)), i64(w.width)), b.addNSW(b.mulNSW(tx, i64(2)), i64(q))), i64(filters))
                } }
                // The tile's first `rows` x `columns` pixels (2 x 2 but in the last row or column of
                // tiles of an odd size).
                func tile(rows: Int, columns: Int) throws {
                    try loop(filters, "f") { f in
                        let v = (0..<16).map { ab in load(dtype, m, b.addNSW(inBase[ab], f)) }
                        // Aᵀ m (rows 0 and 1 over the four columns), then (Aᵀ m) A.
                        let s = (0..<4).map { j in [b.add(b.add(v[j], v[4 + j]), v[8 + j]), b.sub(b.sub(v[4 + j], v[8 + j]), v[12 + j])] }
                        for p in 0..<rows {
                            let y = [b.add(b.add(s[0][p], s[1][p]), s[2][p]), b.sub(b.sub(s[1][p], s[2][p]), s[3][p])]
                            for q in 0..<columns { store(dtype, y[q], out, b.addNSW(pixels[p][q], f)) }
                        }
                    }
                }
                // One loop per case that occurs, the branch taken per tile: `short` is whether the
                // tile is the last along an axis of odd size (nil: the size is even).
                func split(_ short: IRValue?, _ name: String, _ body: (Bool) throws -> Void) throws {
                    guard let short else { return try body(false) }
                    try ifThenElse(short, name, then: { try body(true) }, else: { try body(false) })
                }
                try split(w.height % 2 == 1 ? b.icmp(.eq, ty, i64(th - 1)) : nil, "last.row") { shortRow in
                    try split(w.width % 2 == 1 ? b.icmp(.eq, tx, i64(tw - 1)) : nil, "last.column") { shortColumn in
                        try tile(rows: shortRow ? 1 : 2, columns: shortColumn ? 1 : 2)
                    }
                }
            }
            // The slice's one or two output rows, whole.
            let rowSize = w.width * filters
            if w.height % 2 == 0 {
                try emitEpilogue(start: b.mulNSW(firstRow, i64(rowSize)), count: 2 * rowSize)
            } else {
                try emitEpilogue(start: b.mulNSW(firstRow, i64(rowSize)), count: rowSize)
                try ifThen(b.icmp(.ne, ty, i64(th - 1)), "second.row") {
                    try emitEpilogue(start: b.mulNSW(b.addNSW(firstRow, i64(1)), i64(rowSize)), count: rowSize)
                }
            }
        }
    }
}
