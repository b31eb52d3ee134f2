import GraphIR

/// Gradient rules: one exhaustive switch over the op table, so a new op cannot be forgotten.
extension Op {
    /// The gradient of each input (nil: none, or not wanted) given the gradients of the outputs.
    /// Rules follow TensorFlow's registered gradients; shapes must be static.
    func inputGradients(_ c: GradientContext, _ b: inout GradientBuilder) throws -> [Value?] {
        let x = c.x
        switch self {
        // Leaves: nothing to propagate into.
        case .placeholder, .constant, .variable:
            return []

        case .identity, .dropout:
            // Dropout differentiates as identity here; the training-step builder applies its mask.
            return [try c.dy()]

        case .unary(let u):
            let g = try c.dy()
            return [try c.want(0) { try unaryGradient(u, g, x: x[0], y: c.y, &b) }]

        case .binary(let op):
            return try binaryGradients(op, try c.dy(), c, &b)

        case let .matMul(ta, tb):
            return try productGradients(ta, tb, try c.dy(), c, &b) { .matMul(transposeA: $0, transposeB: $1) }

        case .conv2D(let attributes):
            // Packed filters exist only in graphs optimised for inference, after differentiation.
            guard attributes.filterBlock == 0 else { throw c.error("its filter is packed for inference (pass `pack`); differentiate the graph before optimising it") }
            let g = try c.dy()
            return [
                try c.want(0) {
                    try b.emit(.conv2DBackpropInput(attributes, inputShape: try b.shape(of: x[0])), [x[1], g])
                },
                try c.want(1) {
                    try b.emit(.conv2DBackpropFilter(attributes, filterShape: try b.shape(of: x[1])), [x[0], g])
                },
            ]

        case .pool(let p):
            let g = try c.dy()
            switch p.kind {
            case .max: return [try b.emit(.maxPoolGrad(p), [x[0], c.y, g])]
            case .avg: return [try b.emit(.avgPoolGrad(p, inputShape: try b.shape(of: x[0])), [g])]
            }

        case .biasAdd(let format):
            let g = try c.dy()
            return [
                g,
                try c.want(1) {
                    let rank = try b.shape(of: g).count
                    let channel = format.channelAxis(rank: rank)
                    return try b.emit(.reduce(.sum, axes: (0..<rank).filter { $0 != channel }, keepDims: false), [g])
                },
            ]

        case .reshape:
            return [try b.reshape(try c.dy(), to: try b.shape(of: x[0]))]

        case .softmax:
            // dx = (dy - sum(dy * y, last axis)) * y
            let (g, y) = (try c.dy(), c.y)
            let last = try b.shape(of: y).count - 1
            let dot = try b.emit(.reduce(.sum, axes: [last], keepDims: true), [try b.binary(.mul, g, y)])
            return [try b.binary(.mul, try b.binary(.sub, g, dot), y)]

        case let .reduce(kind, axes, _):
            let g = try c.dy()
            return [try c.want(0) { try reduceGradient(kind, axes: axes, g, x: x[0], y: c.y, &b) }]

        case .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy:
            if c.dys.count > 1, c.dys[1] != nil {
                throw c.error("second-order gradients are not supported: the backprop output is differentiated")
            }
            guard let g = c.dys[0] else { return [nil, nil] }
            let n = try b.shape(of: g)[0]
            let column = try b.reshape(g, to: [n, 1])
            let dLogits = try c.want(0) { try b.binary(.mul, column, Value(node: c.index, output: 1)) }
            // Sparse labels are integers: no gradient. Dense labels: -dloss * log_softmax(logits).
            let dLabels = self == .softmaxCrossEntropy
                ? try c.want(1) {
                    let ls = try b.emit(.logSoftmax, [x[0]])
                    let scaled = try b.binary(.mul, try b.unary(.neg, column), ls)
                    return try b.unbroadcast(scaled, to: try b.shape(of: x[1]))
                }
                : nil
            return [dLogits, dLabels]

        case .select:
            // The condition routes dy to the branch it chose; the condition itself has no gradient.
            let g = try c.dy()
            return [
                nil,
                try c.want(1) {
                    let zero = try b.scalar(0, b.dtype(of: g), name: "zeros")
                    return try b.unbroadcast(try b.emit(.select, [x[0], g, zero]), to: try b.shape(of: x[1]))
                },
                try c.want(2) {
                    let zero = try b.scalar(0, b.dtype(of: g), name: "zeros")
                    return try b.unbroadcast(try b.emit(.select, [x[0], zero, g]), to: try b.shape(of: x[2]))
                },
            ]

        case .cast(let to):
            let from = b.dtype(of: x[0])
            guard from.isFloatingPoint, to.isFloatingPoint else { return [nil] }
            let g = try c.dy()
            return [from == to ? g : try b.emit(.cast(from), [g])]

        case .broadcastTo:
            return [try b.unbroadcast(try c.dy(), to: try b.shape(of: x[0]))]

        case .transpose(let perm):
            var inverse = Array(repeating: 0, count: perm.count)
            for (i, p) in perm.enumerated() { inverse[p] = i }
            return [try b.emit(.transpose(inverse), [try c.dy()])]

        case .reverse(let axes):
            // A reversal is its own inverse (and, being a permutation, its own transpose).
            return [try b.emit(.reverse(axes: axes), [try c.dy()])]

        // Not differentiable: integer or boolean results, random numbers, values that do not
        // depend on the input's values (a splat, a shape).
        case let .pad(before, after, mode):
            let g = try c.dy(), xs = try b.shape(of: x[0])
            // The padding value's gradient is not computed (TensorFlow's PadV2 gives none either).
            switch mode {
            case .constant: return [try b.slice(g, begin: before, size: xs), nil]
            case .reflect, .symmetric: return [try mirrorPadGradient(g, input: xs, before: before, after: after, mode: mode, &b)]
            case .edge: return [try edgePadGradient(g, input: xs, before: before, after: after, &b)]
            }

        case .concat(let axis, _):
            let g = try c.dy()
            var offset = 0
            return try x.indices.map { k in
                let xs = try b.shape(of: x[k])
                defer { offset += xs[axis] }
                var begin = Array(repeating: 0, count: xs.count)
                begin[axis] = offset
                return try c.want(k) { try b.slice(g, begin: begin, size: xs) }
            }

        case .split(let axis, _):
            let gs = try b.outputGradients(c)
            return [gs.count == 1 ? gs[0] : try b.emit(.concat(axis: axis, count: gs.count), gs)]

        case .squeeze, .expandDims:
            return [try b.reshape(try c.dy(), to: try b.shape(of: x[0]))]

        case let .slice(begin, _):
            let g = try c.dy(), xs = try b.shape(of: x[0]), size = try b.shape(of: g)
            return [try b.padZeros(g, before: begin, after: xs.indices.map { xs[$0] - begin[$0] - size[$0] })]

        case .stridedSlice(let spec):
            return [try stridedSliceGradient(try c.dy(), input: x[0], spec, &b)]

        case .tile(let multiples):
            return [try tileGradient(try c.dy(), input: try b.shape(of: x[0]), multiples: multiples, &b)]

        case let .pack(axis, count):
            let g = try c.dy()
            guard count > 1 else { return [try b.reshape(g, to: try b.shape(of: x[0]))] }
            let pieces = try b.emit(.unpack(axis: axis, count: count), [g])
            return (0..<count).map { k in c.wanted[k] ? Value(node: pieces.node, output: k) : nil }

        case .unpack(let axis, _):
            return [try b.emit(.pack(axis: axis, count: c.dys.count), try b.outputGradients(c))]

        case let .gather(axis, batchDims):
            let g = try c.dy()
            return [try b.emit(.gatherGrad(axis: axis, batchDims: batchDims, paramsShape: try b.shape(of: x[0])), [x[1], g]), nil]

        case let .gatherGrad(axis, batchDims, _):
            // Linear in dy: its gradient gathers back what was scattered.
            return [nil, try b.emit(.gather(axis: axis, batchDims: batchDims), [try c.dy(), x[0]])]

        // Not differentiable: integer or boolean results, and random numbers.
        case .argMax, .compare, .randomUniform, .shape, .splat, .range:
            return Array(repeating: nil, count: arity)

        case .dynamicReshape, .dynamicBroadcast, .dynamicTranspose:
            throw c.error("the target shape is computed; differentiate after the shapes pass has made it static")

        case .assign:
            throw c.error("has no gradient rule: Assign writes a variable and is not differentiable")

        case .conv2DBackpropInput, .conv2DBackpropFilter, .maxPoolGrad, .avgPoolGrad:
            throw c.error("second-order gradients are not supported")

        case .logSoftmax:
            return [try logSoftmaxGradient(try c.dy(), y: c.y, &b)]

        case let .batchMatMul(adjX, adjY):
            return try batchMatMulGradients(adjX: adjX, adjY: adjY, try c.dy(), c, &b)

        case .truncatingCast:
            // Rounding direction does not change the derivative: as Cast between floats.
            return [try b.emit(.cast(b.dtype(of: x[0])), [try c.dy()])]
        case .resize(let r):
            // With respect to the image (the size is an attribute); TensorFlow's ResizeBilinearGrad
            // and ResizeNearestNeighborGrad send each output gradient back with the forward weights.
            guard b.dtype(of: x[0]).isFloatingPoint else { return [nil] }
            return [try c.want(0) { try b.emit(.resizeGrad(r, inputShape: try b.shape(of: x[0])), [try c.dy()]) }]

        case .resizeGrad:
            throw c.error("second-order gradients are not supported")
        case .winograd:
            throw c.error("a Winograd transform is an inference rewrite of a convolution (pass `winograd`); differentiate the graph before optimising it")
        }
    }
}
