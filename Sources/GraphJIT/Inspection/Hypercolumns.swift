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
    /// without compiling, in seconds.
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
    public func hypercolumns(_ image: Tensor, layers: [String], options: CompileOptions = CompileOptions()) throws -> Hypercolumns {
        let (input, imageShape) = try imageInput()
        guard imageShape.count == 3 else {
            throw GraphJITError("hypercolumns need images: input '\(input)' is \(formatShape(imageShape)) after the batch, not [H, W, C]")
        }
        guard !layers.isEmpty else { throw GraphJITError("give at least one layer (--layers A,B,...)") }
        let x: Tensor
        if image.shape == imageShape { x = try image.reshaped([1] + imageShape) } else { x = image }
        guard x.dtype == .float32, x.shape == [1] + imageShape else {
            throw GraphJITError("the image is \(image.dtype)\(formatShape(image.shape)), '\(input)' takes float32 images of \(formatShape(imageShape))")
        }
        var g = try graph.specialized(inputShapes: [input: [1] + imageShape])
        let (h, w) = (imageShape[0], imageShape[1])
        var resized: [Value] = [], found: [(name: String, shape: [Int])] = []
        for name in layers {
            guard let v = g.value(named: name) else { throw GraphJITError("the graph has no node named '\(name)' (--layers)") }
            guard let s = g[v].shape, s.count == 4, s[0] == 1, g[v].dtype == .float32 else {
                throw GraphJITError("layer '\(name)' is \(g[v]), not a float32 image layer [N, h, w, channels]")
            }
            found.append((name, Array(s.dropFirst())))
            let float = try g.add(g.uniqueName("hypercolumns/\(name)/value"), .identity, [v])
            resized.append(try g.add(g.uniqueName("hypercolumns/\(name)/resized"),
                                     .resize(ResizeAttributes(method: .bilinear, height: h, width: w, halfPixelCenters: true)), [float]))
        }
        let joined = resized.count == 1 ? resized[0]
            : try g.add(g.uniqueName("hypercolumns/concat"), .concat(axis: 3, count: resized.count), resized)
        let channels = found.reduce(0) { $0 + $1.shape[2] }
        try g.add("hypercolumns/columns", .reshape([h, w, channels]), [joined])
        let compiled = try Model(graph: g).compile(outputs: ["hypercolumns/columns"], options: options)
        let start = ContinuousClock.now
        let columns = try compiled.run([input: x])["hypercolumns/columns"].orThrow("internal: no hypercolumns")
        let d = ContinuousClock.now - start
        return Hypercolumns(columns: columns, layers: found,
                            runSeconds: Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }
}
