import GraphIR
import LLVMKit

extension KernelEmitter {
    /// Direct convolution with the filter in HWIO order. NHWC: per output pixel, accumulate a row of
    /// all F output channels (`row[f] += x * w[kh,kw,c,f]`, contiguous in f). NCHW: per (n, f) output
    /// plane, accumulate `plane[oh,ow] += w * x[c,ih,iw]`. Each finished row or plane gets the fused
    /// epilogue while it is still in cache.
    func emitConv2D(_ n: Node, _ c: Conv2DAttributes) throws {
        let dtype = n.types[0].dtype
        let geometry = try ConvGeometry(c, input: graph[n.inputs[0]].shape ?? [], filter: graph[n.inputs[1]].shape ?? [])
        let (batch, height, width, channels) = (geometry.batch, geometry.height, geometry.width, geometry.channels)
        let (kh, kw, filters, gh, gw) = (geometry.kh, geometry.kw, geometry.filters, geometry.gh, geometry.gw)
        let xPtr = try pointer(of: n.inputs[0]), wPtr = try pointer(of: n.inputs[1])
        let out = try outputPointer
        let (groups, groupChannels, groupFilters) = (geometry.groups, geometry.groupChannels, geometry.groupFilters)
        let group = { (base: IRValue, g: IRValue, stride: Int) in self.grouped(base, g, stride, geometry) }

        let choice = ConvKernelChoice(c, geometry, dtype: dtype, vectorBytes: vectorBytes)
        // A packed filter (pass `pack`) fits only the block width of the kernel it was packed for.
        guard c.filterBlock == 0 || choice.blockWidth == c.filterBlock else {
            throw CodegenError("node '\(n.name)': its filter is packed in blocks of \(c.filterBlock) output channels, but this target's kernel computes \(choice.blockWidth.map(String.init) ?? "no") blocks")
        }
        switch choice {
        case .depthwise(let tiling):
            return try emitDepthwiseConv2D(geometry, tiling, dtype: dtype, x: xPtr, w: wPtr, out: out)
        case .pixels(let tiling):
            return try emitPixelTiledConv2D(geometry, tiling, dtype: dtype, packed: c.filterBlock, x: xPtr, w: wPtr, out: out)
        case .blocked(let blocking):
            return try emitBlockedConv2D(geometry, blocking, dtype: dtype, packed: c.filterBlock, x: xPtr, w: wPtr, out: out)
        case .tiled(let tile, let spans):
            return try emitTiledConv2D(geometry, dtype: dtype, x: xPtr, w: wPtr, out: out, tile: tile, spans: spans)
        case .direct:
            break
        }
        switch c.dataFormat {
        case .nhwc:
            try forEachOutputRow(geometry) { ni, oh, _ in
                    try loop(gw.output, "ow") { ow in
                        let pixel = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output)), ow)
                        let rowStart = b.mulNSW(pixel, i64(filters))
                        loop(filters, "zero") { f in store(dtype, context.zero(dtype), out, b.addNSW(rowStart, f)) }
                        try forEachWindowTap(oh, ow, gh, gw) { khi, kwi, ih, iw in
                            let xPixel = b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width)), iw), i64(channels))
                            let wTap = b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(groupChannels * filters))
                            // Group g: its input channels times its columns of the filter row.
                            try loop(groups, "g") { g in
                                let (xBase, wBase, oBase) = (group(xPixel, g, groupChannels), group(wTap, g, groupFilters), group(rowStart, g, groupFilters))
                                try loop(groupChannels, "c") { ci in
                                    let xv = load(dtype, xPtr, b.addNSW(xBase, ci))
                                    let wRow = b.addNSW(wBase, b.mulNSW(ci, i64(filters)))
                                    try loop(groupFilters, "f") { f in
                                        let o = b.addNSW(oBase, f)
                                        let wv = load(dtype, wPtr, b.addNSW(wRow, f))
                                        store(dtype, try multiplyAdd(xv, wv, load(dtype, out, o), dtype), out, o)
                                    }
                                }
                            }
                        }
                        try emitEpilogue(start: rowStart, count: filters)
                    }
            }
        case .nchw:
            let planeSize = gh.output * gw.output
            try batchLoop(batch, "n") { ni in
                try loop(filters, "f") { f in
                    let planeStart = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(filters)), f), i64(planeSize))
                    loop(planeSize, "zero") { p in store(dtype, context.zero(dtype), out, b.addNSW(planeStart, p)) }
                    // The first input channel of f's group.
                    let firstChannel = group(b.mulNSW(ni, i64(channels)), splitGroup(f, groupFilters, geometry).group, groupChannels)
                    try loop(groupChannels, "c") { ci in
                        let xPlane = b.mulNSW(b.addNSW(firstChannel, ci), i64(height * width))
                        try loop(kh, "kh") { khi in
                            try loop(kw, "kw") { kwi in
                                let wOffset = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(groupChannels)), ci), i64(filters)), f)
                                let wv = load(dtype, wPtr, wOffset)
                                try loop(gh.output, "oh") { oh in
                                    let ih = inputCoordinate(oh, khi, gh)
                                    try ifThen(inRange(ih, height), "ih.ok") {
                                        let xRow = b.addNSW(xPlane, b.mulNSW(ih, i64(width)))
                                        let oRow = b.addNSW(planeStart, b.mulNSW(oh, i64(gw.output)))
                                        try loop(gw.output, "ow") { ow in
                                            let iw = inputCoordinate(ow, kwi, gw)
                                            try ifThen(inRange(iw, width), "iw.ok") {
                                                let o = b.addNSW(oRow, ow)
                                                let xv = load(dtype, xPtr, b.addNSW(xRow, iw))
                                                store(dtype, try multiplyAdd(xv, wv, load(dtype, out, o), dtype), out, o)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    try emitEpilogue(start: planeStart, count: planeSize)
                }
            }
        }
    }
}

