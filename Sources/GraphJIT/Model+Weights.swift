import Formats
import GraphIR
import Training

/// Weights for a graph whose parameters are `VariableV2` nodes (what `graphjit net` writes and
/// `train --save-weights` trains): every command that runs such a graph takes them from a
/// safetensors file and freezes them in as constants, so no variable is ever run with the zeros
/// it starts with in a compiled function.
extension Model {
    /// The graph's variables, in graph order.
    public var variableNames: [String] {
        graph.nodes.compactMap { n in
            if case .variable = n.op { return n.name }
            return nil
        }
    }

    /// The variables that computing `outputs` (node names, `node:k` or selectors) reads.
    public func variables(neededBy outputs: [String]) -> [String] {
        var stack = outputs.compactMap { graph.value(named: GradientSelector.nodeName(in: $0))?.node }
        var seen = Set(stack)
        var found: [Int] = []
        while let i = stack.popLast() {
            if case .variable = graph.nodes[i].op { found.append(i) }
            for v in graph.nodes[i].inputs where seen.insert(v.node).inserted { stack.append(v.node) }
        }
        return found.sorted().map { graph.nodes[$0].name }
    }

    /// Throws one line naming the variables `outputs` need when the graph still has any: their
    /// values exist only in a checkpoint (`--weights`), and running them would use zeros.
    public func requireWeights(for outputs: [String]) throws {
        let missing = variables(neededBy: outputs)
        guard !missing.isEmpty else { return }
        let shown = missing.prefix(4).joined(separator: ", ") + (missing.count > 4 ? ", ... (\(missing.count) in all)" : "")
        throw GraphJITError("the graph's weights are variables with no values (\(shown)): give --weights FILE.safetensors (what train --save-weights writes)")
    }

    /// The model with every variable replaced by a Const holding its value from `weights`, Dropout
    /// as Identity and initialisers (Assign) removed: the frozen graph TensorFlow and `run` load as
    /// it is. Optimiser state in the weights (`PARAM/velocity`, `PARAM/m`, `PARAM/v`) is ignored;
    /// any other name the graph has no variable for, a variable with no value, or a value of the
    /// wrong dtype or shape is refused, naming it.
    public func freezing(_ weights: [String: Tensor]) throws -> Model {
        let variables = Set(variableNames)
        for name in weights.keys.sorted() where !variables.contains(name) && !Self.isOptimizerSlot(name, of: variables) {
            throw GraphJITError("the weights hold '\(name)', which is not a variable of the graph (the weights do not fit this graph)")
        }
        let missing = variableNames.filter { weights[$0] == nil }
        guard missing.isEmpty else {
            throw GraphJITError("the weights have no value for \(missing.prefix(4).joined(separator: ", "))\(missing.count > 4 ? ", ... (\(missing.count) variables)" : "") (the weights do not fit this graph)")
        }
        var g = Graph()
        for n in graph.nodes {
            switch n.op {
            case let .variable(dtype, shape):
                guard let t = weights[n.name] else { continue }
                guard t.dtype == dtype, t.shape == shape else {
                    throw GraphJITError("variable '\(n.name)' is \(dtype)\(formatShape(shape)) in the graph but \(t.dtype)\(formatShape(t.shape)) in the weights")
                }
                try g.add(n.name, .constant(t))
            case .dropout:
                try g.add(n.name, .identity, n.inputs)
            case .assign:
                continue  // initialisers are not part of a frozen graph
            default:
                try g.add(n.name, n.op, n.inputs)
            }
        }
        return Model(graph: g, like: self)
    }

    /// `freezing` with the weights of a safetensors file (`train --save-weights`). A checkpoint of
    /// `train --standardize` records the pixel mean and std; the frozen graph then standardises its
    /// input itself, as `--save-frozen` writes it, so it takes the same `x / 256` pixels.
    public func freezing(weightsFile path: String) throws -> Model {
        let file = try Safetensors.read(path: path)
        let frozen = try freezing(file.tensors)
        guard let scaling = try PixelScaling(metadata: file.metadata, file: path), !scaling.isUnitInterval,
              let input = inputNames.first, inputNames.count == 1 else { return frozen }
        return Model(graph: try frozen.graph.standardizingInput(input, with: scaling), like: frozen)
    }

    /// The variables' values at initialisation, as training starts from them: the graph's own
    /// initialisers (Assign nodes), else Glorot-uniform weights and zero biases drawn from `seed`;
    /// computed by a compiled initialisation graph.
    public func initialWeights(seed: UInt64 = 0) throws -> [String: Tensor] {
        let (initGraph, assigns) = try Initializers.graph(for: graph, seed: seed)
        let initialiser = try Model(graph: initGraph).compile(outputs: [], effects: assigns,
                                                               options: CompileOptions(optimizationLevel: 1))
        _ = try initialiser.run([])
        return Dictionary(uniqueKeysWithValues: zip(initialiser.variableNames, try initialiser.variableValues()))
    }

    /// Writes the model as a GraphDef (text or binary by the extension), atomically.
    public func save(to path: String) throws {
        try GraphDefFile.save(graph, path: path)
    }

    /// Optimiser state of a parameter: `PARAM/velocity`, `PARAM/m`, `PARAM/v` (see `Optimizer`).
    static func isOptimizerSlot(_ name: String, of variables: Set<String>) -> Bool {
        guard let slash = name.lastIndex(of: "/") else { return false }
        let slot = String(name[name.index(after: slash)...])
        return ["velocity", "m", "v"].contains(slot) && variables.contains(String(name[..<slash]))
    }
}
