import Formats
import GraphIR
import Passes

/// A loaded computation graph, ready to inspect or compile.
public struct Model: Sendable {
    /// The graph as imported (shapes may have unknown dimensions).
    public let graph: Graph

    public init(graph: Graph) { self.graph = graph }

    /// Loads a TensorFlow GraphDef: binary (`.pb`) or text (`.pbtxt`).
    public init(contentsOf path: String) throws {
        graph = try GraphDefFile.load(path: path)
    }

    /// Parses a GraphDef in protobuf text format; `filename` names it in error messages.
    public init(text: String, filename: String = "<string>") throws {
        graph = try GraphDefFile.parse(text: text, filename: filename)
    }

    /// Each input's declared shape (nil: unknown rank; -1: an unknown dimension).
    public var inputShapes: [String: [Int]?] {
        var shapes: [String: [Int]?] = [:]
        for i in graph.placeholders { if case let .placeholder(_, shape) = graph.nodes[i].op { shapes[graph.nodes[i].name] = shape } }
        return shapes
    }

    /// Each input's dtype.
    public var inputDTypes: [String: DType] {
        var types: [String: DType] = [:]
        for i in graph.placeholders { if case let .placeholder(dtype, _) = graph.nodes[i].op { types[graph.nodes[i].name] = dtype } }
        return types
    }

    /// Names of the graph's inputs (placeholders), in graph order.
    public var inputNames: [String] { graph.placeholders.map { graph.nodes[$0].name } }

    /// Nodes nothing else consumes (the graph's natural outputs), excluding inputs and constants.
    public var sinkNames: [String] {
        let consumers = graph.consumers()
        return graph.nodes.indices.filter { i in
            guard consumers[i].isEmpty else { return false }
            switch graph.nodes[i].op {
            case .placeholder, .constant: return false
            default: return true
            }
        }.map { graph.nodes[$0].name }
    }

    /// Compiles `outputs` (node names, or `node:k`) for inputs of the given shapes.
    /// Inputs whose shapes are fully declared in the graph need no entry in `inputShapes`.
    public func compile(outputs: [String], inputShapes: [String: [Int]] = [:],
                        options: CompileOptions = CompileOptions()) throws -> CompiledGraph {
        try Compiler(options: options).compile(graph, outputs: outputs, inputShapes: inputShapes)
    }

    /// Compiles `outputs` and also runs the nodes in `effects` (Assign nodes that update variables)
    /// on every run, without returning their values.
    public func compile(outputs: [String], effects: [String], inputShapes: [String: [Int]] = [:],
                        options: CompileOptions = CompileOptions()) throws -> CompiledGraph {
        try Compiler(options: options).compile(graph, outputs: outputs, effects: effects, inputShapes: inputShapes)
    }
}
