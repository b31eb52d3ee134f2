import ArgumentParser
import GraphJIT

/// `--weights FILE.safetensors`, which every command that runs a graph takes: the values of a
/// trainable graph's variables (what `train --save-weights` writes), frozen in as constants.
struct WeightsOption: ParsableArguments {
    @Option(name: .long, help: "Checkpoint (safetensors, as train --save-weights writes) with the values of the graph's variables.")
    var weights: String?

    /// The model at `path`, with the weights frozen in when given.
    func model(_ path: String) throws -> Model {
        let model = try Model(contentsOf: path)
        guard let weights else { return model }
        guard !model.variableNames.isEmpty else {
            throw ValidationError("--weights: the graph has no variables (VariableV2) to take values; its weights are already constants")
        }
        return try model.freezing(weightsFile: weights)
    }
}
