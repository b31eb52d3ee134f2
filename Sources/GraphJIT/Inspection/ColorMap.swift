import GraphIR

/// Colour scales for heat maps. Each is a few colour stops; the colour of a value between two
/// stops is linear in between. The colours are computed by generated code (`Heatmap`): Swift only
/// describes the stops.
public enum ColorMap: String, CaseIterable, Sendable {
    /// Black through purple and orange to pale yellow: magnitudes (saliency, receptive fields).
    case inferno
    /// Dark blue through teal to yellow, perceptually even: activations, hypercolumn components.
    case viridis
    /// Black to white: images, and filters as nolearn's `plot_conv_weights` shows them.
    case gray
    /// Blue through white to red, white at the middle: signed values on a symmetric range.
    case diverging

    /// (position in [0, 1], red, green, blue in [0, 1]), positions increasing from 0 to 1.
    var stops: [(at: Double, r: Double, g: Double, b: Double)] {
        func hex(_ at: Double, _ v: Int) -> (at: Double, r: Double, g: Double, b: Double) {
            (at, Double((v >> 16) & 255) / 255, Double((v >> 8) & 255) / 255, Double(v & 255) / 255)
        }
        switch self {
        case .inferno:
            return [hex(0, 0x000004), hex(0.25, 0x57106E), hex(0.5, 0xBC3754), hex(0.75, 0xF98E09), hex(1, 0xFCFFA4)]
        case .viridis:
            return [hex(0, 0x440154), hex(0.25, 0x3B528B), hex(0.5, 0x21918C), hex(0.75, 0x5EC962), hex(1, 0xFDE725)]
        case .gray:
            return [hex(0, 0x000000), hex(1, 0xFFFFFF)]
        case .diverging:
            return [hex(0, 0x2166AC), hex(0.25, 0x92C5DE), hex(0.5, 0xF7F7F7), hex(0.75, 0xF4A582), hex(1, 0xB2182B)]
        }
    }
}

/// Which values the ends of the colour scale stand for.
public enum ColorRange: Sendable, Equatable {
    /// The smallest value to the largest.
    case data
    /// Zero to the largest value (magnitudes: saliency, gradients' absolute values).
    case fromZero
    /// -m to m with m the largest absolute value, zero at the middle (weights, signed gradients).
    case symmetric
    /// Fixed ends (probabilities: 0 to 1).
    case fixed(Double, Double)
}

/// Values as colours, with the values the colour scale's ends stand for.
public struct ColoredImage: Sendable {
    /// int32 `[..., H * magnify, W * magnify, 3]`, each channel 0 to 255.
    public var rgb: Tensor
    /// The values of the scale's two ends.
    public var low: Double, high: Double
}

/// Heat maps as generated code: the range reduction, the scaling to [0, 1], the enlargement
/// (nearest neighbour, so each value stays a crisp square) and the colour stops are one small
/// graph compiled for the values' shape.
public enum Heatmap {
    /// Colours `values` (float, rank 2 or more: `[..., H, W]`, each trailing H x W plane an image;
    /// the range spans all of them, so the planes are comparable).
    public static func colors(_ values: Tensor, map: ColorMap, range: ColorRange = .data, magnify: Int = 1) throws -> ColoredImage {
        let shape = values.shape
        guard shape.count >= 2, values.dtype.isFloatingPoint else {
            throw GraphJITError("a heat map needs a float tensor of rank 2 or more, got \(values.dtype)\(formatShape(shape))")
        }
        guard (1...64).contains(magnify) else { throw GraphJITError("a heat map's magnification must be 1 to 64, not \(magnify)") }
        let h = shape[shape.count - 2], w = shape[shape.count - 1]
        let planes = shape.dropLast(2).reduce(1, *)
        var g = Graph()
        let x = try g.add("values", .placeholder(dtype: values.dtype, shape: shape))
        let flat = try g.add("flat", .cast(.float32), [x])
        let (t, _, _) = try appendScaling(flat, range: range, rank: shape.count, to: &g)  // outputs "low", "high"
        let image = try appendMagnified(try g.add("planes", .reshape([planes, h, w, 1]), [t]), magnify: magnify, to: &g)
        let pixels = planes * h * w * magnify * magnify
        let rgb = try appendColorStops(map, to: &g, t: try g.add("column", .reshape([pixels, 1]), [image]))
        try g.add("rgb", .reshape(Array(shape.dropLast(2)) + [h * magnify, w * magnify, 3]), [rgb])
        let compiled = try Model(graph: g).compile(outputs: ["rgb", "low", "high"], options: CompileOptions(optimizationLevel: 2))
        let out = try compiled.run([values])
        return ColoredImage(rgb: out[0], low: out[1].double(at: 0), high: out[2].double(at: 0))
    }

