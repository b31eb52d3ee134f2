/// A graph uses ops GraphJIT does not import. Every one is listed at once, in one line, so a
/// user sees the whole gap rather than fixing one op at a time:
/// `3 unsupported ops (5 nodes): Foo (x/foo, y/foo), Bar (bar), Baz (a, b, c, +2 more)`.
public struct UnsupportedOpsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One op and the nodes using it, in graph order.
    public struct Use: Hashable, Sendable {
        public var op: String
        public var nodes: [String]
    }

    /// Node names listed per op; the rest are counted.
    public static let listedNodesPerOp = 3

    /// In the order of each op's first node.
    public var uses: [Use]

    public init(uses: [Use]) { self.uses = uses }

    /// Groups `(node, op)` pairs by op, keeping first-appearance order.
    package init(nodes: [(name: String, op: String)]) {
        var index: [String: Int] = [:]
        var uses: [Use] = []
        for (name, op) in nodes {
            if let k = index[op] {
                uses[k].nodes.append(name)
            } else {
                index[op] = uses.count
                uses.append(Use(op: op, nodes: [name]))
            }
        }
        self.init(uses: uses)
    }

    public var nodeCount: Int { uses.reduce(0) { $0 + $1.nodes.count } }

    public var description: String {
        let ops = uses.count, nodes = nodeCount
        let list = uses.map { u -> String in
            var names = u.nodes.prefix(Self.listedNodesPerOp).map(oneLine)
            if u.nodes.count > Self.listedNodesPerOp { names.append("+\(u.nodes.count - Self.listedNodesPerOp) more") }
            return "\(oneLine(u.op)) (\(names.joined(separator: ", ")))"
        }
        return "\(ops) unsupported op\(ops == 1 ? "" : "s") (\(nodes) node\(nodes == 1 ? "" : "s")): " + list.joined(separator: ", ")
    }
}
