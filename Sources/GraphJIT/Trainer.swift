import Foundation
import GraphIR
import Training

/// How a network is trained.
public struct TrainingConfiguration: Sendable {
    public var optimizer: Optimizer
    public var learningRate: Double
    public var l2: Double
    /// Seeds weight initialisation and dropout masks.
    public var seed: UInt64
    public var optimizationLevel: Int
    /// Time each kernel of the compiled steps (`Trainer.trainingStepProfile`).
    public var profile: Bool = false
    /// Where compiled steps are loaded from and stored; nil compiles every step afresh.
    public var cache: CompileCache? = nil

    public init(optimizer: Optimizer = .nesterov(0.9), learningRate: Double = 0.01, l2: Double = 0,
                seed: UInt64 = 0, optimizationLevel: Int = 3) {
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.l2 = l2
        self.seed = seed
        self.optimizationLevel = optimizationLevel
    }
}

/// Loss and accuracy over some batches.
public struct BatchStatistics: Sendable {
    public var loss: Double
    public var accuracy: Double
    public var count: Int
}

/// Loss became NaN or infinite.
public struct DivergenceError: Error, CustomStringConvertible {
    public var epoch: Int
    public var batch: Int
    public var loss: Double
    public var description: String {
        "the loss became \(loss) at epoch \(epoch), batch \(batch); lower the learning rate (the weights saved before this epoch are intact)"
    }
}

/// Trains a model whose parameters are `VariableV2` nodes: one compiled function per batch shape
/// runs forward, loss, backward and the optimiser's in-place update. Swift only feeds batches and
/// reads the loss and accuracy. Variables move between compiled functions (training step, last
/// partial batch, evaluation) as whole tensors when the function in use changes.
public final class Trainer {
    public let model: Model
    /// The prediction node (Softmax or logits).
    public let output: String
    public let configuration: TrainingConfiguration
    public private(set) var step = 0
    /// The training step's labels input: int32 class indices, one per image.
    public static let labelsName = TrainingGraph.labelsName

    private var trainSteps: [Int: CompiledGraph] = [:]
    private var evaluators: [Int: CompiledGraph] = [:]
    private var predictors: [Int: CompiledGraph] = [:]
    /// The compiled function whose state is current, or nil while `pending` holds it.
    private var owner: CompiledGraph?
    private var pending: [String: Tensor] = [:]
    /// The images input, and one image's shape (the input's declared shape after the batch).
    public let imagesName: String
    public let imageShape: [Int]

    /// Prepares training: checks the graph, and initialises every variable by running the
    /// initialisation graph (Glorot-uniform weights, zero biases, unless the graph assigns them).
    public init(model: Model, output: String, configuration: TrainingConfiguration = TrainingConfiguration()) throws {
        self.model = model
        self.output = output
        self.configuration = configuration
        guard model.graph.value(named: output) != nil else { throw GraphJITError(model.graph.missingValueMessage(output)) }
        let names = model.inputNames
        guard names.count == 1, let images = names.first, let i = model.graph.index(of: images),
              case let .placeholder(_, shape?) = model.graph.nodes[i].op, shape.count >= 2 else {
            throw GraphJITError("training needs exactly one input placeholder with a known rank (the images); found \(names)")
        }
        imagesName = images
        imageShape = Array(shape.dropFirst())
        guard imageShape.allSatisfy({ $0 > 0 }) else {
            throw GraphJITError("input '\(images)' must have a known shape after the batch dimension, got \(formatShape(shape))")
        }
        let variables = model.graph.nodes.filter { if case .variable = $0.op { return true } else { return false } }
        guard !variables.isEmpty else {
            throw GraphJITError("the graph has no trainable variable (VariableV2): nothing to train")
        }
        pending = try model.initialWeights(seed: configuration.seed)
    }

    /// The parameters' current values by name (weights and biases, not optimiser state).
    public func parameters() throws -> [String: Tensor] {
        let all = try currentState()
        let names = Set(model.graph.nodes.compactMap { n -> String? in
            if case .variable = n.op { return n.name } else { return nil }
        })
        return all.filter { names.contains($0.key) }
    }

    /// Every variable including optimiser state (for saving a resumable checkpoint).
    public func state() throws -> [String: Tensor] { try currentState() }

    /// Replaces variables (parameters or optimiser state) by name, e.g. from a checkpoint.
    public func load(_ values: [String: Tensor], step: Int? = nil) throws {
        var state = try currentState()
        for (name, t) in values {
            if let old = state[name] {
                guard old.dtype == t.dtype, old.shape == t.shape else {
                    throw GraphJITError("'\(name)' is \(old.dtype)\(formatShape(old.shape)) in the graph but \(t.dtype)\(formatShape(t.shape)) in the weights")
                }
            } else if !isKnownSlot(name) {
                throw GraphJITError("the weights hold '\(name)', which is neither a variable of the graph nor optimiser state")
            }
            state[name] = t
        }
        pending = state
        owner = nil
        if let step { self.step = step }
    }

