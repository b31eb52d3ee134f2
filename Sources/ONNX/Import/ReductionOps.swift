import GraphIR

/// ReduceMean, ReduceSum, ReduceMax, ReduceMin, ReduceProd: axes as an attribute (ReduceSum
/// before opset 13, the others before 18) or as an input; no axes reduce everything, unless
/// `noop_with_empty_axes`.
let reductionOps: [String: ONNXOp] = {
    var table: [String: ONNXOp] = [:]
    let kinds: [(String, ReduceKind, Int)] = [
        ("ReduceMean", .mean, 18), ("ReduceSum", .sum, 13), ("ReduceMax", .max, 18), ("ReduceMin", .min, 18),
        ("ReduceProd", .prod, 18),
    ]
    for (name, kind, inputFrom) in kinds {
        table[name] = .single(1...2, ["axes", "keepdims", "noop_with_empty_axes"]) { n in
            let x = try n.input(0), r = try n.rank(0)
            let keep = try n.int("keepdims", default: 1) != 0
            var axes: [Int]
            if n.opset >= inputFrom {
                axes = n.optionalInput(1) == nil ? [] : try n.constantInts(1, what: "axes")
            } else {
                axes = try n.ints("axes", default: [])
            }
            if axes.isEmpty {
                if try n.int("noop_with_empty_axes", default: 0) != 0 { return try n.result(.identity, [x]) }
                axes = Array(0..<r)
            }
            let resolved = try Set(axes.map { try n.axis($0, rank: r) }).sorted()
            return try n.result(.reduce(kind, axes: resolved, keepDims: keep), [x])
        }
    }
    return table
}()
