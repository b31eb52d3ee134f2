import GraphIR
import LLVMKit

/// Where output pixels of a resize read: TensorFlow's rules or ONNX's (`ResizeRule`), each
/// computed in float32 as its own runtime computes them (so every index and weight is
/// TensorFlow's or onnxruntime's), once per output row and column.
enum ResizeTap {
    /// Bilinear: the input indices around the coordinate, and the weight of the upper one.
    case linear(lower: IRValue, upper: IRValue, lerp: IRValue)
    /// Nearest: one input index.
    case nearest(IRValue)
}

extension KernelEmitter {
    /// The input position(s) of output `o` along the height (`vertical`) or width axis of
    /// `inSize` inputs resized to `outSize`, by the resize's rule.
    func resizeTap(_ o: IRValue, _ r: ResizeAttributes, in inSize: Int, out outSize: Int, vertical: Bool) throws -> ResizeTap {
        switch r.rule {
        case .tensorFlow:
            return try tensorFlowResizeTap(o, r, in: inSize, out: outSize)
        case .onnx(let rule):
            return try onnxResizeTap(o, r.method, rule, scale: vertical ? rule.scaleH : rule.scaleW, in: inSize, out: outSize)
        }
    }

    /// TensorFlow's: the scale is `(in-1)/(out-1)` with align_corners (and more than one output),
    /// else `in/out`; bilinear reads `(o+0.5)·scale-0.5` with half_pixel_centers, else `o·scale`;
    /// nearest reads `(o+0.5)·scale` or `o·scale`, rounded (align_corners) or floored, clamped
    /// into the input.
    private func tensorFlowResizeTap(_ o: IRValue, _ r: ResizeAttributes, in inSize: Int, out outSize: Int) throws -> ResizeTap {
        let f = context.float32
        let real = { (x: Double) in self.context.constant(f, real: x) }
        let align = r.alignCorners && outSize > 1
        let scale = b.div(real(Double(align ? inSize - 1 : inSize)), real(Double(align ? outSize - 1 : outSize)))
        var x = b.siToFP(o, f)
        if r.halfPixelCenters { x = b.add(x, real(0.5)) }
        x = b.mul(x, scale)
        let last = i64(inSize - 1), zero = i64(0)
        let atMost = { (v: IRValue) in self.b.select(self.b.icmp(.slt, v, last), v, last) }
        let atLeast = { (v: IRValue) in self.b.select(self.b.icmp(.sgt, v, zero), v, zero) }
        switch r.method {
        case .bilinear:
            if r.halfPixelCenters { x = b.sub(x, real(0.5)) }
            let low = try intrinsic("llvm.floor", f, [x]), high = try intrinsic("llvm.ceil", f, [x])
            return .linear(lower: atLeast(b.fpToSI(low, context.int64)), upper: atMost(b.fpToSI(high, context.int64)), lerp: b.sub(x, low))
        case .nearest:
            let index = atMost(b.fpToSI(try intrinsic(r.alignCorners ? "llvm.round" : "llvm.floor", f, [x]), context.int64))
            return .nearest(r.halfPixelCenters ? atLeast(index) : index)
        }
    }

