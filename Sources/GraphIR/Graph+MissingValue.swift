extension Graph {
    /// Why `value(named: spec)` is nil, in one line: no such node, or `NODE:k` past the node's
    /// outputs (naming the node, its op and how many outputs it has, since a wrong index on a
    /// node that exists is the likelier mistake).
    public func missingValueMessage(_ spec: String) -> String {
        guard let colon = spec.lastIndex(of: ":"), let k = Int(spec[spec.index(after: colon)...]),
              let i = index(of: String(spec[..<colon])) else {
            return "the graph has no node named '\(spec)'"
        }
        let node = nodes[i], count = node.types.count
        let outputs: String
        switch count {
        case 0: outputs = "no outputs"
        case 1: outputs = "one output ('\(node.name)' or '\(node.name):0')"
        default: outputs = "\(count) outputs ('\(node.name):0' to '\(node.name):\(count - 1)')"
        }
        return "node '\(node.name)' (\(node.op.name)) has \(outputs): '\(spec)' asks for output \(k)"
    }
}
