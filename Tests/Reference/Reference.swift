import GraphIR

// A naive, obviously-correct interpreter of GraphJIT graphs: the oracle generated kernels are
// checked against. Written for clarity, not speed; used only by tests.
//
// Numeric conventions (shared by every op):
// - Float types are computed and accumulated in `Double`, then rounded once to the dtype.
// - Integer types are computed in `Int64` with two's-complement wrap-around, then truncated to the
//   dtype's width (so int32 results wrap exactly as 32-bit arithmetic would).
// - Integer `RealDiv` truncates toward zero (C / LLVM `sdiv`, TensorFlow's `TruncateDiv`); a zero
//   divisor is an error rather than undefined behaviour, and `min / -1` wraps to `min`.
// - NaN propagates through `Maximum`, `Minimum`, `Relu`, `Max` reductions and max pooling.

/// Runs the nodes `fetch` depends on, reading placeholders from `feeds` (keyed by node name).
///
/// Fails on a feed that names no placeholder, a missing feed, a feed whose dtype or shape does not
/// match the placeholder's declaration, or any op error (reported as a `GraphError` naming the node).
public func evaluate(_ graph: Graph, feeds: [String: Tensor], fetch: [Value]) throws -> [Tensor] {
    for name in feeds.keys.sorted() {
        guard let i = graph.index(of: name), case .placeholder = graph.nodes[i].op else {
            throw ReferenceError("feed '\(name)' does not name a placeholder of the graph")
        }
    }
    for v in fetch {
        guard v.node >= 0, v.node < graph.nodes.count,
              v.output >= 0, v.output < graph.nodes[v.node].types.count else {
            throw ReferenceError("fetched value \(v.node):\(v.output) is not an output of the graph")
        }
    }

    let needed = ancestors(of: fetch, in: graph)
    var results: [Int: [Tensor]] = [:]
    func result(_ v: Value) throws -> Tensor {
        // Graphs are topologically ordered, so a missing result means a broken graph, not bad input.
        guard let outputs = results[v.node], v.output < outputs.count else {
            throw ReferenceError("value \(v.node):\(v.output) is used before it is computed")
        }
        return outputs[v.output]
    }
    for (i, node) in graph.nodes.enumerated() where needed.contains(i) {
        let outputs: [Tensor]
        if case let .placeholder(dtype, shape) = node.op {
            outputs = [try checkedFeed(feeds[node.name], node: node, dtype: dtype, shape: shape)]
        } else {
            let inputs = try node.inputs.map(result)
            do {
                outputs = try evaluate(node.op, inputs)
            } catch let e as GraphError {
                throw e
            } catch {
                throw GraphError(node: node.name, op: node.op.name, "\(error)")
            }
        }
        // The stored types are what codegen trusts; a disagreement is a bug in a shape rule or here.
        for (t, declared) in zip(outputs, node.types) where !t.type.conforms(to: declared) {
            throw GraphError(node: node.name, op: node.op.name,
                             "computed \(t.type) but the graph declares \(declared)")
        }
        results[i] = outputs
    }
    return try fetch.map(result)
}

/// Indices of the nodes the given values depend on, including their own nodes.
func ancestors(of values: [Value], in graph: Graph) -> Set<Int> {
    var seen: Set<Int> = []
    var stack = values.map(\.node)
    while let i = stack.popLast() {
        guard seen.insert(i).inserted else { continue }
        stack.append(contentsOf: graph.nodes[i].inputs.map(\.node))
    }
    return seen
}

private func checkedFeed(_ feed: Tensor?, node: Node, dtype: DType, shape: [Int]?) throws -> Tensor {
    guard let feed else {
        throw GraphError(node: node.name, op: node.op.name, "no feed given for this placeholder")
    }
    guard feed.dtype == dtype else {
        throw GraphError(node: node.name, op: node.op.name, "fed a \(feed.dtype) tensor, expected \(dtype)")
    }
    if let shape, !feed.type.conforms(to: TensorType(dtype, shape)) {
        throw GraphError(node: node.name, op: node.op.name,
                         "fed shape \(formatShape(feed.shape)), expected \(formatShape(shape))")
    }
    return feed
}

extension TensorType {
    /// True when a concrete type fits a possibly partial one: same dtype and rank, and every known
    /// dimension equal.
    func conforms(to declared: TensorType) -> Bool {
        guard dtype == declared.dtype else { return false }
        guard let mine = shape, let theirs = declared.shape else { return true }
        return mine.count == theirs.count && zip(mine, theirs).allSatisfy { $1 == -1 || $0 == $1 }
    }
}
