import ArgumentParser
import GraphJIT

struct FreezeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "freeze",
        abstract: "Write a trainable graph with its weights as constants: a frozen GraphDef.",
        discussion: """
            Every VariableV2 becomes a Const with its value from --weights, Dropout becomes Identity \
            and initialisers (Assign) are dropped, as `train --save-frozen` writes. The file is \
            GraphDef text (.pbtxt) or binary (.pb) by its extension, written atomically.
            """)

    @Argument(help: "GraphDef whose weights are VariableV2 nodes (e.g. from graphjit net).")
    var graph: String

    @Option(name: .long, help: "Checkpoint (safetensors) with every variable's value.")
    var weights: String

    @Option(name: .shortAndLong, help: "The frozen GraphDef to write (.pbtxt text, .pb binary).")
    var outputFile: String

    func run() throws {
        try reportingErrors {
            let model = try Model(contentsOf: graph)
            guard !model.variableNames.isEmpty else {
                throw ValidationError("the graph has no variables (VariableV2): it is frozen already")
            }
            try model.freezing(weightsFile: weights).save(to: outputFile)
        }
    }
}
