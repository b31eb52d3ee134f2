/// Largest number of elements GraphJIT accepts in one tensor (2^36, 256 GiB of float32): a dimension of 10^12 is refused before any allocation.
public let maxTensorElements = 1 << 36

/// Element type and shape of a value. A dimension of -1 is unknown until the graph is specialised
/// for concrete inputs; `shape == nil` means even the rank is unknown.
public struct TensorType: Hashable, Sendable, CustomStringConvertible {
    public var dtype: DType
    public var shape: [Int]?

    public init(_ dtype: DType, _ shape: [Int]?) {
        self.dtype = dtype
        self.shape = shape
    }

    public var rank: Int? { shape?.count }

    /// True when every dimension is known.
    public var isStatic: Bool { shape.map { $0.allSatisfy { $0 >= 0 } } ?? false }

    /// Number of elements; nil when a dimension is unknown.
    public var elementCount: Int? {
        guard let shape, isStatic else { return nil }
        return shape.reduce(1, *)
    }

    /// Bytes of storage; nil when a dimension is unknown.
    public var byteCount: Int? { elementCount.map { $0 * dtype.byteSize } }

    public var description: String { "\(dtype)\(formatShape(shape))" }
}

/// `[2,?,3]`, or `[*]` for unknown rank: the one way shapes are printed in messages.
public func formatShape(_ shape: [Int]?) -> String {
    guard let shape else { return "[*]" }
    return "[" + shape.map { $0 < 0 ? "?" : String($0) }.joined(separator: ",") + "]"
}

/// Checks that a concrete shape is sane (no negative dimension, element count within
/// `maxTensorElements` without overflow) and returns its element count.
public func checkedElementCount(_ shape: [Int]) throws -> Int {
    var count = 1
    for d in shape {
        guard d >= 0 else { throw ShapeError("dimension \(d) in \(formatShape(shape)) is negative") }
        let (product, overflow) = count.multipliedReportingOverflow(by: d)
        guard !overflow, product <= maxTensorElements else {
            throw ShapeError("shape \(formatShape(shape)) has more than 2^36 elements")
        }
        count = product
    }
    return count
}
