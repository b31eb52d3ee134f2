/// Element type of a tensor.
public enum DType: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case float32, float64, int32, int64, bool

    /// Bytes per element in memory (bool is one byte, as NumPy and TensorFlow store it).
    public var byteSize: Int {
        switch self {
        case .float32, .int32: return 4
        case .float64, .int64: return 8
        case .bool: return 1
        }
    }

    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }
    public var isInteger: Bool { self == .int32 || self == .int64 }
    public var description: String { rawValue }
}
