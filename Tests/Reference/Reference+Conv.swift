import GraphIR

/// A rank-4 activation tensor addressed as (n, h, w, c) whatever its layout.
struct Image {
    var format: DataFormat
    var n: Int, h: Int, w: Int, c: Int

    init(shape: [Int], format: DataFormat) {
        let ax = format.axes
        self.format = format
        (n, h, w, c) = (shape[ax.n], shape[ax.h], shape[ax.w], shape[ax.c])
    }

    init(format: DataFormat, n: Int, h: Int, w: Int, c: Int) {
        self.format = format
        (self.n, self.h, self.w, self.c) = (n, h, w, c)
    }

    var shape: [Int] { format == .nhwc ? [n, h, w, c] : [n, c, h, w] }
    var count: Int { n * h * w * c }

    /// Flat row-major position of element (b, y, x, ch).
    func offset(_ b: Int, _ y: Int, _ x: Int, _ ch: Int) -> Int {
        switch format {
        case .nhwc: return ((b * h + y) * w + x) * c + ch
        case .nchw: return ((b * c + ch) * h + y) * w + x
        }
    }

    /// Every (b, y, x, ch) of the tensor, in row-major order of its layout.
    var positions: [(b: Int, y: Int, x: Int, ch: Int)] {
        (0..<count).map { flat in
            let i = multiIndex(flat, shape)
            return format == .nhwc ? (i[0], i[1], i[2], i[3]) : (i[0], i[2], i[3], i[1])
        }
    }
}

/// 2-D convolution; the filter is HWIO `[KH, KW, C, F]` for both data formats.
func conv2D(_ input: Tensor, filter stored: Tensor, _ a: Conv2DAttributes) throws -> Tensor {
    let filter = try hwioFilter(stored, a)
    guard input.shape.count == 4, filter.shape.count == 4 else {
        throw ReferenceError("Conv2D takes a rank-4 input and a rank-4 filter")
    }
    let x = Image(shape: input.shape, format: a.dataFormat)
    let (kh, kw, kc, f) = (filter.shape[0], filter.shape[1], filter.shape[2], filter.shape[3])
    // Grouped (TensorFlow's rule): kc channels per group, f / groups filters per group.
    guard kc > 0, x.c % kc == 0, f % (x.c / kc) == 0 else {
        throw ReferenceError("input has \(x.c) channels, the filter expects \(kc) per group")
    }
    let groupFilters = f / (x.c / kc)
    let gh = try AxisGeometry(input: x.h, window: kh, stride: a.strideH, dilation: a.dilationH,
                              padding: a.padding, isHeight: true)
    let gw = try AxisGeometry(input: x.w, window: kw, stride: a.strideW, dilation: a.dilationW,
                              padding: a.padding, isHeight: false)
    let out = Image(format: a.dataFormat, n: x.n, h: gh.output, w: gw.output, c: f)
    let (values, weights) = (doubles(input), doubles(filter))

    let result = out.positions.map { b, oy, ox, oc -> Double in
        var sum = 0.0
        for dy in 0..<kh {
            // Input row under filter row dy; rows outside the input are zero padding.
            let iy = oy * gh.stride - gh.padBefore + dy * gh.dilation
            guard iy >= 0, iy < x.h else { continue }
            for dx in 0..<kw {
                let ix = ox * gw.stride - gw.padBefore + dx * gw.dilation
                guard ix >= 0, ix < x.w else { continue }
                for ic in 0..<kc {
                    let channel = oc / groupFilters * kc + ic
                    sum += values[x.offset(b, iy, ix, channel)] * weights[((dy * kw + dx) * kc + ic) * f + oc]
                }
            }
        }
        return sum
    }
    return try tensor(input.dtype, out.shape, doubles: result)
}

/// The HWIO filter of a convolution whose filter may be packed `[ceil(F/k), KH, KW, C, k]`.
func hwioFilter(_ stored: Tensor, _ a: Conv2DAttributes) throws -> Tensor {
    guard a.filterBlock > 0 else { return stored }
    guard let shape = a.hwioFilterShape(stored.shape) else {
        throw ReferenceError("a filter packed in blocks of \(a.filterBlock) cannot have shape \(stored.shape)")
    }
    let (kh, kw, c, f, k) = (shape[0], shape[1], shape[2], shape[3], a.filterBlock)
    var values = [Double](repeating: 0, count: kh * kw * c * f)  // without the padding filters
    for i in 0..<kh { for j in 0..<kw { for ci in 0..<c { for fi in 0..<f {
        let packed = (((fi / k * kh + i) * kw + j) * c + ci) * k + fi % k
        values[((i * kw + j) * c + ci) * f + fi] = stored.double(at: packed)
    } } } }
    return stored.dtype == .float64 ? Tensor(shape: shape, doubles: values) : Tensor(shape: shape, floats: values.map { Float($0) })
}
