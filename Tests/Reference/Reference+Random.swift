import GraphIR

/// A small deterministic generator, so a failing random test fails the same way again.
public typealias SeededGenerator = SplitMix64

/// A tensor of `dtype` and `shape` with elements drawn uniformly from `range`
/// (integers: the whole numbers in it; bools: true or false).
public func randomTensor<G: RandomNumberGenerator>(_ dtype: DType, _ shape: [Int], in range: ClosedRange<Double> = -1...1,
                                                   using rng: inout G) throws -> Tensor {
    let count = try checkedElementCount(shape)
    switch dtype {
    case .float32, .float64:
        return try tensor(dtype, shape, doubles: (0..<count).map { _ in Double.random(in: range, using: &rng) })
    case .int32, .int64:
        let (low, high) = (range.lowerBound.rounded(.up), range.upperBound.rounded(.down))
        guard low <= high, Swift.abs(low) < 9e18, Swift.abs(high) < 9e18 else {
            throw ReferenceError("no representable integer in \(range)")
        }
        let ints = Int64(low)...Int64(high)
        return try tensor(dtype, shape, int64s: (0..<count).map { _ in Int64.random(in: ints, using: &rng) })
    case .bool:
        return Tensor(shape: shape, bools: (0..<count).map { _ in Bool.random(using: &rng) })
    }
}

/// Random feeds for every placeholder of a graph whose placeholder shapes are all known.
public func randomFeeds<G: RandomNumberGenerator>(for graph: Graph, in range: ClosedRange<Double> = -1...1,
                                                  using rng: inout G) throws -> [String: Tensor] {
    var feeds: [String: Tensor] = [:]
    for i in graph.placeholders {
        let node = graph.nodes[i]
        guard let shape = node.types[0].shape, node.types[0].isStatic else {
            throw ReferenceError("placeholder '\(node.name)' has shape \(formatShape(node.types[0].shape)); give it a concrete one")
        }
        feeds[node.name] = try randomTensor(node.types[0].dtype, shape, in: range, using: &rng)
    }
    return feeds
}