    private func isKnownSlot(_ name: String) -> Bool {
        Model.isOptimizerSlot(name, of: Set(model.variableNames))
    }

    /// One training step per batch; returns the mean loss and accuracy over the batches.
    /// `onBatch` sees each batch's index and loss (for a progress bar).
    public func trainEpoch(_ batches: [(images: Tensor, labels: Tensor)], epoch: Int,
                           onBatch: (Int, Double) -> Void = { _, _ in }) throws -> BatchStatistics {
        var lossSum = 0.0, accuracySum = 0.0, count = 0
        for (b, batch) in batches.enumerated() {
            let n = batch.images.shape.first ?? 0
            let compiled = try trainStep(batchSize: n)
            try activate(compiled)
            step += 1
            let lr = configuration.optimizer.effectiveLearningRate(configuration.learningRate, step: step)
            let out = try compiled.run([
                imagesName: batch.images, TrainingGraph.labelsName: batch.labels,
                TrainingGraph.stepName: Tensor(shape: [], int64s: [Int64(step)]),
                TrainingGraph.learningRateName: Tensor(shape: [], floats: [Float(lr)]),
            ])
            let loss = out[TrainingGraph.lossName]?.double(at: 0) ?? .nan
            guard loss.isFinite else { throw DivergenceError(epoch: epoch, batch: b + 1, loss: loss) }
            let accuracy = out[TrainingGraph.accuracyName]?.double(at: 0) ?? 0
            lossSum += loss * Double(n)
            accuracySum += accuracy * Double(n)
            count += n
            onBatch(b, loss)
        }
        return BatchStatistics(loss: lossSum / Double(max(count, 1)), accuracy: accuracySum / Double(max(count, 1)), count: count)
    }

    /// Mean loss (without the L2 term) and accuracy, dropout off.
    public func evaluate(_ batches: [(images: Tensor, labels: Tensor)]) throws -> BatchStatistics {
        var lossSum = 0.0, accuracySum = 0.0, count = 0
        for batch in batches {
            let n = batch.images.shape.first ?? 0
            let compiled = try evaluator(batchSize: n)
            try activate(compiled)
            let out = try compiled.run([imagesName: batch.images, TrainingGraph.labelsName: batch.labels])
            lossSum += (out[TrainingGraph.lossName]?.double(at: 0) ?? .nan) * Double(n)
            accuracySum += (out[TrainingGraph.accuracyName]?.double(at: 0) ?? 0) * Double(n)
            count += n
        }
        return BatchStatistics(loss: lossSum / Double(max(count, 1)), accuracy: accuracySum / Double(max(count, 1)), count: count)
    }

    /// The output node's values (e.g. class probabilities) for a batch of images, dropout off.
    public func predict(_ images: Tensor) throws -> Tensor {
        let n = images.shape.first ?? 0
        let compiled = try predictor(batchSize: n)
        try activate(compiled)
        guard let out = try compiled.run([imagesName: images])[output] else { throw GraphJITError("no output") }
        return out
    }

    /// The model with every variable replaced by a Const of its current value and Dropout removed:
    /// a frozen GraphDef that `graphjit run` and TensorFlow load as it is.
    public func frozenGraph() throws -> Graph {
        try model.freezing(try parameters()).graph
    }

    // MARK: compiled functions per batch size

    private func shape(_ n: Int) -> [String: [Int]] { [imagesName: [n] + imageShape] }

    private func options() -> CompileOptions {
        CompileOptions(optimizationLevel: configuration.optimizationLevel, profile: configuration.profile,
                       cache: configuration.cache)
    }

    /// Why the compile cache was not used for a function compiled so far (see `CompiledGraph.cacheWarning`).
    public var cacheWarnings: [String] {
        [trainSteps, evaluators, predictors].flatMap { $0.sorted { $0.key < $1.key }.compactMap(\.value.cacheWarning) }
    }

    /// Time per kernel of the training step compiled for `batchSize`, when the configuration
    /// asks for profiling and that step has run.
    public func trainingStepProfile(batchSize: Int) -> Profile? { trainSteps[batchSize]?.profile }

    /// The compiled training step for `batchSize` (compiled now if needed): its plan, IR and assembly.
    public func compiledTrainingStep(batchSize: Int) throws -> CompiledGraph { try trainStep(batchSize: batchSize) }

    /// Forgets the kernel times recorded so far (after warm-up).
    public func resetProfiles() { trainSteps.values.forEach { $0.resetProfile() } }

