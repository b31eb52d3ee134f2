import Autodiff
import Formats
import GraphIR
import Passes

/// Gradients compiled for fixed input shapes: run them as often as needed.
public struct CompiledGradients {
    /// The compiled program; its outputs are the gradient nodes.
    public let compiled: CompiledGraph
    /// The names the gradients were asked for (`wrt`), in order.
    public let wrt: [String]
    /// For each `wrt` name, the gradient node computing it.
    public let gradientNames: [String]
    /// Values fed to `wrt` Consts, which are compiled as inputs (see `Model.gradients`).
    public let constantFeeds: [String: Tensor]
    /// With `seeded`: the input taking the gradient that flows into the differentiated value
    /// (TensorFlow's `grad_ys`), of that value's shape (after its selector).
    public let seedName: String?
    /// The shape and dtype of the differentiated value (after its selector): what a seed must be.
    public let seedType: TensorType
    /// Further values computed in the same run (see `Model.gradients(extending:)`), by name.
    public let extraNames: [String]

    /// Inputs the caller must feed: placeholders and variables the gradients depend on, and the seed.
    public var inputNames: [String] { compiled.inputNames.filter { constantFeeds[$0] == nil } }

    /// Computes the gradients; returns them keyed by `wrt` name, and the extra values by their
    /// names. A `wrt` Const takes its own value unless `feeds` gives another.
    public func run(_ feeds: [String: Tensor]) throws -> [String: Tensor] {
        let byNode = try compiled.run(constantFeeds.merging(feeds) { _, given in given })
        var result: [String: Tensor] = [:]
        for name in extraNames { result[name] = byNode[name] }
        for (name, node) in zip(wrt, gradientNames) {
            guard let t = byNode[node] else { throw GraphJITError("internal: gradient '\(node)' was not computed") }
            result[name] = t
        }
        return result
    }
}

extension Model {
    /// The graph with gradient nodes appended (original nodes first, same names) and, for each
    /// `wrt` name, the gradient node's name. `loss` (a name, or a selector such as `logits[0,7]`:
    /// see `GradientSelector`) is summed if it is not a scalar.
    /// `inputShapes` fixes placeholder shapes: gradients need every shape on the path known.
    public func gradientGraph(of loss: String, wrt: [String],
                              inputShapes: [String: [Int]] = [:]) throws -> (graph: Graph, gradients: [String]) {
        let specialised = try Self.specialise(graph, inputShapes: inputShapes)
        let result = try Self.differentiate(specialised, of: loss, wrt: wrt, seeded: false)
        return (result.graph, result.gradients.map(result.graph.name(of:)))
    }

    /// `gradientGraph` as TensorFlow GraphDef text.
    public func gradientGraphDefText(of loss: String, wrt: [String], inputShapes: [String: [Int]] = [:]) throws -> String {
        GraphDefExporter.graphDef(from: try gradientGraph(of: loss, wrt: wrt, inputShapes: inputShapes).graph).textFormat
    }

