import GraphIR

/// Keeps only the nodes some kept value depends on. Placeholders nothing uses are removed too,
/// unless they are kept themselves (a caller may still want to feed or inspect them).
public struct DeadNodeElimination: GraphPass {
    public init() {}
    public var name: PassName { .deadNodeElimination }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        var live = Set<Int>()
        var stack = kept.map(\.node)
        while let i = stack.popLast() {
            guard live.insert(i).inserted else { continue }
            stack += graph.nodes[i].inputs.map(\.node)
        }
        var rebuilder = GraphRebuilder(graph, pass: name)
        for i in graph.nodes.indices where live.contains(i) { try rebuilder.copy(i) }
        return try rebuilder.finish(keeping: kept)
    }
}
