import Formats
import GraphIR
import ONNX

/// What `graphjit info` shows of a file that may not import whole.
public struct ModelInspection: Sendable {
    /// The nodes that imported: all of them, or those that neither are nor depend on an
    /// unsupported or failing node. Constants have no inputs, so every weight is counted.
    public let model: Model
    /// Why some nodes did not import (every unsupported op at once, else the first failing node).
    public let problem: (any Error & Sendable)?
    /// TensorFlow nodes (after inlining function calls) left out.
    public let nodesLeftOut: Int
}

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
    /// Loads what imports of a GraphDef, for inspection: unlike `init(contentsOf:)`, unsupported
    /// ops and failing nodes leave out what depends on them instead of failing the load.
    /// Unreadable files and broken graphs (cycles, missing inputs, control flow) still throw.
    public static func inspect(contentsOf path: String) throws -> ModelInspection {
        // ONNX files import whole or not at all: their unsupported ops are listed together.
        if ONNXFile.isONNX(path: path) { return ModelInspection(model: try Model(contentsOf: path), problem: nil, nodesLeftOut: 0) }
        let partial = try GraphDefImporter.partialGraph(from: GraphDefFile.readGraphDef(path: path))
        return ModelInspection(model: Model(graph: partial.graph), problem: partial.problem, nodesLeftOut: partial.nodesLeftOut)
    }

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
