import Foundation
import GraphIR

/// The effective receptive field of Luo, Li, Urtasun and Zemel (2016): how strongly each input
/// pixel moves the centre unit of a layer, |d y_centre / d x| averaged over images.
public struct EffectiveReceptiveField: Sendable {
    /// `[H, W]` over the input image: the mean over the images of the sum over the input channels
    /// of |d (sum over the layer's channels of the centre unit) / d x|.
    public var map: Tensor
    /// The layer's `[h, w, channels]` (without the batch) and the centre unit (h / 2, w / 2).
    public var layerShape: [Int]
    public var unit: (y: Int, x: Int)
    /// The theoretical receptive field of the centre unit, clipped to the image.
    public var theoretical: PixelBox
    public var images: Int
    /// The share of the theoretical field's pixels that, taking the largest values first, hold
    /// 50% and 90% of the map's mass: well under 1 for the Gaussian-like fields the paper reports.
    public var fraction50: Double, fraction90: Double
    /// The compiled program's runs over all the images, without compiling, in seconds.
    public var runSeconds: Double = 0
}

extension Model {
    /// The ERF of `layer`'s centre unit over `images` inputs: the given `data` (`[N, H, W, C]`,
    /// for a channels-first model too: see `inspectionImageInput`;
    /// the first `images` used), or uniform random images in [0, 1) drawn by the generated code
    /// from `seed`. One compiled program differentiates a batch of `batch` images at once (the
    /// centre units of a batch are independent, so the gradient of their sum is each image's own)
    /// and adds the batch's mean to the running map.
    public func effectiveReceptiveField(layer: String, images: Int = 100, data: Tensor? = nil, batch: Int = 25,
                                        seed: UInt64 = 0, options: CompileOptions = CompileOptions()) throws -> EffectiveReceptiveField {
        if channelsFirst {
            // An ONNX layer is NCHW: the NHWC view differentiates its transpose (the same units).
            let (view, exposed) = try channelsLastView(exposing: [layer])
            return try view.effectiveReceptiveField(layer: exposed[0], images: images, data: data, batch: batch, seed: seed, options: options)
        }
        let (input, imageShape) = try imageInput()
        guard imageShape.count == 3 else {
            throw GraphJITError("an ERF needs images: input '\(input)' is \(formatShape(imageShape)) after the batch, not [H, W, C]")
        }
        guard images >= 1 else { throw GraphJITError("--images must be at least 1, not \(images)") }
        guard batch >= 1 else { throw GraphJITError("--batch-size must be at least 1, not \(batch)") }
        if let data {
            guard data.dtype == .float32, data.shape.count == 4, Array(data.shape.dropFirst()) == imageShape else {
                throw GraphJITError("the images are \(data.dtype)\(formatShape(data.shape)); '\(input)' takes float32 [N] + \(formatShape(imageShape))")
            }
            guard data.shape[0] >= images else { throw GraphJITError("--images \(images): the data has only \(data.shape[0]) images") }
        }
        // A batch size that divides the image count, so every image counts once.
        let n = (1...min(batch, images)).reversed().first { images % $0 == 0 } ?? 1
        guard let v = graph.value(named: layer) else { throw GraphJITError("the graph has no node named '\(layer)' (--layer)") }
        let probe = try graph.specialized(inputShapes: [input: [n] + imageShape])
        guard let shape = probe[v].shape, shape.count == 4, shape[0] == n else {
            let got = probe[v].shape.map(formatShape) ?? "of unknown shape"
            throw GraphJITError("layer '\(layer)' is \(got), not an image layer [N, h, w, channels]: an ERF needs a convolutional layer")
        }
        let unit = (y: shape[1] / 2, x: shape[2] / 2)
        guard let inputIndex = probe.index(of: input),
              let field = probe.receptiveField(of: v, box: PixelBox(top: unit.y, bottom: unit.y, left: unit.x, right: unit.x), in: inputIndex) else {
            throw GraphJITError("layer '\(layer)' does not depend on the image '\(input)'")
        }

        var g = Graph()
        let batchShape = [n] + imageShape
        let source: Value
        if data == nil {
            let step = try g.add("erf/step", .placeholder(dtype: .int64, shape: []))
            source = try g.add("erf/images", .randomUniform(seed: seed, shape: batchShape), [step])
        } else {
            source = try g.add("erf/images", .placeholder(dtype: .float32, shape: batchShape))
        }
        try append(to: &g, replacing: input, with: source)
        let (h, w) = (imageShape[0], imageShape[1])
        let program = try Model(graph: g).gradients(of: "\(layer)[:,\(unit.y),\(unit.x),:]", wrt: ["erf/images"], options: options) { g, grads in
            guard let gradient = grads.first else { return [] }
            let magnitude = try g.add("erf/abs", .unary(.abs), [gradient])
            let summed = try g.add("erf/sum", .reduce(.sum, axes: [0, 3], keepDims: false), [magnitude])
            let scale = try g.add("erf/scale", .placeholder(dtype: .float32, shape: []))
            let total = try g.add("erf/total", .placeholder(dtype: .float32, shape: [h, w]))
            try g.add("erf/accumulated", .binary(.add), [total, try g.add("erf/scaled", .binary(.mul), [summed, scale])])
            return ["erf/accumulated"]
        }
        var total = Tensor(shape: [h, w], floats: Array(repeating: 0, count: h * w))
        let scale = Tensor(shape: [], floats: [1 / Float(images)])
        let start = ContinuousClock.now
        for chunk in 0..<(images / n) {
            var feeds: [String: Tensor] = ["erf/scale": scale, "erf/total": total]
            if let data {
                feeds["erf/images"] = try data.rows((chunk * n)..<((chunk + 1) * n))
            } else {
                feeds["erf/step"] = Tensor(shape: [], int64s: [Int64(chunk)])
            }
            guard let next = try program.run(feeds)["erf/accumulated"] else { throw GraphJITError("internal: the ERF program returned nothing") }
            total = next
        }
        let d = ContinuousClock.now - start
        let (f50, f90) = Self.massFractions(total, within: field)
        return EffectiveReceptiveField(map: total, layerShape: Array(shape.dropFirst()), unit: unit, theoretical: field,
                                       images: images, fraction50: f50, fraction90: f90,
                                       runSeconds: Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }

    /// How many of the field's pixels, largest values first, hold half and nine tenths of the
    /// map's mass inside the field, as shares of the field's pixel count. A report's statistic
    /// (like the classification report's), read from the finished map.
    static func massFractions(_ map: Tensor, within box: PixelBox) -> (Double, Double) {
        let w = map.shape[1]
        var values: [Double] = []
        for y in box.top...box.bottom { for x in box.left...box.right { values.append(map.double(at: y * w + x)) } }
        values.sort(by: >)
        let mass = values.reduce(0, +)
        guard mass > 0 else { return (1, 1) }
        func share(_ q: Double) -> Double {
            var running = 0.0
            for (i, v) in values.enumerated() {
                running += v
                if running >= q * mass { return Double(i + 1) / Double(values.count) }
            }
            return 1
        }
        return (share(0.5), share(0.9))
    }
}
