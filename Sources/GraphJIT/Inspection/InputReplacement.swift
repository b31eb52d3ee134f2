import GraphIR

extension Model {
    /// Appends the model's nodes to `g` (under their own names) with the placeholder `input`
    /// replaced by `replacement`, a value `g` already holds: the analyses put their own nodes
    /// before the network (the occluded batch, random images) and read its layers after.
    /// `rewrite`, when given, chooses each appended node's op (`channelsLastView` frees the batch).
    func append(to g: inout Graph, replacing input: String, with replacement: Value, rewrite: ((Node) -> Op)? = nil) throws {
        var mapped: [Int: Value] = [:]
        for (i, node) in graph.nodes.enumerated() {
            if node.name == input { mapped[i] = replacement; continue }
            let inputs = try node.inputs.map { v -> Value in
                guard let m = mapped[v.node] else { throw GraphJITError("internal: '\(node.name)' comes before its input") }
                return Value(node: m.node, output: v.output)
            }
            guard g.index(of: node.name) == nil else {
                throw GraphJITError("the graph has a node named '\(node.name)', a name the analysis uses for its own nodes")
            }
            mapped[i] = try g.add(node.name, rewrite?(node) ?? node.op, inputs)
        }
    }
}
