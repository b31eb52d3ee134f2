import GraphIR

// The gradients of Conv2D as the literal adjoint of `conv2D`'s loop nest: the same visit of every
// (output element, filter tap, input channel) with a valid input position, each product's
// contribution sent back to the operand being differentiated.

/// `(filter, dy) -> dx` of `inputShape`.
func conv2DBackpropInput(_ filter: Tensor, _ dy: Tensor, _ a: Conv2DAttributes, inputShape: [Int]) throws -> Tensor {
    let x = Image(shape: inputShape, format: a.dataFormat)
    let weights = doubles(filter)
    var dx = Array(repeating: 0.0, count: x.count)
    try convAdjoint(x, filter.shape, dy, a) { xAt, wAt, g in dx[xAt] += g * weights[wAt] }
    return try tensor(dy.dtype, inputShape, doubles: dx)
}

/// `(x, dy) -> dFilter` of `filterShape`.
func conv2DBackpropFilter(_ input: Tensor, _ dy: Tensor, _ a: Conv2DAttributes, filterShape: [Int]) throws -> Tensor {
    let x = Image(shape: input.shape, format: a.dataFormat)
    let values = doubles(input)
    var dw = Array(repeating: 0.0, count: filterShape.reduce(1, *))
    try convAdjoint(x, filterShape, dy, a) { xAt, wAt, g in dw[wAt] += g * values[xAt] }
    return try tensor(dy.dtype, filterShape, doubles: dw)
}

/// Walks `conv2D`'s loop nest for input geometry `x` and a filter of `filterShape`, calling
/// `visit(input offset, filter offset, dy value)` for every product the forward pass sums.
private func convAdjoint(_ x: Image, _ filterShape: [Int], _ dy: Tensor, _ a: Conv2DAttributes,
                         _ visit: (Int, Int, Double) -> Void) throws {
    guard filterShape.count == 4, filterShape[2] > 0, x.c % filterShape[2] == 0, filterShape[3] % (x.c / filterShape[2]) == 0 else {
        throw ReferenceError("filter \(filterShape) does not match \(x.c) channels")
    }
    let (kh, kw, kc, f) = (filterShape[0], filterShape[1], filterShape[2], filterShape[3])
    let groupFilters = f / (x.c / kc)
    let gh = try AxisGeometry(input: x.h, window: kh, stride: a.strideH, dilation: a.dilationH, padding: a.padding, isHeight: true)
    let gw = try AxisGeometry(input: x.w, window: kw, stride: a.strideW, dilation: a.dilationW, padding: a.padding, isHeight: false)
    let out = Image(format: a.dataFormat, n: x.n, h: gh.output, w: gw.output, c: f)
    guard out.shape == dy.shape else { throw ReferenceError("dy has shape \(formatShape(dy.shape)), expected \(formatShape(out.shape))") }
    let grads = doubles(dy)
    for (b, oy, ox, oc) in out.positions {
        let g = grads[out.offset(b, oy, ox, oc)]
        for ky in 0..<kh {
            let iy = oy * gh.stride - gh.padBefore + ky * gh.dilation
            guard iy >= 0, iy < x.h else { continue }
            for kx in 0..<kw {
                let ix = ox * gw.stride - gw.padBefore + kx * gw.dilation
                guard ix >= 0, ix < x.w else { continue }
                for ic in 0..<kc {
                    visit(x.offset(b, iy, ix, oc / groupFilters * kc + ic), ((ky * kw + kx) * kc + ic) * f + oc, g)
                }
            }
        }
    }
}
