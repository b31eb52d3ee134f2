import ArgumentParser
import Figures
import Foundation
import GraphIR
import GraphJIT

struct ERFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erf",
        abstract: "The effective receptive field of a layer's centre unit, as a heat map.",
        discussion: """
            Luo et al. (2016): |d y / d x| for the centre unit y of --layer (summed over its channels), \
            summed over the image's channels and averaged over --images inputs: random images in [0, 1) \
            drawn by the generated code, or the first images of --data. A trainable graph without \
            --weights is taken at initialisation (Glorot-uniform from --seed), so running before and \
            after training shows how the field grows. Prints the theoretical receptive field and the \
            share of its pixels that hold 50% and 90% of the mass; the map's numbers go to .npy.
            """)

    @Argument(help: "ONNX, or a GraphDef (frozen, or trainable: at initialisation, or with --weights).")
    var graph: String

    @Option(name: .long, help: "The layer (an NHWC node, or an ONNX value, NCHW) whose centre unit is differentiated.")
    var layer: String

    @OptionGroup var weights: WeightsOption

    @Option(name: .long, help: "How many inputs to average over.")
    var images: Int = 100

    @Option(name: .long, help: "An MNIST directory or Kaggle CSV whose (test) images are the inputs, instead of random ones.")
    var data: String?

    @Option(name: .long, help: "Seed of the random images and of the initial weights.")
    var seed: UInt64 = 0

    @Option(name: .customLong("batch-size"), help: "Images differentiated per run of the compiled program (a divisor of --images is used).")
    var batchSize: Int = 25

    @OptionGroup var picture: PictureOutput
    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            try picture.check()
            var model = try weights.model(graph)
            var state = weights.weights.map { "with " + ($0 as NSString).lastPathComponent } ?? "frozen"
            if weights.weights == nil, !model.variableNames.isEmpty {
                model = try model.freezing(try model.initialWeights(seed: seed))
                state = "at initialisation (seed \(seed))"
            }
            var inputs: Tensor?
            if let data {
                let (train, test) = try TrainingData.load(data)
                let set = test ?? train
                guard images <= set.count else { throw ValidationError("--images \(images): \(data) has \(set.count) images") }
                inputs = try set.slice(0..<images).reshapingImages(to: try model.inspectionImageInput().shape).images
            }
            let start = ContinuousClock.now
            let erf = try model.effectiveReceptiveField(layer: layer, images: images, data: inputs, batch: batchSize,
                                                        seed: seed, options: try flags.options())
            let d = ContinuousClock.now - start
            try TensorFile.write(erf.map, to: picture.numbersPath)

            let (h, w) = (erf.map.shape[0], erf.map.shape[1])
            let colored = try Heatmap.colors(erf.map, map: .inferno, range: .fromZero, magnify: Heatmap.magnification(for: max(h, w), target: 320))
            let box = erf.theoretical
            let tile = Figure.Tile(pixels: colored.rgb, caption: "theoretical field: \(box.height)x\(box.width) pixels (green)",
                                   outline: (Double(box.left) / Double(w), Double(box.top) / Double(h), Double(box.width) / Double(w), Double(box.height) / Double(h)))
            let source = data == nil ? "random images" : "images of the data"
            let figure = try Figure.grid(title: "Effective receptive field of \(layer)",
                                         subtitle: "centre unit (\(erf.unit.y), \(erf.unit.x)) of \(formatShape(erf.layerShape)), \(erf.images) \(source), \(state)",
                                         tiles: [tile], tileWidth: Double(colored.rgb.shape[1]),
                                         colorBar: Figure.ColorBar(pixels: try Heatmap.colorBar(.inferno), low: colored.low, high: colored.high, label: "mean |d y / d x|"))
            try figure.write(to: picture.picture)
            print("layer \(layer) \(formatShape(erf.layerShape)), centre unit (\(erf.unit.y), \(erf.unit.x)), \(state)")
            print("theoretical receptive field: \(box)")
            print(String(format: "50%% of the mass in %.1f%% of it, 90%% in %.1f%%", erf.fraction50 * 100, erf.fraction90 * 100))
            print(String(format: "%d images in %.1f ms once compiled (%.2f s in all); %@, numbers in %@", erf.images, erf.runSeconds * 1e3,
                         Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18, picture.picture, picture.numbersPath))
        }
    }
}
