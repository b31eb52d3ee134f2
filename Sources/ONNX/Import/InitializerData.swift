import Formats
import GraphIR

/// An ONNX TensorProto as a GraphIR tensor: its bytes from `raw_data`, the typed lists, or a file
/// beside the model (`external_data`). Errors name the tensor and say what disagrees.
struct InitializerData {
    /// The folder holding the model, against which external-data locations are resolved.
    let folder: String
    /// The model file, for errors.
    let filename: String

    func tensor(_ t: ONNXTensor, what: String) throws -> Tensor {
        let label = t.name.isEmpty ? what : "\(what) '\(t.name)'"
        func fail(_ message: String) -> FormatError { FormatError(file: filename, "\(label): \(message)") }
        guard !t.hasSegment else { throw fail("is split into segments, which GraphJIT does not read") }
        guard let dtype = ONNXDataType.dtype(t.dataType) else {
            throw fail("element type \(ONNXDataType.name(t.dataType)) is not supported (GraphJIT reads FLOAT, DOUBLE, INT32, INT64, BOOL)")
        }
        if let bad = t.dims.first(where: { $0 < 0 }) { throw fail("dimension \(bad) is negative") }
        let shape = t.dims.map { Int($0) }
        let count: Int
        do { count = try checkedElementCount(shape) } catch let e as ShapeError { throw fail(e.message) }
        let bytes = count * dtype.byteSize

        if t.dataLocation == 1 {
            return try Tensor(dtype: dtype, shape: shape, storage: external(t, bytes: bytes, fail: fail))
        }
        if t.hasRawData {
            guard t.rawData.count == bytes else {
                throw fail("raw_data holds \(t.rawData.count) bytes but \(formatShape(shape)) of \(ONNXDataType.name(t.dataType)) needs \(bytes)")
            }
            return try Tensor(dtype: dtype, shape: shape, storage: t.rawData)
        }
        func check(_ n: Int, _ field: String) throws {
            guard n == count else {
                throw fail("\(field) holds \(n) values but \(formatShape(shape)) needs \(count)")
            }
        }
        switch dtype {
        case .float32:
            try check(t.floatData.count, "float_data")
            return Tensor(shape: shape, floats: t.floatData)
        case .float64:
            try check(t.doubleData.count, "double_data")
            return Tensor(shape: shape, doubles: t.doubleData)
        case .int32:
            try check(t.int32Data.count, "int32_data")
            return Tensor(shape: shape, int32s: t.int32Data)
        case .int64:
            try check(t.int64Data.count, "int64_data")
            return Tensor(shape: shape, int64s: t.int64Data)
        case .bool:
            try check(t.int32Data.count, "int32_data")
            return Tensor(shape: shape, bools: t.int32Data.map { $0 != 0 })
        }
    }

    /// The bytes of an external tensor: `location` relative to the model's folder, from `offset`
    /// (default 0) for `length` bytes (default: what the shape needs, which must be there).
    private func external(_ t: ONNXTensor, bytes: Int, fail: (String) -> FormatError) throws -> TensorStorage {
        var location: String?, offset = 0, length: Int?
        for (key, value) in t.externalData {
            switch key {
            case "location": location = value
            case "offset":
                guard let v = Int(value), v >= 0 else { throw fail("external_data offset '\(value)' is not a byte offset") }
                offset = v
            case "length":
                guard let v = Int(value), v >= 0 else { throw fail("external_data length '\(value)' is not a byte count") }
                length = v
            default: continue
            }
        }
        guard let location, !location.isEmpty else { throw fail("is stored externally but external_data gives no location") }
        guard !location.hasPrefix("/"), !location.split(separator: "/").contains("..") else {
            throw fail("external_data location '\(location)' is outside the model's folder")
        }
        if let length, length != bytes {
            throw fail("external_data length \(length) differs from the \(bytes) bytes its shape needs")
        }
        let path = folder.isEmpty ? location : "\(folder)/\(location)"
        do {
            return try FileIO.readStorage(path: path, offset: offset, count: bytes) { fail($0) }
        } catch let e as FormatError where e.message.hasPrefix("cannot open") {
            throw fail("external data file '\(location)' (\(path)) cannot be opened")
        }
    }
}