    /// Compiles the gradients of `loss` with respect to each `wrt` node (a Placeholder, Const,
    /// VariableV2, or any float node; `name:k` for another output).
    ///
    /// `wrt` Consts become inputs fed with their own value (`CompiledGradients.constantFeeds`):
    /// constant folding would otherwise evaluate the whole gradient at compile time, and as an input
    /// the weight can be changed without recompiling. Variables hold no value outside a training
    /// run, so every VariableV2 becomes an input of the same name the caller must feed.
    ///
    /// `loss` may select elements (`logits[0,7]`, `logits[:,3]`; see `GradientSelector`). With
    /// `seeded`, the gradient flowing into it is an input (`CompiledGradients.seedName`, of the
    /// selected shape) instead of ones: d sum(loss * seed) / d wrt, as `tf.gradients(grad_ys:)`.
    ///
    /// `extending` may append nodes that use the gradients (given as values, in `wrt` order) and
    /// the forward values; the names it returns are computed in the same run and returned by
    /// `CompiledGradients.run` under those names (a saliency map's channel maximum, the logits).
    public func gradients(of loss: String, wrt: [String], inputShapes: [String: [Int]] = [:], seeded: Bool = false,
                          options: CompileOptions = CompileOptions(),
                          extending: ((inout Graph, [Value]) throws -> [String])? = nil) throws -> CompiledGradients {
        let wrtNodes = Set(wrt.compactMap { graph.value(named: $0).map { graph.nodes[$0.node].name } })
        var constantFeeds: [String: Tensor] = [:]
        var inputs = Graph()
        for n in graph.nodes {
            var op = n.op
            switch n.op {
            case .constant(let t) where wrtNodes.contains(n.name):
                constantFeeds[n.name] = t
                op = .placeholder(dtype: t.dtype, shape: t.shape)
            case let .variable(dtype, shape):
                op = .placeholder(dtype: dtype, shape: shape)
            default:
                break
            }
            try inputs.add(n.name, op, n.inputs)
        }
        let bound = try Self.specialise(inputs, inputShapes: inputShapes)
        let specialised = try PassManager([.shapeFolding], constantEvaluator: JITConstantEvaluator())
            .run(bound, keepingNames: ([GradientSelector.nodeName(in: loss)] + wrt).filter { bound.value(named: $0) != nil }).graph
        let result = try Self.differentiate(specialised, of: loss, wrt: wrt, seeded: seeded)
        let names = result.gradients.map(result.graph.name(of:))
        var full = result.graph
        let extras = try extending?(&full, result.gradients) ?? []
        var outputs: [String] = []
        for name in names + extras where !outputs.contains(name) { outputs.append(name) }
        let compiled = try Compiler(options: options).compile(full, outputs: outputs, inputShapes: [:])
        return CompiledGradients(compiled: compiled, wrt: wrt, gradientNames: names, constantFeeds: constantFeeds,
                                 seedName: result.seedName, seedType: result.seedType, extraNames: extras)
    }

    /// `graph` with input shapes fixed; inputs may be placeholders or variables (whose shapes are known).
    private static func specialise(_ graph: Graph, inputShapes: [String: [Int]]) throws -> Graph {
        for name in inputShapes.keys.sorted() {
            guard let i = graph.index(of: name) else {
                throw GraphJITError("the graph has no input (Placeholder) named '\(name)'")
            }
            switch graph.nodes[i].op {
            case .placeholder: continue
            case let .variable(_, shape) where shape == inputShapes[name]: continue
            default: throw GraphJITError("'\(name)' is a \(graph.nodes[i].op.name) node, not an input (Placeholder)")
            }
        }
        return try graph.specialized(inputShapes: inputShapes)
    }

    private static func differentiate(_ graph: Graph, of loss: String, wrt: [String], seeded: Bool) throws
        -> (graph: Graph, gradients: [Value], seedName: String?, seedType: TensorType) {
        let selector = try GradientSelector(parsing: loss)
        guard let named = graph.value(named: selector.value) else { throw GraphJITError(graph.missingValueMessage(selector.value)) }
        guard !wrt.isEmpty else { throw GraphJITError("no gradient requested: give at least one node to differentiate with respect to") }
        let wrtValues = try wrt.map { name -> Value in
            guard let v = graph.value(named: name) else { throw GraphJITError(graph.missingValueMessage(name)) }
            return v
        }
        var g = graph
        let lossValue = try selector.apply(to: named, in: &g)
        let type = g[lossValue]
        var seed: Value?
        if seeded {
            guard let shape = type.shape else { throw GraphJITError("'\(loss)' has an unknown shape: give the input shapes to seed its gradient") }
            seed = try g.add(g.uniqueName("gradients/seed"), .placeholder(dtype: type.dtype, shape: shape))
        }
        let result = try Gradients.build(g, of: lossValue, wrt: wrtValues, seed: seed)
        return (result.graph, result.gradients, seed.map { g.name(of: $0) }, type)
    }
}

extension Model {
    /// The gradient of `loss` (summed when it is not a scalar) with respect to each `wrt` node, for
    /// these feeds: compiles for the feeds' shapes and runs once. For repeated use, keep the result
    /// of `gradients(of:wrt:inputShapes:)` instead.
    public func gradient(of loss: String, wrt: [String], feeds: [String: Tensor]) throws -> [String: Tensor] {
        try gradients(of: loss, wrt: wrt, inputShapes: feeds.mapValues(\.shape)).run(feeds)
    }
}
