import GraphIR

/// A set of nodes computed by one kernel.
struct FusionGroup {
    var anchor: Int?
    /// Element-wise nodes, topological; the last is the group's root unless the group is only an anchor.
    var body: [Int]
    /// Producers the anchor computes as it reads them (`Kernel.absorbed`).
    var absorbed: [Int] = []
    var nodes: [Int] { absorbed + (anchor.map { [$0] } ?? []) + body }
}

/// Groups nodes into kernels: element-wise chains (and diamonds of them) are fused into their consumer's loop, and
/// a chain that starts at a MatMul, Conv2D, pool, Softmax or reduction is fused into that
/// producer's loop as an epilogue (Conv2D -> BiasAdd -> Relu is one kernel).
enum Fusion {
    /// For each group's root node index, the group.
    static func groups(_ graph: Graph, outputs: Set<Value>) -> [Int: FusionGroup] {
        let consumers = graph.consumers()
        let outputNodes = Set(outputs.map(\.node))
        var groupOf: [Int: Int] = [:]  // node -> root
        var groups: [Int: FusionGroup] = [:]

        func isMaterialisedOnly(_ op: Op) -> Bool { op.kernelRole == .source || op.kernelRole == .alias }

        // A producer may join its consumer's group when nothing else needs its value in memory:
        // every consumer is in that group's element-wise body (a diamond such as x·sigmoid(x) or
        // LeakyRelu's select(x > 0, x, αx) stays one loop, computing x once per element); the
        // group's anchor reads its inputs from memory, so it must not be one. Consumers come later
        // in the graph, so when the last of them to be visited asks, all have their groups.
        func canFuse(_ p: Int, into c: Int, root: Int) -> Bool {
            guard !outputNodes.contains(p),
                  consumers[p].allSatisfy({ groupOf[$0] == root && $0 != groups[root]?.anchor }) else { return false }
            // One output, of the consumer's shape (a broadcast operand is read at its own size).
            guard graph.nodes[p].types.count == 1 else { return false }
            return graph.nodes[p].types[0].shape == graph.nodes[c].types[0].shape
        }

        for i in graph.nodes.indices.reversed() {
            let node = graph.nodes[i]
            if isMaterialisedOnly(node.op) { continue }
            let root: Int
            if let r = groupOf[i] {
                root = r
            } else {
                root = i
                groupOf[i] = i
                groups[i] = node.op.isFusableElementwise ? FusionGroup(anchor: nil, body: [i]) : FusionGroup(anchor: i, body: [])
            }
            guard node.op.isFusableElementwise else { continue }
            for input in node.inputs {
                let p = input.node
                guard groupOf[p] == nil, canFuse(p, into: i, root: root) else { continue }
                let op = graph.nodes[p].op
                if op.isFusableElementwise {
                    groupOf[p] = root
                    groups[root]?.body.insert(p, at: 0)
                } else if !isMaterialisedOnly(op), groups[root]?.anchor == nil, op.isAnchor,
                          // An Assign's buffer is its variable: an anchor would overwrite the
                          // variable before the update reads it (SGD's p - lr·grad).
                          !graph.nodes[root].op.isAssign,
                          // Anchors other than ArgMax rewrite their output in place: same dtype only.
                          graph.nodes[p].types[0].dtype == graph.nodes[root].types[0].dtype || op.isArgMax {
                    groupOf[p] = root
                    groups[root]?.anchor = p
                }
            }
        }
        // Bodies were collected in reverse; keep them in graph (topological) order.
        for (root, g) in groups { groups[root]?.body = g.body.sorted() }
        absorbResizesIntoConcats(graph, consumers: consumers, outputs: outputNodes, &groups)
        return groups
    }

    /// A resize read only by a concatenation along an NHWC image's channels becomes part of the
    /// concatenation's kernel, which interpolates each pixel's channels into its slice of the
    /// result: the resized image is never stored and read back.
    static func absorbResizesIntoConcats(_ graph: Graph, consumers: [[Int]], outputs: Set<Int>, _ groups: inout [Int: FusionGroup]) {
        for (root, group) in groups {
            guard let a = group.anchor, case .concat(let axis, _) = graph.nodes[a].op,
                  let shape = graph.nodes[a].types[0].shape, shape.count == 4, axis == 3 else { continue }
            var absorbed: [Int] = []
            for v in graph.nodes[a].inputs {
                let p = v.node
                guard case .resize = graph.nodes[p].op, !outputs.contains(p), !absorbed.contains(p),
                      consumers[p].allSatisfy({ $0 == a }),
                      let own = groups[p], own.anchor == p, own.body.isEmpty, own.absorbed.isEmpty else { continue }
                absorbed.append(p)
            }
            guard !absorbed.isEmpty else { continue }
            for p in absorbed { groups[p] = nil }
            groups[root]?.absorbed = absorbed.sorted()
        }
    }
}

extension Op {
    var isAssign: Bool {
        if case .assign = self { return true }
        return false
    }

    var isArgMax: Bool {
        if case .argMax = self { return true }
        return false
    }
}
