import ArgumentParser
import GraphJIT

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a model (GraphDef or ONNX) as an ONNX model.",
        discussion: """
            The graph as GraphJIT loaded it is written at the chosen opset of the default domain \
            (default \(Model.defaultONNXOpset), \(Model.onnxOpsets.lowerBound) to \(Model.onnxOpsets.upperBound)): NHWC images become \
            NCHW around Conv, pools and Resize, weights are initializers (raw_data). A trainable \
            graph needs --weights, frozen in as constants; training ops are refused. Written atomically.
            """)

    @Argument(help: "GraphDef (.pb, .pbtxt) or ONNX model.")
    var model: String

    @Option(name: .shortAndLong, help: "The ONNX model to write.")
    var outputFile: String

    @Option(help: "Opset of the default ONNX domain to write.")
    var opset: Int = Model.defaultONNXOpset

    @Option(help: "Output node to export (repeatable; default: every node nothing consumes, or the ONNX file's outputs).")
    var output: [String] = []

    @Option(name: .customLong("input-shape"), help: "NAME=D1,D2,...: fix an input's shape (repeatable), e.g. the batch size.")
    var inputShapes: [String] = []

    @OptionGroup var weights: WeightsOption

    func run() throws {
        try reportingErrors {
            guard Model.onnxOpsets.contains(opset) else {
                throw ValidationError("--opset must be \(Model.onnxOpsets.lowerBound) to \(Model.onnxOpsets.upperBound), not \(opset)")
            }
            var loaded = try weights.model(model)
            let shapes = try parseInputShapes(inputShapes)
            if !shapes.isEmpty {
                for name in shapes.keys.sorted() where !loaded.inputNames.contains(name) {
                    throw ValidationError("--input-shape: the graph has no input named '\(name)' (inputs: \(loaded.inputNames.joined(separator: ", ")))")
                }
                loaded = try loaded.specialized(inputShapes: shapes)
            }
            let outputs = output.isEmpty ? loaded.sinkNames : output
            for name in outputs { try checkOutput(name, in: loaded) }
            try loaded.saveONNX(to: outputFile, outputs: outputs, opset: opset)
        }
    }
}
