import GraphIR
import LLVMKit

/// The two gradients of Conv2D, each the adjoint of the forward loop nest: every (output pixel,
/// window position) pair the forward pass multiplied is visited once, and padding contributes nothing.
/// Loop orders keep the innermost loop contiguous: a broadcast FMA into the output where the
/// output's fast axis allows it, an explicitly vectorised dot product where the sum runs along it.
extension KernelEmitter {
    /// `(filter [KH,KW,C,F], dy) -> dx`: `dx[n,ih,iw,c] += Σf dy[n,oh,ow,f] * w[kh,kw,c,f]`.
    func emitConv2DBackpropInput(_ n: Node, _ c: Conv2DAttributes, inputShape: [Int]) throws {
        let dtype = n.types[0].dtype
        let geometry = try ConvGeometry(c, input: inputShape, filter: graph[n.inputs[0]].shape ?? [])
        let (batch, height, width, channels) = (geometry.batch, geometry.height, geometry.width, geometry.channels)
        let (kh, kw, filters, gh, gw) = (geometry.kh, geometry.kw, geometry.filters, geometry.gh, geometry.gw)
        let wPtr = try pointer(of: n.inputs[0]), dyPtr = try pointer(of: n.inputs[1])
        let dx = try outputPointer
        let t = elementType(dtype)
        let group = { (base: IRValue, g: IRValue, stride: Int) in self.grouped(base, g, stride, geometry) }

        switch c.dataFormat {
        case .nhwc:
            // Per dy pixel and window position: dx row (C) += W[kh,kw] (C x F) · dy row (F), a dot
            // product along F for each channel (both contiguous).
            let image = height * width * channels
            let acc = dotAccumulator(dtype)
            try batchLoop(batch, "n") { ni in
                let imageStart = b.mulNSW(ni, i64(image))
                zeroFill(dtype, dx, start: imageStart, count: image)
                try loop(gh.output, "oh") { oh in
                    try loop(gw.output, "ow") { ow in
                        let dyRow = b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output)), ow), i64(filters))
                        try forEachWindowTap(oh, ow, gh, gw) { khi, kwi, ih, iw in
                            let dxRow = b.addNSW(imageStart, b.mulNSW(b.addNSW(b.mulNSW(ih, i64(width)), iw), i64(channels)))
                            let wBase = b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(geometry.groupChannels * filters))
                            // Group g: its channels' dot products with its part of the dy row.
                            try loop(geometry.groups, "g") { g in
                                let dyPart = group(dyRow, g, geometry.groupFilters), wPart = group(wBase, g, geometry.groupFilters)
                                try loop(geometry.groupChannels, "c") { ci in
                                    resetDot(acc)
                                    try accumulateDot(acc, wPtr, b.addNSW(wPart, b.mulNSW(ci, i64(filters))), dyPtr, dyPart,
                                                      count: i64(geometry.groupFilters))
                                    let o = b.addNSW(group(dxRow, g, geometry.groupChannels), ci)
                                    store(dtype, b.add(load(dtype, dx, o), dotTotal(acc)), dx, o)
                                }
                            }
                        }
                    }
                }
                try emitEpilogue(start: imageStart, count: image)
            }
        case .nchw:
            // Per (n, c, f, kh, kw) the filter tap is a scalar and a dy plane is added, shifted, into
            // the dx plane: the inner loop runs along a row of both (contiguous when stride is 1).
            let plane = height * width, dyPlaneSize = gh.output * gw.output
            try batchLoop(batch, "n") { ni in
                try loop(channels, "c") { ci in
                    let planeStart = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(channels)), ci), i64(plane))
                    zeroFill(dtype, dx, start: planeStart, count: plane)
                    // Channel c reads the dy planes of its group's filters.
                    let (g, cg) = splitGroup(ci, geometry.groupChannels, geometry)
                    try loop(geometry.groupFilters, "f") { fg in
                        let f = group(fg, g, geometry.groupFilters)
                        let dyPlane = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(filters)), f), i64(dyPlaneSize))
                        try loop(kh, "kh") { khi in
                            let rows = validOutputRange(gh, window: khi)
                            try loop(kw, "kw") { kwi in
                                let cols = validOutputRange(gw, window: kwi)
                                let wv = load(dtype, wPtr, b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(geometry.groupChannels)), cg), i64(filters)), f))
                                try rangeLoop(from: rows.lo, to: rows.hi, "oh") { oh in
                                    let ih = b.add(b.mulNSW(oh, i64(gh.stride)), rows.offset)
                                    let dxRow = b.add(b.addNSW(planeStart, b.mulNSW(ih, i64(width))), cols.offset)
                                    let dyRow = b.addNSW(dyPlane, b.mulNSW(oh, i64(gw.output)))
                                    try rangeLoop(from: cols.lo, to: cols.hi, "ow") { ow in
                                        let o = b.add(dxRow, gw.stride == 1 ? ow : b.mulNSW(ow, i64(gw.stride)))
                                        let g = load(dtype, dyPtr, b.addNSW(dyRow, ow))
                                        store(dtype, try multiplyAdd(wv, g, b.load(t, b.gep(t, dx, [o])), dtype), dx, o)
                                    }
                                }
                            }
                        }
                    }
                    try emitEpilogue(start: planeStart, count: plane)
                }
            }
        }
    }

    /// `(x, dy [.., F]) -> dFilter [KH,KW,C,F]`: `dw[kh,kw,c,f] += Σ x[n,ih,iw,c] * dy[n,oh,ow,f]`.
    func emitConv2DBackpropFilter(_ n: Node, _ c: Conv2DAttributes, filterShape: [Int]) throws {
        let dtype = n.types[0].dtype
        let geometry = try ConvGeometry(c, input: graph[n.inputs[0]].shape ?? [], filter: filterShape)
        let (batch, height, width, channels) = (geometry.batch, geometry.height, geometry.width, geometry.channels)
        let (kh, kw, filters, gh, gw) = (geometry.kh, geometry.kw, geometry.filters, geometry.gh, geometry.gw)
        let xPtr = try pointer(of: n.inputs[0]), dyPtr = try pointer(of: n.inputs[1])
        let dw = try outputPointer
        if geometry.groups == 1, let tiling = FilterGradientTiling(c, filterShape: filterShape, dtype: dtype, vectorBytes: vectorBytes,
                                                                   registers: vectorRegisters) {
            return try emitTiledConv2DBackpropFilter(geometry, dtype: dtype, tiling: tiling, x: xPtr, dy: dyPtr, dw: dw)
        }
        let t = elementType(dtype)
        let group = { (base: IRValue, g: IRValue, stride: Int) in self.grouped(base, g, stride, geometry) }
        let (groupChannels, groupFilters) = (geometry.groupChannels, geometry.groupFilters)
        let total = kh * kw * groupChannels * filters
        zeroFill(dtype, dw, start: i64(0), count: total)

        switch c.dataFormat {
        case .nhwc:
            // Per output row (n, oh), tap (kh, kw) and input channel c, the filter row dW[kh,kw,c,:]
            // (F values) accumulates x[n,ih,iw,c] * dy[n,oh,ow,:] over the valid ow: the row is
            // invariant in the ow loop (LLVM keeps it in registers), and the x and dy rows of one
            // output row stay in L1. Streaming all of dW once per output pixel was L2-bound.
            try loop(batch, "n") { ni in
                try loop(gh.output, "oh") { oh in
                    let dyRowBase = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output * filters))
                    try loop(kh, "kh") { khi in
                        let ih = inputCoordinate(oh, khi, gh)
                        try ifThen(inRange(ih, height), "ih.ok") {
                            let xRowBase = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width * channels))
                            try loop(kw, "kw") { kwi in
                                let cols = validOutputRange(gw, window: kwi)
                                let wBase = b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(groupChannels * filters))
                                try loop(groupChannels, "c") { ci in
                                    let wRow = b.addNSW(wBase, b.mulNSW(ci, i64(filters)))
                                    try rangeLoop(from: cols.lo, to: cols.hi, "ow") { ow in
                                        let iw = b.add(b.mulNSW(ow, i64(gw.stride)), cols.offset)
                                        let xPixel = b.addNSW(b.addNSW(xRowBase, b.mulNSW(iw, i64(channels))), ci)
                                        let dyRow = b.addNSW(dyRowBase, b.mulNSW(ow, i64(filters)))
                                        // Channel c of group g feeds that group's filters only.
                                        try loop(geometry.groups, "g") { gi in
                                            let xv = load(dtype, xPtr, group(xPixel, gi, groupChannels))
                                            let (wPart, dyPart) = (group(wRow, gi, groupFilters), group(dyRow, gi, groupFilters))
                                            try loop(groupFilters, "f") { f in
                                                let o = b.addNSW(wPart, f)
                                                let g = load(dtype, dyPtr, b.addNSW(dyPart, f))
                                                store(dtype, try multiplyAdd(xv, g, load(dtype, dw, o), dtype), dw, o)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        case .nchw:
            // Each tap is a sum over the valid part of an x plane times a dy plane: row dot products.
            let plane = height * width, dyPlaneSize = gh.output * gw.output
            // One accumulator per tap across its rows: the vector lanes are added once per tap.
            let acc = dotAccumulator(dtype)
            try loop(batch, "n") { ni in
                try loop(channels, "c") { ci in
                    let xPlane = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(channels)), ci), i64(plane))
                    let (g, cg) = splitGroup(ci, groupChannels, geometry)
                    try loop(groupFilters, "f") { fg in
                        let f = group(fg, g, groupFilters)
                        let dyPlane = b.mulNSW(b.addNSW(b.mulNSW(ni, i64(filters)), f), i64(dyPlaneSize))
                        try loop(kh, "kh") { khi in
                            let rows = validOutputRange(gh, window: khi)
                            try loop(kw, "kw") { kwi in
                                let cols = validOutputRange(gw, window: kwi)
                                resetDot(acc)
                                try rangeLoop(from: rows.lo, to: rows.hi, "oh") { oh in
                                    let ih = b.add(b.mulNSW(oh, i64(gh.stride)), rows.offset)
                                    let xRow = b.add(b.addNSW(xPlane, b.mulNSW(ih, i64(width))), cols.offset)
                                    let dyRow = b.addNSW(dyPlane, b.mulNSW(oh, i64(gw.output)))
                                    if gw.stride == 1 {
                                        try accumulateDot(acc, xPtr, b.add(xRow, cols.lo), dyPtr, b.addNSW(dyRow, cols.lo),
                                                          count: b.sub(cols.hi, cols.lo))
                                    } else {
                                        try rangeLoop(from: cols.lo, to: cols.hi, "ow") { ow in
                                            let xv = load(dtype, xPtr, b.add(xRow, b.mulNSW(ow, i64(gw.stride))))
                                            let g = load(dtype, dyPtr, b.addNSW(dyRow, ow))
                                            b.store(try multiplyAdd(xv, g, b.load(t, acc.scalar), dtype), acc.scalar)
                                        }
                                    }
                                }
                                let o = b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(khi, i64(kw)), kwi), i64(groupChannels)), cg), i64(filters)), f)
                                store(dtype, b.add(load(dtype, dw, o), dotTotal(acc)), dw, o)
                            }
                        }
                    }
                }
            }
        }
        try emitEpilogue(start: i64(0), count: total)
    }
}
