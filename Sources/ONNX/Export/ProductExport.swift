import GraphIR

/// Products and the normalisations over the last axis.
extension ONNXGraphWriter {
    /// `[m,k] x [k,n]`: Gemm when a bias follows (as a dense layer exports), else MatMul of the
    /// operands in the layout the transposes ask for (a transposed constant is read through a
    /// Transpose runtimes fold).
    mutating func matMul(_ n: Node, _ i: Int, transposeA: Bool, transposeB: Bool, fusingBias j: Int?) throws -> Bool {
        let a = n.inputs[0], b = n.inputs[1]
        if let (j, bias) = fusableBias(j, product: i, format: .nhwc), graph[a].dtype.isFloatingPoint {
            let result = Value(node: j)
            let out = outputName(result, nil)
            add("Gemm", [try name(a), try name(b), try name(bias)], [out], name: n.name, main: true,
                [.int("transA", transposeA ? 1 : 0), .int("transB", transposeB ? 1 : 0)])
            define(result, nil, out)
            return true
        }
        try natural(n, i, "MatMul", [try name(a, transposeA ? [1, 0] : nil), try name(b, transposeB ? [1, 0] : nil)])
        return false
    }

    /// ONNX's MatMul broadcasts the batch axes as GraphIR's BatchMatMul does; an adjoint is the
    /// operand with its last two axes swapped.
    mutating func batchMatMul(_ n: Node, _ i: Int, adjX: Bool, adjY: Bool) throws {
        func swapped(_ v: Value, _ adjoint: Bool) throws -> [Int]? {
            guard adjoint else { return nil }
            guard let r = graph[v].rank, r >= 2 else { throw fail(n, "needs the ranks of its operands to swap their last axes") }
            var p = Permutation.identity(r)
            p.swapAt(r - 2, r - 1)
            return p
        }
        try natural(n, i, "MatMul", [try name(n.inputs[0], try swapped(n.inputs[0], adjX)),
                                     try name(n.inputs[1], try swapped(n.inputs[1], adjY))])
    }

    /// GraphIR's Softmax and LogSoftmax normalise the last axis: `axis = -1`, which from opset 13
    /// is that axis alone (before 13, ONNX flattened the input at `axis` to 2-D, which for the
    /// last axis is the same).
    mutating func softmax(_ n: Node, _ i: Int, _ op: String) throws {
        try natural(n, i, op, [try name(n.inputs[0])], [.int("axis", -1)])
    }
}
