import GraphIR
import LLVMKit

/// Gradients of max and average pooling: the adjoints of `emitPool`'s loop nest. Windows overlap
/// when the stride is smaller than the window, so dx accumulates; padding receives nothing.
extension KernelEmitter {
    /// `(x, y, dy) -> dx`: each window's dy goes to the window's first maximum in row-major window
    /// order, recomputed from x as TensorFlow's CPU kernel does (y is not read). NaN counts as the
    /// maximum (the first NaN wins), matching max pooling's NaN propagation.
    func emitMaxPoolGrad(_ n: Node, _ p: PoolAttributes) throws {
        let xs = graph[n.inputs[0]].shape ?? []
        let outShape = graph[n.inputs[2]].shape ?? []
        let dtype = n.types[0].dtype
        let t = elementType(dtype)
        let ax = p.dataFormat.axes
        let (height, width) = (xs[ax.h], xs[ax.w])
        let gh = try AxisGeometry(input: height, window: p.windowH, stride: p.strideH, padding: p.padding, isHeight: true)
        let gw = try AxisGeometry(input: width, window: p.windowW, stride: p.strideW, padding: p.padding, isHeight: false)
        let xPtr = try pointer(of: n.inputs[0]), dyPtr = try pointer(of: n.inputs[2])
        let dx = try outputPointer
        if Self.maxPoolGradUsesChannelRows(p, channels: xs[ax.c], dtype: dtype) {
            // Zeroing and the epilogue happen per image, so images can run in parallel.
            return try emitMaxPoolGradNHWC(xs: xs, dyShape: outShape, dtype: dtype, gh: gh, gw: gw, p: p,
                                           x: xPtr, dy: dyPtr, dx: dx)
        }
        let total = xs.reduce(1, *)
        zeroFill(dtype, dx, start: i64(0), count: total)
        let best = entryAlloca(t, "best"), bestAt = entryAlloca(context.int64, "best.at")

        func nest(_ d: Int, _ coords: [IRValue]) throws {
            guard d == outShape.count else {
                try loop(outShape[d], "p\(d)") { i in try nest(d + 1, coords + [i]) }
                return
            }
            let (ni, ci, oh, ow) = (coords[ax.n], coords[ax.c], coords[ax.h], coords[ax.w])
            b.store(context.lowest(dtype), best)
            b.store(i64(-1), bestAt)
            forEachWindowTap(oh, ow, gh, gw) { _, _, ih, iw in
                var xc = Array(repeating: i64(0), count: 4)
                xc[ax.n] = ni; xc[ax.c] = ci; xc[ax.h] = ih; xc[ax.w] = iw
                let at = linear(xc, xs)
                let v = load(dtype, xPtr, at)
                let current = b.load(t, best), currentAt = b.load(context.int64, bestAt)
                let take = takesMaximum(v, current, currentAt)
                b.store(b.select(take, v, current), best)
                b.store(b.select(take, at, currentAt), bestAt)
            }
            // A window of padding only (explicit padding wider than the window) passes nothing on.
            let at = b.load(context.int64, bestAt)
            ifThen(b.icmp(.sge, at, i64(0)), "has.max") {
                let g = load(dtype, dyPtr, linear(coords, outShape))
                store(dtype, b.add(load(dtype, dx, at), g), dx, at)
            }
        }
        try nest(0, [])
        try emitEpilogue(start: i64(0), count: total)
    }

