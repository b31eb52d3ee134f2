import GraphIR

/// Max or average pooling over each channel separately.
///
/// Padding never contributes: max ignores padded positions, and average divides by the number of
/// real (non-padded) elements in the window, as TensorFlow's SAME average pooling does.
func pool(_ input: Tensor, _ a: PoolAttributes) throws -> Tensor {
    guard input.shape.count == 4 else { throw ReferenceError("\(a.kind) pooling takes a rank-4 input") }
    let x = Image(shape: input.shape, format: a.dataFormat)
    let gh = try AxisGeometry(input: x.h, window: a.windowH, stride: a.strideH, padding: a.padding, isHeight: true)
    let gw = try AxisGeometry(input: x.w, window: a.windowW, stride: a.strideW, padding: a.padding, isHeight: false)
    let out = Image(format: a.dataFormat, n: x.n, h: gh.output, w: gw.output, c: x.c)
    let values = doubles(input)

    let result = try out.positions.map { b, oy, ox, ch -> Double in
        var window: [Double] = []
        for dy in 0..<a.windowH {
            let iy = oy * gh.stride - gh.padBefore + dy
            guard iy >= 0, iy < x.h else { continue }
            for dx in 0..<a.windowW {
                let ix = ox * gw.stride - gw.padBefore + dx
                guard ix >= 0, ix < x.w else { continue }
                window.append(values[x.offset(b, iy, ix, ch)])
            }
        }
        // Only explicit padding wider than the window can leave a window with no real element.
        guard let first = window.first else {
            throw ReferenceError("pooling window at output (\(oy), \(ox)) covers only padding")
        }
        switch a.kind {
        case .max: return window.dropFirst().reduce(first, maxPropagatingNaN)
        case .avg: return window.reduce(0, +) / Double(window.count)
        }
    }
    return try tensor(input.dtype, out.shape, doubles: result)
}
