import GraphIR

/// Removes run-time transposes by moving them towards the outputs until they meet another and
/// cancel (pass `layout`). ONNX images are NCHW and GraphJIT's fast convolutions NHWC, so the ONNX
/// importer wraps each convolution and pool in `Transpose(x, [0,2,3,1])` and
/// `Transpose(y, [0,3,1,2])` (`NCHWLayout`): between two convolutions, the ReLU (or batch norm, or
/// residual Add) reads an NCHW value that the next convolution transposes straight back. Run on
/// the NHWC value instead, those ops let the two transposes meet, and they cancel.
///
/// The pass follows, for each value, whether it is computed as is or *held permuted*: as a value
/// `w` of the new graph with `old = Transpose(w, p)`, that transpose not emitted. A transpose of a
/// computed value is held permuted; two in a row compose, and vanish when the composition is the
/// identity. Ops that commute with a transpose run on the permuted value and hold their result
/// permuted in turn:
/// - element-wise ops of one input, casts, Identity, ZerosLike-style splats;
/// - binary ops, comparisons and Select (NumPy broadcasting), when every operand is held permuted
///   alike, has only size-1 dimensions (a scalar), or can be brought into the permuted layout at
///   no run-time cost: a constant (reshaped to full rank and transposed by graph ops that the
///   constant folding after this pass computes) or a value whose transpose only moves size-1
///   dimensions (a reshape, which aliases its input);
/// - BiasAdd, whose channel axis moves between last (NHWC) and second (NCHW);
/// - reductions (axes mapped; with keepDims the result is held permuted alike, without it by the
///   order the remaining axes end up in, often none);
/// - Concat of inputs held permuted alike, Pad, Slice and Split (axis or per-axis lists mapped);
/// - Softmax and LogSoftmax when the permutation keeps the last axis last.
/// Any other reader (Reshape, MatMul, a convolution, ...) and the caller (kept values) get the
/// value in its original layout: the transpose is emitted there, once per value, as a Reshape when
/// it only moves size-1 dimensions. Kept values keep their names; a kept node that moved leaves its
/// name to that transpose and computes as `NAME/permuted`.
///
/// Moving a transpose past a node is not always a gain: when every reader of the node needs the
/// original layout, the transpose would only change places (or, if its input is transposed for
/// another reader anyway, be done twice). Such a node is computed in the original layout unless
/// moving saves transposed elements (a reduction's result is smaller than its input), and the
/// nodes before it are then reconsidered. A graph whose transposes never meet is left as it was.
///
/// Only nodes whose inputs and outputs have static shapes move (the compiler specialises shapes
/// first); where a shape is unknown the graph is left alone. A transpose of a constant is left to
/// constant folding. Values are exactly equal to the original graph's, except reductions, which may
/// add in another order.
public struct TransposeSinking: GraphPass {
    public init() {}
    public var name: PassName { .layout }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        // Undoing an unprofitable move can make the one before it unprofitable, so repeat until
        // none is left; each round only adds to `blocked`, so this ends.
        var blocked = Set<Int>()
        var analysis = LayoutAnalysis(graph, kept: kept, blocked: blocked)
        while case let more = analysis.unprofitableMoves(), !more.isSubset(of: blocked) {
            blocked.formUnion(more)
            analysis = LayoutAnalysis(graph, kept: kept, blocked: blocked)
        }
        var rewriter = LayoutRewriter(analysis: analysis, rebuilder: GraphRebuilder(graph, pass: name))
        return try rewriter.rewrite(keeping: kept)
    }
}

/// How a node of the input graph is rebuilt.
private enum Move {
    /// As it is, reading its inputs in their original layout.
    case copy
    /// A transpose: its input's new value, held permuted by `perm` (the transpose composed with
    /// the input's permutation); nothing is emitted.
    case compose(perm: [Int])
    /// `op` on `operands` in the permuted layout; output k is held permuted by `outputs[k]`
    /// (computed as is when that is the identity).
    case sink(Op, [Operand], outputs: [[Int]])
}

/// Where an operand of a moved node comes from.
private enum Operand: Hashable {
    /// A value held permuted, read as its permuted value.
    case permuted(Value)
    /// A value computed as is whose layout does not matter to the op (a scalar, a bias vector, a
    /// pad value).
    case asIs(Value)
    /// A value computed as is, padded with leading size-1 dimensions to `rank` (as broadcasting
    /// would) and transposed by `perm` into the permuted layout.
    case relayout(Value, rank: Int, perm: [Int])
}

