import GraphIR

/// Element-wise ops compute in the layout their operands have (`elementwiseLayout`), so they
/// never cost a Transpose. GraphIR functions ONNX lacks are written as the short composite
/// that defines them; `erfc`, `log1p` and `expm1` lose the accuracy near their cancellation
/// that GraphIR's own kernels keep.
extension ONNXGraphWriter {
    /// The layout an element-wise node computes in (nil: as its values are) and its operands' names in it.
    struct Elementwise {
        var perm: [Int]?
        var inputs: [String]
    }

    /// The layout node `i` computes in and its operands in it: the node's inputs, or `inputs`
    /// (a Pad's data without its fill value).
    mutating func operands(_ n: Node, _ i: Int, inputs: [Value]? = nil) throws -> Elementwise {
        let rank = graph[Value(node: i)].rank
        let values = inputs ?? n.inputs
        let perm = elementwiseLayout(values, rank: rank)
        return Elementwise(perm: perm, inputs: try values.map { try operand($0, rank: rank, perm) })
    }

    /// The node computing element-wise node `i` from `inputs` in `e`'s layout.
    mutating func finish(_ n: Node, _ i: Int, _ e: Elementwise, _ op: String, _ inputs: [String], _ attributes: [AttributeProto] = []) {
        let out = Value(node: i)
        let name = outputName(out, e.perm)
        add(op, inputs, [name], name: n.name, main: true, attributes)
        define(out, e.perm, name)
    }

    /// One ONNX op over the node's operands.
    mutating func elementwise(_ n: Node, _ i: Int, _ op: String, _ attributes: [AttributeProto] = [],
                              inputs: [Value]? = nil) throws {
        let e = try operands(n, i, inputs: inputs)
        finish(n, i, e, op, e.inputs, attributes)
    }

    mutating func unary(_ n: Node, _ i: Int, _ u: UnaryOp) throws {
        let e = try operands(n, i)
        let x = e.inputs[0], dtype = graph[n.inputs[0]].dtype
        switch u {
        case .neg: finish(n, i, e, "Neg", [x])
        case .relu:
            // Relu takes integers from opset 14; before, max(x, 0).
            if dtype.isFloatingPoint || opset >= 14 {
                finish(n, i, e, "Relu", [x])
            } else {
                finish(n, i, e, "Max", [x, try scalar(0, dtype, n, "zero")])
            }
        case .exp: finish(n, i, e, "Exp", [x])
        case .log: finish(n, i, e, "Log", [x])
        case .sqrt: finish(n, i, e, "Sqrt", [x])
        case .rsqrt: finish(n, i, e, "Reciprocal", [helper("Sqrt", [x], n.name)])
        case .square: finish(n, i, e, "Mul", [x, x])
        case .abs: finish(n, i, e, "Abs", [x])
        case .tanh: finish(n, i, e, "Tanh", [x])
        case .sigmoid: finish(n, i, e, "Sigmoid", [x])
        case .elu: finish(n, i, e, "Elu", [x], [.float("alpha", 1)])
        case .softplus: finish(n, i, e, "Softplus", [x])
        case .erf: finish(n, i, e, "Erf", [x])
        case .erfc: finish(n, i, e, "Sub", [try scalar(1, dtype, n, "one"), helper("Erf", [x], n.name)])
        case .log1p: finish(n, i, e, "Log", [helper("Add", [x, try scalar(1, dtype, n, "one")], n.name)])
        case .expm1: finish(n, i, e, "Sub", [helper("Exp", [x], n.name), try scalar(1, dtype, n, "one")])
        case .floor: finish(n, i, e, "Floor", [x])
        case .ceil: finish(n, i, e, "Ceil", [x])
        // ONNX's Round is float-only and, like GraphIR's, rounds halves to even; integers are whole.
        case .round: finish(n, i, e, dtype.isFloatingPoint ? "Round" : "Identity", [x])
        case .sign: finish(n, i, e, "Sign", [x])
        case .reciprocal: finish(n, i, e, "Reciprocal", [x])
        case .sin: finish(n, i, e, "Sin", [x])
        case .cos: finish(n, i, e, "Cos", [x])
        }
    }

