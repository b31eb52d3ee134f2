import Formats
import GraphIR
import ONNX
import Passes

/// A loaded computation graph, ready to inspect or compile.
public struct Model: Sendable {
    /// The graph as imported (shapes may have unknown dimensions).
    public let graph: Graph
    /// The outputs the file declares (an ONNX graph's outputs); nil for a GraphDef, which has none.
    public let declaredOutputs: [String]?
    /// Symbolic dimensions (ONNX's `dim_param`) and the input axes each names.
    public let symbolicDimensions: [String: [ONNXImport.SymbolicUse]]
    /// Whether images are channels first (`[N, C, H, W]`, as ONNX files keep them) rather than
    /// TensorFlow's `[N, H, W, C]`: the inspection analyses, written for NHWC, look at such a
    /// model through an NHWC view (`channelsLastView`).
    public let channelsFirst: Bool

    public init(graph: Graph) {
        self.init(graph: graph, declaredOutputs: nil, symbolicDimensions: [:], channelsFirst: false)
    }

    init(graph: Graph, declaredOutputs: [String]?, symbolicDimensions: [String: [ONNXImport.SymbolicUse]], channelsFirst: Bool) {
        self.graph = graph
        self.declaredOutputs = declaredOutputs
        self.symbolicDimensions = symbolicDimensions
        self.channelsFirst = channelsFirst
    }

    /// `graph` with the outputs and symbolic dimensions `other`'s file declared (a rewritten model).
    init(graph: Graph, like other: Model) {
        self.init(graph: graph, declaredOutputs: other.declaredOutputs, symbolicDimensions: other.symbolicDimensions,
                  channelsFirst: other.channelsFirst)
    }

    /// The model with inputs fixed to `inputShapes` (the others keep their declared shapes) and
    /// every type re-inferred, keeping the outputs the file declares.
    public func specialized(inputShapes: [String: [Int]]) throws -> Model {
        try checkSymbolicDimensions(inputShapes)
        return Model(graph: try graph.specialized(inputShapes: inputShapes), like: self)
    }

    /// Loads a model file: an ONNX model (recognised by its content, or named `.onnx`, so that a
    /// broken one is reported as ONNX), else a TensorFlow GraphDef, binary (`.pb`) or text (`.pbtxt`).
    public init(contentsOf path: String) throws {
        if ONNXFile.isONNX(path: path) || path.lowercased().hasSuffix(".onnx") {
            let imported = try ONNXFile.load(path: path, evaluator: JITConstantEvaluator())
            graph = imported.graph
            declaredOutputs = imported.outputs
            symbolicDimensions = imported.symbolicDimensions
            channelsFirst = true
        } else {
            graph = try GraphDefFile.load(path: path)
            declaredOutputs = nil
            symbolicDimensions = [:]
            channelsFirst = false
        }
    }

    /// Parses a GraphDef in protobuf text format; `filename` names it in error messages.
    public init(text: String, filename: String = "<string>") throws {
        graph = try GraphDefFile.parse(text: text, filename: filename)
        declaredOutputs = nil
        symbolicDimensions = [:]
        channelsFirst = false
    }

    /// Fails when inputs given together fix one symbolic dimension to different sizes.
    func checkSymbolicDimensions(_ inputShapes: [String: [Int]]) throws {
        for (symbol, uses) in symbolicDimensions.sorted(by: { $0.key < $1.key }) {
            var first: (use: ONNXImport.SymbolicUse, size: Int)?
            for use in uses {
                guard let shape = inputShapes[use.input], use.axis < shape.count else { continue }
                let size = shape[use.axis]
                if let first, first.size != size {
                    throw GraphJITError("dimension '\(symbol)' is \(first.size) in input '\(first.use.input)' (axis \(first.use.axis)) but \(size) in input '\(use.input)' (axis \(use.axis))")
                }
                if first == nil { first = (use, size) }
            }
        }
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

    /// The graph's natural outputs: those the file declares (ONNX), else the nodes nothing else
    /// consumes, excluding inputs and constants.
    public var sinkNames: [String] {
        if let declaredOutputs { return declaredOutputs }
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
        try checkSymbolicDimensions(inputShapes)
        return try Compiler(options: options).compile(graph, outputs: outputs, inputShapes: inputShapes)
    }

    /// Compiles `outputs` and also runs the nodes in `effects` (Assign nodes that update variables)
    /// on every run, without returning their values.
    public func compile(outputs: [String], effects: [String], inputShapes: [String: [Int]] = [:],
                        options: CompileOptions = CompileOptions()) throws -> CompiledGraph {
        try checkSymbolicDimensions(inputShapes)
        return try Compiler(options: options).compile(graph, outputs: outputs, effects: effects, inputShapes: inputShapes)
    }
}
