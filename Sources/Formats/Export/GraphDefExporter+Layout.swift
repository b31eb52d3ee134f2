import GraphIR

extension GraphDefExporter {
    /// The attributes and Const inputs of the layout ops, as TensorFlow 2 writes them. Index inputs
    /// that share a type attribute (StridedSlice's begin, end and strides) get one dtype.
    static func layoutAttributes(_ n: Node, _ graph: Graph, _ def: inout NodeDef, _ out: inout ExportedNodes) {
        let inputType = { (k: Int) in type(graph[n.inputs[k]].dtype) }
        let int = { (v: Int) in AttrValue(.i(Int64(v))) }
        switch n.op {
        case let .pad(before, after, mode):
            def.attr["T"] = inputType(0)
            let flat = zip(before, after).flatMap { [$0, $1] }
            def.attr["Tpaddings"] = out.constantInput(&def, "paddings", flat, shape: [before.count, 2], at: 1)
            switch mode {
            case .constant, .edge: break  // PadV2, and GraphJIT's own GraphJITEdgePad
            case .reflect, .symmetric: def.attr["mode"] = string(mode.rawValue.uppercased())
            }
        case let .concat(axis, count):
            def.attr["T"] = inputType(0)
            def.attr["N"] = int(count)
            def.attr["Tidx"] = out.constantInput(&def, "axis", [axis], scalar: true)
        case let .split(axis, pieces):
            def.attr["T"] = inputType(0)
            def.attr["num_split"] = int(pieces.count)
            switch pieces {
            case .equal:
                out.constantInput(&def, "split_dim", [axis], scalar: true, at: 0)
            case .sizes(let sizes):
                def.attr["Tlen"] = out.constantInput(&def, "size_splits", sizes)
                out.constantInput(&def, "split_dim", [axis], scalar: true)
            }
        case .squeeze(let axes):
            def.attr["T"] = inputType(0)
            def.attr["squeeze_dims"] = ints(axes)
        case .expandDims(let axis):
            def.attr["T"] = inputType(0)
            def.attr["Tdim"] = out.constantInput(&def, "dim", [axis], scalar: true)
        case let .slice(begin, size):
            def.attr["T"] = inputType(0)
            let wide = needs64Bits(begin + size)
            def.attr["Index"] = out.constantInput(&def, "begin", begin, wide: wide)
            out.constantInput(&def, "size", size, wide: wide)
        case .stridedSlice(let s):
            def.attr["T"] = inputType(0)
            let wide = needs64Bits(s.begin + s.end + s.strides)
            def.attr["Index"] = out.constantInput(&def, "begin", s.begin, wide: wide)
            out.constantInput(&def, "end", s.end, wide: wide)
            out.constantInput(&def, "strides", s.strides, wide: wide)
            for (name, mask) in [("begin_mask", s.beginMask), ("end_mask", s.endMask), ("ellipsis_mask", s.ellipsisMask),
                                 ("new_axis_mask", s.newAxisMask), ("shrink_axis_mask", s.shrinkAxisMask)] {
                def.attr[name] = int(mask)
            }
        case .tile(let multiples):
            def.attr["T"] = inputType(0)
            def.attr["Tmultiples"] = out.constantInput(&def, "multiples", multiples)
        case let .pack(axis, count):
            def.attr["T"] = inputType(0)
            def.attr["N"] = int(count)
            def.attr["axis"] = int(axis)
        case let .unpack(axis, count):
            def.attr["T"] = inputType(0)
            def.attr["num"] = int(count)
            def.attr["axis"] = int(axis)
        case let .gather(axis, batchDims):
            def.attr["Tparams"] = inputType(0)
            def.attr["Tindices"] = inputType(1)
            def.attr["Taxis"] = out.constantInput(&def, "axis", [axis], scalar: true)
            def.attr["batch_dims"] = int(batchDims)
        case let .gatherGrad(axis, batchDims, paramsShape):
            // GraphJIT's own op (TensorFlow sums gathered gradients with UnsortedSegmentSum).
            def.attr["T"] = inputType(1)
            def.attr["Tindices"] = inputType(0)
            def.attr["axis"] = int(axis)
            def.attr["batch_dims"] = int(batchDims)
            out.constantInput(&def, "params_shape", paramsShape, at: 0)
        case .placeholder, .constant, .identity, .unary, .binary, .matMul, .conv2D, .pool, .biasAdd, .softmax,
             .reshape, .reduce, .variable, .assign, .dropout, .randomUniform, .sparseSoftmaxCrossEntropy,
             .softmaxCrossEntropy, .argMax, .compare, .select, .cast, .broadcastTo, .transpose, .reverse,
             .conv2DBackpropInput, .conv2DBackpropFilter, .maxPoolGrad, .avgPoolGrad, .shape, .dynamicReshape,
             .dynamicBroadcast, .dynamicTranspose, .splat, .range, .logSoftmax, .batchMatMul, .truncatingCast,
             .resize, .resizeGrad, .winograd:
            // Written by `graphDef(from:)` itself, `trainingAttributes` or `shapeAttributes`.
            break
        }
    }

    private static func needs64Bits(_ values: [Int]) -> Bool { values.contains { Int32(exactly: $0) == nil } }
}
