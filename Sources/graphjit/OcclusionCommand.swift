import ArgumentParser
import Figures
import Foundation
import GraphIR
import GraphJIT

struct OcclusionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "occlusion",
        abstract: "The probability of a class as a grey patch slides over the image, as a picture.",
        discussion: """
            Zeiler and Fergus (2014): for each position (every --stride pixels) a --patch square centred \
            there (clipped at the borders) is filled with --fill (default: the image's mean) and the \
            image classified; the compiled program makes the occluded images itself and classifies \
            --batch-size of them per run. The map's numbers are written as .npy beside the picture.
            """)

    @Argument(help: "The classifier: ONNX, or a GraphDef (frozen, or trainable with --weights).")
    var graph: String

    @OptionGroup var weights: WeightsOption
    @OptionGroup var selection: ImageSelection
    @OptionGroup var picture: PictureOutput

    @Option(name: .long, help: "Side of the occluding square in pixels.")
    var patch: Int = 7

    @Option(name: .long, help: "Pixels between positions of the square.")
    var stride: Int = 1

    @Option(name: .long, help: "The value the square is filled with (default: the image's mean).")
    var fill: Double?

    @Option(name: .customLong("batch-size"), help: "Occluded images per run of the compiled program.")
    var batchSize: Int = 64

    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            try picture.check()
            guard patch >= 1 else { throw ValidationError("--patch must be at least 1, not \(patch)") }
            guard stride >= 1 else { throw ValidationError("--stride must be at least 1, not \(stride)") }
            guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1, not \(batchSize)") }
            let model = try weights.model(graph)
            let classifier = try Classifier(model, output: selection.output)
            try model.requireWeights(for: [classifier.output])
            let (image, label, source) = try selection.image(for: classifier)
            let start = ContinuousClock.now
            let map = try classifier.occlusion(image, classIndex: selection.classIndex, patch: patch, stride: stride, fill: fill,
                                               batch: batchSize, options: try flags.options())
            let d = ContinuousClock.now - start
            try TensorFile.write(map.probability, to: picture.numbersPath)

            let side = classifier.imageShape[1]
            let magnify = Heatmap.magnification(for: side)
            let colored = try Heatmap.colors(map.probability, map: .viridis, range: .data, magnify: Heatmap.magnification(for: map.probability.shape[1]))
            let tiles = [
                Figure.Tile(pixels: try Heatmap.picture(try image.reshaped(classifier.imageShape), magnify: magnify), caption: "input (\(source))"),
                Figure.Tile(pixels: colored.rgb, caption: "p(class \(map.classIndex)) with the patch centred there"),
            ]
            let truth = label.map { ", true class \($0)" } ?? ""
            let figure = try Figure.grid(title: "Occlusion: class \(map.classIndex)",
                                         subtitle: "\(patch)x\(patch) patch, stride \(stride); unoccluded p = \(formatValue(map.unoccluded))\(truth)",
                                         tiles: tiles, tileWidth: Double(colored.rgb.shape[1]),
                                         colorBar: Figure.ColorBar(pixels: try Heatmap.colorBar(.viridis), low: colored.low, high: colored.high, label: "probability"))
            try figure.write(to: picture.picture)
            let positions = map.probability.elementCount
            print("class \(map.classIndex): unoccluded p = \(formatValue(map.unoccluded))\(truth); lowest p = \(formatValue(colored.low)) over \(positions) positions")
            print(String(format: "%d occluded images classified in %.2f s (compile included); %@, numbers in %@",
                         positions, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18, picture.picture, picture.numbersPath))
        }
    }
}
