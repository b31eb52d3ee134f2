import Autodiff
import GraphIR

/// Settings of a training step that change its graph.
public struct TrainingStepOptions: Sendable {
    public var optimizer: Optimizer
    /// L2 penalty factor on weights (variables of rank >= 2), as nolearn's `objective_l2`:
    /// `loss + l2 * Σ w²`.
    public var l2: Double
    /// Seeds the dropout masks (with the step counter).
    public var seed: UInt64

    public init(optimizer: Optimizer = .nesterov(0.9), l2: Double = 0, seed: UInt64 = 0) {
        self.optimizer = optimizer
        self.l2 = l2
        self.seed = seed
    }
}

/// A model graph turned into one training step (forward, loss, backward, in-place updates), or into
/// an evaluation graph (forward, loss, accuracy). Names the graph's inputs and outputs.
public struct TrainingGraph: Sendable {
    public let graph: Graph
    public let imagesName: String
    public static let labelsName = "labels"
    /// int64 scalar fed with the step number: the dropout masks' counter.
    public static let stepName = "training/step"
    /// float32 scalar fed with the (bias-corrected, for adam) learning rate.
    public static let learningRateName = "training/learning_rate"
    public static let lossName = "training/loss"
    public static let accuracyName = "training/accuracy"
    /// The Assign nodes the step must run (its effects).
    public let updateNames: [String]
    /// Trainable variables, in graph order.
    public let parameterNames: [String]
    /// Optimiser state variables (velocity, adam moments).
    public let slotNames: [String]

    /// Builds the training step for `model`, specialised to a batch shape, whose prediction node is
    /// `output` (Softmax or logits). The loss is the mean categorical cross-entropy on integer
    /// labels, computed from the logits (the Softmax's input when the graph ends in Softmax).
    public static func trainingStep(_ model: Graph, output: String, options: TrainingStepOptions) throws -> TrainingGraph {
        let (withDropout, images) = try dropoutActive(model, seed: options.seed)
        var g = withDropout
        let (loss, _) = try addLossAndAccuracy(&g, output: output, l2: options.l2)
        let parameters = g.nodes.indices.filter { if case .variable = g.nodes[$0].op { return true } else { return false } }
        guard !parameters.isEmpty else {
            throw GraphError(node: output, op: g.nodes[g.index(of: output) ?? 0].op.name,
                             "the graph has no trainable variable (VariableV2) to train")
        }
        let result = try Gradients.build(g, of: loss, wrt: parameters.map { Value(node: $0) })
        g = result.graph
        let lr = try g.add(learningRateName, .placeholder(dtype: .float32, shape: []))
        var updates: [String] = [], slots: [String] = []
        for (p, grad) in zip(parameters, result.gradients) {
            let (u, s) = try addUpdate(&g, parameter: Value(node: p), gradient: grad, learningRate: lr, options.optimizer)
            updates += u
            slots += s
        }
        return TrainingGraph(graph: g, imagesName: images, updateNames: updates,
                             parameterNames: parameters.map { g.nodes[$0].name }, slotNames: slots)
    }

    /// The model with loss and accuracy for evaluation: dropout off, no updates.
    public static func evaluation(_ model: Graph, output: String) throws -> TrainingGraph {
        var g = model
        _ = try addLossAndAccuracy(&g, output: output, l2: 0)
        let parameters = g.nodes.filter { if case .variable = $0.op { return true } else { return false } }.map(\.name)
        return TrainingGraph(graph: g, imagesName: try imagesName(model), updateNames: [], parameterNames: parameters, slotNames: [])
    }

    /// The model's one input (the images placeholder).
    static func imagesName(_ g: Graph) throws -> String {
        let names = g.placeholders.map { g.nodes[$0].name }.filter { $0 != labelsName }
        guard names.count == 1, let name = names.first else {
            throw GraphError(node: names.joined(separator: ", "), op: "Placeholder",
                             "training needs exactly one input placeholder (the images), found \(names.count)")
        }
        return name
    }

    /// Dropout nodes become `select(u >= rate, x / (1 - rate), 0)` with `u` uniform from the
    /// counter-based generator, seeded per node and stepped by the step-counter input.
    static func dropoutActive(_ model: Graph, seed: UInt64) throws -> (Graph, String) {
        let images = try imagesName(model)
        var step: Value?
        var index: UInt64 = 0
        let rewritten = try GraphRewriter(model) { g, node, inputs in
            guard case .dropout(let rate) = node.op, rate > 0 else { return nil }
            guard let shape = g[inputs[0]].shape, g[inputs[0]].isStatic else {
                throw GraphError(node: node.name, op: node.op.name, "dropout needs a static shape; give the batch size")
            }
            let counter = try step ?? g.add(stepName, .placeholder(dtype: .int64, shape: []))
            step = counter
            index += 1
            let u = try g.fresh(node.name + "/uniform", .randomUniform(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ index, shape: shape), [counter])
            let keep = try g.fresh(node.name + "/keep", .compare(.greaterEqual), [u, try g.scalar(node.name + "/rate", rate)])
            let scaled = try g.fresh(node.name + "/scaled", .binary(.mul), [inputs[0], try g.scalar(node.name + "/scale", 1 / (1 - rate))])
            return try g.add(node.name, .select, [keep, scaled, try g.scalar(node.name + "/zero", 0)])
        }
        return (rewritten.graph, images)
    }