extension KernelEmitter {
    /// NHWC convolution on register tiles: a tile holds `rows` neighbouring output pixels of one
    /// output row, all F channels each, for the whole (kh, kw, c) reduction; each step broadcasts
    /// one input value per pixel against the filter row `w[kh,kw,c,:]`, loaded once for all pixels.
    /// Tiles whose input columns all lie inside the image skip the padding checks.
    /// Output channels too many for one register row (F = 256, 728, 2048: the pointwise layers of
    /// real models) are cut into blocks of `vectors` vectors; per output row each block walks all
    /// tiles, so its slice of the filter stays in cache across the row. A grouped convolution's
    /// blocks lie within one group each: the block sums over its group's input channels only.
    func emitTiledConv2D(_ geometry: ConvGeometry, dtype: DType, x xPtr: IRValue, w wPtr: IRValue, out: IRValue,
                         tile shape: ConvolutionTile, spans: [TileSpan]) throws {
        let (height, width, channels) = (geometry.height, geometry.width, geometry.channels)
        let (kh, kw, filters, gh, gw) = (geometry.kh, geometry.kw, geometry.filters, geometry.gh, geometry.gw)
        let tile = registerTile(dtype, lanes: shape.lanes, rows: shape.rows, vectors: shape.vectors)
        let t = elementType(dtype)
        let blockWidth = shape.lanes * shape.vectors
        let (groupChannels, blocksPerGroup) = (geometry.groupChannels, geometry.groupFilters / blockWidth)
        /// The offset of channel block `f0` (nothing emitted when one block is the whole row).
        func inBlock(_ v: IRValue, _ f0: IRValue?) -> IRValue { f0.map { b.addNSW(v, $0) } ?? v }

        /// One tile of `rows` pixels from `ow0`: every window column valid (runtime start), or, for
        /// an edge tile, `edge` gives its start so each window column visits only its valid pixels.
        /// `group` is the block's group (unused when ungrouped).
        func emitTile(rows: Int, ni: IRValue, oh: IRValue, ow0: IRValue, edge: Int?, block f0: IRValue?, group g: IRValue) throws {
            zeroTile(tile, rows: rows)
            try loop(kh, "kh") { khi in
                let ih = inputCoordinate(oh, khi, gh)
                try ifThen(inRange(ih, height), "ih.ok") {
                    let xRow = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width))
                    func body(_ kwi: IRValue, _ pixels: [Int]) throws {
                        let wBase = b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(groupChannels * filters))
                        let rowsOfX = pixels.map { p in
                            b.gep(t, xPtr, [grouped(b.mulNSW(b.addNSW(xRow, inputCoordinate(b.addNSW(ow0, i64(p)), kwi, gw)), i64(channels)),
                                                    g, groupChannels, geometry)])
                        }
                        try accumulateChannels(tile, count: groupChannels, filter: wPtr,
                                               at: { inBlock(b.addNSW(wBase, b.mulNSW($0, i64(filters))), f0) },
                                               pixels: Array(zip(pixels, rowsOfX)))
                    }
                    try forEachTileColumn(gw, rows: rows, edge: edge, body)
                }
            }
            let pixel = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output)), ow0)
            for p in 0..<rows { storeRow(tile, row: p, out, inBlock(b.mulNSW(b.addNSW(pixel, i64(p)), i64(filters)), f0)) }
        }

        try forEachOutputRow(geometry) { ni, oh, row in
            try loop(shape.blocks, "block") { block in
                let f0 = shape.blocks == 1 ? nil : b.mulNSW(block, i64(blockWidth))
                let g = geometry.groups == 1 ? block : b.div(block, i64(blocksPerGroup))
                try forEachTile(spans) { rows, ow0, edge in
                    try emitTile(rows: rows, ni: ni, oh: oh, ow0: ow0, edge: edge, block: f0, group: g)
                }
            }
            try emitEpilogue(start: b.mulNSW(row, i64(gw.output * filters)), count: gw.output * filters)
        }
    }
}

/// The register tile of the NHWC convolution: `rows` pixels times `vectors` vectors of `lanes`,
/// over `blocks` blocks of output channels (1 when the whole row of F channels fits).
struct ConvolutionTile {
    let lanes: Int
    let vectors: Int
    let rows: Int
    let blocks: Int
}

