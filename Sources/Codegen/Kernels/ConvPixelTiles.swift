import GraphIR
import LLVMKit

/// How the NHWC convolution covers a small output image (ResNet's 14x14 and 7x7 stages): tiles
/// of consecutive pixels of the whole image, in row-major order, so a tile may span output rows.
/// Output rows there are too short for the row tiles of `ConvBlocking`: a 7-pixel row with SAME
/// padding became tiles of 1, 5 and 1 pixels, whose 2 to 10 accumulators cannot hide the FMA
/// latency, and each of which loaded the channel block's whole filter for so few pixels. Each
/// tile's pixels, and so which of them a window position reads inside the image, are known at
/// compile time: every (tile, window position) pair is its own loop over input channels with the
/// padding decided here, and a slice is one (channel block, image, tile) triple.
struct PixelTiling {
    let lanes: Int
    /// Vectors of output channels per block (the tile's width in registers).
    let vectors: Int
    /// Output channel blocks.
    let blocks: Int
    /// Each tile's pixels `oh·OW + ow` within one image; the tiles cover the image in order.
    let tiles: [Range<Int>]
    /// Slices for threads: channel blocks x batch x tiles, channel block slowest (a thread's
    /// consecutive slices reuse one filter block from cache).
    let slices: Int

    /// Most tiles, and most multiply-adds per input channel over all emitted loops (an interior
    /// tile is one loop nest, an edge tile one loop per window position it uses, over the pixels
    /// valid there), one kernel may emit: LLVM compiles every loop separately (ResNet50's 14x14
    /// projection as 17 tiles took 1.3 s instead of 0.2 s for 10% speed), so larger images keep
    /// the row tiles. 7x7 with a 3x3 window: 5 tiles, 45 loops, 441 with AVX-512; 10 tiles with
    /// 16 registers.
    static let tileLimit = 12
    static let codeLimit = 512

    init?(_ g: ConvGeometry, dtype: DType, vectorBytes: Int, registers: Int) {
        guard g.groups == 1, dtype.isFloatingPoint, g.filters > 0, g.batch > 0, g.gh.output > 0, g.gw.output > 0,
              let lanes = RegisterTile.lanes(dtype: dtype, dividing: g.filters, vectorBytes: vectorBytes) else { return nil }
        let total = g.filters / lanes
        // The same register budget as the row tiles (ConvBlocking): up to 12 pixels x 2 vectors.
        let vectors = ConvBlocking.blockVectors(total, registers: registers)
        let most = max(ConvBlocking.accumulatorBudget(vectors: vectors, registers: registers) / vectors, 1)
        let pixels = g.gh.output * g.gw.output
        // Only where an output row holds less than two full tiles: longer rows tile well as they are.
        guard g.gw.output < 2 * most else { return nil }
        // Tiles as equal as they can be: 49 pixels are 10, 10, 10, 10 and 9, not 12 x 4 and 1.
        let tiles = RegisterTile.equalRuns(of: pixels, atMost: most)
        guard tiles.count <= Self.tileLimit else { return nil }
        let code = tiles.reduce(0) { sum, tile in
            if Self.isInterior(g, tile) { return sum + tile.count }
            return sum + (0..<g.kh).reduce(0) { s, kh in
                s + (0..<g.kw).reduce(0) { s, kw in s + tile.filter { Self.input(g, pixel: $0, kh: kh, kw: kw) != nil }.count }
            }
        }
        guard code <= Self.codeLimit else { return nil }
        self.lanes = lanes
        self.vectors = vectors
        self.blocks = total / vectors
        self.tiles = tiles
        slices = blocks * g.batch * tiles.count
    }

    var blockWidth: Int { lanes * vectors }
    var largestTile: Int { tiles.map(\.count).max() ?? 0 }

    /// The input pixel `ih·W + iw` (within its image) that window position `(kh, kw)` of output
    /// pixel `pixel` reads, or nil when it falls in the padding.
    static func input(_ g: ConvGeometry, pixel: Int, kh: Int, kw: Int) -> Int? {
        let ih = g.gh.inputIndex(output: pixel / g.gw.output, tap: kh)
        let iw = g.gw.inputIndex(output: pixel % g.gw.output, tap: kw)
        guard (0..<g.height).contains(ih), (0..<g.width).contains(iw) else { return nil }
        return ih * g.width + iw
    }

    /// Whether every pixel of `tile` reads inside the image at every window position (always so
    /// for VALID padding): then the window is a run-time loop, each pixel at a fixed distance
    /// from the first's input.
    static func isInterior(_ g: ConvGeometry, _ tile: Range<Int>) -> Bool {
        tile.allSatisfy { p in
            input(g, pixel: p, kh: 0, kw: 0) != nil && input(g, pixel: p, kh: g.kh - 1, kw: g.kw - 1) != nil
        }
    }
}

