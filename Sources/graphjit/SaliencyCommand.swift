import ArgumentParser
import Figures
import Foundation
import GraphIR
import GraphJIT

struct SaliencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saliency",
        abstract: "The gradient of a class score with respect to the input, as a picture beside the input.",
        discussion: """
            Simonyan et al. (2014): d score / d image for the class (default: the predicted one), where \
            the score is the Softmax's input; the picture shows the largest |gradient| over each pixel's \
            channels beside the image, with a colour scale. The map's numbers are written as .npy \
            (--npy, default: the picture's name), and with --gradient the signed gradient too.
            """)

    @Argument(help: "The classifier: ONNX, or a GraphDef (frozen, or trainable with --weights).")
    var graph: String

    @OptionGroup var weights: WeightsOption
    @OptionGroup var selection: ImageSelection
    @OptionGroup var picture: PictureOutput

    @Option(name: .long, help: "Also write the signed gradient d score / d image (.npy, the input's shape with a batch of 1: NCHW for ONNX, as grad gives it).")
    var gradient: String?

    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            try picture.check()
            let model = try weights.model(graph)
            let classifier = try Classifier(model, output: selection.output)
            try model.requireWeights(for: [classifier.output])
            let (image, label, source) = try selection.image(for: classifier)
            let map = try classifier.saliency(image, classIndex: selection.classIndex, options: try flags.options())
            try TensorFile.write(map.magnitude, to: picture.numbersPath)
            if let gradient { try TensorFile.write(map.gradient, to: gradient) }

            let side = map.magnitude.shape.last ?? 1
            let magnify = Heatmap.magnification(for: side)
            let colored = try Heatmap.colors(map.magnitude, map: .inferno, range: .fromZero, magnify: magnify)
            var tiles = [Figure.Tile(pixels: try Heatmap.picture(try image.reshaped(classifier.imageShape), magnify: magnify), caption: "input (\(source))")]
            tiles.append(Figure.Tile(pixels: colored.rgb, caption: "saliency: max over channels of |d score / d x|"))
            let probability = map.probability.map { ", p = \(formatValue($0))" } ?? ""
            let truth = label.map { ", true class \($0)" } ?? ""
            let figure = try Figure.grid(title: "Saliency of class \(map.classIndex)",
                                         subtitle: "score \(formatValue(map.score))\(probability)\(truth); \(classifier.scores)",
                                         tiles: tiles, tileWidth: Double(colored.rgb.shape[1]),
                                         colorBar: Figure.ColorBar(pixels: try Heatmap.colorBar(.inferno), low: colored.low, high: colored.high, label: "|gradient|"))
            try figure.write(to: picture.picture)
            print("class \(map.classIndex): score \(formatValue(map.score))\(probability)\(truth)")
            print("saliency: max |d score / d x| = \(formatValue(colored.high)); \(String(format: "%.1f", map.runSeconds * 1e3)) ms once compiled; \(picture.picture), numbers in \(picture.numbersPath)")
        }
    }
}
