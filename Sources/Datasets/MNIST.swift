#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Formats
import GraphIR

/// The MNIST digits from the canonical IDX files (gzipped or not), as float32 images and int32
/// labels. Pixels are scaled at load time (see `PixelNormalization`).
public struct MNIST: Hashable, Sendable {
    /// The 60,000 training examples (`split(validationCount: 10000)` gives the seeds' 50,000 / 10,000).
    public var train: Dataset
    /// The 10,000 test examples.
    public var test: Dataset
    /// The scaling applied to both splits; apply it to new images (e.g. a Kaggle test CSV) too.
    public var scaling: PixelScaling

    /// The four canonical file names, without `.gz`.
    public static let trainImagesFile = "train-images-idx3-ubyte"
    public static let trainLabelsFile = "train-labels-idx1-ubyte"
    public static let testImagesFile = "t10k-images-idx3-ubyte"
    public static let testLabelsFile = "t10k-labels-idx1-ubyte"

    /// Loads the four canonical files from `directory`, each as `NAME.gz` or `NAME`.
    /// Images are float32 in `layout` (`[N,28,28,1]` by default), labels int32 `[N]` in `0..<classCount`.
    /// With `.standardized` the statistics come from the training images only.
    public static func load(directory: String, normalization: PixelNormalization = .unitInterval,
                            layout: ImageLayout = .nhwc, classCount: Int = 10) throws -> MNIST {
        let trainImagesPath = try locate(trainImagesFile, in: directory)
        let trainLabelsPath = try locate(trainLabelsFile, in: directory)
        let testImagesPath = try locate(testImagesFile, in: directory)
        let testLabelsPath = try locate(testLabelsFile, in: directory)

        let trainPixels = try readImages(path: trainImagesPath)
        let testPixels = try readImages(path: testImagesPath)
        let scaling: PixelScaling
        switch normalization {
        case .unitInterval: scaling = .unitInterval
        case .standardized: scaling = .standardizing(trainPixels.bytes)
        }
        let train = try dataset(images: trainPixels, imagesPath: trainImagesPath,
                                labels: readLabels(path: trainLabelsPath, classCount: classCount), labelsPath: trainLabelsPath,
                                scaling: scaling, layout: layout)
        let test = try dataset(images: testPixels, imagesPath: testImagesPath,
                               labels: readLabels(path: testLabelsPath, classCount: classCount), labelsPath: testLabelsPath,
                               scaling: scaling, layout: layout)
        return MNIST(train: train, test: test, scaling: scaling)
    }

    /// Loads only the test files (`t10k-...`, each as `NAME.gz` or `NAME`) from `directory`, for
    /// evaluating a trained model where the training files are not needed (or not there).
    public static func loadTest(directory: String, scaling: PixelScaling = .unitInterval,
                                layout: ImageLayout = .nhwc, classCount: Int = 10) throws -> Dataset {
        try load(images: locate(testImagesFile, in: directory), labels: locate(testLabelsFile, in: directory),
                 scaling: scaling, layout: layout, classCount: classCount)
    }

    /// Loads one pair of image and label files (IDX, gzipped or not) as a dataset.
    public static func load(images imagesPath: String, labels labelsPath: String, scaling: PixelScaling = .unitInterval,
                            layout: ImageLayout = .nhwc, classCount: Int = 10) throws -> Dataset {
        try dataset(images: readImages(path: imagesPath), imagesPath: imagesPath,
                    labels: readLabels(path: labelsPath, classCount: classCount), labelsPath: labelsPath,
                    scaling: scaling, layout: layout)
    }

    /// The raw pixels of an IDX image file: unsigned bytes of rank >= 2 (`[N,28,28]` for MNIST).
    public static func readImages(path: String) throws -> ByteTensor {
        let pixels = try IDX.read(path: path)
        guard pixels.shape.count >= 2 else {
            throw FormatError(file: path, "an IDX image file needs rank >= 2 ([N,28,28], magic 0x00000803), this one has rank \(pixels.shape.count)")
        }
        return pixels
    }

    /// The labels of an IDX label file (magic 0x00000801) as int32 `[N]`, each checked to be in
    /// `0..<classCount` (pass nil to accept any byte).
    public static func readLabels(path: String, classCount: Int? = 10) throws -> Tensor {
        let labels = try IDX.read(path: path, rank: 1)
        if let classCount, let bad = labels.bytes.firstIndex(where: { Int($0) >= classCount }) {
            throw FormatError(file: path, "label \(labels.bytes[bad]) at index \(bad) is outside 0..<\(classCount)")
        }
        return Tensor(shape: [labels.count], int32s: labels.bytes.map { Int32($0) })
    }

    private static func dataset(images: ByteTensor, imagesPath: String, labels: Tensor, labelsPath: String,
                                scaling: PixelScaling, layout: ImageLayout) throws -> Dataset {
        guard images.count == labels.shape[0] else {
            throw FormatError(file: imagesPath, "\(images.count) images, but \(labelsPath) has \(labels.shape[0]) labels")
        }
        do {
            return try Dataset(images: scaling.images(images, layout: layout), labels: labels)
        } catch let e as ShapeError {
            throw FormatError(file: imagesPath, e.message)
        }
    }

    /// `directory/NAME.gz`, else `directory/NAME`; an error naming the missing file otherwise.
    static func locate(_ name: String, in directory: String) throws -> String {
        let base = directory.isEmpty ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
        for candidate in [base + ".gz", base] where access(candidate, F_OK) == 0 {
            return candidate
        }
        throw FormatError(file: base + ".gz", "MNIST file missing (neither \(name).gz nor \(name) is in \(directory))")
    }
}
