import Formats
import GraphIR

/// Datasets stored as two NumPy `.npy` files: images and labels.
public enum NPYDataset {
    /// Loads `images` and `labels` (`.npy` files, through Formats' NPY reader).
    ///
    /// Images: float32 is used as stored (assumed already scaled); float64 is narrowed to
    /// float32; int32/int64 must hold pixel values 0-255 and are scaled by `scaling`.
    /// `imageShape`, when given, reshapes each image (e.g. `[28,28,1]` for a `[N,784]` file).
    /// Labels: int32 or int64 `[N]`, converted to int32 and checked to be in `0..<classCount`
    /// (nil accepts any int32). (NumPy uint8 arrays are not read by Formats' NPY: save them as int32.)
    public static func load(images imagesPath: String, labels labelsPath: String, scaling: PixelScaling = .unitInterval,
                            imageShape: [Int]? = nil, classCount: Int? = 10) throws -> Dataset {
        let images = try loadImages(path: imagesPath, scaling: scaling, imageShape: imageShape)
        let labels = try loadLabels(path: labelsPath, classCount: classCount)
        guard images.shape[0] == labels.shape[0] else {
            throw FormatError(file: imagesPath, "\(images.shape[0]) images, but \(labelsPath) has \(labels.shape[0]) labels")
        }
        do { return try Dataset(images: images, labels: labels) } catch let e as DatasetError {
            throw FormatError(file: imagesPath, e.message)
        }
    }

    /// The images of an `.npy` file as float32 `[N, ...]` (see `load`).
    public static func loadImages(path: String, scaling: PixelScaling = .unitInterval, imageShape: [Int]? = nil) throws -> Tensor {
        let raw = try NPY.read(path: path)
        guard let count = raw.shape.first else { throw FormatError(file: path, "images must have rank >= 1, this array is a scalar") }
        var images: Tensor
        switch raw.dtype {
        case .float32:
            images = raw
        case .float64:
            images = Tensor(shape: raw.shape, floats: raw.scalars(as: Double.self).map { Float($0) })
        case .int32, .int64:
            var pixels = [UInt8](repeating: 0, count: raw.elementCount)
            for i in 0..<raw.elementCount {
                let v = raw.int(at: i)
                guard v >= 0, v <= 255 else {
                    throw FormatError(file: path, "pixel \(v) at flat index \(i) is outside 0...255 (integer images hold raw pixels)")
                }
                pixels[i] = UInt8(v)
            }
            images = try Tensor(dtype: .float32, shape: raw.shape, bytes: scaling.floatBytes(pixels))
        case .bool:
            throw FormatError(file: path, "bool images are not supported (expected float32, float64, int32 or int64)")
        }
        if let imageShape {
            do { images = try images.reshaped([count] + imageShape) } catch let e as ShapeError {
                throw FormatError(file: path, "cannot reshape \(formatShape(raw.shape)) to \(formatShape([count] + imageShape)): \(e.message)")
            }
        }
        return images
    }

    /// The labels of an `.npy` file as int32 `[N]` (see `load`).
    public static func loadLabels(path: String, classCount: Int? = 10) throws -> Tensor {
        let raw = try NPY.read(path: path)
        guard raw.shape.count == 1 else {
            throw FormatError(file: path, "labels must have shape [N], this array is \(raw.dtype)\(formatShape(raw.shape))")
        }
        guard raw.dtype.isInteger else {
            throw FormatError(file: path, "labels must be int32 or int64, this array is \(raw.dtype)")
        }
        var labels = [Int32](repeating: 0, count: raw.elementCount)
        for i in 0..<raw.elementCount {
            let v = raw.int(at: i)
            if let classCount, v < 0 || v >= classCount {
                throw FormatError(file: path, "label \(v) at index \(i) is outside 0..<\(classCount)")
            }
            guard let label = Int32(exactly: v) else { throw FormatError(file: path, "label \(v) at index \(i) does not fit in int32") }
            labels[i] = label
        }
        return Tensor(shape: [raw.elementCount], int32s: labels)
    }
}
