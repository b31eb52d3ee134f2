import GraphIR

/// One row of `graphjit info`.
public struct NodeSummary: Sendable {
    public var name: String
    public var op: String
    /// Output types; unknown dimensions print as `?`.
    public var types: [TensorType]
    /// Learnable parameters this node holds (see `Model.learnableParameterCount`).
    public var parameters: Int
}

extension Model {
    /// Each node's op and output types, with shapes inferred for the given input shapes
    /// (inputs left out keep the shapes the file declares, possibly with unknown dimensions).
    public func summary(inputShapes: [String: [Int]] = [:]) throws -> [NodeSummary] {
        let g = inputShapes.isEmpty ? graph : try graph.specialized(inputShapes: inputShapes)
        return g.nodes.map { n in
            NodeSummary(name: n.name, op: n.op.name, types: n.types, parameters: Self.parameters(of: n))
        }
    }

    /// Learnable parameters: the elements of every variable (`VariableV2`), and of every
    /// floating-point constant of rank >= 1 — in a frozen graph these are the weights and biases
    /// (int constants are shapes and axes, scalars are hyper-parameters).
    public var learnableParameterCount: Int {
        graph.nodes.reduce(0) { $0 + Self.parameters(of: $1) }
    }

    static func parameters(of node: Node) -> Int {
        switch node.op {
        case let .variable(_, shape): return shape.reduce(1, *)
        case .constant(let t) where t.dtype.isFloatingPoint && !t.shape.isEmpty: return t.elementCount
        default: return 0
        }
    }
}
