/// A host tensor: dtype, static shape and row-major little-endian bytes in shared, aligned,
/// immutable storage. Swift only moves these around (files, constants, arguments); the math is
/// generated code.
public struct Tensor: Hashable, Sendable, CustomStringConvertible {
    public let dtype: DType
    public let shape: [Int]
    /// Row-major element bytes, `elementCount * dtype.byteSize` long.
    public let storage: TensorStorage

    /// The element bytes as an array (a copy; read through `withUnsafeBytes` to avoid it).
    public var bytes: [UInt8] { storage.bytes }

    /// Copies bytes; fails when their length does not match the shape.
    public init<C: Collection>(dtype: DType, shape: [Int], bytes: C) throws where C.Element == UInt8 {
        try self.init(dtype: dtype, shape: shape, storage: TensorStorage(copying: bytes))
    }

    /// Wraps storage; fails when its length does not match the shape.
    public init(dtype: DType, shape: [Int], storage: TensorStorage) throws {
        let count = try checkedElementCount(shape)
        guard storage.count == count * dtype.byteSize else {
            throw ShapeError("\(storage.count) bytes do not hold a \(dtype)\(formatShape(shape)) tensor")
        }
        self.dtype = dtype
        self.shape = shape
        self.storage = storage
    }

    /// A zero-filled tensor.
    public init(zeros dtype: DType, shape: [Int]) throws {
        let count = try checkedElementCount(shape)
        self.dtype = dtype
        self.shape = shape
        self.storage = TensorStorage(zeros: count * dtype.byteSize)
    }

    public static func == (a: Tensor, b: Tensor) -> Bool {
        a.dtype == b.dtype && a.shape == b.shape && a.storage.equals(b.storage)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(dtype)
        hasher.combine(shape)
        storage.hash(into: &hasher)
    }

    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try storage.withUnsafeBytes(body)
    }

    /// Bytes of storage.
    public var byteCount: Int { storage.count }

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
        self.storage = scalars.withUnsafeBytes { TensorStorage(copying: $0) }
    }

    public var type: TensorType { TensorType(dtype, shape) }
    public var elementCount: Int { storage.count / dtype.byteSize }

    /// Elements reinterpreted as `T` (whose size must match the dtype).
    public func scalars<T>(as _: T.Type) -> [T] {
        precondition(MemoryLayout<T>.stride == dtype.byteSize, "scalar type does not match \(dtype)")
        return storage.withUnsafeBytes { raw in
            Array(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: T.self),
                                      count: elementCount))
        }
    }

    /// Element `i` widened to Double, whatever the dtype: for printing and comparing.
    public func double(at i: Int) -> Double {
        storage.withUnsafeBytes { raw in
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
        storage.withUnsafeBytes { raw in
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
        try Tensor(dtype: dtype, shape: newShape, storage: storage)
    }

    public var description: String { "Tensor(\(dtype)\(formatShape(shape)))" }

    /// Entries `range` along the first dimension (a batch's images), copied.
    public func rows(_ range: Range<Int>) throws -> Tensor {
        guard let count = shape.first, range.lowerBound >= 0, range.upperBound <= count else {
            throw ShapeError("rows \(range.lowerBound)..<\(range.upperBound) are outside a tensor of shape \(formatShape(shape))")
        }
        let rowBytes = bytes.count / max(count, 1)
        var newShape = shape
        newShape[0] = range.count
        return try Tensor(dtype: dtype, shape: newShape, bytes: Array(bytes[(range.lowerBound * rowBytes)..<(range.upperBound * rowBytes)]))
    }
}

extension Tensor {
    /// A scalar holding `x` converted to `dtype` (integers truncate, bool is `x != 0`).
    public init(scalar x: Double, _ dtype: DType) throws {
        switch dtype {
        case .float32: self.init(shape: [], floats: [Float(x)])
        case .float64: self.init(shape: [], doubles: [x])
        case .int32:
            guard x.isFinite, x >= Double(Int32.min), x <= Double(Int32.max) else {
                throw ShapeError("\(x) does not fit in int32")
            }
            self.init(shape: [], int32s: [Int32(x)])
        case .int64:
            guard x.isFinite, x >= -9.2e18, x <= 9.2e18 else { throw ShapeError("\(x) does not fit in int64") }
            self.init(shape: [], int64s: [Int64(x)])
        case .bool: self.init(shape: [], bools: [x != 0])
        }
    }
}

extension Tensor {
    /// A shape as TensorFlow's `Shape` gives it: a vector of int32 (or int64) dimensions.
    public init(shapeVector dims: [Int], _ outType: DType) {
        self = outType == .int64 ? Tensor(shape: [dims.count], int64s: dims.map { Int64($0) })
                                 : Tensor(shape: [dims.count], int32s: dims.map { Int32(truncatingIfNeeded: $0) })
    }
}
