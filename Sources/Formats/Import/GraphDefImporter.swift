import GraphIR

/// Turns a TensorFlow GraphDef into a GraphIR graph.
public enum GraphDefImporter {
    /// What `partialGraph` could import of a graph that does not import whole.
    public struct PartialImport: Sendable {
        /// The nodes that imported: every node but the unsupported or failing ones and those
        /// that read them (directly or through others).
        public var graph: Graph
        /// Why the rest did not: an `UnsupportedOpsError` listing every unsupported op, else the
        /// first node's `GraphError`; nil when the whole graph imported.
        public var problem: (any Error & Sendable)?
        /// TensorFlow nodes (after inlining) left out.
        public var nodesLeftOut: Int
    }

    /// Builds the graph: inlines function calls (`FunctionInliner`), resolves inputs (`name`,
    /// `name:k`; `^name` control inputs are ignored), rejects missing inputs and cycles, sorts
    /// topologically, refuses a graph with unsupported ops (listing them all), then maps each node
    /// through the op table. `NoOp` nodes are dropped, as are constants that only supply
    /// attributes (Reshape shapes, reduction axes, permutations, gradient shapes:
    /// `OpBuilder.folded`); `IdentityN` and inlined calls pass their inputs on without a node of
    /// their own. Every error is a `GraphError` naming a node, or an `UnsupportedOpsError`.
    public static func graph(from def: GraphDef) throws -> Graph {
        try build(def, partial: false).graph
    }

    /// Imports what it can of a graph with unsupported ops or failing nodes, for inspecting it
    /// (`graphjit info`): the nodes that do not depend on them. Errors that leave no graph to
    /// speak of (missing inputs, cycles, duplicate names, control flow, bad function calls) are
    /// still thrown.
    public static func partialGraph(from def: GraphDef) throws -> PartialImport {
        try build(def, partial: true)
    }

