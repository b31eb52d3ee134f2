import GraphIR

/// A pass's output graph and where the input graph's values went.
///
/// The contract every pass keeps, and `PassManager` checks:
/// - each kept value survives, under the same node name and output index, with the same dtype;
/// - nodes keep their names; placeholders are never created, renamed or merged (a placeholder
///   that is neither kept nor used may be removed);
/// - a value maps to nil only when no kept value depends on it.
public struct PassResult: Sendable {
    public var graph: Graph
    /// Old value -> new value carrying the same data.
    public var valueMap: ValueMap
    /// The kept values, in the order the caller gave them, as values of `graph`.
    public var kept: [Value]

    public init(graph: Graph, valueMap: ValueMap, kept: [Value]) {
        self.graph = graph
        self.valueMap = valueMap
        self.kept = kept
    }
}

/// Where each value of a pass's input graph lives in its output graph.
///
/// Merged values (CSE) map to the survivor, bypassed identities to their input, folded nodes to
/// their constant; removed values map to nil. Maps compose with `then`, so the result of a
/// whole pipeline still answers "where is my output / my placeholder now?".
public struct ValueMap: Hashable, Sendable {
    private var targets: [Value: Value]

    public init(_ targets: [Value: Value]) { self.targets = targets }

    /// Every output of every node of `graph` mapped to itself.
    public static func identity(of graph: Graph) -> ValueMap {
        var targets: [Value: Value] = [:]
        for (i, node) in graph.nodes.enumerated() {
            for k in node.types.indices { targets[Value(node: i, output: k)] = Value(node: i, output: k) }
        }
        return ValueMap(targets)
    }

    /// The new value carrying `old`'s data, or nil when the pass removed it.
    public subscript(_ old: Value) -> Value? { targets[old] }

    /// The old values that still exist, each with its new value.
    public var mappings: [Value: Value] { targets }

    /// This map followed by `next` (which maps this map's output graph onward).
    public func then(_ next: ValueMap) -> ValueMap {
        ValueMap(targets.compactMapValues { next[$0] })
    }
}
