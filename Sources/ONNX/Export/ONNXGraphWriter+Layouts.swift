import GraphIR

// GraphIR's images are NHWC and its filters HWIO; ONNX's Conv, pools and Resize take NCHW and
// OIHW. Rather than wrapping each such op in a pair of Transposes and cancelling them later,
// the writer keeps, for every GraphIR value, the ONNX values that hold it in some layout (a
// permutation of its dimensions), writes a Transpose only when a consumer needs a layout not yet
// there, and lets layout-blind consumers compute in whatever layout their operands have: after
// `Conv` the bias, the ReLU, the pool and the next `Conv` all stay NCHW, and the only Transposes
// left are where the net changes its mind (the input, a flatten). A GraphIR `transpose` is only a
// relabelling (no node), so a graph imported from ONNX (NCHW ops wrapped in transposes) comes
// back without them.

extension ONNXGraphWriter {
    /// The ONNX value holding `v` transposed by `perm` (nil or the identity: `v` as it is),
    /// writing a Transpose from a layout already there if needed. Constants are written on first
    /// use, so those only an unexported node reads cost nothing.
    mutating func name(_ v: Value, _ perm: [Int]? = nil) throws -> String {
        try writeConstantIfNeeded(v)
        let rank = graph[v].rank
        let p = perm.flatMap { Permutation.isIdentity($0) ? nil : $0 } ?? Permutation.identity(rank ?? 0)
        if let f = forms[v]?.first(where: { $0.broadcast == nil && $0.perm == p }) { return f.name }
        guard let rank, p.count == rank,
              let source = forms[v]?.first(where: { $0.broadcast == nil && $0.perm.count == rank }) else {
            let n = graph.nodes[v.node]
            throw fail(n, "cannot be written in layout \(p) (rank \(rank.map(String.init) ?? "unknown"))")
        }
        // transpose(transpose(v, s), t) = transpose(v, p) for t[i] = s⁻¹[p[i]].
        let inverse = Permutation.inverse(source.perm)
        let out = outputName(v, p)
        add("Transpose", [source.name], [out], name: "\(graph.nodes[v.node].name)/Transpose", [.ints("perm", p.map { inverse[$0] })])
        define(v, p, out)
        return out
    }

    /// The name for a new ONNX value holding `v` in layout `perm`: `v`'s own name as it is,
    /// else `NAME/nchw` (or another word for the layout).
    mutating func outputName(_ v: Value, _ perm: [Int]?) -> String {
        guard let perm, !Permutation.isIdentity(perm) else { return graph.name(of: v) }
        return freshValue("\(graph.name(of: v))/\(Permutation.label(perm))")
    }

    /// Records that ONNX value `name` holds `v` in layout `perm` (nil: as it is).
    mutating func define(_ v: Value, _ perm: [Int]?, _ name: String) {
        let p = perm ?? Permutation.identity(graph[v].rank ?? 0)
        forms[v, default: []].append(Form(perm: p, broadcast: nil, name: name))
    }

    /// The layouts `v` is held in, in the order they were written.
    func layouts(_ v: Value) -> [[Int]] {
        (forms[v] ?? []).filter { $0.broadcast == nil }.map(\.perm)
    }

    private mutating func writeConstantIfNeeded(_ v: Value) throws {
        guard forms[v] == nil, case .constant(let t) = graph.nodes[v.node].op else { return }
        initializer(t, named: graph.name(of: v))
        define(v, nil, graph.name(of: v))
    }

    // MARK: element-wise operands

    /// The layout an element-wise op over `operands` computes in (nil: as the values are): one
    /// that every operand of the output's rank has already, else the first the first of them has.
    /// Constants count as having every layout (a Transpose of a constant is folded by runtimes);
    /// operands of lower rank broadcast into it, which needs their shape (one unknown dimension
    /// at most, for the Reshape).
    func elementwiseLayout(_ operands: [Value], rank: Int?) -> [Int]? {
        guard let rank, rank >= 2 else { return nil }
        let full = operands.filter { graph[$0].rank == rank && !isConstant($0) }
        var candidates: [[Int]] = []
        for v in full { for p in layouts(v) where !candidates.contains(p) { candidates.append(p) } }
        let chosen = candidates.first { p in full.allSatisfy { layouts($0).contains(p) } } ?? candidates.first
        guard let chosen, !Permutation.isIdentity(chosen) else { return nil }
        for v in operands where graph[v].rank != rank {
            guard let s = graph[v].shape, s.count <= rank, s.filter({ $0 < 0 }).count <= 1 else { return nil }
        }
        return chosen
    }

    func isConstant(_ v: Value) -> Bool {
        if case .constant = graph.nodes[v.node].op { return true }
        return false
    }

    /// Operand `v` of an element-wise op of output rank `rank` computing in layout `perm`: in
    /// that layout when it has the rank, else broadcast into it (NumPy's rule: ones in front).
    mutating func operand(_ v: Value, rank: Int?, _ perm: [Int]?) throws -> String {
        guard let perm, let rank, let shape = graph[v].shape, shape.count != rank else { return try name(v, perm) }
        return try broadcast(v, as: Array(repeating: 1, count: rank - shape.count) + shape, perm)
    }

    /// `v` reshaped to `shape` (its elements in the same order, a higher rank: a bias as
    /// `[1,1,1,C]`, or `[1,C,1,1]` for NCHW) and transposed by `perm`: one Reshape when the
    /// dimensions that are not 1 keep their order, else a Reshape and a Transpose. A scalar
    /// broadcasts as it is.
    mutating func broadcast(_ v: Value, as shape: [Int], _ perm: [Int]) throws -> String {
        if graph[v].rank == 0 { return try name(v) }
        if let f = forms[v]?.first(where: { $0.broadcast == shape && $0.perm == perm }) { return f.name }
        let natural = try name(v)
        let base = graph.nodes[v.node].name
        let moved = perm.filter { shape[$0] != 1 }
        let target = perm.map { shape[$0] }
        let out = freshValue("\(graph.name(of: v))/\(Permutation.label(perm))")
        if moved == moved.sorted() {
            add("Reshape", [natural, int64s(target, base, "shape")], [out], name: "\(base)/Reshape")
        } else {
            let expanded = helper("Reshape", [natural, int64s(shape, base, "shape")], base)
            add("Transpose", [expanded], [out], name: "\(base)/Transpose", [.ints("perm", perm)])
        }
        forms[v, default: []].append(Form(perm: perm, broadcast: shape, name: out))
        return out
    }

    /// The layout for an op that can compute in any layout of its input (a reduction, a split, a
    /// pad): as the value is when that is written, else the first layout it has.
    func anyLayout(_ v: Value) -> [Int]? {
        let l = layouts(v)
        guard let first = l.first, !l.contains(where: Permutation.isIdentity) else { return nil }
        return Permutation.isIdentity(first) ? nil : first
    }
}
