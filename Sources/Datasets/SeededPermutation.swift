import GraphIR

/// A permutation of `0..<count` fixed by `seed`: Fisher-Yates driven by `SplitMix64`.
/// Different seeds (for example `seed + epoch`) give independent orders.
public func seededPermutation(count: Int, seed: UInt64) -> [Int] {
    var order = Array(0..<max(count, 0))
    var generator = SplitMix64(seed: seed)
    var i = order.count - 1
    while i > 0 {
        let j = Int(generator.next(below: UInt64(i + 1)))
        order.swapAt(i, j)
        i -= 1
    }
    return order
}
