import Formats
import GraphIR

/// What importing an ONNX model gives besides the graph.
public struct ONNXImport: Sendable {
    public var graph: Graph
    /// The graph's declared outputs, in order (what `run` prints without `--output`).
    public var outputs: [String]
    /// Each symbolic dimension (`dim_param`) and the input axes it names: inputs given together
    /// must agree on it.
    public var symbolicDimensions: [String: [SymbolicUse]]
    /// The default domain's opset the model imports.
    public var opset: Int

    public struct SymbolicUse: Hashable, Sendable {
        public var input: String
        public var axis: Int
    }
}

/// Turns an ONNX ModelProto into a GraphIR graph.
enum ONNXImporter {
    static func importModel(_ model: ModelProto, folder: String, filename: String,
                            evaluator: (any ONNXConstantEvaluator)? = nil) throws -> ONNXImport {
        func fail(_ message: String) -> FormatError { FormatError(file: filename, message) }
        guard model.irVersion >= 3 else {
            throw fail(model.irVersion == 0 ? "not an ONNX model: no ir_version (is it an ONNX file?)"
                       : "IR version \(model.irVersion) is older than 3, the oldest GraphJIT reads")
        }
        guard let g = model.graph else { throw fail("the model has no graph") }
        var opset: Int?
        for o in model.opsetImport where o.domain.isEmpty || o.domain == "ai.onnx" {
            opset = Int(o.version)
        }
        guard let opset else { throw fail("the model imports no opset of the default domain (ai.onnx)") }
        guard supportedOpsets.contains(opset) else {
            throw fail("opset \(opset) of the default domain is not supported (GraphJIT reads opsets \(supportedOpsets.lowerBound) to \(supportedOpsets.upperBound))")
        }
        if g.sparseInitializerCount > 0 { throw fail("the graph has sparse initializers, which GraphJIT does not read") }
        let data = InitializerData(folder: folder, filename: filename)

        // Every value name, to check definitions and keep inner node names clear of them.
        var defined: [String: String] = [:]  // value name -> what defines it, for errors
        var reserved: Set<String> = []
        func define(_ name: String, _ by: String) throws {
            guard !name.isEmpty else { return }
            if let previous = defined[name] {
                throw fail("value '\(name)' is defined twice (by \(previous) and by \(by))")
            }
            defined[name] = by
            reserved.insert(name)
        }
        var initializers: [String: ONNXTensor] = [:]
        for t in g.initializer {
            guard !t.name.isEmpty else { throw fail("an initializer has no name") }
            try define(t.name, "an initializer")
            initializers[t.name] = t
        }
        // Old files (IR 3) list every initializer as a graph input too: those are not placeholders.
        let placeholders = g.input.filter { initializers[$0.name] == nil }
        for p in placeholders { try define(p.name, "a graph input") }
        for n in g.node {
            for o in n.output { try define(o, "node '\(ONNXNode.label(n))' (\(n.opType))") }
        }

        // Unsupported ops and domains, all at once.
        var unsupported: [(name: String, op: String)] = []
        for n in g.node {
            let known = (n.domain.isEmpty || n.domain == "ai.onnx") && onnxOps[n.opType] != nil
            if !known {
                unsupported.append((ONNXNode.label(n), n.domain.isEmpty || n.domain == "ai.onnx" ? n.opType : "\(n.domain).\(n.opType)"))
            }
        }
        if !unsupported.isEmpty { throw UnsupportedOpsError(nodes: unsupported) }

        // Nodes in dependency order (ONNX requires it, not every writer complies).
        var producer: [String: Int] = [:]
        for (i, n) in g.node.enumerated() { for o in n.output where !o.isEmpty { producer[o] = i } }
        var dependencies: [[Int]] = []
        for n in g.node {
            var deps: [Int] = []
            for (k, name) in n.input.enumerated() where !name.isEmpty {
                guard defined[name] != nil else {
                    throw GraphError(node: ONNXNode.label(n), op: n.opType, "input \(k) '\(name)' is not defined in the graph")
                }
                if let p = producer[name] { deps.append(p) }
            }
            dependencies.append(deps)
        }
        let order = try topologicalOrder(dependencies, names: g.node.map(ONNXNode.label), ops: g.node.map(\.opType))

        var graph = Graph()
        var values: [String: Value] = [:]
        var symbolic: [String: [ONNXImport.SymbolicUse]] = [:]
        for p in placeholders {
            guard p.isTensor else {
                throw fail("graph input '\(p.name)' is a \(p.otherType ?? "value without a type"), not a tensor")
            }
            guard let dtype = ONNXDataType.dtype(p.elementType) else {
                throw fail("graph input '\(p.name)' has element type \(ONNXDataType.name(p.elementType)), which is not supported")
            }
            var shape: [Int]?
            if let dims = p.shape {
                shape = []
                for (axis, d) in dims.enumerated() {
                    switch d {
                    case .value(let v):
                        guard v >= 0, let i = Int(exactly: v) else { throw fail("graph input '\(p.name)' has dimension \(v)") }
                        shape?.append(i)
                    case .parameter(let name):
                        symbolic[name, default: []].append(.init(input: p.name, axis: axis))
                        shape?.append(-1)
                    case .unknown:
                        shape?.append(-1)
                    }
                }
            }
            values[p.name] = try graph.add(p.name, .placeholder(dtype: dtype, shape: shape))
        }
        // Initializers become constants when first read, so unused ones cost nothing.
        func value(_ name: String) throws -> Value {
            if let v = values[name] { return v }
            guard let t = initializers[name] else { throw fail("value '\(name)' is read before it is computed") }
            let v = try graph.add(name, .constant(try data.tensor(t, what: "initializer")))
            values[name] = v
            return v
        }

        for i in order {
            let n = g.node[i]
            guard let spec = onnxOps[n.opType] else { continue }
            let label = ONNXNode.label(n)
            guard spec.inputs.contains(n.input.count) else {
                throw GraphError(node: label, op: n.opType, "has \(n.input.count) inputs, expected \(describe(spec.inputs))")
            }
            guard n.output.count >= 1, n.output.count <= spec.outputs.upperBound else {
                throw GraphError(node: label, op: n.opType, "has \(n.output.count) outputs, expected \(describe(spec.outputs))")
            }
            guard !n.output[0].isEmpty else { throw GraphError(node: label, op: n.opType, "its first output has no name") }
            for a in n.attribute where !spec.attributes.contains(a.name) {
                throw GraphError(node: label, op: n.opType, "attribute '\(a.name)' is not one \(n.opType) has")
            }
            let inputs = try n.input.map { $0.isEmpty ? nil : try value($0) }
            var ctx = try ONNXNode(proto: n, opset: opset, inputs: inputs, graph: graph, reserved: reserved,
                                  initializers: data, evaluator: evaluator)
            graph = Graph()  // the context holds the only copy while it appends
            let results = try spec.lower(&ctx)
            graph = ctx.graph
            for (k, name) in n.output.enumerated() where !name.isEmpty {
                guard k < results.count else {
                    throw GraphError(node: label, op: n.opType, "output \(k) '\(name)' is not computed by GraphJIT")
                }
                var v = results[k]
                if graph.nodes[v.node].name != name || v.output != 0 {
                    v = try graph.add(name, .identity, [v])
                }
                values[name] = v
            }
        }
        var outputs: [String] = []
        for o in g.output {
            guard values[o.name] != nil || initializers[o.name] != nil else {
                throw fail("graph output '\(o.name)' is not computed by any node")
            }
            _ = try value(o.name)
            outputs.append(o.name)
        }
        return ONNXImport(graph: graph, outputs: outputs, symbolicDimensions: symbolic, opset: opset)
    }

    private static func describe(_ r: ClosedRange<Int>) -> String {
        r.lowerBound == r.upperBound ? "\(r.lowerBound)" : r.upperBound >= 1000 ? "at least \(r.lowerBound)" : "\(r.lowerBound) to \(r.upperBound)"
    }
}
