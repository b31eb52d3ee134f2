import ArgumentParser
import Figures
import Foundation
import GraphJIT

struct DotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Draw the graph as Graphviz DOT: one box per node (name, op, output shape).",
        discussion: """
            Without -o (or with -o -) the DOT text goes to standard output; -o FILE.dot writes it, \
            -o FILE.svg or FILE.png renders it with Graphviz's dot. --grad adds the backward pass (a \
            trainable graph's training step, else the gradient of --output with respect to the input), \
            shaded; --plan draws the optimised graph with each kernel's fused nodes as a cluster.
            """)

    @Argument(help: "Model file: ONNX or GraphDef.") var graph: String
    @Flag(name: .long, help: "Add the backward pass.") var grad = false
    @Flag(name: .long, help: "Draw the execution plan: kernels as clusters of the nodes they fuse.") var plan = false
    @Option(name: .long, help: "The output node (--grad, --plan; default: the node nothing consumes).") var output: String?
    @Option(name: .customLong("input-shape"), help: "NAME=D1,D2,...: fix an input's shape (unknown dimensions are otherwise 1).")
    var inputShapes: [String] = []
    @OptionGroup var weights: WeightsOption
    @Option(name: .customShort("o"), help: ArgumentHelp("Where to write: FILE.dot, FILE.svg, FILE.png, or - for standard output.", valueName: "file")) var outputFile: String?
    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            guard !(grad && plan) else { throw ValidationError("--grad and --plan draw different graphs: choose one") }
            let lower = outputFile?.lowercased() ?? "-"
            let format = lower.hasSuffix(".svg") ? "svg" : lower.hasSuffix(".png") ? "png" : nil
            guard format != nil || lower == "-" || lower.hasSuffix(".dot") || lower.hasSuffix(".gv") else {
                throw ValidationError("-o \(outputFile ?? ""): write .dot (or .gv), .svg, .png, or - for standard output")
            }
            let model = try weights.model(graph)
            let text = try model.dot(grad ? .gradient : plan ? .plan : .graph, output: output,
                                     inputShapes: try parseInputShapes(inputShapes), options: try flags.options())
            guard let path = outputFile, path != "-" else {
                print(text, terminator: "")
                return
            }
            let bytes = try format.map { try GraphvizRendering.render(text, format: $0) } ?? Array(text.utf8)
            try TensorFile.writeBytes(bytes, to: path)
        }
    }
}
