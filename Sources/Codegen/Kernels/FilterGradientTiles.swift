import GraphIR
import LLVMKit

/// How the NHWC filter gradient is cut into register tiles: the filter seen as rows
/// `j = (kh·KW + kw)·C + c` of F values; a tile is `rows` consecutive rows, summed over the whole
/// batch in registers. Tiles write disjoint rows, so they are the items threads share.
struct FilterGradientTiling {
    let tile: (lanes: Int, vectors: Int, rows: Int)
    /// Filter rows: KH·KW·C.
    let filterRows: Int
    var fullTiles: Int { filterRows / tile.rows }
    var items: Int { (filterRows + tile.rows - 1) / tile.rows }

    init?(_ c: Conv2DAttributes, filterShape fs: [Int], dtype: DType, vectorBytes: Int, registers: Int) {
        guard c.dataFormat == .nhwc, fs.count == 4 else { return nil }
        filterRows = fs[0] * fs[1] * fs[2]
        // Enough tiles for the threads to share (at least 8), but never fewer than 4 FMA chains.
        let vectors = max(fs[3] * dtype.byteSize / vectorBytes, 1)
        let limit = max((filterRows + 7) / 8, (4 + vectors - 1) / vectors)
        guard let tile = RegisterTile.shape(dtype: dtype, width: fs[3], count: filterRows, limit: limit,
                                            vectorBytes: vectorBytes, registers: registers) else { return nil }
        self.tile = tile
    }
}

