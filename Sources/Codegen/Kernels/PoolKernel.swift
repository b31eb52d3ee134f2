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
                let h0 = b.add(b.mulNSW(oh, i64(gh.stride)), i64(-gh.padBefore))
                let w0 = b.add(b.mulNSW(ow, i64(gw.stride)), i64(-gw.padBefore))
                let count = b.mulNSW(realCount(h0, p.windowH, height), realCount(w0, p.windowW, width))
                result = b.div(result, b.siToFP(count, t))
            }
            let o = linear(coords, outShape)
            store(dtype, result, out, o)
            try emitEpilogue(start: o, count: 1)
        }
        try nest(0, [])
    }

    /// NHWC: per output pixel, the window is combined a channel row at a time (the channel loop
    /// innermost and contiguous, so it vectorises); bounds are checked once per window position.
    private func emitPoolNHWC(_ p: PoolAttributes, xs: [Int], outShape: [Int], dtype: DType, gh: AxisGeometry, gw: AxisGeometry,
                              x xPtr: IRValue, out: IRValue) throws {
        let (height, width, channels) = (xs[1], xs[2], xs[3])
        try batchLoop(outShape[0], "n") { ni in
            try loop(gh.output, "oh") { oh in
                try loop(gw.output, "ow") { ow in
                    let row = b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(gh.output)), oh), i64(gw.output)), ow), i64(channels))
                    loop(channels, "init") { ci in
                        store(dtype, p.kind == .max ? context.lowest(dtype) : context.zero(dtype), out, b.addNSW(row, ci))
                    }
                    try forEachWindowTap(oh, ow, gh, gw) { _, _, ih, iw in
                        let base = b.mulNSW(b.addNSW(b.mulNSW(b.addNSW(b.mulNSW(ni, i64(height)), ih), i64(width)), iw), i64(channels))
                        try loop(channels, "c") { ci in
                            let o = b.addNSW(row, ci)
                            let v = load(dtype, xPtr, b.addNSW(base, ci)), current = load(dtype, out, o)
                            store(dtype, p.kind == .max ? try emitBinary(.maximum, current, v, dtype) : b.add(current, v), out, o)
                        }
                    }
                    if p.kind == .avg {
                        let h0 = b.add(b.mulNSW(oh, i64(gh.stride)), i64(-gh.padBefore))
                        let w0 = b.add(b.mulNSW(ow, i64(gw.stride)), i64(-gw.padBefore))
                        let count = b.siToFP(b.mulNSW(realCount(h0, p.windowH, height), realCount(w0, p.windowW, width)), elementType(dtype))
                        loop(channels, "mean") { ci in
                            let o = b.addNSW(row, ci)
                            store(dtype, b.div(load(dtype, out, o), count), out, o)
                        }
                    }
                    try emitEpilogue(start: row, count: channels)
                }
            }
        }
    }
}
