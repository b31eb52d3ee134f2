import Formats
import GraphIR
import ONNX

/// Tensors in NumPy `.npy` files, and atomic saving of anything a user keeps.
public enum TensorFile {
    /// Reads a `.npy` file (float32/64, int32/64, bool; C order, little-endian), or an ONNX
    /// TensorProto (`.pb`, as ONNX's test data stores inputs): told apart by NumPy's magic bytes.
    public static func read(path: String) throws -> Tensor {
        let head = try FileIO.readPrefix(path: path, count: 6)
        if path.lowercased().hasSuffix(".npy") || head.elementsEqual([0x93] + Array("NUMPY".utf8)) {
            return try NPY.read(path: path)
        }
        return try ONNXFile.readTensor(path: path)
    }

    /// Writes a `.npy` file NumPy loads; the old file stays intact if writing fails.
    public static func write(_ tensor: Tensor, to path: String) throws {
        try NPY.write(tensor, path: path)
    }

    /// Writes raw bytes atomically (temporary file in the same folder, then rename).
    public static func writeBytes(_ bytes: [UInt8], to path: String) throws {
        try FileIO.writeAtomically(bytes, to: path)
    }
}