extension KernelEmitter {
    /// NHWC convolution on `PixelTiling`'s tiles: per slice, one tile of pixels x one block of
    /// output channels accumulates in registers over every window position and input channel
    /// (each step loads the block's filter vectors once and broadcasts one input value per pixel),
    /// is stored once, and gets the fused epilogue while in L1.
    func emitPixelTiledConv2D(_ g: ConvGeometry, _ tiling: PixelTiling, dtype: DType, packed: Int,
                              x xPtr: IRValue, w wPtr: IRValue, out: IRValue) throws {
        let channelStride = filterChannelStride(g, packed: packed)
        let tile = registerTile(dtype, lanes: tiling.lanes, rows: tiling.largestTile, vectors: tiling.vectors)
        let t = elementType(dtype)
        let perBlock = g.batch * tiling.tiles.count
        let imagePixels = g.gh.output * g.gw.output

        /// A tile inside the image at every window position: run-time loops over the window, each
        /// pixel at its fixed distance from the window origin's input.
        func accumulateInterior(_ pixels: Range<Int>, xImage: IRValue, f0: IRValue) throws {
            let origins = pixels.map { (PixelTiling.input(g, pixel: $0, kh: 0, kw: 0) ?? 0) * g.channels }
            try loop(g.kh, "kh") { kh in
                try loop(g.kw, "kw") { kw in
                    let tap = b.mulNSW(b.addNSW(b.mulNSW(kh, i64(g.gh.dilation * g.width)), b.mulNSW(kw, i64(g.gw.dilation))), i64(g.channels))
                    let xTap = b.gep(t, xImage, [tap])
                    let wBase = filterTap(g, packed: packed, kh: kh, kw: kw, f0: f0)
                    let xs = origins.map { b.gep(t, xTap, [i64($0)]) }
                    try accumulateChannels(tile, count: g.channels, filter: wPtr, at: { b.addNSW(wBase, b.mulNSW($0, i64(channelStride))) },
                                           pixels: xs.enumerated().map { ($0.offset, $0.element) })
                }
            }
        }

        /// A tile reaching into the padding: each window position it uses is its own loop over
        /// channels, over only the pixels that read inside the image there.
        func accumulateEdge(_ pixels: Range<Int>, xImage: IRValue, f0: IRValue) throws {
            for kh in 0..<g.kh {
                for kw in 0..<g.kw {
                    let valid = pixels.enumerated().compactMap { row, p in
                        PixelTiling.input(g, pixel: p, kh: kh, kw: kw).map { (row, $0) }
                    }
                    guard !valid.isEmpty else { continue }
                    let wBase = filterTap(g, packed: packed, kh: i64(kh), kw: i64(kw), f0: f0)
                    let xs = valid.map { row, at in (row, b.gep(t, xImage, [i64(at * g.channels)])) }
                    try accumulateChannels(tile, count: g.channels, filter: wPtr, at: { b.addNSW(wBase, b.mulNSW($0, i64(channelStride))) },
                                           pixels: xs)
                }
            }
        }

        try batchLoop(tiling.slices, "slice") { s in
            let block = b.div(s, i64(perBlock))
            let rest = b.sub(s, b.mulNSW(block, i64(perBlock)))
            let image = b.div(rest, i64(tiling.tiles.count))
            let k = b.sub(rest, b.mulNSW(image, i64(tiling.tiles.count)))
            let f0 = b.mulNSW(block, i64(tiling.blockWidth))
            let xImage = b.gep(t, xPtr, [b.mulNSW(image, i64(g.height * g.width * g.channels))])
            let firstPixel = b.mulNSW(image, i64(imagePixels))
            try switchOver(k, count: tiling.tiles.count, "tile") { index in
                let pixels = tiling.tiles[index]
                zeroTile(tile, rows: pixels.count)
                if PixelTiling.isInterior(g, pixels) {
                    try accumulateInterior(pixels, xImage: xImage, f0: f0)
                } else {
                    try accumulateEdge(pixels, xImage: xImage, f0: f0)
                }
                let tileStart = b.addNSW(firstPixel, i64(pixels.lowerBound))
                for row in 0..<pixels.count {
                    storeRow(tile, row: row, out, b.addNSW(b.mulNSW(b.addNSW(tileStart, i64(row)), i64(g.filters)), f0))
                }
                try loop(pixels.count, "pixel", hints: [.noVectorize]) { p in
                    try emitEpilogue(row: b.addNSW(tileStart, p), columnStart: f0, count: tiling.blockWidth)
                }
            }
        }
    }
}
