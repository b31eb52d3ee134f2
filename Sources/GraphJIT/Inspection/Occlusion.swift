import GraphIR

/// An occlusion map (Zeiler and Fergus 2014): the probability of a class while a grey square
/// hides part of the image, for each position of the square.
public struct OcclusionMap: Sendable {
    /// `[rows, columns]`: the class probability (or score, for a net without Softmax) with the
    /// patch centred on pixel (row * stride, column * stride).
    public var probability: Tensor
    public var classIndex: Int
    /// The class probability without occlusion.
    public var unoccluded: Double
    public var patch: Int, stride: Int
}

extension Classifier {
    /// Slides a `patch` x `patch` square of `fill` (default: the image's mean, computed by the
    /// graph) over the image in steps of `stride`, centred on each visited pixel and clipped at
    /// the borders. The occluded images are made by the compiled program itself (a mask from
    /// the patch corners it is fed) and classified `batch` at a time.
    public func occlusion(_ image: Tensor, classIndex: Int? = nil, patch: Int = 7, stride: Int = 1, fill: Double? = nil,
                          batch: Int = 64, options: CompileOptions = CompileOptions()) throws -> OcclusionMap {
        guard imageShape.count == 3 else {
            throw GraphJITError("occlusion needs images: input '\(input)' is \(formatShape(imageShape)) after the batch, not [H, W, C]")
        }
        let h = imageShape[0], w = imageShape[1]
        guard patch >= 1, patch <= max(h, w) else { throw GraphJITError("--patch must be 1 to \(max(h, w)) pixels, not \(patch)") }
        guard stride >= 1 else { throw GraphJITError("--stride must be at least 1, not \(stride)") }
        guard batch >= 1 else { throw GraphJITError("--batch-size must be at least 1, not \(batch)") }
        let x = try batchOfOne(image)
        let classes = try classCount()
        if let classIndex { _ = try oneHot(classIndex, of: classes) }
        let rows = (h + stride - 1) / stride, cols = (w + stride - 1) / stride
        let positions = rows * cols
        let n = min(batch, positions)
        let program = try occlusionProgram(batch: n, patch: patch, fill: fill, options: options)

        // Corners of each patch; a corner far outside the image occludes nothing (the unoccluded run).
        func corners(_ range: Range<Int>) -> (Tensor, Tensor) {
            var tops: [Int32] = [], lefts: [Int32] = []
            for p in range {
                tops.append(Int32((p / cols) * stride - patch / 2))
                lefts.append(Int32((p % cols) * stride - patch / 2))
            }
            while tops.count < n { tops.append(Int32(-4 * (h + patch))); lefts.append(Int32(-4 * (w + patch))) }
            return (Tensor(shape: [n], int32s: tops), Tensor(shape: [n], int32s: lefts))
        }
        let nowhere = Tensor(shape: [n], int32s: Array(repeating: Int32(-4 * (h + patch)), count: n))
        func run(_ tops: Tensor, _ lefts: Tensor, _ oneHot: Tensor) throws -> (probability: Tensor, predicted: Tensor, best: Tensor) {
            let out = try program.run(["image": x, "tops": tops, "lefts": lefts, "class": oneHot])
            guard let p = out["occlusion/probability"], let c = out["occlusion/predicted"], let m = out["occlusion/best"] else {
                throw GraphJITError("internal: the occlusion program did not return its outputs")
            }
            return (p, c, m)
        }
        // Unoccluded: the asked class's probability, or the prediction and its probability.
        let chosen: Int, unoccluded: Double
        if let classIndex {
            chosen = classIndex
            unoccluded = try run(nowhere, nowhere, try oneHot(classIndex, of: classes)).probability.double(at: 0)
        } else {
            let base = try run(nowhere, nowhere, Tensor(shape: [1, classes], floats: Array(repeating: 0, count: classes)))
            chosen = base.predicted.int(at: 0)
            unoccluded = base.best.double(at: 0)
        }
        let seed = try oneHot(chosen, of: classes)
        var values: [Float] = []
        values.reserveCapacity(positions)
        var start = 0
        while start < positions {
            let end = min(start + n, positions)
            let (tops, lefts) = corners(start..<end)
            let p = try run(tops, lefts, seed).probability
            for i in 0..<(end - start) { values.append(Float(p.double(at: i))) }
            start = end
        }
        return OcclusionMap(probability: Tensor(shape: [rows, cols], floats: values), classIndex: chosen,
                            unoccluded: unoccluded, patch: patch, stride: stride)
    }

