/// A shape or dtype rule was broken; the graph layer adds the node's name and op.
public struct ShapeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A semantic error in a graph, naming the node and its op.
public struct GraphError: Error, Hashable, Sendable, CustomStringConvertible {
    public var node: String
    public var op: String
    public var message: String

    public init(node: String, op: String, _ message: String) {
        self.node = node
        self.op = op
        self.message = message
    }

    public var description: String { "node '\(node)' (\(op)): \(message)" }
}
