import GraphIR

/// Turns a TensorFlow GraphDef into a GraphIR graph.
public enum GraphDefImporter {
    /// Builds the graph: resolves inputs (`name`, `name:k`; `^name` control inputs are ignored),
    /// rejects missing inputs and cycles, sorts topologically, then maps each node through the op
    /// table. `NoOp` nodes are dropped, as are constants that only supply attributes (Reshape
    /// shapes, reduction axes, permutations, gradient shapes: `OpBuilder.folded`). Every error is
    /// a `GraphError` naming a node.
    public static func graph(from def: GraphDef) throws -> Graph {
        let nodes = def.node
        var indexByName: [String: Int] = [:]
        for (i, n) in nodes.enumerated() {
            guard !n.name.isEmpty else { throw GraphError(node: "", op: n.op, "node #\(i) has no name") }
            guard indexByName.updateValue(i, forKey: n.name) == nil else {
                throw GraphError(node: n.name, op: n.op, "a node with this name already exists")
            }
        }

        var dataInputs: [[InputReference]] = []
        var dependencies: [[Int]] = []
        for n in nodes {
            let refs = n.input.map(InputReference.init).filter { !$0.isControl }
            var deps: [Int] = []
            for (k, r) in refs.enumerated() {
                guard let source = indexByName[r.node] else {
                    throw GraphError(node: n.name, op: n.op, "input \(k) '\(n.input[k])' names a node that does not exist")
                }
                deps.append(source)
            }
            dataInputs.append(refs)
            dependencies.append(deps)
        }
        let order = try topologicalOrder(dependencies, names: nodes.map(\.name), ops: nodes.map(\.op))

        let reserved = Set(indexByName.keys)
        var graph = Graph()
        var built: [Int: Int] = [:]  // TensorFlow node index -> GraphIR node index
        var compositeOutputs: [Int: (values: [Int: Value], refused: [Int: String])] = [:]  // outputs k >= 1 of composites
        var attributeEdges: [(consumer: Int, producer: Int)] = []
        for i in order {
            let n = nodes[i]
            if n.op == "NoOp" { continue }
            guard let builder = tensorFlowOps[n.op] else {
                throw GraphError(node: n.name, op: n.op, "op '\(n.op)' is not supported")
            }
            for key in n.attr.keys.sorted() where !key.hasPrefix("_") && key != "T" && !builder.attributes.contains(key) {
                throw GraphError(node: n.name, op: n.op, "unknown attribute '\(key)'")
            }
            var inputs: [Value] = []
            for (k, r) in dataInputs[i].enumerated() {
                guard let source = indexByName[r.node], let irNode = built[source] else {
                    throw GraphError(node: n.name, op: n.op, "input \(k) '\(r.node)' is a NoOp, which has no outputs")
                }
                if r.output > 0, let extra = compositeOutputs[source] {
                    if let v = extra.values[r.output] { inputs.append(v); continue }
                    if let reason = extra.refused[r.output] {
                        throw GraphError(node: n.name, op: n.op, "input \(k) asks for output \(r.output) of '\(r.node)' (\(nodes[source].op)): \(reason)")
                    }
                }
                let outputs = graph.nodes[irNode].types.count
                guard r.output < outputs else {
                    throw GraphError(node: n.name, op: n.op,
                                     "input \(k) asks for output \(r.output) of '\(r.node)', which has \(outputs) output(s)")
                }
                inputs.append(Value(node: irNode, output: r.output))
            }
            guard builder.inputs.accepts(inputs.count) else {
                throw GraphError(node: n.name, op: n.op, "has \(inputs.count) data input(s), expected \(builder.inputs)")
            }
            let lowering = try lower(builder, n, inputs, graph)
            let operands = inputs.indices.filter { !builder.folded.contains($0) }.map { inputs[$0] }
            switch lowering {
            case .op(let op):
                do {
                    try graph.add(n.name, op, operands)
                } catch let e as GraphError {
                    throw GraphError(node: n.name, op: n.op, e.message)
                }
            case .composite(let composite):
                // Hand the graph to the builder so appending does not copy it.
                var sub = SubgraphBuilder(name: n.name, op: n.op, operands: operands, graph: graph, reserved: reserved)
                graph = Graph()
                let result = try composite.emit(&sub)
                if !sub.hasOutput { _ = try sub.output(.identity, [result]) }
                graph = sub.graph
                if !sub.extraOutputs.isEmpty || !sub.refusedOutputs.isEmpty {
                    compositeOutputs[i] = (sub.extraOutputs, sub.refusedOutputs)
                }
            }
            guard let irNode = graph.index(of: n.name) else {
                throw GraphError(node: n.name, op: n.op, "the importer built no node of this name")
            }
            built[i] = irNode
            for k in builder.folded { attributeEdges.append((irNode, inputs[k].node)) }
        }
        return try withoutAttributeSources(graph, attributeEdges)
    }

    /// Runs the builder in its own scope so the context's reference to the graph is gone before
    /// the graph grows; otherwise every `add` would copy the whole graph.
    private static func lower(_ builder: OpBuilder, _ n: NodeDef, _ inputs: [Value], _ graph: Graph) throws -> Lowering {
        let ctx = NodeContext(def: n, inputs: inputs, inputTypes: inputs.map { graph[$0] }, graph: graph)
        if let k = builder.typedInput, k < ctx.inputTypes.count {
            try ctx.checkType("T", is: ctx.inputTypes[k].dtype, what: "input \(k)")
        } else {
            _ = try ctx.dtype("T")
        }
        return try builder.lower(ctx)
    }

    /// Removes the Const and Identity nodes whose only uses were folded into attributes, since the
    /// graph no longer needs them (and keeping them would make export followed by import grow the
    /// graph). A node with no uses at all is kept: it may be an output the user asks for.
    private static func withoutAttributeSources(_ graph: Graph, _ edges: [(consumer: Int, producer: Int)]) throws -> Graph {
        guard !edges.isEmpty else { return graph }
        var dataUses = Array(repeating: 0, count: graph.nodes.count)
        for n in graph.nodes { for v in n.inputs { dataUses[v.node] += 1 } }
        var feedsAttribute = Array(repeating: false, count: graph.nodes.count)
        for e in edges { feedsAttribute[e.producer] = true }
        var drop = Array(repeating: false, count: graph.nodes.count)
        // Consumers come after producers, so walking backwards settles every use of a node first.
        for i in graph.nodes.indices.reversed() where dataUses[i] == 0 && feedsAttribute[i] {
            switch graph.nodes[i].op {
            case .constant, .identity:
                drop[i] = true
                for v in graph.nodes[i].inputs {
                    dataUses[v.node] -= 1
                    feedsAttribute[v.node] = true
                }
            default:
                break
            }
        }
        guard drop.contains(true) else { return graph }
        var result = Graph()
        var newIndex: [Int: Int] = [:]
        for (i, n) in graph.nodes.enumerated() where !drop[i] {
            let inputs = n.inputs.compactMap { v in newIndex[v.node].map { Value(node: $0, output: v.output) } }
            try result.add(n.name, n.op, inputs)
            newIndex[i] = result.nodes.count - 1
        }
        return result
    }
}
