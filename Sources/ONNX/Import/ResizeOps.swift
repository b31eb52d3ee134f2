import GraphIR

/// Resize (opset 10: scales; 11+: roi, scales or sizes; 18+: axes and keep_aspect_ratio_policy)
/// and Upsample (7: scales attribute; 9: scales input), nearest and linear, onto GraphIR's
/// `resize` with ONNX's rule (`ResizeRule.onnx`): the scales and sizes must be constants, since
/// they fix the output's shape, and only the last two axes may change size. A 4-D image is
/// resized as NHWC between transposes (`NCHWLayout`), like the other image ops, so the `layout`
/// pass can cancel them; other ranks are reshaped to `[rest, H, W, 1]` and back.
let resizeOps: [String: ONNXOp] = [
    "Resize": .single(1...4, ["mode", "coordinate_transformation_mode", "nearest_mode", "cubic_coeff_a", "exclude_outside",
                              "extrapolation_value", "antialias", "axes", "keep_aspect_ratio_policy"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        // Opset 10 has (X, scales) and asymmetric coordinates with onnxruntime's legacy rounding.
        let legacy = n.opset < 11
        let coordinates = legacy ? .asymmetric : try coordinateMode(n, try n.string("coordinate_transformation_mode", default: "half_pixel"))
        let nearest = legacy ? .legacy : try nearestMode(n, try n.string("nearest_mode", default: "round_prefer_floor"))
        _ = try n.float("cubic_coeff_a", default: -0.75)
        _ = try n.float("extrapolation_value", default: 0)  // read only by tf_crop_and_resize, refused below
        guard try n.int("exclude_outside", default: 0) == 0 else {
            throw n.fail("exclude_outside = 1 is not supported (it changes only cubic and antialiased weights)")
        }
        let axes = try (n.opset >= 18 ? try n.ints("axes") : nil).map { try $0.map { try n.axis($0, rank: r, what: "axes entry") } }
        if let axes, Set(axes).count != axes.count { throw n.fail("axes \(axes) repeat an axis") }
        let scalesInput = legacy ? 1 : 2
        let scales = try n.optionalInput(scalesInput).map { _ in try n.constantDoubles(scalesInput, what: "scales").map(Float.init) } ?? []
        let sizes = legacy ? [] : try n.optionalInput(3).map { _ in try n.constantInts(3, what: "sizes") } ?? []
        let plan: ResizePlan
        switch (scales.isEmpty, sizes.isEmpty) {
        case (false, true):
            plan = try ResizePlan(n, input: n.type(x).shape, scales: scales, axes: axes)
        case (true, false):
            plan = try ResizePlan(n, input: n.type(x).shape, sizes: sizes, axes: axes,
                                  policy: n.opset >= 18 ? try n.string("keep_aspect_ratio_policy", default: "stretch") : "stretch")
        case (false, false):
            throw n.fail("gives both scales and sizes; ONNX allows one")
        case (true, true):
            throw n.fail("gives neither scales nor sizes")
        }
        let method = try resizeMethod(n, try n.string("mode", default: "nearest"))
        if try n.int("antialias", default: 0) != 0, method == .bilinear, plan.scales.contains(where: { $0 < 1 }) {
            // Upsampling, the antialiasing filter is the linear one: only shrinking differs.
            throw n.fail("antialias = 1 when shrinking is not supported")
        }
        return try resized(&n, x, plan, method: method, coordinates: coordinates, nearest: nearest)
    },
    "Upsample": .single(1...2, ["mode", "scales"]) { n in
        let x = try n.input(0)
        let scales: [Float]
        if n.opset < 9 {
            guard let given = try n.floats("scales") else { throw n.fail("missing required attribute 'scales'") }
            scales = given.map(Float.init)
        } else {
            scales = try n.constantDoubles(1, what: "scales").map(Float.init)
        }
        guard scales.allSatisfy({ $0 >= 1 }) else { throw n.fail("scales \(scales) must be at least 1 (Upsample does not shrink)") }
        let plan = try ResizePlan(n, input: n.type(x).shape, scales: scales, axes: nil)
        let method = try resizeMethod(n, try n.string("mode", default: "nearest"))
        return try resized(&n, x, plan, method: method, coordinates: .asymmetric, nearest: .legacy)
    },
]

private func coordinateMode(_ n: ONNXNode, _ name: String) throws -> ONNXResizeRule.Coordinates {
    if let mode = ONNXResizeRule.Coordinates(rawValue: name) { return mode }
    if name == "tf_crop_and_resize" { throw n.fail("coordinate_transformation_mode 'tf_crop_and_resize' is not supported") }
    throw n.fail("coordinate_transformation_mode '\(name)' is not one of \(ONNXResizeRule.Coordinates.allCases.map(\.rawValue).joined(separator: ", ")), tf_crop_and_resize")
}

/// ONNX's four nearest modes (`legacy` is GraphIR's name for opset 10's rule, not one of them).
private func nearestMode(_ n: ONNXNode, _ name: String) throws -> ONNXResizeRule.Nearest {
    let modes: [ONNXResizeRule.Nearest] = [.roundPreferFloor, .roundPreferCeil, .floor, .ceil]
    guard let mode = modes.first(where: { $0.rawValue == name }) else {
        throw n.fail("nearest_mode '\(name)' is not one of \(modes.map(\.rawValue).joined(separator: ", "))")
    }
    return mode
}

/// GraphIR's method for ONNX's `mode`.
private func resizeMethod(_ n: ONNXNode, _ mode: String) throws -> ResizeMethod {
    switch mode {
    case "nearest": return .nearest
    case "linear", "bilinear": return .bilinear
    case "cubic": throw n.fail("mode 'cubic' is not supported (GraphJIT resizes with nearest and linear)")
    default: throw n.fail("mode '\(mode)' is not one of nearest, linear, cubic")
    }
}

/// The output shape and every axis's scale, from scales or sizes (over `axes` from opset 18),
/// computed as onnxruntime does: from scales, `out = (int)(scale · in)`; from sizes, the scale is
/// `out / in` in float32, and a kept aspect ratio takes the smallest (not_larger) or largest
/// (not_smaller) scale of the axes and rounds `scale · in` to the nearest size.
private struct ResizePlan {
    var input: [Int]
    var output: [Int]
    var scales: [Float]

    init(_ n: ONNXNode, input shape: [Int]?, scales given: [Float], axes: [Int]?) throws {
        let (shape, axes) = try Self.check(n, shape, count: given.count, axes: axes, what: "scales")
        guard given.allSatisfy({ $0 > 0 && $0.isFinite }) else { throw n.fail("scales \(given) must be positive") }
        input = shape
        scales = Array(repeating: 1, count: shape.count)
        for (k, a) in axes.enumerated() { scales[a] = given[k] }
        output = try zip(scales, shape).map { s, d in d < 0 ? d : try Self.size(n, s * Float(d)) }
        if let a = shape.indices.first(where: { shape[$0] < 0 && scales[$0] != 1 }) {
            throw n.fail("scales axis \(a), whose size is unknown at import; give the input shapes in the file")
        }
    }

    init(_ n: ONNXNode, input shape: [Int]?, sizes given: [Int], axes: [Int]?, policy: String) throws {
        let (shape, axes) = try Self.check(n, shape, count: given.count, axes: axes, what: "sizes")
        guard given.allSatisfy({ $0 > 0 }) else { throw n.fail("sizes \(given) must be positive") }
        input = shape
        output = shape
        scales = Array(repeating: 1, count: shape.count)
        for (k, a) in axes.enumerated() {
            guard shape[a] >= 0 else { throw n.fail("sizes axis \(a), whose size is unknown at import; give the input shapes in the file") }
            output[a] = given[k]
            scales[a] = Float(given[k]) / Float(shape[a])
        }
        switch policy {
        case "stretch":
            break
        case "not_larger", "not_smaller":
            let chosen = axes.map { scales[$0] }
            let s = (policy == "not_larger" ? chosen.min() : chosen.max()) ?? 1
            for a in axes {
                scales[a] = s
                output[a] = try Self.size(n, (s * Float(shape[a])).rounded(.toNearestOrAwayFromZero))
            }
        default:
            throw n.fail("keep_aspect_ratio_policy '\(policy)' is not one of stretch, not_larger, not_smaller")
        }
    }

    /// A size computed in float32, truncated as onnxruntime's `(int64_t)` cast does; refused
    /// before the conversion could trap when it is beyond any tensor GraphJIT makes.
    private static func size(_ n: ONNXNode, _ x: Float) throws -> Int {
        guard x >= 0, x < Float(1 << 36) else { throw n.fail("the output size \(x) is out of range") }
        return Int(x)
    }

    /// The input's shape (-1 for a size unknown at import, which must keep its size) and the axes
    /// the values are for (all without `axes`).
    private static func check(_ n: ONNXNode, _ shape: [Int]?, count: Int, axes: [Int]?, what: String) throws -> ([Int], [Int]) {
        guard let shape, !shape.contains(0) else { throw n.fail("the input's shape \(formatShape(shape)) is unknown or empty") }
        let axes = axes ?? Array(shape.indices)
        guard count == axes.count else {
            throw n.fail("\(what) has \(count) entries for \(axes.count == shape.count ? "an input of rank \(shape.count)" : "\(axes.count) axes")")
        }
        return (shape, axes)
    }
}

/// `x` resized by `plan`: NHWC between transposes for a 4-D image, else reshaped to `[rest, H, W, 1]`.
private func resized(_ n: inout ONNXNode, _ x: Value, _ plan: ResizePlan, method: ResizeMethod,
                     coordinates: ONNXResizeRule.Coordinates, nearest: ONNXResizeRule.Nearest) throws -> Value {
    let r = plan.input.count
    guard let changed = plan.input.indices.first(where: { plan.input[$0] != plan.output[$0] || plan.scales[$0] != 1 }) else {
        return try n.result(.identity, [x])
    }
    guard changed >= r - 2 else {
        throw n.fail("resizes axis \(changed) of \(formatShape(plan.input)); GraphJIT resizes only the last two axes (height and width)")
    }
    guard plan.input.suffix(2).allSatisfy({ $0 > 0 }) else {
        throw n.fail("needs the sizes of the last two axes of \(formatShape(plan.input)) at import; give the input shapes in the file")
    }
    let dtype = n.type(x).dtype
    switch method {
    case .bilinear:
        guard dtype == .float32 else { throw n.fail("linear resizing computes in float32, got \(dtype)") }
    case .nearest:
        guard dtype != .bool else { throw n.fail("nearest resizing of bool is not supported") }
    }
    // A rank-1 input is one row: height 1, scale 1.
    let height = r >= 2 ? plan.output[r - 2] : 1, width = plan.output[r - 1]
    let rule = ONNXResizeRule(coordinates: coordinates, nearest: nearest, scaleH: r >= 2 ? plan.scales[r - 2] : 1,
                              scaleW: plan.scales[r - 1])
    let op = Op.resize(ResizeAttributes(method: method, height: height, width: width, rule: .onnx(rule)))
    if r == 4 {
        return try n.spatial2D(x) { n, image in try n.add("resize", op, [image]) }
    }
    let leading = plan.input.prefix(max(r - 2, 0))
    let rows = leading.contains(-1) ? -1 : leading.reduce(1, *)
    let image = try n.add("as_image", .reshape([rows, r >= 2 ? plan.input[r - 2] : 1, plan.input[r - 1], 1]), [x])
    guard plan.output.filter({ $0 < 0 }).count <= 1 else {
        throw n.fail("needs all but one of the sizes of \(formatShape(plan.input)) at import; give the input shapes in the file")
    }
    return try n.result(.reshape(plan.output), [try n.add("resize", op, [image])])
}
