import CLLVM
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

        if c.dataFormat == .nhwc, let tile = RegisterTile.shape(dtype: dtype, width: filters, count: gw.output,
                                                                 vectorBytes: vectorBytes, registers: vectorRegisters) {
            return try emitTiledConv2D(geometry, dtype: dtype, x: xPtr, w: wPtr, out: out, tile: tile)
        }
        switch c.dataFormat {
        case .nhwc:
            try batchLoop(batch, "n") { ni in
                try loop(gh.output, "oh") { oh in
                    try loop(gw.output, "ow") { ow in
                        let pixel = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output)), ow)
                        let rowStart = b.mulNSW(pixel, i64(filters))
                        loop(filters, "zero") { f in store(dtype, context.zero(dtype), out, b.addNSW(rowStart, f)) }
                        try loop(kh, "kh") { khi in
                            let ih = inputCoordinate(oh, khi, gh)
                            try ifThen(inRange(ih, height), "ih.ok") {
                                try loop(kw, "kw") { kwi in
                                    let iw = inputCoordinate(ow, kwi, gw)
                                    try ifThen(inRange(iw, width), "iw.ok") {
                                        let xBase = b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width)), iw), i64(channels))
                                        let wBase = b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(channels * filters))
                                        try loop(channels, "c") { ci in
                                            let xv = load(dtype, xPtr, b.addNSW(xBase, ci))
                                            let wRow = b.addNSW(wBase, b.mulNSW(ci, i64(filters)))
                                            try loop(filters, "f") { f in
                                                let o = b.addNSW(rowStart, f)
                                                let wv = load(dtype, wPtr, b.addNSW(wRow, f))
                                                store(dtype, try multiplyAdd(xv, wv, load(dtype, out, o), dtype), out, o)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        try emitEpilogue(start: rowStart, count: filters)
                    }
                }
            }
        case .nchw:
            let planeSize = gh.output * gw.output
            try batchLoop(batch, "n") { ni in
                try loop(filters, "f") { f in
                    let planeStart = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(filters)), f), i64(planeSize))
                    loop(planeSize, "zero") { p in store(dtype, context.zero(dtype), out, b.addNSW(planeStart, p)) }
                    try loop(channels, "c") { ci in
                        let xPlane = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(channels)), ci), i64(height * width))
                        try loop(kh, "kh") { khi in
                            try loop(kw, "kw") { kwi in
                                let wOffset = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(channels)), ci), i64(filters)), f)
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
    func emitTiledConv2D(_ geometry: ConvGeometry, dtype: DType, x xPtr: IRValue, w wPtr: IRValue, out: IRValue,
                         tile shape: (lanes: Int, vectors: Int, rows: Int)) throws {
        let (batch, height, width, channels) = (geometry.batch, geometry.height, geometry.width, geometry.channels)
        let (kh, kw, filters, gh, gw) = (geometry.kh, geometry.kw, geometry.filters, geometry.gh, geometry.gw)
        let tile = registerTile(dtype, lanes: shape.lanes, rows: shape.rows, vectors: shape.vectors)
        let fullTiles = gw.output / tile.rows, rest = gw.output % tile.rows
        // Input columns reach outside [0, width) only with padding on the width axis.
        let padded = gw.padBefore > 0 || (gw.output - 1) * gw.stride + (kw - 1) * gw.dilation - gw.padBefore >= width
        let t = elementType(dtype)
        let zeroRow = padded ? b.bitCast(module.addConstantGlobal("zeros.\(kernel.name)", IRValue(LLVMConstNull(context.array(of: t, count: channels).ref))),
                                         context.pointer(to: t)) : xPtr

        func emitTile(rows: Int, ni: IRValue, oh: IRValue, ow0: IRValue, checked: Bool) throws {
            zeroTile(tile, rows: rows)
            try loop(kh, "kh") { khi in
                let ih = inputCoordinate(oh, khi, gh)
                try ifThen(inRange(ih, height), "ih.ok") {
                    let xRow = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width))
                    try loop(kw, "kw") { kwi in
                        let wBase = b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(channels * filters))
                        // Each pixel's input row of C channels; in padding, a row of zeros, so
                        // the channel loop needs no checks.
                        let pixels: [IRValue] = (0..<rows).map { p in
                            let iw = inputCoordinate(b.addNSW(ow0, i64(p)), kwi, gw)
                            let row = b.gep(t, xPtr, [b.mulNSW(b.addNSW(xRow, iw), i64(channels))])
                            return checked ? b.select(inRange(iw, width), row, zeroRow) : row
                        }
                        try loop(channels, "c") { ci in
                            let wv = loadVectors(tile, wPtr, b.addNSW(wBase, b.mulNSW(ci, i64(filters))))
                            for p in 0..<rows { try accumulate(tile, row: p, load(dtype, pixels[p], ci), wv) }
                        }
                    }
                }
            }
            let pixel = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output)), ow0)
            for p in 0..<rows { storeRow(tile, row: p, out, b.mulNSW(b.addNSW(pixel, i64(p)), i64(filters))) }
        }

        func emitTileChoosingChecks(rows: Int, ni: IRValue, oh: IRValue, ow0: IRValue) throws {
            guard padded else { return try emitTile(rows: rows, ni: ni, oh: oh, ow0: ow0, checked: false) }
            let first = inputCoordinate(ow0, i64(0), gw)
            let last = inputCoordinate(b.addNSW(ow0, i64(rows - 1)), i64(kw - 1), gw)
            let inside = IRValue(LLVMBuildAnd(b.ref, b.icmp(LLVMIntSGE, first, i64(0)).ref, b.icmp(LLVMIntSLT, last, i64(width)).ref, "inside"))
            try ifThenElse(inside, "interior", then: { try emitTile(rows: rows, ni: ni, oh: oh, ow0: ow0, checked: false) },
                           else: { try emitTile(rows: rows, ni: ni, oh: oh, ow0: ow0, checked: true) })
        }

        try batchLoop(batch, "n") { ni in
            try loop(gh.output, "oh") { oh in
                try loop(fullTiles, "tile") { t in
                    try emitTileChoosingChecks(rows: tile.rows, ni: ni, oh: oh, ow0: b.mulNSW(t, i64(tile.rows)))
                }
                try loop(rest, "rest") { r in
                    try emitTileChoosingChecks(rows: 1, ni: ni, oh: oh, ow0: b.addNSW(r, i64(fullTiles * tile.rows)))
                }
                let rowStart = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output * filters))
                try emitEpilogue(start: rowStart, count: gw.output * filters)
            }
        }
    }
}
