import GraphIR

/// `Graph.specialized(inputShapes:)` as a pass step, so a pipeline that starts by binding input
/// shapes composes its value map like any other. Specialisation keeps every node in place.
public struct ShapeSpecialization {
    public var inputShapes: [String: [Int]]

    public init(inputShapes: [String: [Int]]) { self.inputShapes = inputShapes }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        for v in kept where !(v.node >= 0 && v.node < graph.nodes.count && v.output >= 0 && v.output < graph.nodes[v.node].types.count) {
            throw PassError(pass: nil, "kept value \(v.node):\(v.output) is not an output of the graph")
        }
        let specialized = try graph.specialized(inputShapes: inputShapes)
        return PassResult(graph: specialized, valueMap: .identity(of: specialized), kept: kept)
    }
}