    /// `dy -> dx`: each window's dy divided by the number of real (non-padding) elements it
    /// averaged, added to each of them. Channels are innermost, contiguous in NHWC.
    func emitAvgPoolGrad(_ n: Node, _ p: PoolAttributes, inputShape xs: [Int]) throws {
        let dyShape = graph[n.inputs[0]].shape ?? []
        let dtype = n.types[0].dtype
        let t = elementType(dtype)
        let ax = p.dataFormat.axes
        let (batch, height, width, channels) = (xs[ax.n], xs[ax.h], xs[ax.w], xs[ax.c])
        let gh = try AxisGeometry(input: height, window: p.windowH, stride: p.strideH, padding: p.padding, isHeight: true)
        let gw = try AxisGeometry(input: width, window: p.windowW, stride: p.strideW, padding: p.padding, isHeight: false)
        let dyPtr = try pointer(of: n.inputs[0])
        let dx = try outputPointer
        let total = xs.reduce(1, *)
        zeroFill(dtype, dx, start: i64(0), count: total)
        try loop(batch, "n") { ni in
            try loop(gh.output, "oh") { oh in
                try loop(gw.output, "ow") { ow in
                    let h0 = windowStart(oh, gh), w0 = windowStart(ow, gw)
                    let scale = b.siToFP(windowCount(p, h0, w0, gh, gw), t)
                    try loop(p.windowH, "wh") { khi in
                        let ih = b.addNSW(h0, khi)
                        try ifThen(inRange(ih, height), "ih.ok") {
                            loop(p.windowW, "ww") { kwi in
                                let iw = b.addNSW(w0, kwi)
                                ifThen(inRange(iw, width), "iw.ok") {
                                    loop(channels, "c") { ci in
                                        var xc = Array(repeating: i64(0), count: 4), yc = xc
                                        xc[ax.n] = ni; xc[ax.c] = ci; xc[ax.h] = ih; xc[ax.w] = iw
                                        yc[ax.n] = ni; yc[ax.c] = ci; yc[ax.h] = oh; yc[ax.w] = ow
                                        let at = linear(xc, xs)
                                        let g = b.div(load(dtype, dyPtr, linear(yc, dyShape)), scale)
                                        store(dtype, b.add(load(dtype, dx, at), g), dx, at)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        try emitEpilogue(start: i64(0), count: total)
    }

    /// Whether the NHWC max-pool gradient keeps the window's running maximum and its position in
    /// two stack rows of C entries: only while they are small next to a worker thread's stack.
    static func maxPoolGradUsesChannelRows(_ p: PoolAttributes, channels: Int, dtype: DType) -> Bool {
        p.dataFormat == .nhwc && channels * (dtype.byteSize + 8) <= 64 << 10
    }

    /// The input coordinate where the window of output `o` starts (in the padding when negative).
    func windowStart(_ o: IRValue, _ g: AxisGeometry) -> IRValue {
        b.add(b.mulNSW(o, i64(g.stride)), i64(-g.padBefore))
    }

    /// The real (unpadded) input elements of the pooling window starting at `(h0, w0)`: what an
    /// average divides by (TensorFlow's SAME rule), as an i64.
    func windowCount(_ p: PoolAttributes, _ h0: IRValue, _ w0: IRValue, _ gh: AxisGeometry, _ gw: AxisGeometry) -> IRValue {
        b.mulNSW(realCount(h0, p.windowH, gh.input), realCount(w0, p.windowW, gw.input))
    }

    /// Number of positions of `[start, start + window)` inside `[0, limit)`.
    func realCount(_ start: IRValue, _ window: Int, _ limit: Int) -> IRValue {
        let zero = i64(0)
        let lo = b.select(b.icmp(.sgt, start, zero), start, zero)
        let end = b.addNSW(start, i64(window))
        let hi = b.select(b.icmp(.slt, end, i64(limit)), end, i64(limit))
        return b.sub(hi, lo)
    }

    /// NHWC: per window, the running maximum and its position are kept per channel in two rows, so
    /// the channel loop is innermost, contiguous and branch-free (it vectorises); the bounds checks
    /// run once per window position instead of once per channel.
    private func emitMaxPoolGradNHWC(xs: [Int], dyShape: [Int], dtype: DType, gh: AxisGeometry, gw: AxisGeometry,
                                     p: PoolAttributes, x: IRValue, dy: IRValue, dx: IRValue) throws {
        let (height, width, channels) = (xs[1], xs[2], xs[3])
        let t = elementType(dtype)
        let best = b.bitCast(entryAlloca(context.array(of: t, count: channels), "best.row"), context.pointer(to: t))
        let bestAt = b.bitCast(entryAlloca(context.array(of: context.int64, count: channels), "best.at.row"),
                               context.pointer(to: context.int64))
        let image = height * width * channels
        // Windows that do not overlap (stride = window, the usual 2x2/2) own their input
        // positions: each position gets its window's gradient or zero, written once, with no
        // scatter; positions no window covers are zeroed first.
        let disjoint = p.strideH == p.windowH && p.strideW == p.windowW
        let covered = disjoint && gh.padBefore == 0 && gw.padBefore == 0
            && gh.output * p.windowH == height && gw.output * p.windowW == width
        try batchLoop(dyShape[0], "n") { ni in
            let imageStart = b.mulNSW(ni, i64(image))
            if !covered { zeroFill(dtype, dx, start: imageStart, count: image) }
            try loop(gh.output, "oh") { oh in
                try loop(gw.output, "ow") { ow in
                    loop(channels, "init") { ci in
                        store(dtype, context.lowest(dtype), best, ci)
                        store(.int64, i64(-1), bestAt, ci)
                    }
                    forEachWindowTap(oh, ow, gh, gw) { _, _, ih, iw in
                                    let base = b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width)), iw), i64(channels))
                                    loop(channels, "c") { ci in
                                        let at = b.addNSW(base, ci)
                                        let v = load(dtype, x, at)
                                        let current = load(dtype, best, ci), currentAt = load(.int64, bestAt, ci)
                                        let take = takesMaximum(v, current, currentAt)
                                        store(dtype, b.select(take, v, current), best, ci)
                                        store(.int64, b.select(take, at, currentAt), bestAt, ci)
                                    }
                    }
                    let dyBase = b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output)), ow), i64(channels))
                    if disjoint {
                        forEachWindowTap(oh, ow, gh, gw) { _, _, ih, iw in
                            let base = b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width)), iw), i64(channels))
                            loop(channels, "own") { ci in
                                let at = b.addNSW(base, ci)
                                let mine = b.icmp(.eq, load(.int64, bestAt, ci), at)
                                store(dtype, b.select(mine, load(dtype, dy, b.addNSW(dyBase, ci)), context.zero(dtype)), dx, at)
                            }
                        }
                        return
                    }
                    loop(channels, "scatter") { ci in
                        let at = load(.int64, bestAt, ci)
                        // A window of padding only passes nothing on.
                        ifThen(b.icmp(.sge, at, i64(0)), "has.max") {
                            store(dtype, b.add(load(dtype, dx, at), load(dtype, dy, b.addNSW(dyBase, ci))), dx, at)
                        }
                    }
                }
            }
            try emitEpilogue(start: imageStart, count: image)
        }
    }

    /// Whether `v` replaces the running maximum: the first value, a larger one, or the first NaN
    /// (NaN counts as the maximum, and the first maximum wins ties).
    private func takesMaximum(_ v: IRValue, _ current: IRValue, _ currentAt: IRValue) -> IRValue {
        orAll([b.icmp(.slt, currentAt, i64(0)),
               b.fcmp(.ogt, v, current),
               b.and(b.fcmp(.uno, v, v), b.fcmp(.ord, current, current))])
    }

    func orAll(_ bits: [IRValue]) -> IRValue {
        bits.dropFirst().reduce(bits[0]) { b.or($0, $1) }
    }
}
