import GraphIR

/// A layer of a nolearn/Lasagne-style network description.
public enum Layer: Sendable, Hashable {
    /// Images of `height` x `width` x `channels` (the batch size is left open).
    case input(height: Int, width: Int, channels: Int)
    /// Convolution with `filters` square `size` kernels; `pad` is Lasagne's (0 = valid, `size / 2` keeps the size).
    case conv(filters: Int, size: Int, stride: Int = 1, pad: Int = 0, nonlinearity: Nonlinearity = .relu)
    case maxPool(size: Int, stride: Int? = nil)
    case dense(units: Int, nonlinearity: Nonlinearity = .relu)
    /// Dropout with probability `rate` (Lasagne's default 0.5), active in training only.
    case dropout(rate: Double = 0.5)
}

public enum Nonlinearity: String, Sendable, Hashable { case relu, softmax, identity }

/// A network as a list of layers, as nolearn's `NeuralNet(layers=...)`; builds the graph
/// (NHWC, weights as `VariableV2`, so TensorFlow can run what it saves).
public struct Network: Sendable {
    public var layers: [(name: String, layer: Layer)]

    /// Layers named as nolearn names them: `input0`, `conv2d1`, `maxpool2d2`, `dense3`, `dropout4`.
    public init(_ layers: [Layer]) {
        self.layers = layers.enumerated().map { i, layer in
            let kind: String
            switch layer {
            case .input: kind = "input"
            case .conv: kind = "conv2d"
            case .maxPool: kind = "maxpool2d"
            case .dense: kind = "dense"
            case .dropout: kind = "dropout"
            }
            return ("\(kind)\(i)", layer)
        }
    }

    /// The last layer's name: the prediction node (a Softmax for a classifier).
    public var outputName: String { layers.last?.name ?? "" }

    /// The graph, with `VariableV2` weights `NAME/W` and biases `NAME/b`.
    public func graph() throws -> Graph {
        var g = Graph()
        guard case let .input(h, w, c)? = layers.first?.layer else {
            throw GraphJITError("a network starts with an input layer")
        }
        var x = try g.add(layers[0].name, .placeholder(dtype: .float32, shape: [-1, h, w, c]))
        for (name, layer) in layers.dropFirst() {
            let shape = g[x].shape ?? []
            switch layer {
            case .input:
                throw GraphJITError("layer '\(name)': only the first layer can be an input")
            case let .conv(filters, size, stride, pad, nonlinearity):
                guard shape.count == 4 else { throw GraphJITError("layer '\(name)': a convolution needs image input") }
                let wv = try g.add("\(name)/W", .variable(dtype: .float32, shape: [size, size, shape[3], filters]))
                let padding: Padding = pad == 0 ? .valid : .explicit(top: pad, bottom: pad, left: pad, right: pad)
                let conv = try g.add("\(name)/Conv2D", .conv2D(Conv2DAttributes(strideH: stride, strideW: stride, padding: padding)), [x, wv])
                x = try activation(&g, name, conv, filters, nonlinearity, format: .nhwc)
            case let .maxPool(size, stride):
                guard shape.count == 4 else { throw GraphJITError("layer '\(name)': pooling needs image input") }
                let s = stride ?? size
                x = try g.add(name, .pool(PoolAttributes(kind: .max, windowH: size, windowW: size, strideH: s, strideW: s)), [x])
            case let .dense(units, nonlinearity):
                if shape.count != 2 {
                    let flat = shape.dropFirst().reduce(1, *)
                    x = try g.add("\(name)/flatten", .reshape([-1, flat]), [x])
                }
                let inputs = g[x].shape?.last ?? 0
                let wv = try g.add("\(name)/W", .variable(dtype: .float32, shape: [inputs, units]))
                let mm = try g.add("\(name)/MatMul", .matMul(transposeA: false, transposeB: false), [x, wv])
                x = try activation(&g, name, mm, units, nonlinearity, format: .nhwc)
            case .dropout(let rate):
                x = try g.add(name, .dropout(rate: rate), [x])
            }
        }
        return g
    }

    private func activation(_ g: inout Graph, _ name: String, _ x: Value, _ channels: Int,
                            _ nonlinearity: Nonlinearity, format: DataFormat) throws -> Value {
        let b = try g.add("\(name)/b", .variable(dtype: .float32, shape: [channels]))
        switch nonlinearity {
        case .relu:
            let biased = try g.add("\(name)/BiasAdd", .biasAdd(format), [x, b])
            return try g.add(name, .unary(.relu), [biased])
        case .softmax:
            let logits = try g.add("\(name)/logits", .biasAdd(format), [x, b])
            return try g.add(name, .softmax, [logits])
        case .identity:
            return try g.add(name, .biasAdd(format), [x, b])
        }
    }

    /// The layer table: output size, learnable parameters, capacity and coverage per layer.
    public func summary() throws -> [LayerSummary] { try Model(graph: graph()).layers }
}

extension Network {
    /// The Q&A net of seed 000: 217,706 parameters.
    public static let seed000 = Network([
        .input(height: 28, width: 28, channels: 1),
        .conv(filters: 32, size: 5), .maxPool(size: 2),
        .conv(filters: 32, size: 3), .maxPool(size: 2),
        .dense(units: 256), .dense(units: 10, nonlinearity: .softmax),
    ])

    /// The blog net of seed 002, with dropout: 160,362 parameters.
    public static let seed002 = Network([
        .input(height: 28, width: 28, channels: 1),
        .conv(filters: 32, size: 5), .maxPool(size: 2),
        .conv(filters: 32, size: 5), .maxPool(size: 2),
        .dropout(rate: 0.5), .dense(units: 256), .dropout(rate: 0.5),
        .dense(units: 10, nonlinearity: .softmax),
    ])

    /// The tutorial's net4 of seed 001 ("a good compromise"): 353,738 parameters.
    public static let seed001net4 = Network([.input(height: 28, width: 28, channels: 1)]
        + Array(repeating: Layer.conv(filters: 32, size: 3, pad: 1), count: 7) + [.maxPool(size: 2)]
        + Array(repeating: Layer.conv(filters: 64, size: 3, pad: 1), count: 3) + [.maxPool(size: 2)]
        + [.dense(units: 64), .dropout(rate: 0.5), .dense(units: 64), .dense(units: 10, nonlinearity: .softmax)])
}
