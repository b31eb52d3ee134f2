import Formats
import GraphIR

/// Tensors in NumPy `.npy` files, and atomic saving of anything a user keeps.
public enum TensorFile {
    /// Reads a `.npy` file (float32/64, int32/64, bool; C order, little-endian).
    public static func read(path: String) throws -> Tensor {
        try NPY.read(path: path)
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
