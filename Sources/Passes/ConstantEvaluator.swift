import GraphIR

/// Computes constant subgraphs for `ConstantFolding`.
///
/// Passes never do tensor math themselves (all run-time math is generated code): the compiler
/// injects an evaluator that JIT-compiles the subgraph, tests inject the reference interpreter.
public protocol ConstantEvaluator {
    /// The values `fetch` of `graph`, a graph without placeholders (every leaf is a Const).
    func evaluate(_ graph: Graph, fetch: [Value]) throws -> [Tensor]
}