extension KernelEmitter {
    /// `dW[j, :] = Σ over (n, oh, ow) of x[n, ih, iw, c] · dy[n, oh, ow, :]` for the rows `j` of
    /// each tile: per output pixel, one load of the dy row (F values) feeds every row of the tile.
    /// Sums run in registers over a chunk of images and continue from memory for the next chunk.
    /// Output pixels whose input columns lie outside the image for some row of the tile (padding)
    /// take a checked path; the rest none.
    func emitTiledConv2DBackpropFilter(_ geometry: ConvGeometry, dtype: DType, tiling: FilterGradientTiling,
                                       x xPtr: IRValue, dy dyPtr: IRValue, dw: IRValue) throws {
        let (batch, height, width, channels) = (geometry.batch, geometry.height, geometry.width, geometry.channels)
        let (kw, filters, gh, gw) = (geometry.kw, geometry.filters, geometry.gh, geometry.gw)
        let tile = registerTile(dtype, lanes: tiling.tile.lanes, rows: tiling.tile.rows, vectors: tiling.tile.vectors)

        func emitTile(rows: Int, first j0: IRValue, images: (from: IRValue, to: IRValue), continuing: IRValue) throws {
            zeroTile(tile, rows: rows)
            try ifThen(continuing, "continue") {
                for p in 0..<rows { loadRow(tile, row: p, dw, b.mulNSW(b.addNSW(j0, i64(p)), i64(filters))) }
            }
            // Per row of the tile: its window position and channel, as offsets from the input
            // pixel under the window's origin, and the output rows and columns it sees.
            var xOffset: [IRValue] = [], columnOffset: [IRValue] = [], rowOffset: [IRValue] = []
            var rowLo = i64(0), rowHi = i64(gh.output), colLo = i64(0), colHi = i64(gw.output)
            for p in 0..<rows {
                let j = b.addNSW(j0, i64(p))
                let tap = b.div(j, i64(channels)), ci = b.remainder(j, i64(channels))
                let khi = b.div(tap, i64(kw)), kwi = b.remainder(tap, i64(kw))
                let r = validOutputRange(gh, window: khi), c = validOutputRange(gw, window: kwi)
                rowLo = b.select(b.icmp(.sgt, r.lo, rowLo), r.lo, rowLo)
                rowHi = b.select(b.icmp(.slt, r.hi, rowHi), r.hi, rowHi)
                colLo = b.select(b.icmp(.sgt, c.lo, colLo), c.lo, colLo)
                colHi = b.select(b.icmp(.slt, c.hi, colHi), c.hi, colHi)
                rowOffset.append(r.offset)
                columnOffset.append(c.offset)
                xOffset.append(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(r.offset, i64(width)), c.offset), i64(channels)), ci))
            }
            // Output pixels every row of the tile sees, without checks; with padding the others
            // are visited with checks (rows too: their input row may lie outside for some p).
            func pixel(_ ni: IRValue, _ oh: IRValue, _ ow: IRValue, checked: Bool) throws {
                let dyv = loadVectors(tile, dyPtr, b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output)), ow), i64(filters)))
                let origin = b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), b.mulNSW(oh, i64(gh.stride))), i64(width)),
                                               b.mulNSW(ow, i64(gw.stride))), i64(channels))
                for p in 0..<rows {
                    guard checked else {
                        try accumulate(tile, row: p, load(dtype, xPtr, b.addNSW(origin, xOffset[p])), dyv)
                        continue
                    }
                    let ih = b.addNSW(b.mulNSW(oh, i64(gh.stride)), rowOffset[p])
                    let iw = b.addNSW(b.mulNSW(ow, i64(gw.stride)), columnOffset[p])
                    let ok = b.and(inRange(ih, height), inRange(iw, width), "ok")
                    let at = b.select(ok, b.addNSW(origin, xOffset[p]), i64(0))
                    try accumulate(tile, row: p, b.select(ok, load(dtype, xPtr, at), context.zero(dtype)), dyv)
                }
            }
            let clamp = { (v: IRValue, limit: IRValue) in self.b.select(self.b.icmp(.slt, v, limit), v, limit) }
            let colEnd = clamp(b.select(b.icmp(.slt, colHi, colLo), colLo, colHi), i64(gw.output))
            let rowEnd = clamp(b.select(b.icmp(.slt, rowHi, rowLo), rowLo, rowHi), i64(gh.output))
            try rangeLoop(from: images.from, to: images.to, "n") { ni in
                let rowsChecked = { (from: IRValue, to: IRValue) throws in
                    try self.rangeLoop(from: from, to: to, "oh.edge") { oh in
                        try self.rangeLoop(from: self.i64(0), to: self.i64(gw.output), "ow.edge") { ow in try pixel(ni, oh, ow, checked: true) }
                    }
                }
                if gh.readsPadding { try rowsChecked(i64(0), clamp(rowLo, i64(gh.output))) }
                try rangeLoop(from: rowLo, to: rowEnd, "oh") { oh in
                    if gw.readsPadding { try rangeLoop(from: i64(0), to: clamp(colLo, i64(gw.output)), "ow.left") { try pixel(ni, oh, $0, checked: true) } }
                    try rangeLoop(from: colLo, to: colEnd, "ow") { try pixel(ni, oh, $0, checked: false) }
                    if gw.readsPadding { try rangeLoop(from: colEnd, to: i64(gw.output), "ow.right") { try pixel(ni, oh, $0, checked: true) } }
                }
                if gh.readsPadding { try rowsChecked(rowEnd, i64(gh.output)) }
            }
            for p in 0..<rows { storeRow(tile, row: p, dw, b.mulNSW(b.addNSW(j0, i64(p)), i64(filters))) }
        }

        // The batch in chunks whose x and dy fit in L2: every tile of this thread sums one chunk
        // before the next is read, instead of each tile streaming the whole batch from memory.
        let imageBytes = (height * width * channels + gh.output * gw.output * filters) * dtype.byteSize
        let chunk = max(min((256 << 10) / max(imageBytes, 1), batch), 1)
        // At least one chunk: with an empty batch the tiles still store their zero sums.
        let chunks = max((batch + chunk - 1) / chunk, 1)
        let rest = tiling.filterRows % tile.rows
        try loop(chunks, "chunk") { ch in
            let from = b.mulNSW(ch, i64(chunk))
            let end = b.addNSW(from, i64(chunk))
            let images = (from, b.select(b.icmp(.slt, end, i64(batch)), end, i64(batch)))
            let continuing = b.icmp(.ne, ch, i64(0))
            try batchLoop(tiling.items, "tile") { t in
                let j0 = b.mulNSW(t, i64(tile.rows))
                guard rest > 0 else { return try emitTile(rows: tile.rows, first: j0, images: images, continuing: continuing) }
                try ifThenElse(b.icmp(.slt, t, i64(tiling.fullTiles)), "full",
                               then: { try emitTile(rows: tile.rows, first: j0, images: images, continuing: continuing) },
                               else: { try emitTile(rows: rest, first: j0, images: images, continuing: continuing) })
            }
        }
        // Then the fused element-wise ops (the optimiser's update) on this thread's rows.
        try batchLoop(tiling.items, "tile.epilogue") { t in
            let j0 = b.mulNSW(t, i64(tile.rows))
            guard rest > 0 else { return try emitEpilogue(start: b.mulNSW(j0, i64(filters)), count: tile.rows * filters) }
            try ifThenElse(b.icmp(.slt, t, i64(tiling.fullTiles)), "full",
                           then: { try emitEpilogue(start: b.mulNSW(j0, i64(filters)), count: tile.rows * filters) },
                           else: { try emitEpilogue(start: b.mulNSW(j0, i64(filters)), count: rest * filters) })
        }
    }
}
