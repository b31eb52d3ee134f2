/// How an op's output pixels (axes 1 and 2 of NHWC tensors) depend on its inputs' pixels: what
/// the receptive-field walk (`Graph.receptiveField`) follows from a unit back to the image.
public enum SpatialFootprint: Sendable, Equatable {
    /// Pixel (y, x) of the output reads pixel (y, x) of each input of the same height and width
    /// (element-wise ops, biases, channel mixing); other inputs (a bias vector, a scalar) have no pixels.
    case samePosition
    /// Pixel (y, x) of the output reads a window of input 0 (convolutions, pooling, padding).
    case window(height: AxisGeometry, width: AxisGeometry)
    /// An output element may read any input pixel (dense layers, flattening, reductions over the
    /// image, resizing, data-dependent ops): the walk takes the whole input.
    case everywhere
    /// The output holds input 0's pixels at the same (y, x), in another layout: a transpose between
    /// NHWC and NCHW (an ONNX model's NHWC view switches at every convolution and pooling). The
    /// walk's boxes are image pixels whatever the layout, so the box passes through unchanged.
    case relabelled
    /// The op reads no tensor with pixels (placeholders, constants, variables).
    case source
}

extension Op {
    /// The op's footprint for these input types and output type: NHWC spatial ops give their
    /// windows, layout ops that keep every pixel where it is give `samePosition`, the rest
    /// `everywhere`. A `switch` over every op, so a new op must say how it reads pixels.
    public func spatialFootprint(inputs: [TensorType], output: TensorType) -> SpatialFootprint {
        // Whether the output's pixels are the input's, in place (same H and W, axes 1 and 2 untouched).
        func keepsPixels(_ i: Int = 0) -> Bool {
            guard i < inputs.count, let a = inputs[i].shape, let b = output.shape, a.count == 4, b.count == 4 else { return false }
            return a[1] == b[1] && a[2] == b[2]
        }
        func geometry(_ input: Int, _ window: Int, _ stride: Int, _ dilation: Int, _ padding: Padding, height: Bool) -> AxisGeometry? {
            try? AxisGeometry(input: input, window: window, stride: stride, dilation: dilation, padding: padding, isHeight: height)
        }
        switch self {
        case .placeholder, .constant, .variable, .randomUniform, .range: return .source
        case .identity, .unary, .binary, .biasAdd, .compare, .select, .cast, .truncatingCast, .dropout, .splat, .assign:
            return .samePosition
        case .softmax, .logSoftmax, .argMax:
            // Over the last axis: per pixel for an image's channels.
            return keepsPixels() && inputs.first?.shape?.count == 4 ? .samePosition : .everywhere
        case .conv2D(let a):
            guard a.dataFormat == .nhwc, let x = inputs.first?.shape, x.count == 4, inputs.count > 1,
                  let f = inputs[1].shape, f.count >= 4 else { return .everywhere }
            let (kh, kw) = a.filterBlock > 0 ? (f[1], f[2]) : (f[0], f[1])
            guard let h = geometry(x[1], kh, a.strideH, a.dilationH, a.padding, height: true),
                  let w = geometry(x[2], kw, a.strideW, a.dilationW, a.padding, height: false) else { return .everywhere }
            return .window(height: h, width: w)
        case .pool(let p):
            guard p.dataFormat == .nhwc, let x = inputs.first?.shape, x.count == 4,
                  let h = geometry(x[1], p.windowH, p.strideH, 1, p.padding, height: true),
                  let w = geometry(x[2], p.windowW, p.strideW, 1, p.padding, height: false) else { return .everywhere }
            return .window(height: h, width: w)
        case let .pad(before, after, _):
            guard let x = inputs.first?.shape, x.count == 4, before.count == 4, after.count == 4,
                  let h = geometry(x[1], 1, 1, 1, .explicit(top: before[1], bottom: after[1], left: before[2], right: after[2]), height: true),
                  let w = geometry(x[2], 1, 1, 1, .explicit(top: before[1], bottom: after[1], left: before[2], right: after[2]), height: false)
            else { return .everywhere }
            return .window(height: h, width: w)
        case .concat(let axis, _):
            return axis == 3 && output.shape?.count == 4 ? .samePosition : .everywhere
        case .split(let axis, _):
            return axis == 3 && inputs.first?.shape?.count == 4 ? .samePosition : .everywhere
        case .slice(let begin, _):
            return begin.count == 4 && begin[1] == 0 && begin[2] == 0 && keepsPixels() ? .samePosition : .everywhere
        case .tile(let multiples):
            return multiples.count == 4 && multiples[1] == 1 && multiples[2] == 1 && keepsPixels() ? .samePosition : .everywhere
        case .reduce(_, let axes, let keepDims):
            return keepDims && !axes.contains(1) && !axes.contains(2) && keepsPixels() ? .samePosition : .everywhere
        case .reshape, .broadcastTo:
            // Only a reshape or broadcast that leaves an NHWC image's pixels alone keeps them.
            return keepsPixels() ? .samePosition : .everywhere
        case .transpose(let perm):
            return perm == [0, 2, 3, 1] || perm == [0, 3, 1, 2] ? .relabelled : .everywhere
        case .reverse, .squeeze, .expandDims, .stridedSlice, .pack, .unpack:
            // Positions may move.
            return .everywhere
        case .matMul, .batchMatMul, .gather, .gatherGrad, .resize, .resizeGrad, .winograd: return .everywhere
        case .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy, .conv2DBackpropInput, .conv2DBackpropFilter,
             .maxPoolGrad, .avgPoolGrad: return .everywhere
        case .shape, .dynamicReshape, .dynamicBroadcast, .dynamicTranspose: return .everywhere
        }
    }
}

