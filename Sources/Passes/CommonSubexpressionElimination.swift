import GraphIR

/// Merges nodes that compute the same thing: equal op and attributes (constants by dtype, shape
/// and bytes, so 0.0 and -0.0 stay apart) and equal inputs. Inputs of commutative binary ops
/// (Add, Mul, Maximum, Minimum) are compared as an unordered pair.
///
/// Duplicates merge into the first node computing the value. Placeholders are never merged (two
/// inputs are distinct even when declared alike), and a kept node is never merged away, so every
/// requested output keeps its name.
public struct CommonSubexpressionElimination: GraphPass {
    public init() {}
    public var name: PassName { .commonSubexpressionElimination }

    private struct Key: Hashable {
        var op: Op
        var inputs: [Value]
    }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        let keptNodes = Set(kept.map(\.node))
        var rebuilder = GraphRebuilder(graph, pass: name)
        var firstComputing: [Key: Int] = [:]
        for (i, node) in graph.nodes.enumerated() {
            if case .placeholder = node.op {
                try rebuilder.copy(i)
                continue
            }
            if node.op.isStateful {
                // Two variables of one shape are still two variables.
                try rebuilder.copy(i, inputs: try node.inputs.map(rebuilder.mapped))
                continue
            }
            let inputs = try node.inputs.map(rebuilder.mapped)
            let key = Key(op: node.op, inputs: node.op.isCommutative ? inputs.sorted(by: precedes) : inputs)
            if let survivor = firstComputing[key], !keptNodes.contains(i) {
                rebuilder.alias(i, to: survivor)
                continue
            }
            try rebuilder.copy(i, inputs: inputs)
            if firstComputing[key] == nil, let copied = rebuilder.newNode(of: i) { firstComputing[key] = copied }
        }
        return try rebuilder.finish(keeping: kept)
    }
}

private func precedes(_ a: Value, _ b: Value) -> Bool { (a.node, a.output) < (b.node, b.output) }

extension Op {
    /// Binary ops whose result does not depend on operand order (broadcasting is symmetric too).
    var isCommutative: Bool {
        switch self {
        case .binary(let b): return b == .add || b == .mul || b == .maximum || b == .minimum
        default: return false
        }
    }
}