    private static func build(_ def: GraphDef, partial: Bool) throws -> PartialImport {
        let nodes = try FunctionInliner.flatten(def)
        var indexByName: [String: Int] = [:]
        for (i, n) in nodes.enumerated() {
            guard !n.def.name.isEmpty else { throw GraphError(node: "", op: n.def.op, "node #\(i) has no name") }
            guard indexByName.updateValue(i, forKey: n.def.name) == nil else {
                throw GraphError(node: n.def.name, op: n.def.op, "a node with this name already exists")
            }
        }

        var dataInputs: [[InputReference]] = []
        var dependencies: [[Int]] = []
        for n in nodes.map(\.def) {
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
        let order = try topologicalOrder(dependencies, names: nodes.map(\.def.name), ops: nodes.map(\.def.op))

        let unsupported = nodes.indices.filter { i in
            nodes[i].forwarding == nil && nodes[i].def.op != "NoOp" && tensorFlowOps[nodes[i].def.op] == nil
        }
        var problem: (any Error & Sendable)?
        if !unsupported.isEmpty {
            let e = UnsupportedOpsError(nodes: unsupported.map { (nodes[$0].def.name, nodes[$0].def.op) })
            guard partial else { throw e }
            problem = e
        }
        var skip = Array(repeating: false, count: nodes.count)
        for i in unsupported { skip[i] = true }

        var importer = Importer(nodes: nodes, reserved: Set(indexByName.keys))
        var leftOut = 0
        for i in order {
            if skip[i] || dependencies[i].contains(where: { importer.outputs[$0] == nil }) {
                leftOut += 1
                continue
            }
            do {
                try importer.add(i, dataInputs[i], indexByName)
            } catch let e as GraphError where partial {
                problem = problem ?? e
                leftOut += 1
            }
        }
        return PartialImport(graph: try withoutAttributeSources(importer.graph, importer.attributeEdges),
                             problem: problem, nodesLeftOut: leftOut)
    }

    /// A composite's outputs beyond its first: values it names, and ones it refuses with a reason.
    private struct CompositeOutputs {
        var values: [Int: Value]
        var refused: [Int: String]

        mutating func refusedNote(_ k: Int) { refused[k] = "this output is not computed" }
    }

    /// The graph being built and, for each TensorFlow node built so far, the values of its outputs.
    private struct Importer {
        let nodes: [FlatNode]
        /// Names of the file's own nodes, which the inner nodes of composites must not take.
        let reserved: Set<String>
        var graph = Graph()
        /// TensorFlow node index -> its outputs; nil until built (or when left out). A NoOp has
        /// none; a forwarding node's are its inputs.
        var outputs: [[Value]?]
        /// Outputs of composites that exist in TensorFlow but GraphJIT does not compute, with the
        /// reason a consumer is told (FusedBatchNormV3's reserve_space_3).
        var refusedOutputs: [Int: [Int: String]] = [:]
        var attributeEdges: [(consumer: Int, producer: Int)] = []

        init(nodes: [FlatNode], reserved: Set<String>) {
            self.nodes = nodes
            self.reserved = reserved
            outputs = Array(repeating: nil, count: nodes.count)
        }

        mutating func add(_ i: Int, _ refs: [InputReference], _ indexByName: [String: Int]) throws {
            let n = nodes[i].def
            if n.op == "NoOp", nodes[i].forwarding == nil {
                outputs[i] = []
                return
            }
            var inputs: [Value] = []
            for (k, r) in refs.enumerated() {
                guard let source = indexByName[r.node], let values = outputs[source] else {
                    throw GraphError(node: n.name, op: n.op, "input \(k) '\(r.node)' was not imported")
                }
                if values.isEmpty, nodes[source].def.op == "NoOp" {
                    throw GraphError(node: n.name, op: n.op, "input \(k) '\(r.node)' is a NoOp, which has no outputs")
                }
                if let reason = refusedOutputs[source]?[r.output] {
                    throw GraphError(node: n.name, op: n.op, "input \(k) asks for output \(r.output) of '\(r.node)' (\(nodes[source].def.op)): \(reason)")
                }
                guard r.output < values.count else {
                    throw GraphError(node: n.name, op: n.op,
                                     "input \(k) asks for output \(r.output) of '\(r.node)', which has \(values.count) output(s)")
                }
                inputs.append(values[r.output])
            }
            if let forwarding = nodes[i].forwarding {
                try forward(inputs, forwarding, op: n.op)
                outputs[i] = inputs
                return
            }
            guard let builder = tensorFlowOps[n.op] else {
                throw GraphError(node: n.name, op: n.op, "op '\(n.op)' is not supported")
            }
            for key in n.attr.keys.sorted() where !key.hasPrefix("_") && key != "T" && !builder.attributes.contains(key) {
                throw GraphError(node: n.name, op: n.op, "unknown attribute '\(key)'")
            }
            guard builder.inputs.accepts(inputs.count) else {
                throw GraphError(node: n.name, op: n.op, "has \(inputs.count) data input(s), expected \(builder.inputs)")
            }
            let lowering = try GraphDefImporter.lower(builder, n, inputs, graph)
            let folded = builder.folded.map { $0 < 0 ? $0 + inputs.count : $0 }
            let operands = inputs.indices.filter { !folded.contains($0) }.map { inputs[$0] }
            var foldedHere = folded
            var extra: CompositeOutputs?
            switch lowering {
            case .op(let op), .opOverAllInputs(let op):
                if case .opOverAllInputs = lowering { foldedHere = [] }
                do {
                    try graph.add(n.name, op, foldedHere.isEmpty ? inputs : operands)
                } catch let e as GraphError {
                    throw GraphError(node: n.name, op: n.op, e.message)
                }
            case .composite(let composite):
                extra = try emitComposite(composite, n, operands: operands, inputs: inputs)
            }
            guard let irNode = graph.index(of: n.name) else {
                throw GraphError(node: n.name, op: n.op, "the importer built no node of this name")
            }
            // A composite's further outputs (k >= 1) are values it names; gaps stay refused.
            let own = graph.nodes[irNode].types.indices.map { Value(node: irNode, output: $0) }
            if var extra, let last = extra.values.keys.max() {
                var all = own
                for k in own.count...max(last, own.count) {
                    all.append(extra.values[k] ?? own[0])
                    if extra.values[k] == nil && extra.refused[k] == nil { extra.refusedNote(k) }
                }
                outputs[i] = all
                if !extra.refused.isEmpty { refusedOutputs[i] = extra.refused }
            } else {
                outputs[i] = own
                if let refused = extra?.refused, !refused.isEmpty { refusedOutputs[i] = refused }
            }
            for k in foldedHere { attributeEdges.append((irNode, inputs[k].node)) }
        }

        /// Appends a composite's nodes; returns the further outputs it declared.
        private mutating func emitComposite(_ composite: Composite, _ n: NodeDef, operands: [Value], inputs: [Value]) throws
            -> CompositeOutputs? {
                // Hand the graph to the builder so appending does not copy it.
                var sub = SubgraphBuilder(name: n.name, op: n.op, operands: operands, inputs: inputs, graph: graph, reserved: reserved)
                let before = graph.nodes.count
                graph = Graph()
                do {
                    let result = try composite.emit(&sub)
                    if !sub.hasOutput { _ = try sub.output(.identity, [result]) }
                    graph = sub.graph
                } catch {
                    // Only a partial import goes on after an error: it must not keep half a composite.
                    graph = try sub.graph.nodes.count == before ? sub.graph : Self.prefix(sub.graph, before)
                    throw error
                }
                guard !sub.extraOutputs.isEmpty || !sub.refusedOutputs.isEmpty else { return nil }
                return CompositeOutputs(values: sub.extraOutputs, refused: sub.refusedOutputs)
        }

        /// Checks a forwarding node's inputs against the types its attribute lists.
        private func forward(_ inputs: [Value], _ f: Forwarding, op: String) throws {
            guard inputs.count == f.types.count else {
                throw GraphError(node: f.node, op: op, "has \(inputs.count) data input(s) but \(f.source) lists \(f.types.count) type(s)")
            }
            for (k, t) in f.types.enumerated() {
                guard let t else { continue }
                guard let d = t.dtype else {
                    throw GraphError(node: f.node, op: op, "\(f.source)[\(k)] is \(t), which is not supported (GraphJIT supports DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_BOOL)")
                }
                let actual = graph[inputs[k]].dtype
                guard actual == d else {
                    throw GraphError(node: f.node, op: op, "input \(k) is \(DataType(actual)) but \(f.source)[\(k)] is \(t)")
                }
            }
        }

        /// The first `count` nodes of `g`.
        private static func prefix(_ g: Graph, _ count: Int) throws -> Graph {
            var out = Graph()
            for n in g.nodes.prefix(count) { try out.add(n.name, n.op, n.inputs) }
            return out
        }
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