    /// The colour scale itself as a picture one pixel wide: int32 `[steps, 1, 3]`, the high end
    /// at the top (row 0), as a colour bar beside a heat map stands.
    public static func colorBar(_ map: ColorMap, steps: Int = 256) throws -> Tensor {
        guard steps >= 2 else { throw GraphJITError("a colour bar needs at least 2 steps") }
        var g = Graph()
        let t = try g.add("t", .range(start: 1, delta: -1 / Double(steps - 1), count: steps, dtype: .float32))
        let rgb = try appendColorStops(map, to: &g, t: try g.add("column", .reshape([steps, 1]), [t]))
        try g.add("bar", .reshape([steps, 1, 3]), [rgb])
        return try Model(graph: g).compile(outputs: ["bar"], options: CompileOptions(optimizationLevel: 2)).run([])[0]
    }

    /// `(x - low) / max(high - low, tiny)` for the ends `range` gives over all of `x` (rank `rank`):
    /// values scaled to [0, 1], with the ends. A constant image (or an all-zero gradient) maps to
    /// the low end, not to NaN.
    static func appendScaling(_ x: Value, range: ColorRange, rank: Int, to g: inout Graph) throws -> (t: Value, low: Value, high: Value) {
        let all = Array(0..<rank)
        let low: Value, high: Value
        switch range {
        case .data:
            low = try g.add("low", .reduce(.min, axes: all, keepDims: false), [x])
            high = try g.add("high", .reduce(.max, axes: all, keepDims: false), [x])
        case .fromZero:
            low = try g.add("low", .constant(Tensor(shape: [], floats: [0])))
            high = try g.add("high", .reduce(.max, axes: all, keepDims: false), [x])
        case .symmetric:
            let magnitude = try g.add("abs", .unary(.abs), [x])
            high = try g.add("high", .reduce(.max, axes: all, keepDims: false), [magnitude])
            low = try g.add("low", .unary(.neg), [high])
        case let .fixed(a, b):
            low = try g.add("low", .constant(Tensor(shape: [], floats: [Float(a)])))
            high = try g.add("high", .constant(Tensor(shape: [], floats: [Float(b)])))
        }
        let span = try g.add("span", .binary(.maximum), [try g.add("width", .binary(.sub), [high, low]),
                                                         try g.add("tiny", .constant(Tensor(shape: [], floats: [1e-30])))])
        let t = try g.add("t", .binary(.div), [try g.add("shifted", .binary(.sub), [x, low]), span])
        return (t, low, high)
    }

    /// NHWC `planes` enlarged `magnify` times by nearest neighbour: each value a crisp square.
    static func appendMagnified(_ planes: Value, magnify: Int, to g: inout Graph) throws -> Value {
        guard magnify > 1, let s = g[planes].shape, s.count == 4 else { return planes }
        return try g.add("magnified", .resize(ResizeAttributes(method: .nearest, height: s[1] * magnify, width: s[2] * magnify)), [planes])
    }

