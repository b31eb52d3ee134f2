import Foundation
import GraphIR

/// A saliency map (Simonyan, Vedaldi and Zisserman 2014): the gradient of one class score with
/// respect to the input image.
public struct SaliencyMap: Sendable {
    /// d score / d image with its batch of 1, in the model's own layout: `[1, H, W, C]`, or
    /// `[1, C, H, W]` for a channels-first (ONNX) model, as `graphjit grad` gives it.
    public var gradient: Tensor
    /// `[H, W]`: the largest |gradient| over the channels of each pixel (images in NHWC); for
    /// inputs that are not images, |gradient| without the batch dimension.
    public var magnitude: Tensor
    public var classIndex: Int
    /// The class score (logit) and, when the output is a Softmax, the class probability.
    public var score: Double
    public var probability: Double?
    /// The compiled program's runs (one, or two to find the predicted class), without compiling, in seconds.
    public var runSeconds: Double = 0
}

extension Classifier {
    /// The saliency of `classIndex` (default: the predicted class) for one image. One compiled
    /// program computes the forward pass, the gradient (seeded with the class's one-hot) and the
    /// map; without a class it runs twice, first with a zero seed to read the prediction.
    public func saliency(_ image: Tensor, classIndex: Int? = nil, options: CompileOptions = CompileOptions()) throws -> SaliencyMap {
        let x = try batchOfOne(image)
        let classes = try classCount()
        if let classIndex { _ = try oneHot(classIndex, of: classes) }
        let shape = [1] + imageShape
        let program = try model.gradients(of: scores, wrt: [input], inputShapes: [input: shape], seeded: true, options: options) { g, grads in
            guard let gradient = grads.first else { return [] }
            let magnitude = try g.add(g.uniqueName("saliency/abs"), .unary(.abs), [gradient])
            let mapShape = shape.count == 4 ? Array(shape[1...2]) : Array(shape.dropFirst())
            let reduced = shape.count == 4
                ? try g.add(g.uniqueName("saliency/channel_max"), .reduce(.max, axes: [3], keepDims: false), [magnitude])
                : magnitude
            try g.add("saliency/map", .reshape(mapShape), [reduced])
            // The gradient in the layout of the model's own input, so it reads like `grad`'s.
            try g.add("saliency/gradient", given.channelsFirst && shape.count == 4 ? .transpose([0, 3, 1, 2]) : .identity, [gradient])
            let prediction = try g.value(named: probabilities ?? scores).orThrow("internal: no prediction node")
            try g.add("saliency/predicted", .argMax(axis: 1, outputType: .int32), [prediction])
            return ["saliency/map", "saliency/gradient", "saliency/predicted", scores] + (probabilities.map { [$0] } ?? [])
        }
        guard let seedName = program.seedName else { throw GraphJITError("internal: the saliency program has no seed input") }
        let start = ContinuousClock.now
        var chosen = classIndex ?? 0
        if classIndex == nil {
            let zero = try program.run([input: x, seedName: Tensor(shape: [1, classes], floats: Array(repeating: 0, count: classes))])
            guard let predicted = zero["saliency/predicted"] else { throw GraphJITError("internal: no prediction") }
            chosen = predicted.int(at: 0)
        }
        let out = try program.run([input: x, seedName: try oneHot(chosen, of: classes)])
        guard let gradient = out["saliency/gradient"], let map = out["saliency/map"], let s = out[scores] else {
            throw GraphJITError("internal: the saliency program did not return its outputs")
        }
        let d = ContinuousClock.now - start
        return SaliencyMap(gradient: gradient, magnitude: map, classIndex: chosen, score: s.double(at: chosen),
                           probability: probabilities.flatMap { out[$0]?.double(at: chosen) },
                           runSeconds: Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }

}
