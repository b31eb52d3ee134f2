import GraphIR

/// Reductions and ArgMax, in whatever layout their input has: the axes follow the layout, and
/// the result keeps the order the kept axes have in it.
extension ONNXGraphWriter {
    /// The layout a reduction over `axes` (GraphIR's, of the input as it is) computes in, those
    /// axes in it, and the layout of its result.
    private func reductionLayout(_ x: Value, axes: [Int], keepDims: Bool) -> (input: [Int]?, axes: [Int], output: [Int]?) {
        guard let p = anyLayout(x) else { return (nil, axes, nil) }
        let inverse = Permutation.inverse(p)
        let moved = axes.map { inverse[$0] }.sorted()
        if keepDims { return (p, moved, p) }
        // The kept axes in the layout's order, numbered as in the result as it is.
        let kept = (0..<p.count).filter { !axes.contains($0) }
        let output = p.filter { !axes.contains($0) }.compactMap { kept.firstIndex(of: $0) }
        return (p, moved, output)
    }

    mutating func reduce(_ n: Node, _ i: Int, _ kind: ReduceKind, axes: [Int], keepDims: Bool) throws {
        let x = n.inputs[0]
        // GraphIR reduces nothing over no axes; ONNX would reduce everything.
        guard !axes.isEmpty else { return try elementwise(n, i, "Identity") }
        let layout = reductionLayout(x, axes: axes, keepDims: keepDims)
        var input = try name(x, layout.input)
        let op: String
        // ReduceSum takes its axes as an input from opset 13, the others from 18.
        var inputFrom = 18
        switch kind {
        case .sum: op = "ReduceSum"; inputFrom = 13
        case .mean: op = "ReduceMean"
        case .max: op = "ReduceMax"
        case .min: op = "ReduceMin"
        case .prod: op = "ReduceProd"
        case .all, .any:
            // No ONNX reduction takes bools before opset 20: the minimum (all) or maximum (any) of 0/1.
            op = kind == .all ? "ReduceMin" : "ReduceMax"
            input = helper("Cast", [input], n.name, [.int("to", Int(ONNXDataType.int32))])
        }
        let (axisInputs, axisAttributes) = self.axes(layout.axes, inputFrom: inputFrom, n.name)
        let out = Value(node: i)
        let attributes = axisAttributes + [.int("keepdims", keepDims ? 1 : 0)]
        if kind == .all || kind == .any {
            let reduced = helper(op, [input] + axisInputs, n.name, attributes)
            let name = outputName(out, layout.output)
            add("Cast", [reduced], [name], name: n.name, main: true, [.int("to", Int(ONNXDataType.bool))])
            define(out, layout.output, name)
            return
        }
        let name = outputName(out, layout.output)
        add(op, [input] + axisInputs, [name], name: n.name, main: true, attributes)
        define(out, layout.output, name)
    }

    /// ONNX's ArgMax gives int64 and, like GraphIR's, the first maximum; int32 is a Cast after.
    mutating func argMax(_ n: Node, _ i: Int, axis: Int, outputType: DType) throws {
        let x = n.inputs[0]
        let layout = reductionLayout(x, axes: [axis], keepDims: false)
        let attributes: [AttributeProto] = [.int("axis", layout.axes[0]), .int("keepdims", 0), .int("select_last_index", 0)]
        let out = Value(node: i)
        let input = try name(x, layout.input)
        if outputType == .int64 {
            let name = outputName(out, layout.output)
            add("ArgMax", [input], [name], name: n.name, main: true, attributes)
            define(out, layout.output, name)
            return
        }
        let indices = helper("ArgMax", [input], n.name, attributes)
        let name = outputName(out, layout.output)
        add("Cast", [indices], [name], name: n.name, main: true, [.int("to", Int(ONNXDataType.number(outputType)))])
        define(out, layout.output, name)
    }
}
