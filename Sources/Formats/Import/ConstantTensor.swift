import GraphIR

extension GraphDefImporter {
    /// Largest constant, in bytes, that is filled in from a short value list. TensorFlow lets a
    /// single value stand for a whole tensor, so a tiny file could otherwise ask for terabytes.
    public static let maxExpandedConstantBytes = 1 << 30
}

/// Builds a host tensor from a TensorProto: `tensor_content` when present (its length checked),
/// otherwise the typed value list, where a shorter list repeats its last value to fill the shape
/// and an empty list means zeros, as TensorFlow reads it.
func makeTensor(_ proto: TensorProto, _ ctx: NodeContext) throws -> Tensor {
    guard proto.dtype != .invalid else { throw ctx.fail("tensor has no dtype") }
    let dtype = try ctx.supported(proto.dtype)
    let shapeProto = proto.tensorShape ?? TensorShapeProto()
    guard !shapeProto.unknownRank else { throw ctx.fail("constant tensor has an unknown rank") }
    let shape = shapeProto.dim.map { Int($0.size) }
    guard shape.allSatisfy({ $0 >= 0 }) else {
        throw ctx.fail("constant tensor shape \(formatShape(shape)) has an unknown or negative dimension")
    }
    let count: Int
    do { count = try checkedElementCount(shape) } catch let e as ShapeError { throw ctx.fail(e.message) }
    let byteCount = count * dtype.byteSize
    let typeText = "\(dtype)\(formatShape(shape))"

    if !proto.tensorContent.isEmpty {
        guard proto.tensorContent.count == byteCount else {
            throw ctx.fail("tensor_content has \(proto.tensorContent.count) bytes but \(typeText) needs \(byteCount)")
        }
        if dtype == .bool {
            // One byte per bool; anything but 0 is true, stored as 1 so later code can rely on it.
            var bytes = proto.tensorContent.bytes
            for i in bytes.indices where bytes[i] > 1 { bytes[i] = 1 }
            return try tensor(dtype, shape, bytes, ctx)
        }
        // The decoded bytes are already aligned storage: the constant shares them.
        do {
            return try Tensor(dtype: dtype, shape: shape, storage: proto.tensorContent)
        } catch let e as ShapeError {
            throw ctx.fail(e.message)
        }
    }

    let listed: Int
    switch dtype {
    case .float32: listed = proto.floatVal.count
    case .float64: listed = proto.doubleVal.count
    case .int32: listed = proto.intVal.count
    case .int64: listed = proto.int64Val.count
    case .bool: listed = proto.boolVal.count
    }
    guard listed <= count else {
        throw ctx.fail("tensor lists \(listed) values but \(typeText) has \(count) elements")
    }
    if listed < count, byteCount > GraphDefImporter.maxExpandedConstantBytes {
        throw ctx.fail("constant \(typeText) would fill \(byteCount) bytes from \(listed) listed value(s); the limit is \(GraphDefImporter.maxExpandedConstantBytes)")
    }
    if listed == 0 {
        do { return try Tensor(zeros: dtype, shape: shape) } catch let e as ShapeError { throw ctx.fail(e.message) }
    }
    switch dtype {
    case .float32: return try tensor(dtype, shape, filled(proto.floatVal, count), ctx)
    case .float64: return try tensor(dtype, shape, filled(proto.doubleVal, count), ctx)
    case .int32: return try tensor(dtype, shape, filled(proto.intVal, count), ctx)
    case .int64: return try tensor(dtype, shape, filled(proto.int64Val, count), ctx)
    case .bool: return try tensor(dtype, shape, filled(proto.boolVal.map { $0 ? UInt8(1) : 0 }, count), ctx)
    }
}

/// `values` padded to `count` by repeating the last one, as little-endian bytes.
private func filled<T>(_ values: [T], _ count: Int) -> [UInt8] {
    var all = values
    if let last = values.last, values.count < count {
        all.append(contentsOf: repeatElement(last, count: count - values.count))
    }
    return all.withUnsafeBytes { Array($0) }
}

private func tensor(_ dtype: DType, _ shape: [Int], _ bytes: [UInt8], _ ctx: NodeContext) throws -> Tensor {
    do { return try Tensor(dtype: dtype, shape: shape, bytes: bytes) } catch let e as ShapeError { throw ctx.fail(e.message) }
}