/// Rows `top...bottom` and columns `left...right` of an image (inclusive), a receptive field.
public struct PixelBox: Sendable, Equatable, CustomStringConvertible {
    public var top: Int, bottom: Int, left: Int, right: Int
    public init(top: Int, bottom: Int, left: Int, right: Int) {
        self.top = top; self.bottom = bottom; self.left = left; self.right = right
    }
    public var height: Int { bottom - top + 1 }
    public var width: Int { right - left + 1 }
    public var area: Int { height * width }
    public var description: String { "rows \(top)-\(bottom), columns \(left)-\(right) (\(height)x\(width))" }

    func union(_ o: PixelBox) -> PixelBox {
        PixelBox(top: min(top, o.top), bottom: max(bottom, o.bottom), left: min(left, o.left), right: max(right, o.right))
    }
}

extension Graph {
    /// The theoretical receptive field, in the pixels of `input` (an NHWC placeholder), of the
    /// units in `box` of the NHWC value `unit`: every input pixel some path of windows can reach,
    /// clipped to the image (padding is not a pixel). Nil when `unit` does not depend on `input`'s
    /// pixels; the whole image when the path crosses an op that reads every position.
    public func receptiveField(of unit: Value, box: PixelBox, in input: Int) -> PixelBox? {
        guard let image = self[Value(node: input)].shape, image.count == 4 else { return nil }
        let whole = PixelBox(top: 0, bottom: image[1] - 1, left: 0, right: image[2] - 1)
        // A value without pixels (a dense layer's [N, 256]) that the unit depends on has the whole image.
        var regions: [Value: PixelBox] = [unit: box]
        for i in nodes.indices.reversed() {
            let node = nodes[i]
            let out = (0..<node.types.count).compactMap { regions[Value(node: i, output: $0)] }
            guard let region = out.dropFirst().reduce(out.first, { $0?.union($1) }) else { continue }
            if i == input { continue }
            let types = node.inputs.map { self[$0] }
            switch node.op.spatialFootprint(inputs: types, output: node.types[0]) {
            case .source:
                continue
            case .relabelled:
                guard let v = node.inputs.first else { continue }
                regions[v] = regions[v]?.union(region) ?? region
            case .everywhere:
                for v in node.inputs { regions[v] = whole }
            case .samePosition:
                let o = node.types[0].shape ?? []
                for v in node.inputs {
                    guard o.count == 4 else { regions[v] = whole; continue }
                    guard let s = self[v].shape, s.count == 4, s[1] == o[1], s[2] == o[2] else { continue }
                    regions[v] = regions[v]?.union(region) ?? region
                }
            case let .window(h, w):
                guard let v = node.inputs.first else { continue }
                let mapped = PixelBox(top: max(h.inputIndex(output: region.top, tap: 0), 0),
                                      bottom: min(h.inputIndex(output: region.bottom, tap: h.window - 1), h.input - 1),
                                      left: max(w.inputIndex(output: region.left, tap: 0), 0),
                                      right: min(w.inputIndex(output: region.right, tap: w.window - 1), w.input - 1))
                guard mapped.top <= mapped.bottom, mapped.left <= mapped.right else { continue }
                regions[v] = regions[v]?.union(mapped) ?? mapped
            }
        }
        return regions[Value(node: input)]
    }
}