    /// Appends labels, the mean cross-entropy (plus L2) and the accuracy; returns their values.
    static func addLossAndAccuracy(_ g: inout Graph, output: String, l2: Double) throws -> (Value, Value) {
        guard let out = g.value(named: output) else {
            throw GraphError(node: output, op: "output", "no such node in the graph")
        }
        // Softmax then log would lose precision: the loss is computed from the logits.
        var logits = out
        if case .softmax = g.nodes[out.node].op { logits = g.nodes[out.node].inputs[0] }
        guard let shape = g[logits].shape, shape.count == 2 else {
            throw GraphError(node: output, op: g.nodes[out.node].op.name, "training needs [batch, classes] logits, got \(g[logits])")
        }
        let labels = try g.add(labelsName, .placeholder(dtype: .int32, shape: [shape[0]]))
        let xent = try g.add("training/cross_entropy", .sparseSoftmaxCrossEntropy, [logits, labels])
        var loss = try g.add(l2 > 0 ? "training/data_loss" : lossName, .reduce(.mean, axes: [0], keepDims: false), [xent])
        if l2 > 0 {
            var total: Value?
            for (i, n) in g.nodes.enumerated() {
                guard case let .variable(dtype, vshape) = n.op, dtype.isFloatingPoint, vshape.count >= 2 else { continue }
                let sq = try g.fresh("training/l2/\(n.name)/square", .unary(.square), [Value(node: i)])
                let s = try g.fresh("training/l2/\(n.name)/sum", .reduce(.sum, axes: Array(0..<vshape.count), keepDims: false), [sq])
                total = try total.map { try g.fresh("training/l2/add", .binary(.add), [$0, s]) } ?? s
            }
            if let total {
                let penalty = try g.add("training/l2", .binary(.mul), [total, try g.scalar("training/l2/factor", l2)])
                loss = try g.add(lossName, .binary(.add), [loss, penalty])
            } else {
                loss = try g.add(lossName, .identity, [loss])
            }
        }
        let predicted = try g.add("training/predicted", .argMax(axis: 1, outputType: .int32), [logits])
        let correct = try g.add("training/correct", .compare(.equal), [predicted, labels])
        let asFloat = try g.add("training/correct_float", .cast(.float32), [correct])
        let accuracy = try g.add(accuracyName, .reduce(.mean, axes: [0], keepDims: false), [asFloat])
        return (loss, accuracy)
    }

    /// Appends the optimiser's update of one parameter; returns the Assign names and new slot names.
    static func addUpdate(_ g: inout Graph, parameter p: Value, gradient grad: Value, learningRate lr: Value,
                          _ optimizer: Optimizer) throws -> ([String], [String]) {
        let name = g.nodes[p.node].name
        let type = g[p]
        func slot(_ s: String) throws -> Value {
            try g.add(g.uniqueName("\(name)/\(s)"), .variable(dtype: type.dtype, shape: type.shape ?? []))
        }
        func op(_ suffix: String, _ o: Op, _ inputs: [Value]) throws -> Value { try g.fresh("\(name)/update/\(suffix)", o, inputs) }
        let step = try op("lr_grad", .binary(.mul), [grad, lr])  // lr * g
        var assigns: [Value] = []
        var slots: [Value] = []
        switch optimizer {
        case .sgd:
            assigns.append(try op("assign", .assign, [p, try op("new", .binary(.sub), [p, step])]))
        case .momentum(let mu), .nesterov(let mu):
            let v = try slot("velocity")
            slots.append(v)
            let muV = try op("mu_v", .binary(.mul), [v, try g.scalar("\(name)/update/mu", mu)])
            let vNew = try op("velocity_new", .binary(.sub), [muV, step])
            let delta: Value
            if case .nesterov = optimizer {
                let muVNew = try op("mu_velocity_new", .binary(.mul), [vNew, try g.scalar("\(name)/update/mu", mu)])
                delta = try op("delta", .binary(.sub), [muVNew, step])
            } else {
                delta = vNew
            }
            assigns.append(try op("assign_velocity", .assign, [v, vNew]))
            assigns.append(try op("assign", .assign, [p, try op("new", .binary(.add), [p, delta])]))
        case let .adam(b1, b2, eps):
            let m = try slot("m"), v = try slot("v")
            slots += [m, v]
            let mNew = try op("m_new", .binary(.add), [
                try op("b1_m", .binary(.mul), [m, try g.scalar("\(name)/update/beta1", b1)]),
                try op("g_1mb1", .binary(.mul), [grad, try g.scalar("\(name)/update/one_minus_beta1", 1 - b1)])])
            let g2 = try op("g_squared", .unary(.square), [grad])
            let vNew = try op("v_new", .binary(.add), [
                try op("b2_v", .binary(.mul), [v, try g.scalar("\(name)/update/beta2", b2)]),
                try op("g2_1mb2", .binary(.mul), [g2, try g.scalar("\(name)/update/one_minus_beta2", 1 - b2)])])
            let denominator = try op("denominator", .binary(.add), [try op("sqrt_v", .unary(.sqrt), [vNew]),
                                                                    try g.scalar("\(name)/update/epsilon", eps)])
            let ratio = try op("ratio", .binary(.div), [mNew, denominator])
            let delta = try op("delta", .binary(.mul), [ratio, lr])
            assigns.append(try op("assign_m", .assign, [m, mNew]))
            assigns.append(try op("assign_v", .assign, [v, vNew]))
            assigns.append(try op("assign", .assign, [p, try op("new", .binary(.sub), [p, delta])]))
        }
        return (assigns.map { g.nodes[$0.node].name }, slots.map { g.nodes[$0.node].name })
    }
}
