import GraphIR

/// An unsigned-byte array (raw pixels or labels as IDX and CSV files hold them) before it becomes
/// a `Tensor`: GraphIR has no uint8 dtype, so bytes stay here until `PixelScaling` converts them.
public struct ByteTensor: Hashable, Sendable {
    /// Dimensions, the first one counting images (or labels).
    public var shape: [Int]
    /// Row-major bytes, as many as the shape's element count.
    public var bytes: [UInt8]

    public init(shape: [Int], bytes: [UInt8]) {
        self.shape = shape
        self.bytes = bytes
    }

    /// The first dimension: number of images or labels.
    public var count: Int { shape.first ?? 1 }
}
