import GraphIR

extension ONNXGraphWriter {
    /// Writes GraphIR node `i` as ONNX nodes. `fusingBias`: the one node reading this node's
    /// result, which a Conv or Gemm takes as its third input when it adds a bias
    /// (`fusableBias`); returns whether it did.
    mutating func write(_ n: Node, _ i: Int, fusingBias bias: Int?) throws -> Bool {
        switch n.op {
        case .placeholder, .constant:
            // Inputs are declared by the exporter, constants written where first read.
            return false
        case .identity, .dropout:
            // Dropout is the identity at inference, which is all ONNX runs.
            try elementwise(n, i, "Identity")
        case .unary(let u): try unary(n, i, u)
        case .binary(let b): try binary(n, i, b)
        case .compare(let c): try compare(n, i, c)
        case .select: try elementwise(n, i, "Where")
        case .cast(let to): try elementwise(n, i, "Cast", [.int("to", Int(ONNXDataType.number(to)))])
        case .truncatingCast(let to):
            guard graph[n.inputs[0]].dtype != .float64 || to != .float32 else {
                throw fail(n, "truncates float64 to float32 toward zero, which ONNX's Cast (rounding to nearest) does not")
            }
            try elementwise(n, i, "Cast", [.int("to", Int(ONNXDataType.number(to)))])
        case .biasAdd(let format): try biasAdd(n, i, format)
        case .matMul(let ta, let tb): return try matMul(n, i, transposeA: ta, transposeB: tb, fusingBias: bias)
        case .batchMatMul(let adjX, let adjY): try batchMatMul(n, i, adjX: adjX, adjY: adjY)
        case .conv2D(let c): return try conv2D(n, i, c, fusingBias: bias)
        case let .conv2DBackpropInput(c, inputShape): try convTranspose(n, i, c, inputShape: inputShape)
        case .pool(let p): try pool(n, i, p)
        case .resize(let r): try resize(n, i, r)
        case .softmax: try softmax(n, i, "Softmax")
        case .logSoftmax: try softmax(n, i, "LogSoftmax")
        case let .reduce(kind, axes, keepDims): try reduce(n, i, kind, axes: axes, keepDims: keepDims)
        case let .argMax(axis, outputType): try argMax(n, i, axis: axis, outputType: outputType)
        case .reshape(let target): try reshape(n, i, target)
        case .transpose(let perm): try transpose(n, i, perm)
        case let .concat(axis, _): try concat(n, i, axis: axis)
        case let .split(axis, pieces): try split(n, i, axis: axis, pieces: pieces)
        case let .pad(before, after, mode): try pad(n, i, before: before, after: after, mode: mode)
        case .squeeze(let axes): try squeeze(n, i, axes)
        case .expandDims(let axis): try unsqueeze(n, i, [n.inputs[0]], axis: axis, into: graph.name(of: Value(node: i)))
        case let .slice(begin, size): try slice(n, i, begin: begin, size: size)
        case .stridedSlice(let spec): try stridedSlice(n, i, spec)
        case .tile(let multiples):
            try natural(n, i, "Tile", [try name(n.inputs[0]), int64s(multiples, n.name, "repeats")])
        case let .gather(axis, batchDims):
            guard batchDims == 0 else { throw fail(n, "batch_dims \(batchDims) has no ONNX Gather form (only 0)") }
            // An index outside the axis gives zeros in GraphIR; onnxruntime refuses it, and reads
            // a negative index from the end.
            try natural(n, i, "Gather", [try name(n.inputs[0]), try name(n.inputs[1])], [.int("axis", axis)])
        case let .pack(axis, count): try pack(n, i, axis: axis, count: count)
        case let .unpack(axis, count): try unpack(n, i, axis: axis, count: count)
        case .reverse(let axes): try reverse(n, i, axes)
        case .broadcastTo(let shape):
            try natural(n, i, "Expand", [try name(n.inputs[0]), int64s(shape, n.name, "shape")])
        case .shape(let outType): try shape(n, i, outType)
        case .dynamicReshape: try dynamicReshape(n, i)
        case .dynamicBroadcast:
            try natural(n, i, "Expand", [try name(n.inputs[0]), try int64Input(n.inputs[1], n)])
        case .dynamicTranspose: try dynamicTranspose(n, i)
        case .splat(let value): try splat(n, i, value)
        case let .range(start, delta, count, dtype): try range(n, i, start: start, delta: delta, count: count, dtype: dtype)
        case .variable:
            throw fail(n, "is a trainable variable, whose value is not in the graph: freeze the weights into constants first (export --weights FILE.safetensors)")
        case .assign, .randomUniform, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy, .conv2DBackpropFilter,
             .maxPoolGrad, .avgPoolGrad, .resizeGrad, .gatherGrad:
            throw fail(n, "is a training op, which an exported inference model does not have (export the prediction, not the training step)")
        case .winograd:
            throw fail(n, "is an op of GraphJIT's optimised graph, not of an imported one: export the graph as loaded")
        }
        return false
    }

    /// A node of one output computing node `i` on values as they are.
    mutating func natural(_ n: Node, _ i: Int, _ op: String, _ inputs: [String], _ attributes: [AttributeProto] = []) throws {
        let out = Value(node: i)
        let name = outputName(out, nil)
        add(op, inputs, [name], name: n.name, main: true, attributes)
        define(out, nil, name)
    }

    /// An int vector input (a computed shape) as the int64 ONNX's shape inputs take.
    mutating func int64Input(_ v: Value, _ n: Node) throws -> String {
        let x = try name(v)
        guard graph[v].dtype != .int64 else { return x }
        return helper("Cast", [x], n.name, [.int("to", Int(ONNXDataType.int64))])
    }
}