    /// image `[1, H, W, C]`, tops and lefts `[n]` int32, class one-hot `[1, classes]` ->
    /// (the class's probability per occluded image `[n]`, the predicted class per image `[n]`,
    /// that prediction's probability `[n]`).
    private func occlusionProgram(batch n: Int, patch: Int, fill: Double?, options: CompileOptions) throws -> CompiledGraph {
        let h = imageShape[0], w = imageShape[1], c = imageShape[2]
        var g = Graph()
        // The occluding graph first; the classifier's nodes follow (`Model.append`), its input
        // placeholder replaced by the occluded batch.
        let image = try g.add("image", .placeholder(dtype: .float32, shape: [1, h, w, c]))
        let tops = try g.add("tops", .placeholder(dtype: .int32, shape: [n]))
        let lefts = try g.add("lefts", .placeholder(dtype: .int32, shape: [n]))
        let patchSize = try g.add("occlusion/patch", .constant(Tensor(shape: [], int32s: [Int32(patch)])))
        func inside(_ corner: Value, _ axis: String, _ size: Int) throws -> Value {
            let index = try g.add("occlusion/\(axis)", .range(start: 0, delta: 1, count: size, dtype: .int32))
            let along = try g.add("occlusion/\(axis)_index", .reshape(axis == "y" ? [1, size, 1, 1] : [1, 1, size, 1]), [index])
            let first = try g.add("occlusion/\(axis)_first", .reshape([n, 1, 1, 1]), [corner])
            let end = try g.add("occlusion/\(axis)_end", .binary(.add), [first, patchSize])
            let after = try g.add("occlusion/\(axis)_after", .compare(.greaterEqual), [along, first])
            let before = try g.add("occlusion/\(axis)_before", .compare(.less), [along, end])
            let a = try g.add("occlusion/\(axis)_a", .cast(.float32), [after])
            let b = try g.add("occlusion/\(axis)_b", .cast(.float32), [before])
            return try g.add("occlusion/\(axis)_inside", .binary(.mul), [a, b])
        }
        let mask = try g.add("occlusion/mask", .binary(.mul), [try inside(tops, "y", h), try inside(lefts, "x", w)])
        let grey = try fill.map { try g.add("occlusion/fill", .constant(Tensor(shape: [], floats: [Float($0)]))) }
            ?? g.add("occlusion/fill", .reduce(.mean, axes: [0, 1, 2, 3], keepDims: false), [image])
        // image + mask * (fill - image): the image outside the square, the fill inside.
        let difference = try g.add("occlusion/difference", .binary(.sub), [grey, image])
        let occluded = try g.add("occlusion/images", .binary(.add), [image, try g.add("occlusion/masked", .binary(.mul), [mask, difference])])
        try model.append(to: &g, replacing: input, with: occluded)
        var probabilities = try g.value(named: self.probabilities ?? scores).orThrow("internal: no prediction node")
        if self.probabilities == nil {
            probabilities = try g.add("occlusion/softmax", .softmax, [probabilities])
        }
        let oneHot = try g.add("class", .placeholder(dtype: .float32, shape: [1, try classCount()]))
        let picked = try g.add("occlusion/picked", .binary(.mul), [probabilities, oneHot])
        try g.add("occlusion/probability", .reduce(.sum, axes: [1], keepDims: false), [picked])
        try g.add("occlusion/predicted", .argMax(axis: 1, outputType: .int32), [probabilities])
        try g.add("occlusion/best", .reduce(.max, axes: [1], keepDims: false), [probabilities])
        return try Model(graph: g).compile(outputs: ["occlusion/probability", "occlusion/predicted", "occlusion/best"], options: options)
    }
}
