import GraphIR
import Training

/// Graphviz DOT of a model: one box per node (name, op, output shape), edges from inputs to
/// consumers; the plan's kernels (fusion groups) as clusters.
public enum GraphDrawing {
    /// What to draw.
    public enum Kind: Sendable {
        /// The graph as imported.
        case graph
        /// With the backward pass: a trainable graph's training step (loss, gradients and the
        /// optimiser's updates), or for a frozen graph the gradient of `output` with respect to the input.
        case gradient
        /// The optimised graph the kernels compute, each kernel's nodes a cluster.
        case plan
    }
}

extension Model {
    /// DOT text for `kind`. `inputShapes` fixes unknown input dimensions (missing ones default to 1:
    /// a drawing needs every shape only for the plan and gradients). `output` defaults to the node
    /// nothing consumes.
    public func dot(_ kind: GraphDrawing.Kind, output: String? = nil, inputShapes: [String: [Int]] = [:],
                    options: CompileOptions = CompileOptions()) throws -> String {
        var shapes = inputShapes
        for (name, declared) in self.inputShapes where shapes[name] == nil {
            if let declared, declared.contains(-1) { shapes[name] = declared.map { $0 < 0 ? 1 : $0 } }
        }
        switch kind {
        case .graph:
            return Self.dotText(graph, title: "graph")
        case .gradient:
            let specialised = try graph.specialized(inputShapes: shapes)
            let sinks = sinkNames
            guard let out = output ?? (sinks.count == 1 ? sinks.first : nil) else {
                throw GraphJITError("the graph has \(sinks.count) output nodes: choose one with --output")
            }
            guard specialised.value(named: out) != nil else { throw GraphJITError("the graph has no node named '\(out)'") }
            if !variableNames.isEmpty {
                let step = try TrainingGraph.trainingStep(specialised, output: out, options: TrainingStepOptions(optimizer: .sgd, l2: 0, seed: 0))
                return Self.dotText(step.graph, title: "training step", firstNew: specialised.nodes.count)
            }
            let (input, _) = try imageInput()
            let (g, _) = try Model(graph: specialised).gradientGraph(of: out, wrt: [input])
            return Self.dotText(g, title: "gradient of \(out) with respect to \(input)", firstNew: specialised.nodes.count)
        case .plan:
            let sinks = sinkNames
            let outs = output.map { [$0] } ?? sinks
            try requireWeights(for: outs)
            var o = options
            o.loadForExecution = false
            let compiled = try compile(outputs: outs, inputShapes: shapes, options: o)
            let plan = try compiled.plan
            let clusters = plan.kernels.map { (name: $0.name, nodes: $0.nodes) }
            return Self.dotText(plan.graph, title: "plan: \(plan.kernels.count) kernels", clusters: clusters)
        }
    }

    /// The DOT text itself. Nodes from `firstNew` on (the backward pass) are shaded.
    static func dotText(_ g: Graph, title: String, firstNew: Int? = nil, clusters: [(name: String, nodes: [Int])] = []) -> String {
        func quote(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        func label(_ i: Int) -> String {
            let n = g.nodes[i]
            let types = n.types.map { t in t.shape.map(formatShape) ?? "?" }.joined(separator: ", ")
            return quote("\(n.name)\n\(n.op.name)  \(types)")
        }
        func style(_ i: Int) -> String {
            switch g.nodes[i].op {
            case .placeholder: return "shape=box, style=\"rounded,filled\", fillcolor=\"#cfe8ff\""
            case .constant, .variable: return "shape=box, style=filled, fillcolor=\"#eeeeee\", fontsize=9"
            default:
                if let firstNew, i >= firstNew { return "shape=box, style=filled, fillcolor=\"#ffe4cc\"" }
                return "shape=box"
            }
        }
        var lines = ["digraph graphjit {", "  label=\(quote(title)); labelloc=t; fontname=\"DejaVu Sans\";",
                     "  node [fontname=\"DejaVu Sans\", fontsize=10]; edge [color=\"#555555\"];"]
        var clustered = Set<Int>()
        for (k, cluster) in clusters.enumerated() where !cluster.nodes.isEmpty {
            lines.append("  subgraph cluster_\(k) {")
            lines.append("    label=\(quote(cluster.name)); style=\"rounded,filled\"; fillcolor=\"#f4f8ee\"; color=\"#7aa35a\";")
            for i in cluster.nodes where clustered.insert(i).inserted { lines.append("    n\(i) [label=\(label(i)), \(style(i))];") }
            lines.append("  }")
        }
        for i in g.nodes.indices where !clustered.contains(i) { lines.append("  n\(i) [label=\(label(i)), \(style(i))];") }
        for (i, n) in g.nodes.enumerated() {
            for v in n.inputs { lines.append("  n\(v.node) -> n\(i)\(v.output > 0 ? " [label=\":\(v.output)\"]" : "");") }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