    mutating func binary(_ n: Node, _ i: Int, _ b: BinaryOp) throws {
        let op: String
        switch b {
        case .add: op = "Add"
        case .sub: op = "Sub"
        case .mul: op = "Mul"
        case .div: op = "Div"
        case .maximum: op = "Max"
        case .minimum: op = "Min"
        case .pow: op = "Pow"
        case .floorDiv: return try floorDiv(n, i)
        case .floorMod: return try floorMod(n, i)
        case .reluGrad:
            throw fail(n, "is a training op (the gradient of Relu), which an exported inference model does not have")
        }
        try elementwise(n, i, op)
    }

    /// Python's `//`: floor(x / y) for floats; for integers (x - x mod y) / y, which ONNX's
    /// truncating Div computes exactly since the difference is a multiple of y.
    private mutating func floorDiv(_ n: Node, _ i: Int) throws {
        let e = try operands(n, i)
        let (x, y) = (e.inputs[0], e.inputs[1])
        if graph[n.inputs[0]].dtype.isFloatingPoint {
            finish(n, i, e, "Floor", [helper("Div", [x, y], n.name)])
        } else {
            let remainder = helper("Mod", [x, y], n.name, [.int("fmod", 0)])
            finish(n, i, e, "Div", [helper("Sub", [x, remainder], n.name), y])
        }
    }

    /// Python's `%` (the divisor's sign): ONNX's integer Mod as it is; for floats C's fmod
    /// (Mod with fmod = 1, the dividend's sign) plus y where the two signs differ, as TensorFlow
    /// computes FloorMod.
    private mutating func floorMod(_ n: Node, _ i: Int) throws {
        let e = try operands(n, i)
        let (x, y) = (e.inputs[0], e.inputs[1])
        let dtype = graph[n.inputs[0]].dtype
        guard dtype.isFloatingPoint else { return finish(n, i, e, "Mod", [x, y], [.int("fmod", 0)]) }
        let r = helper("Mod", [x, y], n.name, [.int("fmod", 1)])
        let zero = try scalar(0, dtype, n, "zero")
        let nonzero = helper("Not", [helper("Equal", [r, zero], n.name)], n.name)
        let signsDiffer = helper("Xor", [helper("Less", [r, zero], n.name), helper("Less", [y, zero], n.name)], n.name)
        let adjust = helper("And", [nonzero, signsDiffer], n.name)
        finish(n, i, e, "Where", [adjust, helper("Add", [r, y], n.name), r])
    }

    mutating func compare(_ n: Node, _ i: Int, _ c: CompareOp) throws {
        let e = try operands(n, i)
        switch c {
        case .equal: finish(n, i, e, "Equal", e.inputs)
        case .notEqual: finish(n, i, e, "Not", [helper("Equal", e.inputs, n.name)])
        case .less: finish(n, i, e, "Less", e.inputs)
        case .lessEqual: finish(n, i, e, "LessOrEqual", e.inputs)
        case .greater: finish(n, i, e, "Greater", e.inputs)
        case .greaterEqual: finish(n, i, e, "GreaterOrEqual", e.inputs)
        }
    }

    /// The bias along the channel axis of `format`: an Add whose bias is reshaped to broadcast
    /// there, in the layout the input has (after an NHWC Conv, NCHW: the bias as `[1,C,1,1]`).
    mutating func biasAdd(_ n: Node, _ i: Int, _ format: DataFormat) throws {
        let x = n.inputs[0], b = n.inputs[1]
        guard let rank = graph[x].rank else {
            guard format == .nhwc else { throw fail(n, "needs the input's rank to find its NCHW channel axis") }
            // The last axis: NumPy broadcasting puts a vector there.
            return try natural(n, i, "Add", [try name(x), try name(b)])
        }
        var shape = Array(repeating: 1, count: rank)
        shape[format.channelAxis(rank: rank)] = graph[b].shape?.first ?? -1
        let perm = elementwiseLayout([x, b], rank: rank)
        let e = Elementwise(perm: perm, inputs: [try name(x, perm)])
        let bias = perm == nil && format == .nhwc ? try name(b)
            : try broadcast(b, as: shape, perm ?? Permutation.identity(rank))
        finish(n, i, e, "Add", [e.inputs[0], bias])
    }
}
