import GraphIR

extension ExecutionPlan: CustomStringConvertible {
    /// One line per buffer and per kernel, for `--emit plan`.
    public var description: String {
        var lines = ["plan: \(kernels.count) kernel(s), arena \(arenaBytes) bytes"]
        for b in buffers {
            let place: String
            switch b.kind {
            case .input(let k): place = "input \(k)"
            case .output(let k): place = "output \(k)"
            case .constant: place = "constant"
            case .weight(let k, _): place = "weight \(k)"
            case .state(let k): place = "state \(k)"
            case .arena(let offset): place = "arena @\(offset)"
            }
            lines.append("  buffer b\(b.id) \(b.dtype)\(formatShape(b.shape)) \(place)  (\(b.name))")
        }
        for k in kernels {
            let reads = k.operands.map { v in valueBuffer[v].map { "b\($0)" } ?? "?" }.joined(separator: ", ")
            let what: String
            switch k.kind {
            case .compute:
                what = k.nodes.map { "\(graph.nodes[$0].op.name)(\(graph.nodes[$0].name))" }.joined(separator: " -> ")
            case .copy(let v): what = "copy \(graph.name(of: v))"
            }
            lines.append("  kernel \(k.name): \(what)  reads [\(reads)] writes \(k.outputs.map { "b\($0)" }.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}
