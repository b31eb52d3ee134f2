import GraphIR

/// Ops about shapes: Shape, Size, Constant, ConstantOfShape, Expand, Range, Reshape, Flatten.
/// What a computed shape feeds becomes GraphIR's dynamic form, resolved by the `shapes` pass
/// once the inputs' shapes are fixed.
let shapeOps: [String: ONNXOp] = [
    "Shape": .single(1...1, ["start", "end"]) { n in
        let x = try n.input(0)
        let start = try n.int("start"), end = try n.int("end")
        if start == nil && end == nil { return try n.result(.shape(outType: .int64), [x]) }
        let r = try n.rank(0)
        func clamp(_ v: Int) -> Int { min(max(v < 0 ? v + r : v, 0), r) }
        let b = clamp(start ?? 0), e = clamp(end ?? r)
        let s = try n.add("shape", .shape(outType: .int64), [x])
        return try n.result(.slice(begin: [b], size: [max(e - b, 0)]), [s])
    },
    "Size": .single(1...1) { n in
        let s = try n.add("shape", .shape(outType: .int64), [try n.input(0)])
        return try n.result(.reduce(.prod, axes: [0], keepDims: false), [s])
    },
    "Constant": .single(0...0, ["value", "value_float", "value_floats", "value_int", "value_ints", "sparse_value",
                                "value_string", "value_strings"]) { n in
        if let t = try n.tensor("value") {
            return try n.result(.constant(try n.initializers.tensor(t, what: "constant")), [])
        }
        if n.attribute("value_float") != nil { return try n.result(.constant(Tensor(shape: [], floats: [Float(try n.float("value_float", default: 0))])), []) }
        if let v = try n.floats("value_floats") { return try n.result(.constant(Tensor(shape: [v.count], floats: v.map(Float.init))), []) }
        if let v = try n.int("value_int") { return try n.result(.constant(Tensor(shape: [], int64s: [Int64(v)])), []) }
        if let v = try n.ints("value_ints") { return try n.result(.constant(Tensor(shape: [v.count], int64s: v.map(Int64.init))), []) }
        if n.attribute("sparse_value") != nil { throw n.fail("sparse constants are not supported") }
        if n.attribute("value_string") != nil || n.attribute("value_strings") != nil { throw n.fail("string constants are not supported") }
        throw n.fail("no value attribute")
    },
    "ConstantOfShape": .single(1...1, ["value"]) { n in
        let fill = try n.tensor("value").map { try n.initializers.tensor($0, what: "value") } ?? Tensor(shape: [1], floats: [0])
        guard fill.elementCount == 1 else { throw n.fail("value must hold one element") }
        let scalar = try n.constant("value", try fill.reshaped([]))
        if let dims = try n.foldedConstant(0) {
            let shape = (0..<dims.elementCount).map(dims.int(at:))
            guard shape.allSatisfy({ $0 >= 0 }) else { throw n.fail("shape \(shape) has a negative dimension") }
            return try n.result(.broadcastTo(shape), [scalar])
        }
        return try n.result(.dynamicBroadcast, [scalar, try n.input(0)])
    },
    "Expand": .single(2...2) { n in
        // Broadcasting both ways: the output's shape is the broadcast of the input's and the given.
        let x = try n.input(0)
        if let dims = try n.foldedConstant(1) {
            let given = (0..<dims.elementCount).map(dims.int(at:))
            let shape: [Int]?
            do { shape = try broadcastShapes(n.type(x).shape, given) } catch {
                throw n.fail("shape \(given) does not broadcast with the input's \(formatShape(n.type(x).shape))")
            }
            if let shape, shape.allSatisfy({ $0 >= 0 }) { return try n.result(.broadcastTo(shape), [x]) }
        }
        let one = try n.scalar("one", 1, n.type(x).dtype == .bool ? .int32 : n.type(x).dtype)
        let ones = try n.add("ones", .dynamicBroadcast, [one, try n.input(1)])
        guard n.type(x).dtype != .bool else { throw n.fail("Expand of a bool tensor to a computed shape is not supported") }
        return try n.result(.binary(.mul), [x, ones])
    },
    "Range": .single(3...3) { n in
        let start = try n.constantDoubles(0, what: "start"), limit = try n.constantDoubles(1, what: "limit")
        let delta = try n.constantDoubles(2, what: "delta")
        guard start.count == 1, limit.count == 1, delta.count == 1 else { throw n.fail("start, limit and delta must be scalars") }
        guard delta[0] != 0 else { throw n.fail("delta must not be zero") }
        let count = max(Int(((limit[0] - start[0]) / delta[0]).rounded(.up)), 0)
        return try n.result(.range(start: start[0], delta: delta[0], count: count, dtype: n.type(try n.input(0)).dtype), [])
    },
    "Reshape": .single(1...2, ["shape", "allowzero", "consumed_inputs"]) { n in
        let x = try n.input(0)
        let allowZero = try n.int("allowzero", default: 0) != 0
        let target: [Int]
        if n.opset < 5, let s = try n.ints("shape") {
            target = s
        } else if n.inputs.count == 2, try n.foldedConstant(1) != nil {
            target = try n.constantInts(1, what: "shape")
        } else {
            guard n.inputs.count == 2 else { throw n.fail("missing the shape input") }
            return try n.result(.dynamicReshape, [x, try n.input(1)])
        }
        return try n.result(.reshape(try reshapeTarget(n, target, of: n.type(x).shape, allowZero: allowZero)), [x])
    },
    "Flatten": .single(1...1, ["axis"]) { n in
        let x = try n.input(0), r = try n.rank(0)
        let a = try n.int("axis", default: 1)
        let axis = a < 0 ? a + r : a
        guard axis >= 0, axis <= r else { throw n.fail("axis \(a) is out of range for rank \(r)") }
        guard let s = n.type(x).shape else { throw n.fail("the input's shape is unknown") }
        let outer = s[..<axis], inner = s[axis...]
        let known = { (d: ArraySlice<Int>) in d.allSatisfy { $0 >= 0 } }
        guard known(outer) || known(inner) else { throw n.fail("Flatten needs the sizes on one side of axis \(axis) to be known") }
        let rows = known(outer) ? outer.reduce(1, *) : -1
        let columns = known(inner) ? inner.reduce(1, *) : -1
        return try n.result(.reshape([rows, columns]), [x])
    },
]

/// ONNX's Reshape target in GraphIR's terms: a 0 copies the input's dimension (unless
/// `allowzero`), -1 is inferred; a copied dimension that is unknown becomes the -1 when there
/// is none.
private func reshapeTarget(_ n: ONNXNode, _ target: [Int], of shape: [Int]?, allowZero: Bool) throws -> [Int] {
    var out = target
    guard !allowZero else { return out }
    for (i, d) in target.enumerated() where d == 0 {
        guard let shape, i < shape.count else { throw n.fail("shape \(target) copies dimension \(i), which the input does not have") }
        out[i] = shape[i]
    }
    let unknown = out.indices.filter { out[$0] < 0 }
    if unknown.count > 1 {
        // Copied unknown dimensions (a symbolic batch): resolved once the input's shape is fixed.
        throw n.fail("shape \(target) leaves \(unknown.count) dimensions unknown at import; give the input shapes in the file")
    }
    return out
}
