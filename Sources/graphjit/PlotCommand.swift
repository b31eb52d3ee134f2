import ArgumentParser
import Figures
import Foundation
import GraphIR
import GraphJIT

struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Pictures of a network: its filters, a layer's activations, a training history, a confusion matrix.",
        subcommands: [PlotFilters.self, PlotActivations.self, PlotLoss.self, PlotConfusion.self])
}

/// Tiles of one `[count, h, w, 3]` int32 picture tensor, captioned by index.
func tiles(_ rgb: Tensor, captions: (Int) -> String?) throws -> [Figure.Tile] {
    let count = rgb.shape[0]
    return try (0..<count).map { i in Figure.Tile(pixels: try rgb.rows(i..<(i + 1)).reshaped(Array(rgb.shape.dropFirst())), caption: captions(i)) }
}

/// Columns for `count` tiles: a near-square grid, at most 16 wide.
func gridColumns(_ count: Int) -> Int { min(16, max(1, Int(Double(count).squareRoot().rounded(.up)))) }

struct PlotFilters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filters",
        abstract: "A convolution's filters as a grid (default: the first convolution), as nolearn's plot_conv_weights.",
        discussion: "Filters reading three channels are drawn in colour; otherwise input channel --channel of each, in grey, all on one scale.")

    @Argument(help: "ONNX, or a GraphDef (frozen, or trainable with --weights).") var graph: String
    @Option(name: .long, help: "The convolution: a Conv2D node, or a layer name (an ONNX Conv output) with one under it.") var layer: String?
    @Option(name: .long, help: "The input channel to show when the filters do not read three.") var channel: Int = 0
    @OptionGroup var weights: WeightsOption
    @Option(name: .customShort("o"), help: ArgumentHelp("The picture (.png or .svg).", valueName: "picture")) var picture: String

    func run() throws {
        try reportingErrors {
            try checkPictureName(picture)
            let model = try weights.model(graph)
            let name = try model.convolution(named: layer)
            let (filters, shape) = try model.filterPictures(of: name, channel: channel)
            let count = filters.shape[0], kernel = max(shape[0], shape[1])
            let magnify = max(1, min(24, 48 / max(kernel, 1)))
            let rgb: Tensor
            var bar: Figure.ColorBar?
            if filters.shape.count == 4 {
                rgb = try Heatmap.picture(filters, magnify: magnify)
            } else {
                let colored = try Heatmap.colors(filters, map: .gray, range: .data, magnify: magnify)
                rgb = colored.rgb
                bar = Figure.ColorBar(pixels: try Heatmap.colorBar(.gray), low: colored.low, high: colored.high, label: "weight")
            }
            let what = shape[2] == 3 ? "RGB" : "input channel \(channel) of \(shape[2])"
            let figure = try Figure.grid(title: "Filters of \(name)", subtitle: "\(count) filters \(shape[0])x\(shape[1]), \(what)",
                                         tiles: try tiles(rgb) { count <= 64 ? String($0) : nil }, columns: gridColumns(count),
                                         tileWidth: Double(kernel * magnify), colorBar: bar)
            try figure.write(to: picture)
            print("\(count) filters \(shape[0])x\(shape[1]) of \(name) (\(what)) drawn in \(picture)")
        }
    }
}

struct PlotActivations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activations",
        abstract: "A layer's feature maps for one image, as a grid on one colour scale.")

    @Argument(help: "ONNX, or a GraphDef (frozen, or trainable with --weights).") var graph: String
    @Option(name: .long, help: "The layer (an NHWC node, or an ONNX value, NCHW).") var layer: String
    @Option(name: .long, help: "The image as .npy (the input's shape after the batch, or with a batch of 1; for ONNX, NCHW or NHWC).") var input: String
    @Option(name: .long, help: "Draw at most this many channels (the first ones).") var channels: Int = 64
    @OptionGroup var weights: WeightsOption
    @Option(name: .customShort("o"), help: ArgumentHelp("The picture (.png or .svg).", valueName: "picture")) var picture: String
    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            try checkPictureName(picture)
            guard channels >= 1 else { throw ValidationError("--channels must be at least 1") }
            let model = try weights.model(graph)
            let maps = try model.activationPictures(of: layer, image: try TensorFile.read(path: input), options: try flags.options())
            let total = maps.shape[0], shown = min(total, channels)
            let side = max(maps.shape[1], maps.shape[2])
            let magnify = max(1, min(16, 96 / max(side, 1)))
            let colored = try Heatmap.colors(try maps.rows(0..<shown), map: .viridis, range: .data, magnify: magnify)
            let figure = try Figure.grid(title: "Activations of \(layer)",
                                         subtitle: "\(shown) of \(total) channels, \(maps.shape[1])x\(maps.shape[2]), for \((input as NSString).lastPathComponent)",
                                         tiles: try tiles(colored.rgb) { String($0) }, columns: gridColumns(shown),
                                         tileWidth: Double(maps.shape[2] * magnify),
                                         colorBar: Figure.ColorBar(pixels: try Heatmap.colorBar(.viridis), low: colored.low, high: colored.high, label: "activation"))
            try figure.write(to: picture)
            print("\(shown) of \(total) channels of \(layer) drawn in \(picture)")
        }
    }
}

