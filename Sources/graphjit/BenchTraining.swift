import ArgumentParser
import Foundation
import GraphIR
import GraphJIT

/// `graphjit bench MODEL --train`: whole compiled training steps (forward, loss, backward and
/// the optimiser's in-place update) on synthetic batches of the graph's input shape, labels
/// drawn in range. Part of bench's contract: `--batch`, `--optimizer`, `--lr`, `--momentum`,
/// `--threads`, `--json`, with the inference report's keys.
extension BenchCommand {
    func runTraining(importSeconds: Double, model: Model) throws {
        guard input.isEmpty, inputShape.isEmpty else {
            throw ValidationError("--train draws its batches from the input's shape: --input and --input-shape do not apply (use --batch)")
        }
        guard output.count <= 1 else { throw ValidationError("--train takes one --output (the prediction node), got \(output.count)") }
        guard lr > 0, lr.isFinite else { throw ValidationError("--lr must be positive") }
        guard (0..<1).contains(momentum) else { throw ValidationError("--momentum must be in [0, 1)") }
        let prediction = try output.first ?? singleSink(model)
        try checkOutput(prediction, in: model)
        let options = try flags.options()
        var configuration = TrainingConfiguration(optimizer: optimizer.optimizer(momentum: momentum), learningRate: lr,
                                                  optimizationLevel: options.optimizationLevel)
        configuration.cache = options.cache
        // Trainer checks the graph: one images input whose shape after the batch is known.
        let trainer = try Trainer(model: model, output: prediction, configuration: configuration)
        let images = trainer.imagesName
        guard model.inputDTypes[images] == .float32 else {
            throw GraphJITError("input '\(images)' is \(model.inputDTypes[images]?.rawValue ?? "unknown"); training takes float32 images")
        }
        let classes = try classCount(prediction, model)
        let n = batch ?? 128
        var clock = ContinuousClock.now
        let compiled = try trainer.compiledTrainingStep(batchSize: n)
        let compileSeconds = seconds(since: &clock)
        reportCacheWarnings(trainer.cacheWarnings)

        // A few distinct batches, taken in turn, so no step sees the previous step's data in cache.
        var generator = SplitMix64(seed: 0x7472_6169)
        let shape = [n] + trainer.imageShape
        let count = try checkedElementCount(shape)
        let batches = (0..<4).map { _ in
            (images: Tensor(shape: shape, floats: (0..<count).map { _ in Float(generator.nextUnit()) }),
             labels: Tensor(shape: [n], int32s: (0..<n).map { _ in Int32(generator.next() % UInt64(classes)) }))
        }
        _ = try trainer.trainEpoch([batches[0]], epoch: 0)
        var times: [Double] = []
        for k in 0..<repetitions {
            var start = ContinuousClock.now
            _ = try trainer.trainEpoch([batches[(k + 1) % batches.count]], epoch: 0)
            times.append(seconds(since: &start))
        }
        times.sort()
        let median = medianOfSorted(times)
        let report = BenchReport(
            model: graph, nodes: model.graph.nodes.count, parameters: model.learnableParameterCount,
            inputs: [(images, TensorType(.float32, shape)), (Trainer.labelsName, TensorType(.int32, [n]))],
            importSeconds: importSeconds, timings: compiled.timings, runSeconds: times, median: median,
            batch: n, threads: Parallelism.threads, flops: compiled.flops, peakBytes: peakResidentBytes(),
            cache: BenchReport.cacheState(compiled, enabled: options.cache != nil),
            training: BenchReport.Training(optimizer: optimizer.rawValue, learningRate: lr, classes: classes,
                                           compileSeconds: compileSeconds))
        print(json ? report.json : report.text)
    }

    /// The prediction's last dimension: the labels are drawn below it.
    private func classCount(_ prediction: String, _ model: Model) throws -> Int {
        guard let v = model.graph.value(named: prediction), let shape = model.graph[v].shape, let last = shape.last, last >= 1,
              shape.count == 2 else {
            throw GraphJITError("the prediction '\(prediction)' must be [batch, classes] with a known number of classes to train")
        }
        return last
    }
}

extension TrainCommand.OptimizerName {
    /// The optimiser, with `momentum` for momentum and nesterov (adam takes its usual defaults).
    func optimizer(momentum: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) -> Optimizer {
        switch self {
        case .sgd: return .sgd
        case .momentum: return .momentum(momentum)
        case .nesterov: return .nesterov(momentum)
        case .adam: return .adam(beta1: beta1, beta2: beta2, epsilon: epsilon)
        }
    }
}
