import GraphIR
import LLVMKit

extension KernelEmitter {
    /// Max or average pooling, one output element at a time in output memory order. Padding never
    /// contributes: max skips it, average divides by the number of real elements in the window
    /// (TensorFlow's SAME rule).
    func emitPool(_ n: Node, _ p: PoolAttributes) throws {
        let x = graph[n.inputs[0]]
        let xs = x.shape ?? []
        let outShape = n.types[0].shape ?? []
        let dtype = n.types[0].dtype
        let ax = p.dataFormat.axes
        let (height, width) = (xs[ax.h], xs[ax.w])
        let gh = try AxisGeometry(input: height, window: p.windowH, stride: p.strideH, padding: p.padding, isHeight: true)
        let gw = try AxisGeometry(input: width, window: p.windowW, stride: p.strideW, padding: p.padding, isHeight: false)
        let xPtr = try pointer(of: n.inputs[0])
        let out = try outputPointer
        let t = elementType(dtype)
        if p.dataFormat == .nhwc {
            return try emitPoolNHWC(p, xs: xs, outShape: outShape, dtype: dtype, gh: gh, gw: gw, x: xPtr, out: out)
        }
        let acc = entryAlloca(t, "acc")

        func nest(_ d: Int, _ coords: [IRValue]) throws {
            guard d == outShape.count else {
                let body: (IRValue) throws -> Void = { i in try nest(d + 1, coords + [i]) }
                try d == 0 ? batchLoop(outShape[d], "p\(d)", body) : loop(outShape[d], "p\(d)", body)
                return
            }
            let (ni, ci, oh, ow) = (coords[ax.n], coords[ax.c], coords[ax.h], coords[ax.w])
            b.store(p.kind == .max ? context.lowest(dtype) : context.zero(dtype), acc)
            try forEachWindowTap(oh, ow, gh, gw) { _, _, ih, iw in
                var xc = Array(repeating: i64(0), count: 4)
                xc[ax.n] = ni; xc[ax.c] = ci; xc[ax.h] = ih; xc[ax.w] = iw
                let v = load(dtype, xPtr, linear(xc, xs))
                let current = b.load(t, acc)
                b.store(p.kind == .max ? try emitBinary(.maximum, current, v, dtype) : b.add(current, v), acc)
            }
            var result = b.load(t, acc)
            if p.kind == .avg {
                let count = windowCount(p, windowStart(oh, gh), windowStart(ow, gw), gh, gw)
                result = b.div(result, b.siToFP(count, t))
            }
            let o = linear(coords, outShape)
            store(dtype, result, out, o)
            try emitEpilogue(start: o, count: 1)
        }
        try nest(0, [])
    }

    /// NHWC, by output rows (the slices threads share). Per output pixel and block of up to four
    /// channel vectors, the window is combined in registers, one vector load per tap and vector,
    /// bounds checked once per tap; the block is stored once. Channels that make no whole vector
    /// of 16 bytes or more run the same walk a channel at a time through the output row instead.
    private func emitPoolNHWC(_ p: PoolAttributes, xs: [Int], outShape: [Int], dtype: DType, gh: AxisGeometry, gw: AxisGeometry,
                              x xPtr: IRValue, out: IRValue) throws {
        let (height, width, channels) = (xs[1], xs[2], xs[3])
        let t = elementType(dtype)
        let identity = p.kind == .max ? context.lowest(dtype) : context.zero(dtype)
        let combine: (IRValue, IRValue) throws -> IRValue = { acc, v in
            p.kind == .max ? try self.emitBinary(.maximum, acc, v, dtype) : self.b.add(acc, v)
        }
        // The real elements of the window (TensorFlow's SAME rule for averages), as a float.
        func windowSize(_ oh: IRValue, _ ow: IRValue) -> IRValue {
            b.siToFP(windowCount(p, windowStart(oh, gh), windowStart(ow, gw), gh, gw), t)
        }
        let lanes = dtype.isFloatingPoint ? RegisterTile.lanes(dtype: dtype, dividing: channels, vectorBytes: vectorBytes) : nil
        let vectors = lanes.map { RegisterTile.largestDivisor(of: channels / $0, atMost: 4) } ?? 1
        let tile = lanes.map { registerTile(dtype, lanes: $0, rows: 1, vectors: vectors) }
        try batchLoop(outShape[0] * gh.output, "row") { r in
            let ni = b.div(r, i64(gh.output)), oh = b.remainder(r, i64(gh.output), "oh")
            let rowStart = b.mulNSW(r, i64(gw.output * channels))
            try loop(gw.output, "ow") { ow in
                let pixel = b.addNSW(rowStart, b.mulNSW(ow, i64(channels)))
                func inputPixel(_ ih: IRValue, _ iw: IRValue) -> IRValue {
                    b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width)), iw), i64(channels))
                }
                guard let tile else {
                    loop(channels, "init") { ci in store(dtype, identity, out, b.addNSW(pixel, ci)) }
                    try forEachWindowTap(oh, ow, gh, gw) { _, _, ih, iw in
                        let base = inputPixel(ih, iw)
                        try loop(channels, "c") { ci in
                            let o = b.addNSW(pixel, ci)
                            store(dtype, try combine(load(dtype, out, o), load(dtype, xPtr, b.addNSW(base, ci))), out, o)
                        }
                    }
                    if p.kind == .avg {
                        let count = windowSize(oh, ow)
                        loop(channels, "mean") { ci in
                            let o = b.addNSW(pixel, ci)
                            store(dtype, b.div(load(dtype, out, o), count), out, o)
                        }
                    }
                    return
                }
                let vt = vectorType(tile), width = tile.lanes * tile.vectors
                try loop(channels / width, "block") { block in
                    let c0 = b.mulNSW(block, i64(width))
                    let start = splat(identity, vt, lanes: tile.lanes)
                    for slot in tile.slots[0] { b.store(start, slot) }
                    try forEachWindowTap(oh, ow, gh, gw) { _, _, ih, iw in
                        for (slot, v) in zip(tile.slots[0], loadVectors(tile, xPtr, b.addNSW(inputPixel(ih, iw), c0))) {
                            b.store(try combine(b.load(vt, slot), v), slot)
                        }
                    }
                    if p.kind == .avg {
                        let count = splat(windowSize(oh, ow), vt, lanes: tile.lanes)
                        for slot in tile.slots[0] { b.store(b.div(b.load(vt, slot), count), slot) }
                    }
                    storeRow(tile, row: 0, out, b.addNSW(pixel, c0))
                }
            }
            try emitEpilogue(start: rowStart, count: gw.output * channels)
        }
    }
}
