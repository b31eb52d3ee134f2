import Foundation
import GraphIR

/// Hypercolumns (Hariharan et al. 2015, as the VGG-16 seed computes them): the activations of
/// several layers at each pixel, each layer resized bilinearly to the image and concatenated.
public struct Hypercolumns: Sendable {
    /// `[H, W, channels]`: for each input pixel, the layers' channels in the order asked for.
    public var columns: Tensor
    /// Each layer's name and `[h, w, channels]` before resizing.
    public var layers: [(name: String, shape: [Int])]
    /// The time of the compiled run (the forward pass, the resizing and the concatenation),
    /// without compiling, in seconds: with several `runs`, the median after the first.
    public var runSeconds: Double

    public init(columns: Tensor, layers: [(name: String, shape: [Int])], runSeconds: Double = 0) {
        self.columns = columns
        self.layers = layers
        self.runSeconds = runSeconds
    }
}

extension Model {
    /// The hypercolumns of one image for `layers` (NHWC nodes): one compiled program runs the
    /// network once and resizes each layer with TensorFlow's bilinear rule (`tf.image.resize`:
    /// half-pixel centres, no corner alignment) before concatenating along the channels.
    public func hypercolumns(_ image: Tensor, layers: [String], runs: Int = 1, options: CompileOptions = CompileOptions()) throws -> Hypercolumns {
        if channelsFirst {
            // ONNX layers are NCHW: the NHWC view reads their transposes; the image may come in
            // either layout (`imageBatch`). The layers keep the names asked for.
            let (view, exposed) = try channelsLastView(exposing: layers)
            let (input, imageShape) = try view.imageInput()
            var hc = try view.hypercolumns(try imageBatch(image, input: input, imageShape: imageShape), layers: exposed, runs: runs, options: options)
            hc.layers = zip(layers, hc.layers).map { (name: $0, shape: $1.shape) }
            return hc
        }
        let (input, imageShape) = try imageInput()
        guard imageShape.count == 3 else {
            throw GraphJITError("hypercolumns need images: input '\(input)' is \(formatShape(imageShape)) after the batch, not [H, W, C]")
        }
        guard !layers.isEmpty else { throw GraphJITError("give at least one layer (--layers A,B,...)") }
        let x = try batchOfOne(image, input: input, imageShape: imageShape)
        var g = try graph.specialized(inputShapes: [input: [1] + imageShape])
        let (h, w) = (imageShape[0], imageShape[1])
        var resized: [Value] = [], found: [(name: String, shape: [Int])] = []
        for name in layers {
            guard let v = g.value(named: name) else { throw GraphJITError("the graph has no node named '\(name)' (--layers)") }
            guard let s = g[v].shape, s.count == 4, s[0] == 1, g[v].dtype == .float32 else {
                throw GraphJITError("layer '\(name)' is \(g[v]), not a float32 image layer [N, h, w, channels]")
            }
            found.append((name, Array(s.dropFirst())))
            // A layer of the image's size is its own resize (half-pixel centres map each pixel to itself).
            resized.append(s[1] == h && s[2] == w ? v : try g.add(g.uniqueName("hypercolumns/\(name)/resized"),
                                     .resize(ResizeAttributes(method: .bilinear, height: h, width: w, halfPixelCenters: true)), [v]))
        }
        // The output is the concatenation itself, which its kernel writes into the caller's tensor;
        // dropping the batch of 1 is a reshape of that tensor (a reshape node would be copied out).
        let joined = resized.count == 1 ? resized[0]
            : try g.add(g.uniqueName("hypercolumns/concat"), .concat(axis: 3, count: resized.count), resized)
        let channels = found.reduce(0) { $0 + $1.shape[2] }
        let outputName = g.name(of: joined)
        let compiled = try Model(graph: g).compile(outputs: [outputName], options: options)
        var columns = Tensor(shape: [0], floats: [])
        var times: [Double] = []
        for _ in 0..<max(runs, 1) {
            let start = ContinuousClock.now
            columns = try compiled.run([input: x])[outputName].orThrow("internal: no hypercolumns")
            let d = ContinuousClock.now - start
            times.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
        columns = try columns.reshaped([h, w, channels])
        // After a warm-up run (the first touches every page of the arena): the median of the rest.
        let timed = times.count > 1 ? Array(times.dropFirst()).sorted() : times
        let d = timed[timed.count / 2]
        return Hypercolumns(columns: columns, layers: found, runSeconds: d)
    }
}
