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
