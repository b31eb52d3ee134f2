import GraphIR

/// Runs a pipeline of passes, verifying the graph and the pass contract after each one.
public struct PassManager {
    public var pipeline: [PassName]
    /// Needed when the pipeline contains `.constantFolding`.
    public var constantEvaluator: (any ConstantEvaluator)?
    public var foldingByteLimit: Int
    /// The target's convolution block widths, for `.filterPacking` (which packs nothing without).
    public var filterBlockWidth: FilterPacking.BlockWidth?
    /// The target's split of few-row products, for `.matMulSplitting` (which splits nothing without).
    public var matMulSegments: MatMulSplitting.Segments?
    /// Which convolutions the target runs faster as Winograd's, for `.winograd` (which rewrites nothing without).
    public var winogradProfitable: WinogradLowering.Profitable?
    /// Called after each pass with its name and output graph (for `--print-after`-style dumps).
    public var printAfter: ((PassName, Graph) -> Void)?

    /// Replacement implementations, so tests can run a pass that breaks the contract.
    var overrides: [PassName: any GraphPass] = [:]

    public init(_ pipeline: [PassName], constantEvaluator: (any ConstantEvaluator)? = nil,
                foldingByteLimit: Int = ConstantFolding.defaultByteLimit,
                printAfter: ((PassName, Graph) -> Void)? = nil) {
        self.pipeline = pipeline
        self.constantEvaluator = constantEvaluator
        self.foldingByteLimit = foldingByteLimit
        self.printAfter = printAfter
    }

    /// The implementation of one pass as configured here.
    public func pass(_ name: PassName) throws -> any GraphPass {
        if let custom = overrides[name] { return custom }
        switch name {
        case .shapeFolding:
            guard let constantEvaluator else { throw PassError(pass: name, "shape folding needs a constant evaluator") }
            return ShapeFolding(evaluator: constantEvaluator, byteLimit: foldingByteLimit)
        case .identityElimination: return IdentityElimination()
        case .layout: return TransposeSinking()
        case .convBackpropInputAsConv: return ConvBackpropInputAsConv()
        case .deadNodeElimination: return DeadNodeElimination()
        case .commonSubexpressionElimination: return CommonSubexpressionElimination()
        case .batchNormFolding: return BatchNormFolding()
        case .filterPacking:
            guard let constantEvaluator else { throw PassError(pass: name, "filter packing needs a constant evaluator") }
            return FilterPacking(evaluator: constantEvaluator, blockWidth: filterBlockWidth)
        case .matMulSplitting: return MatMulSplitting(segments: matMulSegments)
        case .winograd:
            guard let constantEvaluator else { throw PassError(pass: name, "the Winograd rewrite needs a constant evaluator") }
            return WinogradLowering(evaluator: constantEvaluator, profitable: winogradProfitable)
        case .constantFolding:
            guard let constantEvaluator else {
                throw PassError(pass: name, "constant folding needs a constant evaluator")
            }
            return ConstantFolding(evaluator: constantEvaluator, byteLimit: foldingByteLimit)
        }
    }

    /// Runs the pipeline keeping values given by name (`node` or `node:k`).
    public func run(_ graph: Graph, keepingNames names: [String]) throws -> PassResult {
        try run(graph, keeping: try keptValues(named: names, in: graph))
    }

    /// Runs the pipeline; the result's value map leads from `graph` to the final graph.
    /// Any failure, including a broken contract found by verification, names the pass.
    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        var current = PassResult(graph: graph, valueMap: .identity(of: graph), kept: kept)
        for name in pipeline {
            let step: PassResult
            do {
                step = try pass(name).run(current.graph, keeping: current.kept)
            } catch let e as PassError where e.pass != nil {
                throw e
            } catch {
                throw PassError(pass: name, "\(error)")
            }
            do {
                try step.graph.verify()
                try checkContract(before: current, after: step)
            } catch {
                throw PassError(pass: name, "verification failed after the pass: \(error)")
            }
            printAfter?(name, step.graph)
            current = PassResult(graph: step.graph, valueMap: current.valueMap.then(step.valueMap), kept: step.kept)
        }
        return current
    }
}

/// Checks what `PassResult` promises: kept values survive with their names and dtypes at the
/// positions the value map gives, and placeholders keep their names.
private func checkContract(before: PassResult, after: PassResult) throws {
    let (old, new) = (before.graph, after.graph)
    func exists(_ v: Value, in g: Graph) -> Bool {
        v.node >= 0 && v.node < g.nodes.count && v.output >= 0 && v.output < g.nodes[v.node].types.count
    }
    for (from, to) in after.valueMap.mappings {
        guard exists(from, in: old), exists(to, in: new) else {
            throw PassError(pass: nil, "the value map refers to values outside the graphs")
        }
        if case .placeholder = old.nodes[from.node].op, new.nodes[to.node].name != old.nodes[from.node].name {
            throw PassError(pass: nil, "placeholder '\(old.nodes[from.node].name)' now maps to '\(new.name(of: to))'")
        }
    }
    guard after.kept.count == before.kept.count else {
        throw PassError(pass: nil, "\(before.kept.count) values were kept but \(after.kept.count) came back")
    }
    for (was, now) in zip(before.kept, after.kept) {
        let name = old.name(of: was)
        guard exists(now, in: new), after.valueMap[was] == now else {
            throw PassError(pass: nil, "kept value '\(name)' is missing or disagrees with the value map")
        }
        guard new.name(of: now) == name else {
            throw PassError(pass: nil, "kept value '\(name)' is now named '\(new.name(of: now))'")
        }
        guard new[now].dtype == old[was].dtype else {
            throw PassError(pass: nil, "kept value '\(name)' changed dtype from \(old[was].dtype) to \(new[now].dtype)")
        }
    }
}