    /// ONNX's (`ONNXResizeRule`), in onnxruntime's float32 operations and order: the coordinate
    /// divides by the model's scale (no axis of scale 1 is transformed); nearest rounds it by the
    /// rule's mode, linear clamps it into `[0, in-1]`, reads `⌊x⌋` and the next pixel (the last
    /// one twice at the end) and weighs the upper by `x - ⌊x⌋`; indices are clamped into the input.
    private func onnxResizeTap(_ o: IRValue, _ method: ResizeMethod, _ rule: ONNXResizeRule, scale: Float,
                               in inSize: Int, out outSize: Int) throws -> ResizeTap {
        let f = context.float32
        let real = { (x: Float) in self.context.constant(f, real: Double(x)) }
        let position = b.siToFP(o, f)
        let s = real(scale)
        var x = position
        if scale != 1 {
            switch rule.coordinates {
            case .halfPixel:
                x = b.sub(b.div(b.add(position, real(0.5)), s), real(0.5))
            case .pytorchHalfPixel:
                x = outSize > 1 ? b.sub(b.div(b.add(position, real(0.5)), s), real(0.5)) : real(0)
            case .asymmetric:
                x = b.div(position, s)
            case .tfHalfPixelForNN:
                x = b.div(b.add(position, real(0.5)), s)
            case .alignCorners:
                x = outSize == 1 ? real(0) : b.div(b.mul(position, real(Float(inSize - 1))), real(Float(outSize - 1)))
            case .halfPixelSymmetric:
                // onnxruntime's offset in float32, then `offset + (o + 0.5) / s - 0.5` in float64.
                let adjustment = b.div(real(Float(outSize)), b.mul(s, real(Float(inSize))))
                let offset = b.mul(real(Float(inSize) / 2), b.sub(real(1), adjustment))
                let d = context.float64, wide = { (v: Double) in self.context.constant(d, real: v) }
                let shifted = b.div(b.add(b.siToFP(o, d), wide(0.5)), wide(Double(scale)))
                x = b.fpCast(b.sub(b.add(b.fpCast(offset, d), shifted), wide(0.5)), f)
            }
        }
        let last = i64(inSize - 1), zero = i64(0)
        let atMost = { (v: IRValue) in self.b.select(self.b.icmp(.slt, v, last), v, last) }
        let atLeast = { (v: IRValue) in self.b.select(self.b.icmp(.sgt, v, zero), v, zero) }
        switch method {
        case .bilinear:
            let clamped = b.select(b.fcmp(.olt, x, real(0)), real(0),
                                   b.select(b.fcmp(.ogt, x, real(Float(inSize - 1))), real(Float(inSize - 1)), x))
            let lower = b.fpToSI(clamped, context.int64)
            return .linear(lower: lower, upper: atMost(b.addNSW(lower, i64(1))), lerp: b.sub(clamped, b.siToFP(lower, f)))
        case .nearest:
            let rounded: IRValue
            switch rule.nearest {
            case .roundPreferFloor:
                // Halves down: onnxruntime's `x == (int64)x + 0.5 ? floor(x) : round(x)`.
                let half = b.fcmp(.oeq, x, b.add(try intrinsic("llvm.trunc", f, [x]), real(0.5)))
                rounded = b.select(half, try intrinsic("llvm.floor", f, [x]), try intrinsic("llvm.round", f, [x]))
            case .roundPreferCeil:
                rounded = try intrinsic("llvm.round", f, [x])
            case .floor:
                rounded = try intrinsic("llvm.floor", f, [x])
            case .ceil:
                rounded = try intrinsic("llvm.ceil", f, [x])
            case .legacy:
                rounded = try intrinsic(scale < 1 ? "llvm.ceil" : "llvm.trunc", f, [x])
            }
            return .nearest(atLeast(atMost(b.fpToSI(rounded, context.int64))))
        }
    }

    /// Visits every output pixel `(n, oy, ox)` with its row and column taps (computed once per
    /// row and per column) and the offset of its channel row in the output.
    private func forEachResizedPixel(_ r: ResizeAttributes, input xs: [Int],
                                     _ body: (_ n: IRValue, _ row: ResizeTap, _ column: ResizeTap, _ out: IRValue) throws -> Void,
                                     perImage: (_ n: IRValue, _ pixels: () throws -> Void) throws -> Void = { try $1() }) throws {
        try batchLoop(xs[0], "n") { ni in
            let pixels = {
                try self.loop(r.height, "oy") { oy in
                    let row = try self.resizeTap(oy, r, in: xs[1], out: r.height, vertical: true)
                    try self.loop(r.width, "ox") { ox in
                        let column = try self.resizeTap(ox, r, in: xs[2], out: r.width, vertical: false)
                        let pixel = self.b.addNSW(self.b.mulNSW(self.b.addNSW(self.b.mulNSW(ni, self.i64(r.height)), oy), self.i64(r.width)), ox)
                        try body(ni, row, column, self.b.mulNSW(pixel, self.i64(xs[3])))
                    }
                }
            }
            try perImage(ni, pixels)
        }
    }

    /// The four (or one) input channel rows an output pixel reads, with their weights
    /// `(1-yl)(1-xl), (1-yl)xl, yl(1-xl), yl·xl` in float32 (nil for nearest: weight 1).
    private func resizeSources(_ ni: IRValue, _ row: ResizeTap, _ column: ResizeTap, input xs: [Int]) -> [(offset: IRValue, weight: (IRValue, IRValue)?)] {
        let base = { (y: IRValue, x: IRValue) in
            self.b.mulNSW(self.b.addNSW(self.b.mulNSW(self.b.addNSW(self.b.mulNSW(ni, self.i64(xs[1])), y), self.i64(xs[2])), x), self.i64(xs[3]))
        }
        switch (row, column) {
        case let (.nearest(y), .nearest(x)):
            return [(base(y, x), nil)]
        case let (.linear(y0, y1, yl), .linear(x0, x1, xl)):
            let one = context.constant(context.float32, real: 1)
            let (iy, ix) = (b.sub(one, yl), b.sub(one, xl))
            return [(base(y0, x0), (iy, ix)), (base(y0, x1), (iy, xl)), (base(y1, x0), (yl, ix)), (base(y1, x1), (yl, xl))]
        default:
            return []
        }
    }

