/// Textual form of a graph, one node a line: `%name = Op[attrs](%a, %b) : float32[2,3]`.
/// Used by `--emit graph`-style output and by pass tests that compare printed IR.
extension Graph: CustomStringConvertible {
    public var description: String {
        nodes.map { n in
            let args = n.inputs.map { "%" + name(of: $0) }.joined(separator: ", ")
            let types = n.types.map(\.description).joined(separator: ", ")
            return "%\(n.name) = \(n.op.name)\(n.op.attributeSummary)(\(args)) : \(types)"
        }.joined(separator: "\n")
    }
}

extension Op {
    /// The op's attributes in brackets, or "" when it has none worth printing.
    public var attributeSummary: String {
        switch self {
        case .placeholder, .identity, .unary, .binary, .softmax: return ""
        case .constant(let t):
            // Integers are read exactly: int64 values beyond 2^53 do not survive a trip through Double.
            let shown = (0..<min(t.elementCount, 4)).map {
                t.dtype.isInteger ? String(t.int(at: $0)) : formatScalar(t.double(at: $0), t.dtype)
            }
            return "[" + shown.joined(separator: ",") + (t.elementCount > 4 ? ",…" : "") + "]"
        case let .matMul(ta, tb): return "[transpose_a=\(ta),transpose_b=\(tb)]"
        case .conv2D(let c):
            let packed = (c.filterBlock > 0 ? ",filter_block=\(c.filterBlock)" : "") + (c.filterPadding > 0 ? ",filter_padding=\(c.filterPadding)" : "")
            return "[strides=\(c.strideH)x\(c.strideW),dilations=\(c.dilationH)x\(c.dilationW),padding=\(c.padding),\(c.dataFormat.rawValue)\(packed)]"
        case .pool(let p):
            return "[ksize=\(p.windowH)x\(p.windowW),strides=\(p.strideH)x\(p.strideW),padding=\(p.padding),\(p.dataFormat.rawValue)]"
        case .biasAdd(let f): return "[\(f.rawValue)]"
        case .reshape(let s): return "[\(formatShape(s))]"
        case let .reduce(_, axes, keep): return "[axes=\(axes),keep_dims=\(keep)]"
        case .variable, .assign, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy, .compare, .select: return ""
        case .dropout(let rate): return "[rate=\(rate)]"
        case let .randomUniform(seed, shape): return "[seed=\(seed),shape=\(formatShape(shape))]"
        case let .argMax(axis, type): return "[axis=\(axis),output_type=\(type)]"
        case .cast(let t): return "[DstT=\(t)]"
        case .broadcastTo(let s): return "[\(formatShape(s))]"
        case .transpose(let p): return "[perm=\(p)]"
        case .reverse(let axes): return "[axes=\(axes)]"
        case let .conv2DBackpropInput(c, shape):
            return "[input_sizes=\(formatShape(shape)),strides=\(c.strideH)x\(c.strideW),dilations=\(c.dilationH)x\(c.dilationW),padding=\(c.padding),\(c.dataFormat.rawValue)]"
        case let .conv2DBackpropFilter(c, shape):
            return "[filter_sizes=\(formatShape(shape)),strides=\(c.strideH)x\(c.strideW),dilations=\(c.dilationH)x\(c.dilationW),padding=\(c.padding),\(c.dataFormat.rawValue)]"
        case .maxPoolGrad(let p):
            return "[ksize=\(p.windowH)x\(p.windowW),strides=\(p.strideH)x\(p.strideW),padding=\(p.padding),\(p.dataFormat.rawValue)]"
        case let .avgPoolGrad(p, shape):
            return "[input_shape=\(formatShape(shape)),ksize=\(p.windowH)x\(p.windowW),strides=\(p.strideH)x\(p.strideW),padding=\(p.padding),\(p.dataFormat.rawValue)]"
        case .shape(let t): return "[out_type=\(t)]"
        case .dynamicReshape, .dynamicBroadcast, .dynamicTranspose: return ""
        case .splat(let v): return "[value=\(v)]"
        case let .range(start, delta, count, dtype):
            return "[start=\(formatScalar(start, dtype)),delta=\(formatScalar(delta, dtype)),count=\(count),\(dtype)]"
        case let .pad(before, after, mode):
            return "[paddings=\(zip(before, after).map { [$0, $1] }),mode=\(mode.rawValue)]"
        case let .concat(axis, count): return "[axis=\(axis),N=\(count)]"
        case let .split(axis, pieces):
            switch pieces {
            case .equal(let count): return "[axis=\(axis),num_split=\(count)]"
            case .sizes(let sizes): return "[axis=\(axis),size_splits=\(sizes)]"
            }
        case .squeeze(let axes): return "[axes=\(axes)]"
        case .expandDims(let axis): return "[axis=\(axis)]"
        case let .slice(begin, size): return "[begin=\(begin),size=\(size)]"
        case .stridedSlice(let s):
            let masks = [("begin_mask", s.beginMask), ("end_mask", s.endMask), ("ellipsis_mask", s.ellipsisMask),
                         ("new_axis_mask", s.newAxisMask), ("shrink_axis_mask", s.shrinkAxisMask)]
                .filter { $0.1 != 0 }.map { ",\($0.0)=\($0.1)" }.joined()
            return "[begin=\(s.begin),end=\(s.end),strides=\(s.strides)\(masks)]"
        case .tile(let multiples): return "[multiples=\(multiples)]"
        case let .pack(axis, count): return "[axis=\(axis),N=\(count)]"
        case let .unpack(axis, count): return "[axis=\(axis),num=\(count)]"
        case let .gather(axis, batchDims): return "[axis=\(axis),batch_dims=\(batchDims)]"
        case let .gatherGrad(axis, batchDims, shape): return "[params_shape=\(formatShape(shape)),axis=\(axis),batch_dims=\(batchDims)]"
        case .logSoftmax: return ""
        case let .batchMatMul(adjX, adjY): return "[adj_x=\(adjX),adj_y=\(adjY)]"
        case .truncatingCast(let t): return "[DstT=\(t),Truncate=true]"
        case .resize(let r): return "[\(r.summary)]"
        case let .resizeGrad(r, shape): return "[input_shape=\(formatShape(shape)),\(r.summary)]"
        case .winograd(let w): return "[\(w.summary)]"
        }
    }
}

/// One scalar as users expect to read it: integers without a fraction, floats shortest round-trip.
public func formatScalar(_ x: Double, _ dtype: DType) -> String {
    switch dtype {
    case .int32, .int64: return Int64(exactly: x.rounded(.towardZero)).map { String($0) } ?? "\(x)"
    case .bool: return x != 0 ? "true" : "false"
    case .float32: return "\(Float(x))"
    case .float64: return "\(x)"
    }
}

extension ResizeAttributes {
    var summary: String {
        switch rule {
        case .tensorFlow:
            return "size=\(height)x\(width),align_corners=\(alignCorners),half_pixel_centers=\(halfPixelCenters)"
        case .onnx(let o):
            return "size=\(height)x\(width),coordinates=\(o.coordinates.rawValue),nearest=\(o.nearest.rawValue),scales=\(o.scaleH)x\(o.scaleW)"
        }
    }
}
