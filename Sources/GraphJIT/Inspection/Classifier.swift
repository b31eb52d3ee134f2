import GraphIR
import Passes

/// What the inspection analyses need to know about a classifier: its image input, the class
/// scores to differentiate and the probabilities to report.
public struct Classifier: Sendable {
    /// The model the analyses run: the one given, or for a channels-first (ONNX) model its NHWC
    /// view (`Model.channelsLastView`), so that `imageShape` is `[H, W, C]` either way.
    public let model: Model
    /// The model as given, whose layout images may come in (`batchOfOne`).
    public let given: Model
    /// The image placeholder and its shape after the batch dimension (`[28, 28, 1]`).
    public let input: String
    public let imageShape: [Int]
    /// The prediction node asked for (Softmax or logits).
    public let output: String
    /// The unnormalised class scores: the Softmax's input when the output is a Softmax (through
    /// Identity nodes, as Keras' frozen graphs end), else the output itself. Saliency follows
    /// Simonyan et al. in differentiating the score, not the probability.
    public let scores: String
    /// The probabilities: the Softmax node, or nil when the output is not one.
    public let probabilities: String?

    /// `output` nil: the node nothing consumes, when there is exactly one.
    public init(_ model: Model, output: String? = nil) throws {
        given = model
        let model = try model.channelsLastView().model
        self.model = model
        (input, imageShape) = try model.imageInput()
        let sinks = model.sinkNames
        guard let out = output ?? (sinks.count == 1 ? sinks.first : nil) else {
            throw GraphJITError("the graph has \(sinks.count) output nodes (\(sinks.prefix(4).joined(separator: ", "))): choose one with --output")
        }
        guard let v = model.graph.value(named: out) else { throw GraphJITError("the graph has no node named '\(out)'") }
        self.output = out
        let g = model.graph
        var node = v.node
        while case .identity = g.nodes[node].op, let next = g.nodes[node].inputs.first { node = next.node }
        if case .softmax = g.nodes[node].op, let logits = g.nodes[node].inputs.first {
            scores = g.name(of: logits)
            probabilities = g.nodes[node].name
        } else {
            scores = out
            probabilities = nil
        }
    }

    /// The number of classes (the scores' last dimension). Shapes a frozen Keras graph computes
    /// (Shape -> StridedSlice -> Reshape) are resolved first, as compiling does.
    func classCount() throws -> Int {
        let specialised = try model.graph.specialized(inputShapes: [input: [1] + imageShape])
        let g = try PassManager([.shapeFolding], constantEvaluator: JITConstantEvaluator()).run(specialised, keepingNames: [scores]).graph
        guard let v = g.value(named: scores), let shape = g[v].shape, shape.count == 2, shape[0] == 1 else {
            throw GraphJITError("'\(scores)' is not a [batch, classes] score")
        }
        return shape[1]
    }

    /// `image` as one NHWC batch entry `[1] + imageShape` (see `Model.batchOfOne`; a
    /// channels-first model's image may also come in its own layout, see `Model.imageBatch`).
    public func batchOfOne(_ image: Tensor) throws -> Tensor {
        try given.imageBatch(image, input: input, imageShape: imageShape)
    }

    /// One-hot `[1, classes]` for class `c`: the seed that picks one score.
    func oneHot(_ c: Int, of classes: Int) throws -> Tensor {
        guard (0..<classes).contains(c) else {
            throw GraphJITError("class \(c) is out of range: '\(scores)' has \(classes) classes (0 to \(classes - 1))")
        }
        return Tensor(shape: [1, classes], floats: (0..<classes).map { $0 == c ? 1 : 0 })
    }
}

extension Optional {
    /// The value, or a `GraphJITError` with `message`.
    func orThrow(_ message: @autoclosure () -> String) throws -> Wrapped {
        guard let self else { throw GraphJITError(message()) }
        return self
    }
}

extension Model {
    /// The graph's one input and its shape after the batch dimension, which must be known.
    public func imageInput() throws -> (name: String, shape: [Int]) {
        let names = inputNames
        guard names.count == 1, let input = names.first else {
            throw GraphJITError("an image model has one input (Placeholder); this graph has \(names.count): \(names.joined(separator: ", "))")
        }
        guard let declared = inputShapes[input] ?? nil, declared.count >= 2, declared.dropFirst().allSatisfy({ $0 > 0 }) else {
            throw GraphJITError("input '\(input)' needs a known shape after the batch dimension")
        }
        return (input, Array(declared.dropFirst()))
    }

    /// `image` as one batch entry `[1] + imageShape` of `input`: given as the image itself or with a batch of 1.
    func batchOfOne(_ image: Tensor, input: String, imageShape: [Int]) throws -> Tensor {
        guard image.dtype == .float32 else { throw GraphJITError("the image is \(image.dtype); '\(input)' takes float32") }
        if image.shape == [1] + imageShape { return image }
        guard image.shape == imageShape else {
            throw GraphJITError("the image is \(formatShape(image.shape)), '\(input)' takes images of \(formatShape(imageShape)) (or \(formatShape([1] + imageShape)))")
        }
        return try image.reshaped([1] + imageShape)
    }
}
