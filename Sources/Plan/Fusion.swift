import GraphIR

/// A set of nodes computed by one kernel.
struct FusionGroup {
    var anchor: Int?
    /// Element-wise nodes, topological; the last is the group's root unless the group is only an anchor.
    var body: [Int]
    var nodes: [Int] { (anchor.map { [$0] } ?? []) + body }
}

/// Groups nodes into kernels: element-wise chains are fused into their consumer's loop, and
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
        // every consumer is in that group (a diamond such as swish, x·sigmoid(x), stays in one
        // loop: the kernel computes each element of a fused value once and reuses it). The
        // reverse walk reaches the producer again from its last consumer, once all are placed.
        // Consumers must be element-wise members: an anchor reads its inputs from memory.
        func canFuse(_ p: Int, into c: Int) -> Bool {
            guard let root = groupOf[c], !outputNodes.contains(p),
                  consumers[p].allSatisfy({ groupOf[$0] == root && graph.nodes[$0].op.isFusableElementwise }) else { return false }
            guard graph.nodes[p].types.count == 1 else { return false }
            return consumers[p].allSatisfy { graph.nodes[p].types[0].shape == graph.nodes[$0].types[0].shape }
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
                guard groupOf[p] == nil, canFuse(p, into: i) else { continue }
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
        return groups
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
