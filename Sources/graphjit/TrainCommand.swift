import ArgumentParser
import Foundation
import GraphIR
import GraphJIT

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a graph with VariableV2 weights on labelled images (MNIST IDX directory or Kaggle CSV).")

    enum OptimizerName: String, ExpressibleByArgument, CaseIterable { case sgd, momentum, nesterov, adam }

    @Argument(help: "GraphDef file whose weights are VariableV2 nodes (e.g. graphs/mnist_cnn.pbtxt).")
    var graph: String

    @Option(help: "MNIST directory (train-/t10k- IDX files, .gz or raw) or a Kaggle-style CSV.")
    var data: String

    @Option(help: "Prediction node (default: the node nothing consumes).") var output: String?
    @Option(help: "Epochs to train.") var epochs: Int = 10
    @Option(name: .customLong("batch-size"), help: "Images per step.") var batchSize: Int = 128
    @Option(help: "sgd, momentum, nesterov or adam.") var optimizer: OptimizerName = .nesterov
    @Option(help: "Learning rate.") var lr: Double = 0.01
    @Option(help: "Momentum for momentum/nesterov.") var momentum: Double = 0.9
    @Option(help: "Adam's beta1.") var beta1: Double = 0.9
    @Option(help: "Adam's beta2.") var beta2: Double = 0.999
    @Option(help: "Adam's epsilon.") var epsilon: Double = 1e-8
    @Option(help: "L2 penalty on weights (nolearn's objective_l2).") var l2: Double = 0
    @Option(name: .customLong("eval-size"), help: "Hold-out fraction of the training images (default: the last 10,000 of 60,000, the classic split).")
    var evalSize: Double?
    @Option(help: "Seed for initialisation, shuffling and dropout.") var seed: UInt64 = 0
    @Option(help: "Use only the first N training and test images (quick experiments).") var limit: Int?
    @Flag(help: "Standardise pixels with the training mean and std instead of scaling to [0, 1); --save-weights records them, --save-frozen writes them into the graph (which then takes [0, 1) pixels).") var standardize = false
    @Option(name: .customLong("save-weights"), help: "Checkpoint (safetensors) written after every epoch.") var saveWeights: String?
    @Option(name: .customLong("save-frozen"), help: "Frozen GraphDef (.pbtxt or .pb) written at the end.") var saveFrozen: String?
    @Option(name: .customLong("save-onnx"), help: "The trained prediction graph (frozen) written at the end as an ONNX model.") var saveONNX: String?
    @Option(name: .customLong("onnx-opset"), help: "Opset of --save-onnx's model.") var onnxOpset: Int = Model.defaultONNXOpset
    @Option(help: "Training history written after every epoch, one row per epoch as the table shows (.csv, or .json); graphjit plot loss draws it.")
    var history: String?
    @Option(help: "Resume from a checkpoint written by --save-weights.") var resume: String?
    @Flag(name: .customLong("no-color"), help: "No colours in the epoch table.") var noColor = false
    @Flag(name: .shortAndLong, help: "nolearn's verbose layer table: learning capacity and image coverage per axis; twice (-vv) also the real filter and receptive field sizes.")
    var verbose: Int
    @Option(name: .customShort("O", allowingJoined: true), help: "LLVM optimisation level 0-3.") var optimizationLevel: Int = 3
    @Flag(name: .long, help: "Compile every step function afresh and write nothing to the compile cache (GRAPHJIT_CACHE_DIR, else ~/.cache/graphjit).")
    var noCache = false

    func run() throws {
        try reportingErrors {
            guard epochs >= 0, batchSize >= 1 else { throw ValidationError("--epochs must be >= 0 and --batch-size >= 1") }
            guard lr > 0, lr.isFinite else { throw ValidationError("--lr must be positive") }
            guard (0...3).contains(optimizationLevel) else { throw ValidationError(optimizationLevelError(optimizationLevel)) }
            guard limit.map({ $0 >= 1 }) ?? true else { throw ValidationError("--limit must be at least 1") }
            guard evalSize.map({ $0 >= 0 && $0 < 1 }) ?? true else { throw ValidationError("--eval-size must be a fraction in [0, 1)") }
            guard Model.onnxOpsets.contains(onnxOpset) else {
                throw ValidationError("--onnx-opset must be \(Model.onnxOpsets.lowerBound) to \(Model.onnxOpsets.upperBound), not \(onnxOpset)")
            }
            try checkDataPath(data)
            let model = try Model(contentsOf: graph)
            let outputName = try output ?? singleSink(model)
            // Before the data, which takes a while to load.
            try checkOutput(outputName, in: model)
            // Resuming on other pixels than the checkpoint saw would silently train a different model.
            if let resume, !standardize, try Trainer.checkpointScaling(at: resume) != nil {
                throw ValidationError("\(resume) was trained on standardised pixels (it records their mean and std): resume with --standardize")
            }
            let (loadedTrain, loadedTest, scaling) = try TrainingData.loadScaled(data, standardize: standardize)
            let allTrain = try limit.map { try loadedTrain.slice(0..<min($0, loadedTrain.count)) } ?? loadedTrain
            let test = try limit.flatMap { n in try loadedTest.map { try $0.slice(0..<min(n, $0.count)) } } ?? loadedTest
            let split = try evalSize.map { try allTrain.split(evalSize: $0) }
                ?? allTrain.split(validationCount: min(10_000, allTrain.count / 6))
            let optimizerValue = optimizer.optimizer(momentum: momentum, beta1: beta1, beta2: beta2, epsilon: epsilon)
            var configuration = TrainingConfiguration(optimizer: optimizerValue, learningRate: lr, l2: l2, seed: seed,
                                                      optimizationLevel: optimizationLevel)
            configuration.cache = noCache ? nil : .standard
            let trainer = try Trainer(model: model, output: outputName, configuration: configuration)
            let style = TableStyle(color: !noColor && isatty(STDOUT_FILENO) != 0, progress: isatty(STDERR_FILENO) != 0)
            printLayerInformation(model, verbosity: verbose, color: style.color)
            print("training on \(split.train.count) images, validating on \(split.validation.count)\n")
            var firstEpoch = 1
            if let resume {
                firstEpoch = try trainer.loadCheckpoint(from: resume) + 1
                print("resumed from \(resume) after epoch \(firstEpoch - 1) (step \(trainer.step))")
            }
            let validationBatches = try TrainingData.batches(split.validation, size: 500, shuffle: false, seed: 0)
            // Every step function the epochs will need, compiled side by side before the first.
            let trainSizes = [min(batchSize, split.train.count), split.train.count % batchSize].filter { $0 > 0 }
            let evalSizes = Set(validationBatches.map(\.images.shape[0]) + [min(500, test?.count ?? 0), (test?.count ?? 0) % 500]).filter { $0 > 0 }
            if epochs > 0 {
                let start = ContinuousClock.now
                try trainer.prepare(trainingBatchSizes: trainSizes, evaluationBatchSizes: Array(evalSizes))
                reportCacheWarnings(trainer.cacheWarnings)
                let d = ContinuousClock.now - start
                print(String(format: "compiled %d training and %d evaluation functions in %.1f s\n", trainSizes.count, evalSizes.count,
                             Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18))
            }
            // Resuming keeps the epochs the history already holds before the first new one.
            var records = TrainingHistory()
            if let history, resume != nil, FileManager.default.fileExists(atPath: history) {
                records.epochs = try TrainingHistory.read(path: history).epochs.filter { $0.epoch < firstEpoch }
            }
            var table = EpochTable(style: style)
            table.printHeader()
            for epoch in firstEpoch..<(firstEpoch + epochs) {
                let start = ContinuousClock.now
                let batches = try TrainingData.batches(split.train, size: batchSize, shuffle: true, seed: seed &+ UInt64(epoch))
                var progress = ProgressBar(total: batches.count, enabled: style.progress, epoch: epoch)
                let train = try trainer.trainEpoch(batches, epoch: epoch) { b, loss in progress.update(b + 1, loss: loss) }
                progress.finish()
                let valid = try trainer.evaluate(validationBatches)
                let d = ContinuousClock.now - start
                let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
                table.printRow(epoch: epoch, train: train.loss, valid: valid.loss, accuracy: valid.accuracy, seconds: seconds)
                if let history {
                    records.epochs.append(EpochRecord(epoch: epoch, trainLoss: train.loss, validLoss: valid.loss,
                                                      validAccuracy: valid.accuracy, seconds: seconds))
                    try records.write(to: history)
                }
                if let saveWeights { try trainer.saveCheckpoint(to: saveWeights, epoch: epoch, scaling: scaling) }
            }
            if let test {
                let result = try trainer.evaluate(try TrainingData.batches(test, size: 500, shuffle: false, seed: 0))
                print(String(format: "\ntest accuracy: %.5f (%d images), test loss %.5f", result.accuracy, result.count, result.loss))
            }
            if let saveFrozen {
                try trainer.saveFrozenGraph(to: saveFrozen, standardizing: scaling)
                print("frozen graph written to \(saveFrozen)")
            }
            if let saveONNX {
                try trainer.saveFrozenONNX(to: saveONNX, standardizing: scaling, opset: onnxOpset)
                print("ONNX model written to \(saveONNX)")
            }
        }
    }
}