    /// Compiles, side by side on the available cores, the training steps and evaluation functions
    /// for these batch sizes (the full and the last partial batch, say), so the first epoch does
    /// not wait for each in turn. Each compile has its own LLVM context.
    public func prepare(trainingBatchSizes: [Int], evaluationBatchSizes: [Int]) throws {
        let jobs = Set(trainingBatchSizes).subtracting(trainSteps.keys).map { ($0, true) }
            + Set(evaluationBatchSizes).subtracting(evaluators.keys).map { ($0, false) }
        guard jobs.count > 1 else {
            for (n, training) in jobs { _ = try training ? trainStep(batchSize: n) : evaluator(batchSize: n) }
            return
        }
        var results = [Result<CompiledGraph, Error>?](repeating: nil, count: jobs.count)
        results.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
                let (n, training) = jobs[i]
                slots[i] = Result { try training ? self.compileTrainingStep(batchSize: n) : self.compileEvaluator(batchSize: n) }
            }
        }
        for ((n, training), result) in zip(jobs, results) {
            guard let compiled = try result?.get() else { continue }
            if training { trainSteps[n] = compiled } else { evaluators[n] = compiled }
        }
    }

    private func trainStep(batchSize n: Int) throws -> CompiledGraph {
        if let c = trainSteps[n] { return c }
        let c = try compileTrainingStep(batchSize: n)
        trainSteps[n] = c
        return c
    }

    private func evaluator(batchSize n: Int) throws -> CompiledGraph {
        if let c = evaluators[n] { return c }
        let c = try compileEvaluator(batchSize: n)
        evaluators[n] = c
        return c
    }

    /// Reads only immutable state, so several may run at once (`prepare`).
    private func compileTrainingStep(batchSize n: Int) throws -> CompiledGraph {
        let specialised = try model.graph.specialized(inputShapes: shape(n))
        let t = try TrainingGraph.trainingStep(specialised, output: output, options: TrainingStepOptions(
            optimizer: configuration.optimizer, l2: configuration.l2, seed: configuration.seed))
        return try Model(graph: t.graph).compile(outputs: [TrainingGraph.lossName, TrainingGraph.accuracyName],
                                                 effects: t.updateNames, options: options())
    }

    private func compileEvaluator(batchSize n: Int) throws -> CompiledGraph {
        let t = try TrainingGraph.evaluation(try model.graph.specialized(inputShapes: shape(n)), output: output)
        return try Model(graph: t.graph).compile(outputs: [TrainingGraph.lossName, TrainingGraph.accuracyName], options: options())
    }

    private func predictor(batchSize n: Int) throws -> CompiledGraph {
        if let c = predictors[n] { return c }
        let c = try model.compile(outputs: [output], inputShapes: shape(n), options: options())
        predictors[n] = c
        return c
    }

    /// Makes `compiled` hold the current variables (moving them from the previous owner).
    private func activate(_ compiled: CompiledGraph) throws {
        if let owner, owner === compiled { return }
        let state = try currentState()
        for name in compiled.variableNames {
            // Optimiser slots start at zero in a fresh step function; carry them when known.
            if let t = state[name] { try compiled.setVariable(name, t) }
        }
        pending = state
        owner = compiled
    }

    private func currentState() throws -> [String: Tensor] {
        guard let owner else { return pending }
        var state = pending
        for (name, t) in zip(owner.variableNames, try owner.variableValues()) { state[name] = t }
        return state
    }
}

/// The optimisers (Lasagne's update rules), re-exported for users of the public API.
public typealias Optimizer = Training.Optimizer

/// One row of the training history, as nolearn's `train_history_`.
public struct EpochRecord: Sendable {
    public var epoch: Int
    public var trainLoss: Double
    public var validLoss: Double
    public var validAccuracy: Double
    public var seconds: Double

    public init(epoch: Int, trainLoss: Double, validLoss: Double, validAccuracy: Double, seconds: Double) {
        self.epoch = epoch
        self.trainLoss = trainLoss
        self.validLoss = validLoss
        self.validAccuracy = validAccuracy
        self.seconds = seconds
    }
}

extension Trainer {
    /// nolearn's `fit`: `epochs` passes over `train` in shuffled batches, each followed by an
    /// evaluation on `validation`; `onEpoch` sees each record as it is made.
    @discardableResult
    public func fit(_ train: LabelledImages, validation: LabelledImages, epochs: Int, batchSize: Int = 128,
                    seed: UInt64 = 0, onEpoch: (EpochRecord) -> Void = { _ in }) throws -> [EpochRecord] {
        guard batchSize >= 1 else { throw GraphJITError("the batch size must be at least 1") }
        let validationBatches = try TrainingData.batches(validation, size: 500, shuffle: false, seed: 0)
        var history: [EpochRecord] = []
        for epoch in 1...max(epochs, 1) where epochs > 0 {
            let clock = ContinuousClock()
            let start = clock.now
            let batches = try TrainingData.batches(train, size: batchSize, shuffle: true, seed: seed &+ UInt64(epoch))
            let stats = try trainEpoch(batches, epoch: epoch)
            let valid = try evaluate(validationBatches)
            let d = clock.now - start
            let record = EpochRecord(epoch: epoch, trainLoss: stats.loss, validLoss: valid.loss, validAccuracy: valid.accuracy,
                                     seconds: Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
            history.append(record)
            onEpoch(record)
        }
        return history
    }
}
