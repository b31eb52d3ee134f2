import GraphIR

/// Splits a product of a few rows by a large matrix along its inner dimension: `A[m,K] · B[K,N]`
/// becomes `Sum_s (A[:, segment s] · B[segment s, :])`, a BatchMatMul of `S` segments and a Sum
/// over them, under the MatMul's name (so epilogues fuse into the Sum and the value keeps its name).
///
/// Why: a batch of one through a dense layer reads each weight once and is bound by memory. Split
/// by columns, each thread reads every row of B in short runs; split by segments of rows, each
/// thread streams whole rows, which the memory system serves faster (VGG16's 411 MB fc1: 20 ms by
/// columns, 13 ms by segments, 2 threads). The segments come from the shape alone, never from the
/// thread count, and the Sum adds them in a fixed order, so results do not depend on the threads.
///
/// Which products are split and into how many segments is the target's kernels' choice
/// (`segments`, injected by the compiler); without it nothing is split.
public struct MatMulSplitting: GraphPass {
    /// The segments to split a product `[rows, inner] x [inner, cols]` into, or nil to leave it.
    /// Must divide `inner`.
    public typealias Segments = (_ rows: Int, _ inner: Int, _ cols: Int, _ dtype: DType) -> Int?

    public var segments: Segments?

    public init(segments: Segments?) {
        self.segments = segments
    }

    public var name: PassName { .matMulSplitting }

    public func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        try checkKept(kept, in: graph, pass: name)
        return try GraphRebuilder.rewriting(graph, pass: name, keeping: kept) { rebuilder, i, node in
            guard let split = self.split(node, in: graph) else { return false }
            let (m, s, k, n) = (split.rows, split.segments, split.inner / split.segments, split.cols)
            let (a, b) = (try rebuilder.mapped(node.inputs[0]), try rebuilder.mapped(node.inputs[1]))
            // A's segments as a batch [S, m, K/S]: a view for one row, else a small transpose.
            let aSegments: Value
            if m == 1 {
                aSegments = try rebuilder.insert("\(node.name)/segments_a", .reshape([s, 1, k]), [a])
            } else {
                let rows = try rebuilder.insert("\(node.name)/rows_a", .reshape([m, s, k]), [a])
                aSegments = try rebuilder.insert("\(node.name)/segments_a", .transpose([1, 0, 2]), [rows])
            }
            let bSegments = try rebuilder.insert("\(node.name)/segments_b", .reshape([s, k, n]), [b])
            let partial = try rebuilder.insert("\(node.name)/partial", .batchMatMul(adjX: false, adjY: false), [aSegments, bSegments])
            try rebuilder.copy(i, op: .reduce(.sum, axes: [0], keepDims: false), inputs: [partial])
            return true
        }
    }

    private struct Split {
        let rows: Int
        let inner: Int
        let cols: Int
        let segments: Int
    }

    /// How `node` is split, or nil when it is not a MatMul without transposes whose shape the
    /// target splits.
    private func split(_ node: Node, in graph: Graph) -> Split? {
        guard case .matMul(false, false) = node.op, let segments,
              let a = graph[node.inputs[0]].shape, let b = graph[node.inputs[1]].shape, a.count == 2, b.count == 2,
              a.allSatisfy({ $0 > 0 }), b.allSatisfy({ $0 > 0 }), a[1] == b[0],
              let s = segments(a[0], a[1], b[1], node.types[0].dtype), s > 1, a[1] % s == 0 else { return nil }
        return Split(rows: a[0], inner: a[1], cols: b[1], segments: s)
    }
}