/// `--data PATH` checked before anything is loaded, the error saying what it should be.
func checkDataPath(_ path: String) throws {
    do { try TrainingData.checkPath(path) } catch let e as GraphJITError { throw ValidationError("--data \(e.message)") }
}

/// Throws, naming the node and its outputs, unless `--output NODE[:k]` is a value of the graph.
func checkOutput(_ name: String, in model: Model) throws {
    guard model.graph.value(named: name) != nil else { throw GraphJITError(model.graph.missingValueMessage(name)) }
}

/// The model's prediction node when it has exactly one node nothing consumes.
func singleSink(_ model: Model) throws -> String {
    let sinks = model.sinkNames
    guard sinks.count == 1, let only = sinks.first else {
        throw ValidationError("the graph has \(sinks.count) output nodes (\(sinks.joined(separator: ", "))); choose one with --output")
    }
    return only
}

/// nolearn's layer table (`Model.layers`); verbosity 1 adds its capacity and coverage columns,
/// coloured as nolearn does when `color` is set, 2 also the real filter and receptive field sizes.
func printLayerInformation(_ model: Model, verbosity: Int = 0, color: Bool = false) {
    let detailed = verbosity >= 1, sizes = verbosity >= 2
    let rows = model.layers
    let total = model.learnableParameterCount
    print("# Neural Network with \(total.formatted(grouping: true)) learnable parameters\n\n## Layer information\n")
    let w = max(rows.map(\.name.count).max() ?? 4, 4)
    func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
        s.count >= n ? s : (right ? String(repeating: " ", count: n - s.count) + s : s + String(repeating: " ", count: n - s.count))
    }
    let extra = (detailed ? ["cap.Y", "cap.X", "cov.Y", "cov.X"].map { "  " + pad($0, 7, right: true) }.joined() : "")
        + (sizes ? ["filter Y", "filter X", "field Y", "field X"].map { "  " + pad($0, 9, right: true) }.joined() : "")
    print(pad("name", w) + "  " + pad("size", 9) + "  " + pad("total", 7, right: true) + "  " + pad("params", 9, right: true) + extra)
    print(String(repeating: "-", count: w) + "  " + String(repeating: "-", count: 9) + "  -------  ---------"
          + (detailed ? String(repeating: "  -------", count: 4) : "") + (sizes ? String(repeating: "  ---------", count: 4) : ""))
    for r in rows {
        var line = pad(r.name, w) + "  " + pad(r.size, 9) + "  " + pad(String(r.units), 7, right: true) + "  " + pad(r.parameters.formatted(grouping: true), 9, right: true)
        if detailed {
            let values = [r.capacity.y, r.capacity.x, r.coverage.y, r.coverage.x].map { "  " + pad(String(format: "%.2f", $0), 7, right: true) }.joined()
            let lowCapacity = min(r.capacity.y, r.capacity.x) < 100.0 / 6, wideCoverage = max(r.coverage.y, r.coverage.x) > 100
            let code = lowCapacity && wideCoverage ? "31" : lowCapacity ? "35" : wideCoverage ? "36" : nil
            line += color && code != nil ? "\u{1B}[\(code ?? "0")m" + values + "\u{1B}[0m" : values
        }
        if sizes {
            line += [r.realFilter.y, r.realFilter.x, r.receptiveField.y, r.receptiveField.x].map { "  " + pad(String(Int($0.rounded())), 9, right: true) }.joined()
        }
        print(line)
    }
    if detailed {
        print("""

            Explanation
            X, Y:    image dimensions
            cap.:    learning capacity
            cov.:    coverage of image
            magenta: capacity too low (<1/6)
            cyan:    image coverage too high (>100%)
            red:     capacity too low and coverage too high
            """)
    }
    print("")
}
