import GraphIR
import LLVMKit

/// How an NHWC depthwise convolution (a grouped one with one input channel per group: output
/// channel `f = c·M + m` reads input channel `c = f / M`) is cut into register tiles: a tile is
/// `rows` neighbouring output pixels of one output row times a block of `vectors` channel vectors
/// of `lanes` lanes; the window is summed in those registers, then the block is stored once.
struct DepthwiseTiling {
    /// Output channels per input channel (TensorFlow's channel multiplier).
    let multiplier: Int
    let lanes: Int
    let vectors: Int
    let rows: Int
    /// Channel blocks of `lanes · vectors` output channels per pixel.
    let blocks: Int
    let spans: [TileSpan]
}

extension KernelEmitter {
    /// The tiling of a depthwise convolution, or nil when the convolution is not one, is NCHW, or
    /// its output channels do not make whole vectors of at least 16 bytes (each vector must also
    /// hold whole multiplier groups, so it reads `lanes / M` input channels).
    static func depthwiseTiling(_ c: Conv2DAttributes, _ g: ConvGeometry, dtype: DType, vectorBytes: Int,
                                registers: Int) -> DepthwiseTiling? {
        guard c.dataFormat == .nhwc, dtype.isFloatingPoint, g.groups > 1, g.groupChannels == 1,
              g.filters > 0, g.gw.output > 0 else { return nil }
        let multiplier = g.groupFilters
        var lanes = vectorBytes / dtype.byteSize
        while lanes > 1, g.filters % lanes != 0 || lanes % multiplier != 0 { lanes /= 2 }
        guard lanes * dtype.byteSize >= 16, g.filters % lanes == 0, lanes % multiplier == 0 else { return nil }
        let total = g.filters / lanes
        // Up to 4 vectors a block (a divisor of the row's vectors, so no block is partial).
        let vectors = RegisterTile.largestDivisor(of: total, atMost: 4)
        guard let tile = RegisterTile.shape(dtype: dtype, width: lanes * vectors, count: g.gw.output, limit: 8,
                                            vectorBytes: lanes * dtype.byteSize, registers: registers),
              tile.lanes == lanes, let spans = tileSpans(g.gw, rows: tile.rows) else { return nil }
        return DepthwiseTiling(multiplier: multiplier, lanes: lanes, vectors: vectors, rows: tile.rows,
                               blocks: total / vectors, spans: spans)
    }

    /// `out[n,oh,ow,f] = Σ(kh,kw) x[n,ih,iw,f/M] · w[kh,kw,0,f]`, by output rows (the slices
    /// threads share, `forEachOutputRow`). Per tile and channel
    /// block, each window position loads the filter vectors once for all pixels of the tile and
    /// one input vector per pixel (for M > 1, `lanes / M` channels each repeated M times); rows of
    /// the window outside the image are skipped with one check per row, and edge tiles visit only
    /// their valid columns, so interior pixels run without checks.
    func emitDepthwiseConv2D(_ g: ConvGeometry, _ tiling: DepthwiseTiling, dtype: DType, x xPtr: IRValue, w wPtr: IRValue,
                             out: IRValue) throws {
        let (height, width, channels, filters, gh, gw) = (g.height, g.width, g.channels, g.filters, g.gh, g.gw)
        let tile = registerTile(dtype, lanes: tiling.lanes, rows: tiling.rows, vectors: tiling.vectors)
        let blockWidth = tiling.lanes * tiling.vectors, m = tiling.multiplier

        func emitTile(rows: Int, ni: IRValue, oh: IRValue, ow0: IRValue, edge: Int?) throws {
            let pixel = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output)), ow0)
            try loop(tiling.blocks, "block") { block in
                let f0 = b.mulNSW(block, i64(blockWidth)), c0 = b.mulNSW(block, i64(blockWidth / m))
                zeroTile(tile, rows: rows)
                try loop(g.kh, "kh") { khi in
                    let ih = inputCoordinate(oh, khi, gh)
                    try ifThen(inRange(ih, height), "ih.ok") {
                        let xRow = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width))
                        try forEachTileColumn(gw, rows: rows, edge: edge) { kwi, pixels in
                            let wv = loadVectors(tile, wPtr, b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(khi, i64(g.kw)), kwi), i64(filters)), f0))
                            for p in pixels {
                                let iw = inputCoordinate(b.addNSW(ow0, i64(p)), kwi, gw)
                                let xv = loadRepeated(tile, xPtr, b.addNSW(b.mulNSW(b.addNSW(xRow, iw), i64(channels)), c0), times: m)
                                try accumulateProducts(tile, row: p, xv, wv)
                            }
                        }
                    }
                }
                for p in 0..<rows { storeRow(tile, row: p, out, b.addNSW(b.mulNSW(b.addNSW(pixel, i64(p)), i64(filters)), f0)) }
            }
        }

        try forEachOutputRow(g) { ni, oh, r in
            try forEachTile(tiling.spans) { rows, ow0, edge in try emitTile(rows: rows, ni: ni, oh: oh, ow0: ow0, edge: edge) }
            try emitEpilogue(start: b.mulNSW(r, i64(gw.output * filters)), count: gw.output * filters)
        }
    }

    /// The tile's `vectors` vectors read from `start` with every element repeated `times` times:
    /// `lanes / times` elements per vector, widened by a shuffle (a plain load when `times` is 1).
    func loadRepeated(_ tile: RegisterTile, _ base: IRValue, _ start: IRValue, times: Int) -> [IRValue] {
        guard times > 1 else { return loadVectors(tile, base, start) }
        let t = elementType(tile.dtype), count = tile.lanes / times
        let narrow = context.vector(of: t, count: count)
        return (0..<tile.vectors).map { v in
            let at = v == 0 ? start : b.addNSW(start, i64(v * count))
            let part = b.load(narrow, b.bitCast(b.gep(t, base, [at]), context.pointer(to: narrow)), alignment: tile.dtype.byteSize)
            return b.shuffle(part, context.undef(narrow), mask: (0..<tile.lanes).map { $0 / times })
        }
    }

    /// Row `p` of the tile += `xs · ws`, lane by lane.
    func accumulateProducts(_ tile: RegisterTile, row p: Int, _ xs: [IRValue], _ ws: [IRValue]) throws {
        let vt = vectorType(tile)
        for (v, (x, w)) in zip(xs, ws).enumerated() {
            let slot = tile.slots[p][v]
            b.store(try intrinsic("llvm.fmuladd", vt, [x, w, b.load(vt, slot)]), slot)
        }
    }
}