/// Which nodes move and how: a first sweep over the graph that emits nothing, so the moves can be
/// weighed (`unprofitableMoves`) and the sweep repeated before any node is built.
private struct LayoutAnalysis {
    let graph: Graph
    let keptNodes: Set<Int>
    /// Nodes computed from constants alone (folding will compute them, and whatever the pass
    /// writes over them, once).
    let isConstant: [Bool]
    private(set) var moves: [Move] = []
    /// The values held permuted and their permutations: the old value is `Transpose(new, p)`.
    private(set) var permutation: [Value: [Int]] = [:]
    /// Values held permuted that a reader or the caller needs in their original layout.
    private(set) var needed: Set<Value> = []
    /// Values held permuted that a moved node or a transpose reads as they are.
    private(set) var readPermuted: Set<Value> = []

    init(_ graph: Graph, kept: [Value], blocked: Set<Int>) {
        self.graph = graph
        keptNodes = Set(kept.map(\.node))
        var constant: [Bool] = []
        for node in graph.nodes {
            let computed = node.op.isFoldable && node.inputs.allSatisfy { constant[$0.node] }
            constant.append(computed)
        }
        isConstant = constant
        for i in graph.nodes.indices { record(blocked.contains(i) ? .copy : move(for: i), at: i) }
        for v in kept where permutation[v] != nil { needed.insert(v) }
    }

    private mutating func record(_ move: Move, at i: Int) {
        let node = graph.nodes[i]
        moves.append(move)
        switch move {
        case .copy:
            for v in node.inputs where permutation[v] != nil { needed.insert(v) }
        case .compose(let perm):
            if permutation[node.inputs[0]] != nil { readPermuted.insert(node.inputs[0]) }
            if !isIdentity(perm) { permutation[Value(node: i)] = perm }
        case .sink(_, let operands, let outputs):
            for case .permuted(let v) in operands { readPermuted.insert(v) }
            for (k, p) in outputs.enumerated() where !isIdentity(p) { permutation[Value(node: i, output: k)] = p }
        }
    }

    /// How node `i` is rebuilt, given how its inputs were.
    private func move(for i: Int) -> Move {
        let node = graph.nodes[i]
        guard node.types.allSatisfy(\.isStatic), node.inputs.allSatisfy({ graph[$0].isStatic }) else { return .copy }
        guard let x = node.inputs.first else { return .copy }
        let held = permutation[x]
        switch node.op {
        case .transpose(let perm):
            guard !isConstant[x.node] else { return .copy }
            let inner = held ?? Array(perm.indices)
            // Output axis d is the input's axis perm[d], which is the new value's axis inner[perm[d]].
            return .compose(perm: perm.map { inner[$0] })
        case .unary, .cast, .truncatingCast, .identity, .splat:
            guard let p = held else { return .copy }
            return .sink(node.op, [.permuted(x)], outputs: [p])
        case .binary, .compare, .select:
            return broadcasting(node)
        case .biasAdd(let format):
            guard let p = held, permutation[node.inputs[1]] == nil else { return .copy }
            let channel = p[format.channelAxis(rank: p.count)]
            let moved: DataFormat? = channel == p.count - 1 ? .nhwc : channel == 1 ? .nchw : nil
            guard let moved else { return .copy }
            return .sink(.biasAdd(moved), [.permuted(x), .asIs(node.inputs[1])], outputs: [p])
        case .reduce(let kind, let axes, let keepDims):
            guard let p = held else { return .copy }
            let reduced = axes.map { p[$0] }.sorted()
            if keepDims { return .sink(.reduce(kind, axes: reduced, keepDims: true), [.permuted(x)], outputs: [p]) }
            // The remaining axes of the new value, in the order the old result has them.
            let remaining = p.indices.filter { !axes.contains($0) }.map { p[$0] }
            let order = remaining.sorted()
            let induced = remaining.map { axis in order.firstIndex(of: axis) ?? 0 }
            return .sink(.reduce(kind, axes: reduced, keepDims: false), [.permuted(x)], outputs: [induced])
        case .concat(let axis, let count):
            guard let p = held, node.inputs.allSatisfy({ permutation[$0] == p }) else { return .copy }
            return .sink(.concat(axis: p[axis], count: count), node.inputs.map(Operand.permuted), outputs: [p])
        case .pad(let before, let after, let mode):
            guard let p = held, node.inputs.dropFirst().allSatisfy({ permutation[$0] == nil }) else { return .copy }
            let inverse = inverted(p)
            return .sink(.pad(before: inverse.map { before[$0] }, after: inverse.map { after[$0] }, mode: mode),
                         [.permuted(x)] + node.inputs.dropFirst().map(Operand.asIs), outputs: [p])
        case .slice(let begin, let size):
            guard let p = held else { return .copy }
            let inverse = inverted(p)
            return .sink(.slice(begin: inverse.map { begin[$0] }, size: inverse.map { size[$0] }), [.permuted(x)], outputs: [p])
        case .split(let axis, let pieces):
            // A kept piece is named `NODE:k`, which only the split itself can be.
            guard let p = held, !keptNodes.contains(i) else { return .copy }
            return .sink(.split(axis: p[axis], pieces: pieces), [.permuted(x)], outputs: Array(repeating: p, count: pieces.count))
        case .softmax, .logSoftmax:
            guard let p = held, p.last == p.count - 1 else { return .copy }
            return .sink(node.op, [.permuted(x)], outputs: [p])
        // Products, convolutions, pools, reshapes and the other layout ops read axes by position;
        // random, stateful and training ops (dropout's mask is per element index) are not moved either.
        case .placeholder, .constant, .matMul, .conv2D, .pool, .reshape, .variable, .assign, .dropout, .randomUniform,
             .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy, .argMax, .broadcastTo, .reverse, .conv2DBackpropInput,
             .conv2DBackpropFilter, .maxPoolGrad, .avgPoolGrad, .shape, .dynamicReshape, .dynamicBroadcast,
             .dynamicTranspose, .range, .squeeze, .expandDims, .stridedSlice, .tile, .pack, .unpack, .gather,
             .gatherGrad, .batchMatMul, .resize, .resizeGrad, .winograd:
            return .copy
        }
    }

