import GraphIR

/// Shapes computed in the graph (Keras' Flatten, TensorFlow's Fill): a shape known statically is
/// a constant; otherwise ONNX's Shape, Reshape and Expand, which take int64 shapes.
extension ONNXGraphWriter {
    mutating func shape(_ n: Node, _ i: Int, _ outType: DType) throws {
        let x = n.inputs[0], out = Value(node: i)
        if let s = graph[x].shape, s.allSatisfy({ $0 >= 0 }) {
            let name = outputName(out, nil)
            initializer(Tensor(shapeVector: s, outType), named: name)
            define(out, nil, name)
            return
        }
        // The shape of the input in a layout it is held in, reordered, rather than a Transpose.
        let layout = anyLayout(x)
        var dims = helper("Shape", [try name(x, layout)], n.name)
        if let layout {
            dims = helper("Gather", [dims, int64s(Permutation.inverse(layout), n.name, "order")], n.name, [.int("axis", 0)])
        }
        if outType == .int64 { return try natural(n, i, "Identity", [dims]) }
        try natural(n, i, "Cast", [dims], [.int("to", Int(ONNXDataType.number(outType)))])
    }

    /// A 0 in the shape is an empty dimension in GraphIR, as with `allowzero` (opset 14); a
    /// computed shape at opset 13 is written as it is, its 0s copying the input's dimension.
    mutating func dynamicReshape(_ n: Node, _ i: Int) throws {
        let attributes: [AttributeProto] = opset >= 14 ? [.int("allowzero", 1)] : []
        try natural(n, i, "Reshape", [try name(n.inputs[0]), try int64Input(n.inputs[1], n)], attributes)
    }

    /// A permutation the graph computes is written once it is a constant (through identities).
    mutating func dynamicTranspose(_ n: Node, _ i: Int) throws {
        var v = n.inputs[1]
        while case .identity = graph.nodes[v.node].op, let next = graph.nodes[v.node].inputs.first { v = next }
        guard case .constant(let t) = graph.nodes[v.node].op else {
            throw fail(n, "transposes by a permutation the graph computes, which ONNX's Transpose takes only as an attribute (give every input's shape, --input-shape, to resolve it)")
        }
        let perm = (0..<t.elementCount).map(t.int(at:))
        guard perm.sorted() == Permutation.identity(perm.count), graph[n.inputs[0]].rank == perm.count else {
            throw fail(n, "permutation \(perm) does not fit the input")
        }
        try transpose(n, i, perm)
    }

    /// A tensor of the input's shape filled with `value`: ConstantOfShape.
    mutating func splat(_ n: Node, _ i: Int, _ value: Double) throws {
        let x = n.inputs[0]
        let dims: String
        if let s = graph[x].shape, s.allSatisfy({ $0 >= 0 }) {
            dims = int64s(s, n.name, "shape")
        } else {
            dims = helper("Shape", [try name(x)], n.name)
        }
        let fill: Tensor
        do { fill = try Tensor(scalar: value, graph[x].dtype).reshaped([1]) } catch let e as ShapeError { throw fail(n, e.message) }
        try natural(n, i, "ConstantOfShape", [dims], [.tensor("value", ONNXTensor(fill, name: ""))])
    }

    /// `start + k·delta` as a constant: ONNX's Range would recount the elements from a limit in
    /// the dtype's precision, which can give one more or fewer.
    mutating func range(_ n: Node, _ i: Int, start: Double, delta: Double, count: Int, dtype: DType) throws {
        let values = (0..<count).map { start + Double($0) * delta }
        let t: Tensor
        switch dtype {
        case .float32: t = Tensor(shape: [count], floats: values.map { Float($0) })
        case .float64: t = Tensor(shape: [count], doubles: values)
        case .int32: t = Tensor(shape: [count], int32s: values.map { Int32(clamping: Self.integer($0)) })
        case .int64: t = Tensor(shape: [count], int64s: values.map(Self.integer))
        case .bool: throw fail(n, "Range of bool is not supported")
        }
        let out = Value(node: i), name = outputName(out, nil)
        initializer(t, named: name)
        define(out, nil, name)
    }

    /// `x` truncated to an integer, saturating (a range of integers holds whole numbers).
    private static func integer(_ x: Double) -> Int64 {
        guard x.isFinite else { return 0 }
        return x >= 9.2e18 ? Int64.max : x <= -9.2e18 ? Int64.min : Int64(x)
    }
}
