/// A host tensor: dtype, static shape and row-major little-endian bytes.
/// Swift only moves these around (files, constants, arguments); the math is generated code.
public struct Tensor: Hashable, Sendable, CustomStringConvertible {
    public let dtype: DType
    public let shape: [Int]
    /// Row-major element bytes, `elementCount * dtype.byteSize` long.
    public var bytes: [UInt8]

    /// Wraps bytes; fails when their length does not match the shape.
    public init(dtype: DType, shape: [Int], bytes: [UInt8]) throws {
        let count = try checkedElementCount(shape)
        guard bytes.count == count * dtype.byteSize else {
            throw ShapeError("\(bytes.count) bytes do not hold a \(dtype)\(formatShape(shape)) tensor")
        }
        self.dtype = dtype
        self.shape = shape
        self.bytes = bytes
    }

    /// A zero-filled tensor.
    public init(zeros dtype: DType, shape: [Int]) throws {
        let count = try checkedElementCount(shape)
        self.dtype = dtype
        self.shape = shape
        self.bytes = [UInt8](repeating: 0, count: count * dtype.byteSize)
    }

    public init(shape: [Int], floats: [Float]) {
        self.init(unchecked: .float32, shape: shape, scalars: floats)
    }
    public init(shape: [Int], doubles: [Double]) {
        self.init(unchecked: .float64, shape: shape, scalars: doubles)
    }
    public init(shape: [Int], int32s: [Int32]) {
        self.init(unchecked: .int32, shape: shape, scalars: int32s)
    }
    public init(shape: [Int], int64s: [Int64]) {
        self.init(unchecked: .int64, shape: shape, scalars: int64s)
    }
    public init(shape: [Int], bools: [Bool]) {
        self.init(unchecked: .bool, shape: shape, scalars: bools.map { $0 ? UInt8(1) : 0 })
    }

    private init<T>(unchecked dtype: DType, shape: [Int], scalars: [T]) {
        precondition(shape.reduce(1, *) == scalars.count, "scalar count does not match shape")
        precondition(MemoryLayout<T>.stride == dtype.byteSize)
        self.dtype = dtype
        self.shape = shape
        self.bytes = scalars.withUnsafeBytes { Array($0) }
    }

    public var type: TensorType { TensorType(dtype, shape) }
    public var elementCount: Int { bytes.count / dtype.byteSize }

    /// Elements reinterpreted as `T` (whose size must match the dtype).
    public func scalars<T>(as _: T.Type) -> [T] {
        precondition(MemoryLayout<T>.stride == dtype.byteSize, "scalar type does not match \(dtype)")
        return bytes.withUnsafeBytes { raw in
            Array(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: T.self),
                                      count: elementCount))
        }
    }

    /// Element `i` widened to Double, whatever the dtype: for printing and comparing.
    public func double(at i: Int) -> Double {
        bytes.withUnsafeBytes { raw in
            switch dtype {
            case .float32: return Double(raw.load(fromByteOffset: i * 4, as: Float.self))
            case .float64: return raw.load(fromByteOffset: i * 8, as: Double.self)
            case .int32: return Double(raw.load(fromByteOffset: i * 4, as: Int32.self))
            case .int64: return Double(raw.load(fromByteOffset: i * 8, as: Int64.self))
            case .bool: return raw[i] != 0 ? 1 : 0
            }
        }
    }

    /// All elements as Doubles.
    public var doubles: [Double] { (0..<elementCount).map(double(at:)) }

    /// Element `i` as Int (integers and bools exactly; floats truncated).
    public func int(at i: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            switch dtype {
            case .int32: return Int(raw.load(fromByteOffset: i * 4, as: Int32.self))
            case .int64: return Int(raw.load(fromByteOffset: i * 8, as: Int64.self))
            default:
                let d = double(at: i)
                return d.isFinite ? Int(max(min(d, 9e18), -9e18)) : 0
            }
        }
    }

    /// Same bytes, another shape with the same element count.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        try Tensor(dtype: dtype, shape: newShape, bytes: bytes)
    }

    public var description: String { "Tensor(\(dtype)\(formatShape(shape)))" }
}
