import GraphIR

/// Gemm, MatMul, Softmax and LogSoftmax.
let productOps: [String: ONNXOp] = [
    "Gemm": .single(2...3, ["alpha", "beta", "transA", "transB", "broadcast"]) { n in
        let a = try n.input(0), b = try n.input(1)
        let alpha = try n.float("alpha", default: 1), beta = try n.float("beta", default: 1)
        let product = try n.add("matmul", .matMul(transposeA: try n.int("transA", default: 0) != 0,
                                                  transposeB: try n.int("transB", default: 0) != 0), [a, b])
        let dtype = n.type(product).dtype
        var y = product
        if alpha != 1 { y = try n.add("alpha", .binary(.mul), [y, try n.scalar("alpha_value", alpha, dtype)]) }
        if let c = n.optionalInput(2), beta != 0 {
            var addend = c
            if beta != 1 { addend = try n.add("beta", .binary(.mul), [c, try n.scalar("beta_value", beta, dtype)]) }
            return try n.result(.binary(.add), [y, addend])
        }
        return try n.result(.identity, [y])
    },
    "MatMul": .single(2...2) { n in
        let a = try n.input(0), b = try n.input(1)
        guard let ra = n.type(a).rank, let rb = n.type(b).rank else { throw n.fail("MatMul needs the ranks of its inputs") }
        switch (ra, rb) {
        case (2, 2):
            return try n.result(.matMul(transposeA: false, transposeB: false), [a, b])
        case (1, _), (_, 1):
            // A vector operand is a matrix with one row (A) or one column (B), dropped after.
            let a2 = ra == 1 ? try n.add("row", .expandDims(axis: 0), [a]) : a
            let b2 = rb == 1 ? try n.add("column", .expandDims(axis: 1), [b]) : b
            let p = ra == 1 && rb == 1 || (max(ra, rb) == 2)
                ? try n.add("matmul", .matMul(transposeA: false, transposeB: false), [a2, b2])
                : try n.add("matmul", .batchMatMul(adjX: false, adjY: false), [a2, b2])
            guard let pr = n.type(p).rank else { throw n.fail("MatMul's result rank is unknown") }
            var axes: [Int] = []
            if ra == 1 { axes.append(pr - 2) }
            if rb == 1 { axes.append(pr - 1) }
            return try n.result(.squeeze(axes: axes), [p])
        case (_, 2):
            // [..., M, K] x [K, N]: one product of all rows, when the leading shape is known but one.
            if let s = n.type(a).shape, s.dropLast().filter({ $0 < 0 }).count <= 1, let k = s.last, k >= 0,
               let nCols = n.type(b).shape?[1], nCols >= 0 {
                let rows = try n.add("rows", .reshape([-1, k]), [a])
                let p = try n.add("matmul", .matMul(transposeA: false, transposeB: false), [rows, b])
                return try n.result(.reshape(Array(s.dropLast()) + [nCols]), [p])
            }
            return try n.result(.batchMatMul(adjX: false, adjY: false), [a, b])
        default:
            return try n.result(.batchMatMul(adjX: false, adjY: false), [a, b])
        }
    },
    "Softmax": .single(1...1, ["axis"]) { n in try softmax(&n, log: false) },
    "LogSoftmax": .single(1...1, ["axis"]) { n in try softmax(&n, log: true) },
]

/// Softmax before opset 13 flattens the input to 2-D at `axis` (default 1) and normalises each
/// row; from 13 it normalises along `axis` alone (default -1). GraphIR's op acts on the last axis.
private func softmax(_ n: inout ONNXNode, log: Bool) throws -> Value {
    let x = try n.input(0), r = try n.rank(0)
    let op: Op = log ? .logSoftmax : .softmax
    if n.opset < 13 {
        let axis = try n.axis(try n.int("axis", default: 1), rank: max(r, 1))
        if axis == r - 1 || r <= 1 { return try n.result(op, [x]) }
        guard let shape = n.type(x).shape else { throw n.fail("the input's shape is unknown") }
        let inner = shape[axis...]
        guard inner.allSatisfy({ $0 >= 0 }) else { throw n.fail("Softmax over axes \(axis)... needs their sizes to be known") }
        let rows = try n.add("rows", .reshape([-1, inner.reduce(1, *)]), [x])
        let y = try n.add("softmax", op, [rows])
        if shape.allSatisfy({ $0 >= 0 }) { return try n.result(.reshape(shape), [y]) }
        let s = try n.add("shape", .shape(outType: .int64), [x])
        return try n.result(.dynamicReshape, [y, s])
    }
    let axis = try n.axis(try n.int("axis", default: -1), rank: max(r, 1))
    if axis == r - 1 || r <= 1 { return try n.result(op, [x]) }
    var perm = Array(0..<r)
    perm.swapAt(axis, r - 1)
    let moved = try n.add("last", .transpose(perm), [x])
    let y = try n.add("softmax", op, [moved])
    return try n.result(.transpose(perm), [y])
}
