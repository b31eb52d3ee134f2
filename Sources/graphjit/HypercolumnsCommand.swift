import ArgumentParser
import Figures
import Foundation
import GraphIR
import GraphJIT

struct HypercolumnsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hypercolumns",
        abstract: "Each layer's activations resized bilinearly to the image and concatenated per pixel.",
        discussion: """
            The VGG-16 seed's hypercolumns: for --layers A,B,... (NHWC nodes, or NCHW ONNX values), tf.image.resize(..., \
            bilinear) of each to the input's height and width, concatenated along the channels: \
            [H, W, channels] as .npy. --png (or .svg) draws the image beside its pixels' projection \
            on the columns' first three principal components as red, green and blue.
            """)

    @Argument(help: "The network: ONNX, or a GraphDef (frozen, or trainable with --weights).")
    var graph: String

    @Option(name: .long, help: "The layers, comma-separated (NHWC nodes, or ONNX values, NCHW).")
    var layers: String

    @Option(name: .long, help: "The image as .npy: the input's shape after the batch dimension, or with a batch of 1; for ONNX, NCHW or NHWC.")
    var input: String

    @Option(name: .customShort("o"), help: ArgumentHelp("The hypercolumns as .npy [H, W, channels].", valueName: "file"))
    var outputFile: String

    @Option(name: .long, help: "Also draw the first three principal components (.png or .svg).")
    var png: String?

    @Option(name: .customLong("repeat"), help: "Run N times and report the median time per run after the first.")
    var repetitions: Int = 1

    @OptionGroup var weights: WeightsOption
    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            if let png { try checkPictureName(png, flag: "--png") }
            let model = try weights.model(graph)
            let names = layers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            try model.requireWeights(for: names)
            let image = try TensorFile.read(path: input)
            let start = ContinuousClock.now
            guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
            let hc = try model.hypercolumns(image, layers: names, runs: repetitions, options: try flags.options())
            let d = ContinuousClock.now - start
            try TensorFile.write(hc.columns, to: outputFile)
            for layer in hc.layers { print("\(layer.name): \(formatShape(layer.shape))") }
            print(String(format: "hypercolumns %@ written to %@; run %.1f ms%@ (%.2f s in all, compiling included)", formatShape(hc.columns.shape),
                         outputFile, hc.runSeconds * 1e3, repetitions > 1 ? " (median of \(repetitions - 1) after a warm-up)" : "", Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18))
            guard let png else { return }
            let components = try hc.principalComponents()
            let side = max(hc.columns.shape[0], hc.columns.shape[1])
            let magnify = Heatmap.magnification(for: side, target: 280)
            // NHWC without the batch, as it is drawn (an ONNX image may come NCHW).
            let nhwc = try model.channelsLastImage(image)
            let shown = try nhwc.reshaped(Array(nhwc.shape.dropFirst()))
            let figure = try Figure.grid(
                title: "Hypercolumns: first principal components",
                subtitle: "\(hc.columns.shape[2]) channels from \(hc.layers.map(\.name).joined(separator: ", "))",
                tiles: [Figure.Tile(pixels: try Heatmap.picture(shown, magnify: magnify), caption: "input"),
                        Figure.Tile(pixels: try Heatmap.picture(components, magnify: magnify), caption: "components 1-3 as red, green, blue")],
                tileWidth: Double(side * magnify))
            try figure.write(to: png)
            print("principal components drawn in \(png)")
        }
    }
}
