import ArgumentParser
import Foundation
import GraphIR
import GraphJIT

struct GradCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grad",
        abstract: "Compute the gradient of a node with respect to inputs and weights.",
        discussion: """
            Writes d NODE / d WRT for each --wrt WRT=FILE.npy (a Placeholder, Const or VariableV2 node); \
            a NODE that is not a scalar is summed first, as tf.gradients does, unless --seed gives the \
            gradient flowing into it (tf.gradients' grad_ys). --of 'logits[0,7]' differentiates one \
            element (an index or ':' per axis). Placeholders the gradient needs are given with \
            --input NAME=FILE.npy, variables with --weights CHECKPOINT.safetensors (or --input). \
            --emit graph prints the differentiated graph as GraphDef text instead; the files are then \
            optional, and written too when every --wrt names one.
            """)

    enum Emit: String, ExpressibleByArgument, CaseIterable { case graph }

    @Argument(help: "Model file: ONNX (.onnx) or GraphDef (.pbtxt text or .pb binary).")
    var graph: String

    @Option(name: .customLong("of"), help: "NODE or NODE[i,j,...]: the value to differentiate (summed if not a scalar); an index or ':' per axis selects elements.")
    var of: String

    @Option(name: .long, help: "NODE=FILE.npy: the gradient flowing into the --of value (tf.gradients' grad_ys), of its shape (after the selector).")
    var seed: String?

    @Option(name: .long, help: "NODE=FILE.npy: write the gradient with respect to NODE to FILE.")
    var wrt: [String] = []

    @Option(name: .long, help: "NAME=FILE.npy or NAME=v1,v2,...: a value for a Placeholder or VariableV2.")
    var input: [String] = []

    @Option(name: .long, help: "graph: print the differentiated graph as GraphDef text.")
    var emit: Emit?

    @OptionGroup var weights: WeightsOption
    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            let model = try weights.model(graph)
            var seedValue: Tensor?
            if let seed {
                let (node, file) = try splitAssignment(seed, what: "--seed")
                guard let file, !file.isEmpty else { throw ValidationError("--seed '\(seed)' needs a file: NODE=FILE.npy") }
                guard node == of || node == GradientSelector.nodeName(in: of) else {
                    throw ValidationError("--seed is for '\(node)' but --of differentiates '\(of)': the seed flows into the --of value")
                }
                seedValue = try TensorFile.read(path: file)
            }
            guard !wrt.isEmpty else { throw ValidationError("give at least one --wrt NODE=FILE.npy") }
            var targets: [(node: String, file: String?)] = []
            for spec in wrt {
                let (node, file) = try splitAssignment(spec, what: "--wrt")
                targets.append((node, file?.isEmpty == true ? nil : file))
            }
            var feeds: [String: Tensor] = [:]
            for spec in input {
                let (name, tensor) = try readGradientInput(spec, model: model)
                guard feeds[name] == nil else { throw ValidationError("input '\(name)' is given twice") }
                feeds[name] = tensor
            }
            let shapes = feeds.filter { isPlaceholder($0.key, model) }.mapValues(\.shape)

            if emit == .graph {
                print(try model.gradientGraphDefText(of: of, wrt: targets.map(\.node), inputShapes: shapes), terminator: "")
                guard targets.allSatisfy({ $0.file != nil }) else { return }
            }
            for t in targets where t.file == nil {
                throw ValidationError("--wrt '\(t.node)' needs a file: NODE=FILE.npy")
            }
            let program = try model.gradients(of: of, wrt: targets.map(\.node), inputShapes: shapes,
                                              seeded: seedValue != nil, options: try flags.options())
            if let seedName = program.seedName, let seedValue {
                let want = program.seedType
                guard seedValue.dtype == want.dtype, seedValue.shape == want.shape ?? [] else {
                    throw ValidationError("--seed: the file holds \(seedValue.dtype)\(formatShape(seedValue.shape)), the value '\(of)' is \(want)")
                }
                feeds[seedName] = seedValue
            }
            let unfed = program.inputNames.filter { feeds[$0] == nil }
            let unfedVariables = unfed.filter { model.variableNames.contains($0) }
            if !unfedVariables.isEmpty { try model.requireWeights(for: unfedVariables) }
            for name in unfed {
                throw GraphJITError("input '\(name)' is needed but was not given (--input \(name)=FILE.npy)")
            }
            let gradients = try program.run(feeds)
            for t in targets {
                guard let value = gradients[t.node], let file = t.file else { continue }
                try TensorFile.write(value, to: file)
            }
        }
    }
}

private func isPlaceholder(_ name: String, _ model: Model) -> Bool {
    guard let i = model.graph.index(of: name), case .placeholder = model.graph.nodes[i].op else { return false }
    return true
}

/// `--input NAME=FILE.npy` (or a literal) for a Placeholder or, unlike `run`, a VariableV2.
private func readGradientInput(_ spec: String, model: Model) throws -> (String, Tensor) {
    let (name, valueText) = try splitAssignment(spec, what: "--input")
    guard let i = model.graph.index(of: name), case .variable(let dtype, let shape) = model.graph.nodes[i].op else {
        return try readInput(spec, model: model)
    }
    guard let value = valueText, !value.isEmpty else {
        throw ValidationError("--input '\(spec)' needs a value: NAME=FILE.npy or NAME=1,2,3")
    }
    let t = value.hasSuffix(".npy") || FileManager.default.fileExists(atPath: value)
        ? try TensorFile.read(path: value)
        : try literalTensor(value, name: name, dtype: dtype, declared: shape)
    guard t.dtype == dtype, t.shape == shape else {
        throw ValidationError("input '\(name)': got \(t.dtype)\(formatShape(t.shape)), the variable is \(dtype)\(formatShape(shape))")
    }
    return (name, t)
}
