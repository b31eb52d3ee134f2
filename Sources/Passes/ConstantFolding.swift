import GraphIR

/// Replaces nodes whose inputs are all constants by Const nodes of the same name.
///
/// The pass decides what to fold; an injected `ConstantEvaluator` computes it, in one call for the
/// whole graph. Only results someone reads are materialised: a kept value, or an input of a node
/// that still computes at run time (or a node nobody reads, which is left for DCE). Constant
/// chains wholly consumed by folded nodes are removed. A result larger than `byteLimit` is not
/// folded (its node stays and computes at run time); Identity, Reshape, Squeeze and ExpandDims chains over constants
/// only relabel bytes, so they are folded without the evaluator and regardless of size.
public struct ConstantFolding: GraphPass {
    /// 16 MiB: beyond this a folded constant costs more in the binary than computing it at start-up.
    public static let defaultByteLimit = 16 << 20

    public var evaluator: any ConstantEvaluator
    public var byteLimit: Int

    public init(evaluator: any ConstantEvaluator, byteLimit: Int = ConstantFolding.defaultByteLimit) {
        self.evaluator = evaluator
        self.byteLimit = byteLimit
    }

    public var name: PassName { .constantFolding }

    private enum Fate { case copy, fold, drop }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        let nodes = graph.nodes
        let keptNodes = Set(kept.map(\.node))
        let consumers = graph.consumers()

        // Which nodes compute only from constants, and which of those are mere relabellings of a
        // constant's bytes (known without evaluating anything).
        var isConstant = Array(repeating: false, count: nodes.count)
        var literal = Array(repeating: Tensor?.none, count: nodes.count)
        for (i, node) in nodes.enumerated() {
            switch node.op {
            case .constant(let t):
                isConstant[i] = true
                literal[i] = t
            case .identity, .reshape, .squeeze, .expandDims:
                isConstant[i] = isConstant[node.inputs[0].node]
                if let t = literal[node.inputs[0].node], let shape = node.types[0].shape {
                    literal[i] = try? t.reshaped(shape)
                }
            default:
                // Values that change between runs (inputs, variables, updates) are never folded.
                isConstant[i] = node.op.isFoldable && node.inputs.allSatisfy { isConstant[$0.node] }
            }
        }

        // Decide from the outputs back: a node's value is needed when something that still
        // computes at run time reads it.
        var fate = Array(repeating: Fate.copy, count: nodes.count)
        for i in nodes.indices.reversed() where isConstant[i] {
            let needed = keptNodes.contains(i) || consumers[i].isEmpty || consumers[i].contains { fate[$0] == .copy }
            if !needed {
                fate[i] = .drop
            } else if case .constant = nodes[i].op {
                fate[i] = .copy
            } else {
                fate[i] = isFoldable(nodes[i], hasLiteral: literal[i] != nil) ? .fold : .copy
            }
        }

        let toEvaluate = nodes.indices.filter { fate[$0] == .fold && literal[$0] == nil }
        let computed = try evaluate(toEvaluate, in: graph, literal: literal)
        for (i, t) in zip(toEvaluate, computed) { literal[i] = t }

        var rebuilder = GraphRebuilder(graph, pass: name)
        for i in nodes.indices {
            switch fate[i] {
            case .copy:
                try rebuilder.copy(i)
            case .fold:
                guard let t = literal[i] else {
                    throw PassError(pass: name, "node '\(nodes[i].name)' was chosen for folding but has no value")
                }
                try rebuilder.copy(i, op: .constant(t), inputs: [])
            case .drop:
                break
            }
        }
        return try rebuilder.finish(keeping: kept)
    }

    private func isFoldable(_ node: Node, hasLiteral: Bool) -> Bool {
        guard node.types.count == 1 else { return false }
        if hasLiteral { return true }
        guard let bytes = node.types[0].byteCount else { return false }
        return bytes <= byteLimit
    }

    /// Computes the given nodes with one evaluator call on the constant subgraph they need,
    /// cut at nodes whose value is already known.
    private func evaluate(_ targets: [Int], in graph: Graph, literal: [Tensor?]) throws -> [Tensor] {
        guard !targets.isEmpty else { return [] }
        var needed = Set<Int>()
        var stack = targets
        while let i = stack.popLast() {
            guard needed.insert(i).inserted, literal[i] == nil else { continue }
            stack += graph.nodes[i].inputs.map(\.node)
        }
        var sub = Graph()
        var subValue: [Int: Value] = [:]
        for i in graph.nodes.indices where needed.contains(i) {
            let node = graph.nodes[i]
            if let t = literal[i] {
                subValue[i] = try sub.add(node.name, .constant(t))
            } else {
                let inputs = try node.inputs.map { v -> Value in
                    guard let w = subValue[v.node] else {
                        throw PassError(pass: name, "constant subgraph for '\(node.name)' misses its input")
                    }
                    return Value(node: w.node, output: v.output)
                }
                subValue[i] = try sub.add(node.name, node.op, inputs)
            }
        }
        let fetch = targets.compactMap { subValue[$0] }
        let names = targets.map { graph.nodes[$0].name }
        let results = try evaluateConstants(evaluator, sub, fetch: fetch, pass: name, what: "evaluating constant nodes \(names)")
        guard results.count == targets.count else {
            throw PassError(pass: name, "the constant evaluator returned \(results.count) tensors for \(targets.count) nodes")
        }
        for (i, t) in zip(targets, results) where t.type != graph.nodes[i].types[0] {
            throw PassError(pass: name, "the constant evaluator gave \(t.type) for node '\(graph.nodes[i].name)', which has type \(graph.nodes[i].types[0])")
        }
        return results
    }
}
