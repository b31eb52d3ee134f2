import GraphIR

/// A graph-to-graph transformation that preserves the values the caller will read.
public protocol GraphPass {
    /// Which pass this is, for error messages.
    var name: PassName { get }

    /// A new graph computing the same `kept` values (see `PassResult` for the contract).
    func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult
}

extension GraphPass {
    /// Runs the pass keeping values given by name (`node` or `node:k`).
    public func run(_ graph: Graph, keepingNames names: [String]) throws -> PassResult {
        try run(graph, keeping: try keptValues(named: names, in: graph))
    }
}

/// Resolves `node` / `node:k` names to values of `graph`; throws on a name the graph lacks.
public func keptValues(named names: [String], in graph: Graph) throws -> [Value] {
    try names.map { name in
        guard let v = graph.value(named: name) else { throw PassError(pass: nil, "the graph has no value named '\(name)'") }
        return v
    }
}

/// Throws unless every kept value is an output of `graph`.
func checkKept(_ kept: [Value], in graph: Graph, pass: PassName) throws {
    for v in kept where !(v.node >= 0 && v.node < graph.nodes.count && v.output >= 0 && v.output < graph.nodes[v.node].types.count) {
        throw PassError(pass: pass, "kept value \(v.node):\(v.output) is not an output of the graph")
    }
}

/// Rebuilds a graph node by node through `Graph.add` (so types are re-inferred and checked),
/// recording where each old value went.
struct GraphRebuilder {
    let old: Graph
    let pass: PassName
    private(set) var graph = Graph()
    private(set) var map: [Value: Value] = [:]

    init(_ old: Graph, pass: PassName) {
        self.old = old
        self.pass = pass
    }

    /// The new value for `v`; a pass that drops a value something still reads is a bug in the pass.
    func mapped(_ v: Value) throws -> Value {
        guard let w = map[v] else {
            throw PassError(pass: pass, "value '\(old.name(of: v))' is used after the pass removed it")
        }
        return w
    }

    /// Copies old node `i` (or replaces its op), keeping its name and remapping its inputs.
    mutating func copy(_ i: Int, op: Op? = nil, inputs: [Value]? = nil) throws {
        let node = old.nodes[i]
        let newInputs = try inputs ?? node.inputs.map(mapped)
        let first = try graph.add(node.name, op ?? node.op, newInputs)
        for k in graph.nodes[first.node].types.indices {
            map[Value(node: i, output: k)] = Value(node: first.node, output: k)
        }
    }

    /// A name for a node the pass creates: `base`, or `base_1`, `base_2`, ... so that it clashes
    /// with no node of either graph (an old node with that name may still be copied later).
    func freshName(_ base: String) -> String {
        var name = base
        var k = 1
        while old.index(of: name) != nil || graph.index(of: name) != nil {
            name = "\(base)_\(k)"
            k += 1
        }
        return name
    }

    /// Adds a node the pass creates (no old node stands for it), under a fresh name from `base`.
    mutating func insert(_ base: String, _ op: Op, _ inputs: [Value]) throws -> Value {
        try graph.add(freshName(base), op, inputs)
    }

    /// Adds a node under exactly `name`, recording no old value for it: for a node that takes an old
    /// node's name but not its value (pass `layout`'s ops in a permuted layout). The caller knows
    /// the name is free: only the old node it belonged to would take it.
    mutating func add(named name: String, _ op: Op, _ inputs: [Value]) throws -> Value {
        try graph.add(name, op, inputs)
    }

    /// Records that old node `i`'s outputs are now carried by new node `target`'s outputs.
    mutating func alias(_ i: Int, to target: Int) {
        for k in old.nodes[i].types.indices { map[Value(node: i, output: k)] = Value(node: target, output: k) }
    }

    /// Records that old value `v` is now carried by new value `target`.
    mutating func alias(_ v: Value, to target: Value) { map[v] = target }

    /// The new index of old node `i`'s first output, if it was copied or aliased.
    func newNode(of i: Int) -> Int? { map[Value(node: i)]?.node }

    /// Rebuilds `old` node by node: `rewrite` adds node `i`'s replacement to the rebuilder and
    /// returns true, or returns false to have the node copied as it is (the shape of a pass that
    /// rewrites some nodes one at a time).
    static func rewriting(_ old: Graph, pass: PassName, keeping kept: [Value],
                          _ rewrite: (inout GraphRebuilder, _ i: Int, _ node: Node) throws -> Bool) throws -> PassResult {
        var rebuilder = GraphRebuilder(old, pass: pass)
        for (i, node) in old.nodes.enumerated() where try !rewrite(&rebuilder, i, node) { try rebuilder.copy(i) }
        return try rebuilder.finish(keeping: kept)
    }

    func finish(keeping kept: [Value]) throws -> PassResult {
        PassResult(graph: graph, valueMap: ValueMap(map), kept: try kept.map(mapped))
    }
}

/// Evaluates `fetch` of the constant subgraph `sub` with `evaluator` for pass `pass`: a failure
/// names the pass and `what` was being computed, and a result count that does not match is refused.
func evaluateConstants(_ evaluator: any ConstantEvaluator, _ sub: Graph, fetch: [Value], pass: PassName,
                       what: String) throws -> [Tensor] {
    if fetch.isEmpty { return [] }
    let results: [Tensor]
    do {
        results = try evaluator.evaluate(sub, fetch: fetch)
    } catch {
        throw PassError(pass: pass, "\(what) failed: \(error)")
    }
    guard results.count == fetch.count else {
        throw PassError(pass: pass, "the constant evaluator returned \(results.count) tensors for \(fetch.count) values (\(what))")
    }
    return results
}
