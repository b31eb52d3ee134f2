import GraphIR
import LLVMKit

extension KernelEmitter {
    /// NHWC convolution on register tiles of `rows` neighbouring output pixels x one block of
    /// output channels (`ConvBlocking`): for the whole (kh, kw, c) reduction each step loads the
    /// block's filter vectors `w[kh,kw,c,f0..]` once and multiplies them by one broadcast input
    /// value per pixel. A slice is one output row of one channel block; its tiles get the fused
    /// epilogue right after they are stored, while in L1. Tiles whose input columns all lie inside
    /// the image skip the padding checks; edge tiles visit only their valid window columns.
    /// `filterStride`: elements between the filters of consecutive images when each image has
    /// its own (a batched product's entries, `BatchMatMulLayout.convolutions`), else 0.
    func emitBlockedConv2D(_ g: ConvGeometry, _ blocking: ConvBlocking, dtype: DType, packed: Int,
                           x xPtr: IRValue, w wPtr: IRValue, out: IRValue, filterStride: Int = 0) throws {
        let tile = registerTile(dtype, lanes: blocking.lanes, rows: blocking.rows, vectors: blocking.vectors)
        // The last block's narrower tile, when the blocks do not divide the channels.
        let lastTile = blocking.tailVectors > 0
            ? registerTile(dtype, lanes: blocking.lanes, rows: blocking.rows, vectors: blocking.tailVectors) : tile
        let t = elementType(dtype)
        let channelStride = filterChannelStride(g, packed: packed)
        // Few input channels (VGG's and ResNet's RGB stems): the channel loop is unrolled whole,
        // and so would be the window columns around it, which merged the broadcasts that
        // neighbouring columns share and kept them all live: VGG16's stem spilled its
        // accumulators (13 -> 9.7 ms on one Zen 1 core). Edge tiles, whose columns are emitted
        // one by one, still spill; made loops over channels they were no faster (2 of 45 tiles).
        let columnHints: [LoopHint] = g.fewChannels ? [.noUnroll] : []

        func emitTile(_ tile: RegisterTile, channels: Int, rows: Int, image: IRValue, oh: IRValue, f0: IRValue, ow0: IRValue, edge: Int?) throws {
            zeroTile(tile, rows: rows)
            try loop(g.kh, "kh") { khi in
                let ih = inputCoordinate(oh, khi, g.gh)
                try ifThen(inRange(ih, g.height), "ih.ok") {
                    let xRow = b.mulNSW(b.addNSW(b.mulNSW(image, i64(g.height)), ih), i64(g.width))
                    func body(_ kwi: IRValue, _ pixels: [Int]) throws {
                        let tap = filterTap(g, packed: packed, kh: khi, kw: kwi, f0: f0)
                        let wBase = filterStride == 0 ? tap : b.addNSW(tap, b.mulNSW(image, i64(filterStride)))
                        let xs = pixels.map { p in
                            b.gep(t, xPtr, [b.mulNSW(b.addNSW(xRow, inputCoordinate(b.addNSW(ow0, i64(p)), kwi, g.gw)), i64(g.channels))])
                        }
                        try accumulateChannels(tile, count: g.channels, filter: wPtr, at: { b.addNSW(wBase, b.mulNSW($0, i64(channelStride))) },
                                               pixels: Array(zip(pixels, xs)))
                    }
                    try forEachTileColumn(g.gw, rows: rows, edge: edge, hints: columnHints, body)
                }
            }
            let firstPixel = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(image, i64(g.gh.output)), oh), i64(g.gw.output)), ow0)
            for p in 0..<rows {
                storeRow(tile, row: p, out, b.addNSW(b.mulNSW(b.addNSW(firstPixel, i64(p)), i64(g.filters)), f0), count: channels)
            }
            try loop(rows, "pixel", hints: [.noVectorize]) { p in
                try emitEpilogue(row: b.addNSW(firstPixel, p), columnStart: f0, count: channels)
            }
        }

        try batchLoop(blocking.slices, "slice") { s in
            let row = b.div(s, i64(blocking.blocks))
            let block = b.sub(s, b.mulNSW(row, i64(blocking.blocks)))
            let image = b.div(row, i64(g.gh.output))
            let oh = b.sub(row, b.mulNSW(image, i64(g.gh.output)))
            let f0 = b.mulNSW(block, i64(blocking.blockWidth))
            func emitRow(_ tile: RegisterTile, channels: Int) throws {
                try forEachTile(blocking.spans) { rows, ow0, edge in
                    try emitTile(tile, channels: channels, rows: rows, image: image, oh: oh, f0: f0, ow0: ow0, edge: edge)
                }
            }
            if blocking.lastBlockDiffers {
                try ifThenElse(b.icmp(.eq, block, i64(blocking.blocks - 1)), "tail.block",
                               then: { try emitRow(lastTile, channels: blocking.lastBlockChannels) },
                               else: { try emitRow(tile, channels: blocking.blockWidth) })
            } else {
                try emitRow(tile, channels: blocking.blockWidth)
            }
        }
    }
}