extension KernelEmitter {
    /// The whole row of F channels if it fits in registers; otherwise blocks of up to 4 vectors
    /// (a divisor of a group's vectors, `groupFilters` = F when ungrouped). Nil when a group's
    /// filters are not a whole number of vectors of at least 16 bytes.
    static func convolutionTile(dtype: DType, filters: Int, groupFilters: Int, count: Int, vectorBytes: Int,
                                registers: Int) -> ConvolutionTile? {
        if groupFilters == filters,
           let whole = RegisterTile.shape(dtype: dtype, width: filters, count: count, vectorBytes: vectorBytes, registers: registers) {
            return ConvolutionTile(lanes: whole.lanes, vectors: whole.vectors, rows: whole.rows, blocks: 1)
        }
        guard dtype.isFloatingPoint, groupFilters > 0,
              let lanes = RegisterTile.lanes(dtype: dtype, dividing: groupFilters, vectorBytes: vectorBytes) else { return nil }
        let total = groupFilters / lanes
        let vectors = RegisterTile.largestDivisor(of: total, atMost: 4)
        guard let block = RegisterTile.shape(dtype: dtype, width: lanes * vectors, count: count,
                                             vectorBytes: lanes * dtype.byteSize, registers: registers),
              block.lanes == lanes else { return nil }
        return ConvolutionTile(lanes: lanes, vectors: vectors, rows: block.rows, blocks: filters / (lanes * vectors))
    }
}

/// A stretch of an output row for the tiled convolution: `count` tiles of `rows` pixels from
/// `start`, either all inside the image (a loop) or one edge tile emitted for its own columns.
struct TileSpan {
    var start: Int
    var count: Int
    var rows: Int
    var edge: Bool
}

extension TileSpan {
    /// Window columns the edge tiles of one row may emit between them: more (huge windows or
    /// padding) would cost more to compile than they save.
    static let edgeBodyLimit = 4096

    /// `tiles` (consecutive runs of output columns covering the row in order) as spans: runs of
    /// equal tiles whose window columns all lie inside the image become loops; each tile whose
    /// windows reach into the padding is an edge span of its own, emitted with only the pixels
    /// valid at each window column (known here). Nil beyond `edgeBodyLimit`.
    static func covering(_ gw: AxisGeometry, tiles: [Range<Int>]) -> [TileSpan]? {
        var spans: [TileSpan] = []
        for tile in tiles {
            let (start, n) = (tile.lowerBound, tile.count)
            let edge = gw.inputIndex(output: start, tap: 0) < 0 || gw.inputIndex(output: start + n - 1, tap: gw.window - 1) >= gw.input
            if !edge, let last = spans.last, !last.edge, last.rows == n, last.start + last.count * n == start {
                spans[spans.count - 1].count += 1
            } else {
                spans.append(TileSpan(start: start, count: 1, rows: n, edge: edge))
            }
        }
        let edgeBodies = spans.filter(\.edge).reduce(0) { $0 + $1.rows } * gw.window
        return edgeBodies <= edgeBodyLimit ? spans : nil
    }
}

extension KernelEmitter {
    /// Emits `tile(rows, first column, edge start)` for every tile of an output row: a loop over
    /// each run of interior tiles, and each edge tile on its own (its start known here).
    func forEachTile(_ spans: [TileSpan], _ tile: (_ rows: Int, _ ow0: IRValue, _ edge: Int?) throws -> Void) rethrows {
        for span in spans {
            if span.edge {
                try tile(span.rows, i64(span.start), span.start)
            } else {
                try loop(span.count, "tile") { k in
                    try tile(span.rows, b.addNSW(b.mulNSW(k, i64(span.rows)), i64(span.start)), nil)
                }
            }
        }
    }

    /// The window columns of one tile of `rows` pixels: for an interior tile a loop over all of
    /// them with every pixel; for an edge tile starting at `edge`, each column with only the pixels
    /// whose input column lies inside the image (decided here, so the code has no checks).
    func forEachTileColumn(_ gw: AxisGeometry, rows: Int, edge: Int?, hints: [LoopHint] = [],
                           _ body: (_ kw: IRValue, _ pixels: [Int]) throws -> Void) rethrows {
        guard let start = edge else { return try loop(gw.window, "kw", hints: hints) { try body($0, Array(0..<rows)) } }
        for k in 0..<gw.window {
            let valid = (0..<rows).filter { (0..<gw.input).contains(gw.inputIndex(output: start + $0, tap: k)) }
            if !valid.isEmpty { try body(i64(k), valid) }
        }
    }

    /// The row as tiles of `rows` (then single pixels for the remainder), as `TileSpan.covering`
    /// makes them spans; nil when the edges would need too many emitted bodies.
    static func tileSpans(_ gw: AxisGeometry, rows: Int) -> [TileSpan]? {
        let full = gw.output / rows * rows
        let tiles = stride(from: 0, to: full, by: rows).map { $0..<$0 + rows } + (full..<gw.output).map { $0..<$0 + 1 }
        return TileSpan.covering(gw, tiles: tiles)
    }
}