    /// `t` `[P, 1]` in [0, 1] (clamped) to int32 `[P, 3]`: with stops at a_0 = 0 < a_1 < ... < a_K = 1
    /// of colours c_k, colour(t) = c_0 + sum_k clamp((t - a_k) / (a_{k+1} - a_k), 0, 1) (c_{k+1} - c_k):
    /// one matrix product of the clamped ramps with the colour steps.
    static func appendColorStops(_ map: ColorMap, to g: inout Graph, t: Value) throws -> Value {
        let stops = map.stops
        let segments = stops.count - 1
        let starts = (0..<segments).map { Float(stops[$0].at) }
        let scales = (0..<segments).map { Float(1 / (stops[$0 + 1].at - stops[$0].at)) }
        var steps: [Float] = []
        for k in 0..<segments {
            steps += [stops[k + 1].r - stops[k].r, stops[k + 1].g - stops[k].g, stops[k + 1].b - stops[k].b].map { Float($0 * 255) }
        }
        let first = [stops[0].r, stops[0].g, stops[0].b].map { Float($0 * 255) }
        func const(_ name: String, _ shape: [Int], _ v: [Float]) throws -> Value {
            try g.add(g.uniqueName("colormap/" + name), .constant(Tensor(shape: shape, floats: v)))
        }
        let ramp = try g.add(g.uniqueName("colormap/ramp"), .binary(.mul), [
            try g.add(g.uniqueName("colormap/offset"), .binary(.sub), [t, try const("starts", [segments], starts)]),
            try const("scales", [segments], scales)])
        let clamped = try g.add(g.uniqueName("colormap/clamped"), .binary(.minimum), [
            try g.add(g.uniqueName("colormap/positive"), .binary(.maximum), [ramp, try const("zero", [], [0])]),
            try const("one", [], [1])])
        let mixed = try g.add(g.uniqueName("colormap/mixed"), .matMul(transposeA: false, transposeB: false),
                              [clamped, try const("steps", [segments, 3], steps)])
        let colour = try g.add(g.uniqueName("colormap/colour"), .binary(.add), [mixed, try const("first", [3], first)])
        let rounded = try g.add(g.uniqueName("colormap/rounded"), .unary(.floor), [
            try g.add(g.uniqueName("colormap/plus_half"), .binary(.add), [colour, try const("half", [], [0.5])])])
        return try g.add(g.uniqueName("colormap/rgb"), .cast(.int32), [rounded])
    }
}

extension Heatmap {
    /// An image as the network sees it, for showing beside a map: `[H, W, 1]` (or `[H, W]`) in grey,
    /// `[..., H, W, 3]` as RGB (several pictures sharing one range, such as RGB filters), each
    /// scaled from the smallest to the largest value (a network's input is rarely 0-255: MNIST is
    /// [0, 1), Keras' VGG16 takes mean-subtracted BGR).
    public static func picture(_ image: Tensor, magnify: Int = 1) throws -> Tensor {
        var shape = image.shape
        if shape.count == 4, shape[0] == 1, shape[3] == 1 { shape.removeFirst() }
        if (shape.count == 3 && shape[2] == 1) || shape.count == 2 {
            return try colors(try image.reshaped(Array(shape.prefix(2))), map: .gray, range: .data, magnify: magnify).rgb
        }
        guard shape.count >= 3, shape.last == 3, image.dtype.isFloatingPoint, (1...64).contains(magnify) else {
            throw GraphJITError("a picture is [H, W], [H, W, 1] or [..., H, W, 3] floats, got \(image.dtype)\(formatShape(image.shape))")
        }
        let h = shape[shape.count - 3], w = shape[shape.count - 2], planes = shape.dropLast(3).reduce(1, *)
        var g = Graph()
        let x = try g.add("image", .placeholder(dtype: image.dtype, shape: image.shape))
        let flat = try g.add("float", .cast(.float32), [x])
        let (scaled, _, _) = try appendScaling(flat, range: .data, rank: image.shape.count, to: &g)
        let levels = try g.add("levels", .binary(.mul), [scaled, try g.add("c255", .constant(Tensor(shape: [], floats: [255])))])
        let t = try appendMagnified(try g.add("nhwc", .reshape([planes, h, w, 3]), [levels]), magnify: magnify, to: &g)
        let rounded = try g.add("rounded", .unary(.floor), [try g.add("half", .binary(.add), [t, try g.add("c05", .constant(Tensor(shape: [], floats: [0.5])))])])
        try g.add("rgb", .reshape(Array(shape.dropLast(3)) + [h * magnify, w * magnify, 3]), [try g.add("int", .cast(.int32), [rounded])])
        return try Model(graph: g).compile(outputs: ["rgb"], options: CompileOptions(optimizationLevel: 2)).run([image])[0]
    }

    /// A magnification that shows a `size`-pixel side at about `target` points, crisp.
    public static func magnification(for size: Int, target: Int = 240) -> Int {
        max(1, min(64, target / max(size, 1)))
    }
}
