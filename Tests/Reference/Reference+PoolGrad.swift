import GraphIR

// Pooling gradients as the adjoint of `pool`'s loop nest (same windows, padding skipped).

/// `(x, dy) -> dx`: each window's gradient goes to its first maximum in row-major window order,
/// found from x (TensorFlow's CPU kernel; the pooled output is not needed). NaN counts as the
/// maximum, the first NaN winning. A window of padding only passes nothing on.
func maxPoolGrad(_ input: Tensor, _ dy: Tensor, _ a: PoolAttributes) throws -> Tensor {
    let values = doubles(input)
    var dx = Array(repeating: 0.0, count: input.elementCount)
    try poolAdjoint(Image(shape: input.shape, format: a.dataFormat), dy, a) { window, g in
        guard var best = window.first else { return }
        for at in window.dropFirst() where values[at] > values[best] || (values[at].isNaN && !values[best].isNaN) {
            best = at
        }
        dx[best] += g
    }
    return try tensor(input.dtype, input.shape, doubles: dx)
}

/// `dy -> dx`: each window's gradient divided by its number of real elements (the forward
/// pass's divisor), added to each of them.
func avgPoolGrad(_ dy: Tensor, _ a: PoolAttributes, inputShape: [Int]) throws -> Tensor {
    var dx = Array(repeating: 0.0, count: inputShape.reduce(1, *))
    try poolAdjoint(Image(shape: inputShape, format: a.dataFormat), dy, a) { window, g in
        for at in window { dx[at] += g / Double(window.count) }
    }
    return try tensor(dy.dtype, inputShape, doubles: dx)
}

/// For every pooled output: the input offsets of its window (row-major, padding skipped) and its dy.
private func poolAdjoint(_ x: Image, _ dy: Tensor, _ a: PoolAttributes, _ visit: ([Int], Double) -> Void) throws {
    let gh = try AxisGeometry(input: x.h, window: a.windowH, stride: a.strideH, padding: a.padding, isHeight: true)
    let gw = try AxisGeometry(input: x.w, window: a.windowW, stride: a.strideW, padding: a.padding, isHeight: false)
    let out = Image(format: a.dataFormat, n: x.n, h: gh.output, w: gw.output, c: x.c)
    guard out.shape == dy.shape else { throw ReferenceError("dy has shape \(formatShape(dy.shape)), expected \(formatShape(out.shape))") }
    let grads = doubles(dy)
    for (b, oy, ox, ch) in out.positions {
        var window: [Int] = []
        for ky in 0..<a.windowH {
            let iy = oy * gh.stride - gh.padBefore + ky
            guard iy >= 0, iy < x.h else { continue }
            for kx in 0..<a.windowW {
                let ix = ox * gw.stride - gw.padBefore + kx
                guard ix >= 0, ix < x.w else { continue }
                window.append(x.offset(b, iy, ix, ch))
            }
        }
        visit(window, grads[out.offset(b, oy, ox, ch)])
    }
}