    /// An element-wise op of several broadcast operands, moved when one is held permuted and the
    /// others can follow for free.
    private func broadcasting(_ node: Node) -> Move {
        guard let rank = node.types[0].rank else { return .copy }
        let held = node.inputs.compactMap { permutation[$0] }
        // Operands of lower rank are padded on the left by broadcasting, which does not commute
        // with the permutation: only full-rank operands may be held permuted.
        guard let p = held.first, p.count == rank, held.allSatisfy({ $0 == p }) else { return .copy }
        let inverse = inverted(p)
        var operands: [Operand] = []
        for v in node.inputs {
            if permutation[v] != nil {
                operands.append(.permuted(v))
                continue
            }
            guard let shape = graph[v].shape else { return .copy }
            if shape.allSatisfy({ $0 == 1 }) {
                operands.append(.asIs(v))
                continue
            }
            let full = Array(repeating: 1, count: rank - shape.count) + shape
            // A run-time transpose of this operand would cost what the move saves.
            guard isConstant[v.node] || keepsOrder(full, inverse) else { return .copy }
            operands.append(.relayout(v, rank: rank, perm: inverse))
        }
        return .sink(node.op, operands, outputs: [p])
    }

    /// Moved nodes that gain nothing: every reader of their results needs the original layout,
    /// and transposing their inputs instead costs as many elements or fewer. Undoing such a move
    /// leaves the transpose where the graph had it.
    func unprofitableMoves() -> Set<Int> {
        var result = Set<Int>()
        for (i, move) in moves.enumerated() {
            guard case .sink(_, let operands, _) = move else { continue }
            let outputs = graph.nodes[i].types.indices.map { Value(node: i, output: $0) }.filter { permutation[$0] != nil }
            guard !outputs.isEmpty, outputs.allSatisfy({ !readPermuted.contains($0) }) else { continue }
            let saved = outputs.filter(needed.contains).map(transposeCost).reduce(0, +)
            var inputs: Set<Value> = []
            for case .permuted(let v) in operands where !needed.contains(v) { inputs.insert(v) }
            if inputs.map(transposeCost).reduce(0, +) <= saved { result.insert(i) }
        }
        return result
    }

    /// Elements a transpose must move to give `v` (held permuted) its original layout: none when
    /// that transpose is a reshape.
    private func transposeCost(_ v: Value) -> Int {
        guard let p = permutation[v], let shape = graph[v].shape else { return 0 }
        let inverse = inverted(p)
        return keepsOrder(inverse.map { shape[$0] }, p) ? 0 : shape.reduce(1, *)
    }
}

/// Builds the new graph from the analysis' moves, emitting each transpose back to the original
/// layout when a reader first needs it.
private struct LayoutRewriter {
    let analysis: LayoutAnalysis
    var rebuilder: GraphRebuilder
    /// The new value of each value held permuted.
    private var permuted: [Value: Value] = [:]
    /// Values held permuted, in their original layout, once each.
    private var restored: [Value: Value] = [:]
    /// Operands brought into a permuted layout, once each.
    private var relaid: [Operand: Value] = [:]

    init(analysis: LayoutAnalysis, rebuilder: GraphRebuilder) {
        self.analysis = analysis
        self.rebuilder = rebuilder
    }

