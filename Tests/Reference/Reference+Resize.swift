import GraphIR

// Image resizing by TensorFlow's rules (core/kernels/image/resize_*_op.cc) or ONNX's
// (onnxruntime's core/providers/cpu/tensor/upsample*), coordinates in float32 as each runtime
// computes them, so every index and weight is the one that runtime picks.

/// How one axis of `outSize` outputs maps onto `inSize` inputs.
struct ResizeAxis {
    let scale: Float
    let r: ResizeAttributes
    let inSize: Int, outSize: Int
    /// ONNX's scale of this axis (unused by TensorFlow's rule).
    let onnxScale: Float

    init(_ r: ResizeAttributes, in inSize: Int, out outSize: Int, vertical: Bool) {
        self.r = r
        self.inSize = inSize
        self.outSize = outSize
        scale = r.alignCorners && outSize > 1 ? Float(inSize - 1) / Float(outSize - 1) : Float(inSize) / Float(outSize)
        switch r.rule {
        case .tensorFlow: onnxScale = 1
        case .onnx(let o): onnxScale = vertical ? o.scaleH : o.scaleW
        }
    }

    /// Bilinear: the two input indices around output `o` and the weight of the upper one.
    func linear(_ o: Int) -> (lower: Int, upper: Int, lerp: Float) {
        switch r.rule {
        case .tensorFlow:
            let x = r.halfPixelCenters ? (Float(o) + 0.5) * scale - 0.5 : Float(o) * scale
            let f = x.rounded(.down)
            return (max(Int(f), 0), min(Int(x.rounded(.up)), inSize - 1), x - f)
        case .onnx(let rule):
            let x = min(max(onnxCoordinate(o, rule), 0), Float(inSize - 1))
            let lower = Int(x)
            return (lower, min(lower + 1, inSize - 1), x - Float(lower))
        }
    }

    /// Nearest: the input index of output `o` (TensorFlow: half-pixel centres without the -0.5).
    func nearest(_ o: Int) -> Int {
        switch r.rule {
        case .tensorFlow:
            let x = r.halfPixelCenters ? (Float(o) + 0.5) * scale : Float(o) * scale
            let i = min(Int(r.alignCorners ? x.rounded(.toNearestOrAwayFromZero) : x.rounded(.down)), inSize - 1)
            return r.halfPixelCenters ? max(i, 0) : i
        case .onnx(let rule):
            let x = onnxCoordinate(o, rule)
            let rounded: Float
            switch rule.nearest {
            case .roundPreferFloor:
                rounded = x == x.rounded(.towardZero) + 0.5 ? x.rounded(.down) : x.rounded(.toNearestOrAwayFromZero)
            case .roundPreferCeil: rounded = x.rounded(.toNearestOrAwayFromZero)
            case .floor: rounded = x.rounded(.down)
            case .ceil: rounded = x.rounded(.up)
            case .legacy: rounded = onnxScale < 1 ? x.rounded(.up) : x.rounded(.towardZero)
            }
            return max(min(Int(rounded), inSize - 1), 0)
        }
    }

    /// ONNX's input coordinate of output `o` (onnxruntime's `get_original_coordinate`).
    private func onnxCoordinate(_ o: Int, _ rule: ONNXResizeRule) -> Float {
        let (x, s) = (Float(o), onnxScale)
        guard s != 1 else { return x }
        switch rule.coordinates {
        case .halfPixel: return (x + 0.5) / s - 0.5
        case .pytorchHalfPixel: return outSize > 1 ? (x + 0.5) / s - 0.5 : 0
        case .asymmetric: return x / s
        case .tfHalfPixelForNN: return (x + 0.5) / s
        case .alignCorners: return outSize == 1 ? 0 : x * Float(inSize - 1) / Float(outSize - 1)
        case .halfPixelSymmetric:
            let adjustment = Float(outSize) / (s * Float(inSize))
            let offset = Float(inSize) / 2 * (1 - adjustment)
            return Float(Double(offset) + (Double(o) + 0.5) / Double(s) - 0.5)
        }
    }
}

/// Every (output pixel, input pixel, weight) the resize sums, for images `[n, h, w, c]` -> `[n, r.height, r.width, c]`.
private func resizeTaps(_ r: ResizeAttributes, _ xs: [Int], _ visit: (_ out: Int, _ input: Int, _ weight: Double) -> Void) {
    let (n, h, w, c) = (xs[0], xs[1], xs[2], xs[3])
    let ay = ResizeAxis(r, in: h, out: r.height, vertical: true), ax = ResizeAxis(r, in: w, out: r.width, vertical: false)
    for b in 0..<n {
        for oy in 0..<r.height {
            for ox in 0..<r.width {
                let outBase = ((b * r.height + oy) * r.width + ox) * c
                var taps: [(Int, Int, Double)] = []
                switch r.method {
                case .nearest:
                    taps = [(ay.nearest(oy), ax.nearest(ox), 1)]
                case .bilinear:
                    let (y0, y1, yl) = ay.linear(oy), (x0, x1, xl) = ax.linear(ox)
                    let (wy, wx) = (Double(yl), Double(xl))
                    taps = [(y0, x0, (1 - wy) * (1 - wx)), (y0, x1, (1 - wy) * wx), (y1, x0, wy * (1 - wx)), (y1, x1, wy * wx)]
                }
                for (iy, ix, weight) in taps {
                    let inBase = ((b * h + iy) * w + ix) * c
                    for ch in 0..<c { visit(outBase + ch, inBase + ch, weight) }
                }
            }
        }
    }
}

func resize(_ x: Tensor, _ r: ResizeAttributes) throws -> Tensor {
    let shape = [x.shape[0], r.height, r.width, x.shape[3]]
    let count = shape.reduce(1, *)
    if r.method == .nearest, x.dtype.isInteger {
        let values = int64s(x)
        var out = Array(repeating: Int64(0), count: count)
        resizeTaps(r, x.shape) { o, i, _ in out[o] = values[i] }
        return try tensor(x.dtype, shape, int64s: out)
    }
    let values = doubles(x)
    var out = Array(repeating: 0.0, count: count)
    resizeTaps(r, x.shape) { o, i, weight in out[o] += weight * values[i] }
    return try tensor(x.dtype, shape, doubles: out)
}

/// The adjoint: each output gradient goes back to the input pixels with the forward weights.
func resizeGrad(_ dy: Tensor, _ r: ResizeAttributes, inputShape: [Int]) throws -> Tensor {
    let g = doubles(dy)
    var dx = Array(repeating: 0.0, count: inputShape.reduce(1, *))
    resizeTaps(r, inputShape) { o, i, weight in dx[i] += weight * g[o] }
    return try tensor(dy.dtype, inputShape, doubles: dx)
}
