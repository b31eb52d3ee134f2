import GraphIR

/// Bypasses Identity nodes: their consumers read the Identity's input directly.
/// A kept Identity stays (with its input bypassing any identity chain before it) so the output
/// name the caller asked for still exists.
public struct IdentityElimination: GraphPass {
    public init() {}
    public var name: PassName { .identityElimination }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        let keptNodes = Set(kept.map(\.node))
        return try GraphRebuilder.rewriting(graph, pass: name, keeping: kept) { rebuilder, i, node in
            guard case .identity = node.op, !keptNodes.contains(i) else { return false }
            rebuilder.alias(Value(node: i), to: try rebuilder.mapped(node.inputs[0]))
            return true
        }
    }
}