    mutating func rewrite(keeping kept: [Value]) throws -> PassResult {
        let graph = analysis.graph
        let keptValues = Set(kept)
        for (i, node) in graph.nodes.enumerated() {
            let outputs = node.types.indices.map { Value(node: i, output: $0) }
            switch analysis.moves[i] {
            case .copy:
                try rebuilder.copy(i, inputs: try node.inputs.map { try original($0) })
            case .compose:
                let x = node.inputs[0]
                let w = try permuted[x] ?? rebuilder.mapped(x)
                if analysis.permutation[outputs[0]] != nil {
                    permuted[outputs[0]] = w
                } else if analysis.keptNodes.contains(i) {
                    // The transposes cancelled, but the caller asked for this name.
                    try rebuilder.copy(i, op: .identity, inputs: [w])
                } else {
                    rebuilder.alias(outputs[0], to: w)
                }
            case .sink(let op, let operands, _):
                let inputs = try operands.map { try value(of: $0) }
                let held = outputs.contains { analysis.permutation[$0] != nil }
                // A kept node's name goes to its value in the original layout, emitted below.
                let name = analysis.keptNodes.contains(i) && held ? rebuilder.freshName("\(node.name)/permuted") : node.name
                let first = try rebuilder.add(named: name, op, inputs)
                for v in outputs {
                    let w = Value(node: first.node, output: v.output)
                    if analysis.permutation[v] != nil { permuted[v] = w } else { rebuilder.alias(v, to: w) }
                }
            }
            for v in outputs where keptValues.contains(v) && permuted[v] != nil { _ = try original(v) }
        }
        return try rebuilder.finish(keeping: kept)
    }

    /// Old value `v` in its original layout: its copy, or its permuted value transposed back.
    private mutating func original(_ v: Value) throws -> Value {
        guard let w = permuted[v] else { return try rebuilder.mapped(v) }
        if let done = restored[v] { return done }
        let graph = analysis.graph, node = graph.nodes[v.node]
        guard let p = analysis.permutation[v], let shape = graph[v].shape, let from = rebuilder.graph[w].shape else {
            throw PassError(pass: .layout, "internal: '\(graph.name(of: v))' is held permuted without a permutation or shape")
        }
        let op: Op = keepsOrder(from, p) ? .reshape(shape) : .transpose(p)
        // A transpose node emits nothing else, and a kept node left its name for this.
        var ownsName = analysis.keptNodes.contains(v.node)
        if case .transpose = node.op { ownsName = true }
        let back = v.output == 0 && ownsName ? try rebuilder.add(named: node.name, op, [w])
                                             : try rebuilder.insert("\(node.name)/unpermuted", op, [w])
        restored[v] = back
        rebuilder.alias(v, to: back)
        return back
    }

    /// The new value a moved node reads for `operand`.
    private mutating func value(of operand: Operand) throws -> Value {
        switch operand {
        case .permuted(let v):
            guard let w = permuted[v] else {
                throw PassError(pass: .layout, "internal: '\(analysis.graph.name(of: v))' is not held permuted")
            }
            return w
        case .asIs(let v):
            return try rebuilder.mapped(v)
        case .relayout(let v, let rank, let perm):
            if let done = relaid[operand] { return done }
            let x = try rebuilder.mapped(v), base = analysis.graph.nodes[v.node].name
            guard let shape = analysis.graph[v].shape else {
                throw PassError(pass: .layout, "internal: operand '\(analysis.graph.name(of: v))' has no shape")
            }
            let full = Array(repeating: 1, count: rank - shape.count) + shape
            let result: Value
            if keepsOrder(full, perm) {
                let target = perm.map { full[$0] }
                result = target == shape ? x : try rebuilder.insert("\(base)/permuted", .reshape(target), [x])
            } else {
                // Only constants get here: folding computes both.
                let extended = full == shape ? x : try rebuilder.insert("\(base)/full_rank", .reshape(full), [x])
                result = try rebuilder.insert("\(base)/permuted", .transpose(perm), [extended])
            }
            relaid[operand] = result
            return result
        }
    }
}

private func isIdentity(_ perm: [Int]) -> Bool { perm == Array(perm.indices) }

/// `q` with `q[p[i]] = i`: the transpose that undoes `Transpose(·, p)`.
private func inverted(_ p: [Int]) -> [Int] {
    var q = Array(repeating: 0, count: p.count)
    for (i, axis) in p.enumerated() { q[axis] = i }
    return q
}

/// Whether `Transpose(x, perm)` of an `x` of `shape` leaves the elements in memory order: it then
/// only moves dimensions of size 1 and is a reshape, which costs nothing.
private func keepsOrder(_ shape: [Int], _ perm: [Int]) -> Bool {
    let moved = perm.filter { shape[$0] != 1 }
    return moved == moved.sorted()
}