    /// `ResizeBilinear` / `ResizeNearestNeighbor` (NHWC): per output pixel, the channel row is
    /// copied (nearest) or interpolated from four input rows as TensorFlow does,
    /// `top = tl + (tr - tl)·xl`, `bottom = bl + (br - bl)·xl`, `top + (bottom - top)·yl`,
    /// contiguous in the channels; parallel over images.
    func emitResize(_ n: Node, _ r: ResizeAttributes) throws {
        let xs = graph[n.inputs[0]].shape ?? []
        let dtype = n.types[0].dtype
        let x = try pointer(of: n.inputs[0]), out = try outputPointer
        try forEachResizedPixel(r, input: xs) { ni, row, column, o in
            emitResizedChannels(dtype, from: x, resizeSources(ni, row, column, input: xs), row, column, channels: xs[3], to: out, at: o)
            try emitEpilogue(start: o, count: xs[3])
        }
    }

    /// One output pixel's channel row: copied (nearest) or interpolated from the four `sources`.
    private func emitResizedChannels(_ dtype: DType, from x: IRValue, _ sources: [(offset: IRValue, weight: (IRValue, IRValue)?)],
                                     _ row: ResizeTap, _ column: ResizeTap, channels: Int, to out: IRValue, at o: IRValue) {
        loop(channels, "c") { c in
            let v = sources.map { load(dtype, x, b.addNSW($0.offset, c)) }
            if case let (.linear(_, _, yl), .linear(_, _, xl)) = (row, column), v.count == 4 {
                let top = b.add(v[0], b.mul(b.sub(v[1], v[0]), xl)), bottom = b.add(v[2], b.mul(b.sub(v[3], v[2]), xl))
                store(dtype, b.add(top, b.mul(b.sub(bottom, top), yl)), out, b.addNSW(o, c))
            } else if let value = v.first {
                store(dtype, value, out, b.addNSW(o, c))
            }
        }
    }

    /// Pixel `pixel` (`(n·H + oy)·W + ox` of the resized image) of the resize `n` that a
    /// concatenation absorbed (`Kernel.absorbed`): its channels, computed from the resize's input
    /// exactly as `emitResize` computes them, stored at `out[at...]`.
    func emitAbsorbedResize(_ n: Node, pixel: IRValue, to out: IRValue, at: IRValue) throws {
        guard case .resize(let r) = n.op else { throw CodegenError("node '\(n.name)' (\(n.op.name)) is not a resize") }
        let xs = graph[n.inputs[0]].shape ?? []
        let x = try pointer(of: n.inputs[0])
        let ox = b.remainder(pixel, i64(r.width), signed: false), rest = b.div(pixel, i64(r.width))
        let oy = b.remainder(rest, i64(r.height), signed: false), ni = b.div(rest, i64(r.height))
        let row = try resizeTap(oy, r, in: xs[1], out: r.height, vertical: true)
        let column = try resizeTap(ox, r, in: xs[2], out: r.width, vertical: false)
        emitResizedChannels(n.types[0].dtype, from: x, resizeSources(ni, row, column, input: xs), row, column, channels: xs[3], to: out, at: at)
    }

    /// The gradients: each image's dx is zeroed, then every dy element is added to the input
    /// pixels it was computed from, times the forward weight (TensorFlow's `dy·(1-yl)·(1-xl)`, ...).
    func emitResizeGrad(_ n: Node, _ r: ResizeAttributes, inputShape xs: [Int]) throws {
        let dtype = n.types[0].dtype
        let dy = try pointer(of: n.inputs[0]), dx = try outputPointer
        let image = xs[1] * xs[2] * xs[3]
        let body = { (ni: IRValue, row: ResizeTap, column: ResizeTap, o: IRValue) throws in
            let sources = self.resizeSources(ni, row, column, input: xs)
            self.loop(xs[3], "c") { c in
                let g = self.load(dtype, dy, self.b.addNSW(o, c))
                for (offset, weight) in sources {
                    let at = self.b.addNSW(offset, c)
                    let term = weight.map { self.b.mul(self.b.mul(g, $0.0), $0.1) } ?? g
                    self.store(dtype, self.b.add(self.load(dtype, dx, at), term), dx, at)
                }
            }
        }
        try forEachResizedPixel(r, input: xs, body) { ni, pixels in
            let start = b.mulNSW(ni, i64(image))
            zeroFill(dtype, dx, start: start, count: image)
            try pixels()
            try emitEpilogue(start: start, count: image)
        }
    }
}
