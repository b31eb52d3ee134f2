import GraphIR

extension GraphDefExporter {
    /// The attributes (and attribute-valued Const inputs) of the training ops, as TensorFlow 2
    /// writes them: every attribute with a default is written out.
    static func trainingAttributes(_ n: Node, _ graph: Graph, _ def: inout NodeDef, _ out: inout ExportedNodes) {
        let inputType = { (k: Int) in type(graph[n.inputs[k]].dtype) }
        switch n.op {
        case let .variable(dtype, shape):
            def.attr["dtype"] = type(dtype)
            def.attr["shape"] = AttrValue(.shape(TensorShapeProto(sizes: shape)))
            def.attr["container"] = string("")
            def.attr["shared_name"] = string("")
        case .assign:
            def.attr["T"] = inputType(0)
            def.attr["validate_shape"] = AttrValue(.b(true))
            def.attr["use_locking"] = AttrValue(.b(true))
        case .dropout(let rate):
            def.attr["T"] = inputType(0)
            // TensorFlow float attributes are 32-bit.
            def.attr["rate"] = AttrValue(.f(Float(rate)))
        case let .randomUniform(seed, shape):
            def.attr["seed"] = AttrValue(.i(Int64(bitPattern: seed)))
            def.attr["shape"] = AttrValue(.shape(TensorShapeProto(sizes: shape)))
        case .sparseSoftmaxCrossEntropy:
            def.attr["T"] = inputType(0)
            def.attr["Tlabels"] = inputType(1)
        case .softmaxCrossEntropy:
            def.attr["T"] = inputType(0)
        case let .argMax(axis, outputType):
            def.attr["T"] = inputType(0)
            def.attr["Tidx"] = out.constantInput(&def, "dimension", [axis], scalar: true)
            def.attr["output_type"] = type(outputType)
        case .compare(let c):
            def.attr["T"] = inputType(0)
            if c == .equal || c == .notEqual { def.attr["incompatible_shape_error"] = AttrValue(.b(true)) }
        case .select:
            def.attr["T"] = inputType(1)
        case .cast(let to):
            def.attr["SrcT"] = inputType(0)
            def.attr["DstT"] = type(to)
            def.attr["Truncate"] = AttrValue(.b(false))
        case .broadcastTo(let shape):
            def.attr["T"] = inputType(0)
            def.attr["Tidx"] = out.constantInput(&def, "shape", shape)
        case .transpose(let perm):
            def.attr["T"] = inputType(0)
            def.attr["Tperm"] = out.constantInput(&def, "perm", perm)
        case .reverse(let axes):
            def.attr["T"] = inputType(0)
            def.attr["Tidx"] = out.constantInput(&def, "axis", axes)
        case let .conv2DBackpropInput(c, inputShape):
            def.attr["T"] = inputType(0)
            convAttributes(c, &def)
            out.constantInput(&def, "input_sizes", inputShape, at: 0)
        case let .conv2DBackpropFilter(c, filterShape):
            def.attr["T"] = inputType(0)
            convAttributes(c, &def)
            out.constantInput(&def, "filter_sizes", filterShape, at: 1)
        case .maxPoolGrad(let p):
            def.attr["T"] = inputType(0)
            poolAttributes(p, &def)
        case let .avgPoolGrad(p, inputShape):
            def.attr["T"] = inputType(0)
            poolAttributes(p, &def)
            out.constantInput(&def, "orig_input_shape", inputShape, at: 0)
        case .placeholder, .constant, .identity, .unary, .binary, .matMul, .conv2D, .pool, .biasAdd, .softmax,
             .reshape, .reduce, .shape, .dynamicReshape, .dynamicBroadcast, .dynamicTranspose, .splat, .range, .pad, .concat, .split, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .pack, .unpack,
             .gather, .gatherGrad, .logSoftmax, .batchMatMul, .truncatingCast:
            // Written by `graphDef(from:)` itself, `shapeAttributes` or `layoutAttributes`.
            break
        case .resize, .resizeGrad, .winograd:
            // Written by `resizeAttributes` and `graphDef(from:)`.
            break
        }
    }
}
