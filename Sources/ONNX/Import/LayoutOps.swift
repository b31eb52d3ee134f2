import GraphIR

/// Data movement: Transpose, Concat, Split, Slice, Squeeze, Unsqueeze, Gather, Tile, Pad.
let layoutOps: [String: ONNXOp] = [
    "Transpose": .single(1...1, ["perm"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        let perm = try n.ints("perm") ?? Array((0..<r).reversed())
        guard perm.sorted() == Array(0..<r) else { throw n.fail("perm \(perm) is not a permutation of 0..<\(r)") }
        return try n.result(.transpose(perm), [x])
    },
    "Concat": .single(1...Int.max, ["axis"]) { n in
        let values = try (0..<n.inputs.count).map { try n.input($0) }
        let r = try n.rank(0)
        guard let a = try n.int("axis") else { throw n.fail("missing required attribute 'axis'") }
        let axis = try n.axis(a, rank: r)
        if values.count == 1 { return try n.result(.identity, values) }
        return try n.result(.concat(axis: axis, count: values.count), values)
    },
    "Split": ONNXOp(inputs: 1...2, outputs: 1...Int.max, attributes: ["axis", "split", "num_outputs"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        let axis = try n.axis(try n.int("axis", default: 0), rank: r)
        let count = n.proto.output.count
        var sizes: [Int]? = try n.ints("split")
        if n.opset >= 13, n.optionalInput(1) != nil { sizes = try n.constantInts(1, what: "split") }
        let pieces: SplitPieces
        if let sizes {
            guard sizes.count == count else { throw n.fail("split gives \(sizes.count) sizes for \(count) outputs") }
            pieces = .sizes(sizes)
        } else if let k = try n.int("num_outputs"), let d = n.type(x).shape?[axis], d >= 0, d % k != 0 {
            // Opset 18: uneven splits give every piece ceil(d / k) but the last.
            let each = (d + k - 1) / k
            pieces = .sizes((0..<k).map { i in min(each, max(d - i * each, 0)) })
        } else {
            pieces = .equal(count: try n.int("num_outputs") ?? count)
        }
        guard pieces.count == count else { throw n.fail("num_outputs is \(pieces.count) but the node has \(count) outputs") }
        let s = try n.result(.split(axis: axis, pieces: pieces), [x])
        return (0..<count).map { Value(node: s.node, output: $0) }
    },
    "Slice": .single(1...5, ["starts", "ends", "axes"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        let starts: [Int], ends: [Int], axes: [Int]?, steps: [Int]?
        if n.opset < 10 {
            guard let s = try n.ints("starts"), let e = try n.ints("ends") else { throw n.fail("missing attribute 'starts' or 'ends'") }
            (starts, ends, axes, steps) = (s, e, try n.ints("axes"), nil)
        } else {
            starts = try n.constantInts(1, what: "starts")
            ends = try n.constantInts(2, what: "ends")
            axes = n.optionalInput(3) == nil ? nil : try n.constantInts(3, what: "axes")
            steps = n.optionalInput(4) == nil ? nil : try n.constantInts(4, what: "steps")
        }
        let chosen = try (axes ?? Array(0..<starts.count)).map { try n.axis($0, rank: r) }
        let strides = steps ?? Array(repeating: 1, count: starts.count)
        guard starts.count == ends.count, chosen.count == starts.count, strides.count == starts.count else {
            throw n.fail("starts, ends, axes and steps have different lengths")
        }
        guard Set(chosen).count == chosen.count else { throw n.fail("axes \(chosen) repeat an axis") }
        guard strides.allSatisfy({ $0 != 0 }) else { throw n.fail("steps must not be zero") }
        // TensorFlow's StridedSlice clamps as ONNX does; ends past int32 (INT64_MAX for "to the end")
        // become the end mask, and a begin before the start (negative steps) the begin mask.
        var begin = Array(repeating: 0, count: r), end = Array(repeating: 0, count: r), stride = Array(repeating: 1, count: r)
        var beginMask = 0, endMask = 0
        for d in 0..<r where !chosen.contains(d) { beginMask |= 1 << d; endMask |= 1 << d }
        let limit = Int(Int32.max)
        for (k, d) in chosen.enumerated() {
            stride[d] = strides[k]
            if starts[k] >= limit || starts[k] <= -limit { beginMask |= 1 << d } else { begin[d] = starts[k] }
            if ends[k] >= limit || ends[k] <= -limit { endMask |= 1 << d } else { end[d] = ends[k] }
        }
        return try n.result(.stridedSlice(StridedSliceSpec(begin: begin, end: end, strides: stride,
                                                            beginMask: beginMask, endMask: endMask)), [x])
    },
    "Squeeze": .single(1...2, ["axes"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        let given = n.opset >= 13 ? (n.optionalInput(1) == nil ? [] : try n.constantInts(1, what: "axes")) : try n.ints("axes", default: [])
        let axes = try Set(given.map { try n.axis($0, rank: r) }).sorted()
        if axes.isEmpty {
            guard let s = n.type(x).shape, s.allSatisfy({ $0 >= 0 }) else {
                throw n.fail("Squeeze without axes needs the input's shape to be known")
            }
            return try n.result(.squeeze(axes: s.indices.filter { s[$0] == 1 }), [x])
        }
        return try n.result(.squeeze(axes: axes), [x])
    },
    "Unsqueeze": .single(1...2, ["axes"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        let given = n.opset >= 13 ? try n.constantInts(1, what: "axes") : try n.ints("axes", default: [])
        guard !given.isEmpty else { throw n.fail("axes must not be empty") }
        let outRank = r + given.count
        let axes = try given.map { try n.axis($0, rank: outRank) }.sorted()
        guard Set(axes).count == axes.count else { throw n.fail("axes \(given) repeat an axis") }
        var y = x
        for (k, a) in axes.enumerated() {
            y = k == axes.count - 1 ? try n.result(.expandDims(axis: a), [y]) : try n.add("unsqueeze\(k)", .expandDims(axis: a), [y])
        }
        return y
    },
    "Gather": .single(2...2, ["axis"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        let axis = try n.axis(try n.int("axis", default: 0), rank: r)
        var indices = try n.input(1)
        // Negative indices count from the end: i + d where i < 0, folded when the indices are constant.
        if let d = n.type(x).shape?[axis], d >= 0 {
            let it = n.type(indices).dtype
            let zero = try n.scalar("zero", 0, it), size = try n.scalar("size", Double(d), it)
            let negative = try n.add("negative", .compare(.less), [indices, zero])
            indices = try n.add("indices", .select, [negative, try n.add("wrapped", .binary(.add), [indices, size]), indices])
        }
        return try n.result(.gather(axis: axis, batchDims: 0), [x, indices])
    },
    "Tile": .single(2...3, []) { n in
        let repeats = try n.constantInts(1, what: "repeats")
        return try n.result(.tile(multiples: repeats), [try n.input(0)])
    },
    "Pad": .single(1...4, ["mode", "pads", "value", "paddings"]) { n in
        var x = try n.input(0)
        let r = try n.rank(0)
        let mode = try n.string("mode", default: "constant")
        var pads: [Int], value: Value?
        if n.opset < 11 {
            pads = try n.ints("pads") ?? n.ints("paddings") ?? []
            value = try n.scalar("value", try n.float("value", default: 0), n.type(x).dtype)
        } else {
            pads = try n.constantInts(1, what: "pads")
            value = n.optionalInput(2)
        }
        var axes = Array(0..<r)
        if n.opset >= 18, n.optionalInput(3) != nil { axes = try n.constantInts(3, what: "axes").map { try n.axis($0, rank: r) } }
        guard pads.count == 2 * axes.count else { throw n.fail("pads has \(pads.count) entries for \(axes.count) axes") }
        var before = Array(repeating: 0, count: r), after = Array(repeating: 0, count: r)
        for (k, a) in axes.enumerated() { before[a] = pads[k]; after[a] = pads[k + axes.count] }
        // Negative pads crop, as onnxruntime does it: the input is cut first, then padded (which
        // matters where a mirrored or copied edge is the cut one).
        if (before + after).contains(where: { $0 < 0 }) {
            if let s = n.type(x).shape, let d = s.indices.first(where: { s[$0] >= 0 && min(before[$0], 0) + min(after[$0], 0) < -s[$0] }) {
                throw n.fail("pads crop \(-min(before[d], 0) - min(after[d], 0)) elements of dimension \(d), which has \(s[d])")
            }
            var endMask = 0
            for d in 0..<r where after[d] >= 0 { endMask |= 1 << d }
            let spec = StridedSliceSpec(begin: before.map { max(-$0, 0) }, end: after.map { min($0, 0) },
                                        strides: Array(repeating: 1, count: r), endMask: endMask)
            x = try n.add("cropped", .stridedSlice(spec), [x])
            before = before.map { max($0, 0) }
            after = after.map { max($0, 0) }
        }
        switch mode {
        case "constant":
            let fill: Value
            if let value {
                fill = n.type(value).rank == 0 ? value : try n.add("value", .reshape([]), [value])
            } else {
                fill = try n.scalar("zero", 0, n.type(x).dtype)
            }
            return try n.result(.pad(before: before, after: after, mode: .constant), [x, fill])
        case "reflect":
            return try n.result(.pad(before: before, after: after, mode: .reflect), [x])
        case "edge":
            // Copies of the edge, as many as asked; an empty dimension has no edge to copy.
            if let s = n.type(x).shape, let d = s.indices.first(where: { s[$0] == 0 && before[$0] + after[$0] > 0 }) {
                throw n.fail("mode 'edge' cannot pad dimension \(d), which is empty")
            }
            return try n.result(.pad(before: before, after: after, mode: .edge), [x])
        case "wrap" where n.opset >= 19:
            return try wrapped(&n, x, before: before, after: after)
        default:
            throw n.fail("mode '\(mode)' is not one of constant, reflect, edge\(n.opset >= 19 ? ", wrap" : "")")
        }
    },
]

/// Pad-19's `wrap`: the input continued periodically, one padded axis at a time: tiled often
/// enough to cover both sides, then the window from `before` elements ahead of a copy.
private func wrapped(_ n: inout ONNXNode, _ x: Value, before: [Int], after: [Int]) throws -> Value {
    guard let shape = n.type(x).shape else { throw n.fail("mode 'wrap' needs the input's shape to be known") }
    var y = x
    for d in shape.indices where before[d] > 0 || after[d] > 0 {
        let size = shape[d]
        guard size > 0 else { throw n.fail("mode 'wrap' cannot pad dimension \(d), which is \(size < 0 ? "unknown at import" : "empty")") }
        let copiesBefore = (before[d] + size - 1) / size, copiesAfter = (after[d] + size - 1) / size
        var multiples = Array(repeating: 1, count: shape.count)
        multiples[d] = 1 + copiesBefore + copiesAfter
        let tiled = try n.add("wrap_tiled\(d)", .tile(multiples: multiples), [y])
        var begin = Array(repeating: 0, count: shape.count), sizes = Array(repeating: -1, count: shape.count)
        (begin[d], sizes[d]) = (copiesBefore * size - before[d], size + before[d] + after[d])
        y = try n.add("wrapped\(d)", .slice(begin: begin, size: sizes), [tiled])
    }
    return try n.result(.identity, [y])
}