struct PlotLoss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loss",
        abstract: "Train and validation loss and validation accuracy per epoch, from train --history.")

    @Argument(help: "A history file train --history wrote (.csv or .json).") var history: String
    @Option(name: .customShort("o"), help: ArgumentHelp("The picture (.png or .svg).", valueName: "picture")) var picture: String

    func run() throws {
        try reportingErrors {
            try checkPictureName(picture)
            let h = try TrainingHistory.read(path: history)
            let epochs = h.epochs
            let loss = Figure.Chart(title: "Loss", xLabel: "epoch", yLabel: "loss", series: [
                Figure.Series(name: "train loss", points: epochs.map { (Double($0.epoch), $0.trainLoss) }, color: "#1f77b4"),
                Figure.Series(name: "valid loss", points: epochs.map { (Double($0.epoch), $0.validLoss) }, color: "#d62728", dashed: true),
            ])
            let accuracy = Figure.Chart(title: "Validation accuracy", xLabel: "epoch", yLabel: "accuracy", series: [
                Figure.Series(name: "valid accuracy", points: epochs.compactMap { $0.validAccuracy.isFinite ? (Double($0.epoch), $0.validAccuracy) : nil }, color: "#2ca02c"),
            ])
            let best = epochs.min { $0.validLoss < $1.validLoss }
            let subtitle = best.map { String(format: "%d epochs; best valid loss %.5f at epoch %d (accuracy %.4f)", epochs.count, $0.validLoss, $0.epoch, $0.validAccuracy) }
            try Figure.charts(title: "Training history: \((history as NSString).lastPathComponent)", subtitle: subtitle, [loss, accuracy]).write(to: picture)
            print("\(epochs.count) epochs drawn in \(picture)")
        }
    }
}

struct PlotConfusion: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confusion",
        abstract: "The confusion matrix of a classifier on the test images, as a picture.")

    @Argument(help: "GraphDef of the classifier (frozen, or trainable with --weights).") var graph: String
    @Option(name: .long, help: "MNIST directory (its t10k files) or a labelled Kaggle-style CSV.") var data: String
    @Option(name: .long, help: "The prediction node (default: the node nothing consumes).") var output: String?
    @Option(name: .long, help: "Use only the first N test images.") var limit: Int?
    @Option(name: .customLong("batch-size"), help: "Images per run.") var batchSize: Int = 500
    @OptionGroup var weights: WeightsOption
    @Option(name: .customShort("o"), help: ArgumentHelp("The picture (.png or .svg).", valueName: "picture")) var picture: String

    func run() throws {
        try reportingErrors {
            try checkPictureName(picture)
            guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
            guard limit.map({ $0 >= 1 }) ?? true else { throw ValidationError("--limit must be at least 1") }
            let model = try weights.model(graph)
            let outputName = try output ?? singleSink(model)
            try model.requireWeights(for: [outputName])
            let all = try TrainingData.loadTest(data)
            let set = try limit.map { try all.slice(0..<min($0, all.count)) } ?? all
            let predictions = try model.predictClasses(set.images, output: outputName, batchSize: batchSize)
            let labels = (0..<set.labels.elementCount).map { set.labels.int(at: $0) }
            let classCount = max((labels.max() ?? 0) + 1, (predictions.max() ?? 0) + 1, 2)
            let report = ClassificationReport(labels: labels, predictions: predictions, classCount: classCount)
            let counts = Tensor(shape: [classCount, classCount], floats: report.confusion.flatMap { $0.map(Float.init) })
            let cell = max(26, min(48, 480 / classCount))
            let colored = try Heatmap.colors(counts, map: .viridis, range: .data, magnify: cell)
            let figure = try Figure.matrix(title: "Confusion matrix", subtitle: String(format: "accuracy %.4f on %d images", report.accuracy, report.count),
                                           pixels: colored.rgb, numbers: report.confusion.map { $0.map(String.init) },
                                           labels: (0..<classCount).map(String.init), rowTitle: "true class", columnTitle: "predicted class",
                                           colorBar: Figure.ColorBar(pixels: try Heatmap.colorBar(.viridis), low: colored.low, high: colored.high, label: "images"))
            try figure.write(to: picture)
            print(String(format: "accuracy %.5f on %d images; confusion matrix drawn in %@", report.accuracy, report.count, picture))
        }
    }
}
