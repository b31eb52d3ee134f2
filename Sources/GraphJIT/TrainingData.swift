import Datasets
import Formats
import Foundation
import GraphIR

/// Labelled images: the MNIST IDX files of a directory, a Kaggle-style CSV, or `.npy` pairs.
public typealias LabelledImages = Dataset

/// Loading training data for `Trainer`.
public enum TrainingData {
    /// `path` is a directory with the four MNIST IDX files (gzipped or not), or a Kaggle-style CSV
    /// (`label,pixel0,...`; no test split). Pixels are scaled to [0, 1) as the seeds do (x / 256), or
    /// standardised with the training images' mean and standard deviation.
    public static func load(_ path: String, standardize: Bool = false) throws -> (train: LabelledImages, test: LabelledImages?) {
        let loaded = try loadScaled(path, standardize: standardize)
        return (loaded.train, loaded.test)
    }

    /// `load`, with the scaling applied to both splits (what a model trained on them expects).
    /// A CSV is standardised with the statistics of all its images.
    public static func loadScaled(_ path: String, standardize: Bool = false)
        throws -> (train: LabelledImages, test: LabelledImages?, scaling: PixelScaling) {
        try checkPath(path)
        if isCSV(path) {
            let contents = try KaggleCSV.read(path: path)
            guard let labels = contents.labels else {
                throw FormatError(file: path, "has no label column (its header does not start with 'label'): training and evaluation need labels")
            }
            let scaling = standardize ? PixelScaling.standardizing(contents.pixels.bytes) : .unitInterval
            return (try Dataset(images: scaling.images(contents.pixels, layout: .nhwc), labels: labels), nil, scaling)
        }
        let mnist = try MNIST.load(directory: path, normalization: standardize ? .standardized : .unitInterval)
        return (mnist.train, mnist.test, mnist.scaling)
    }

    /// The images to evaluate a model on: MNIST's test files (`t10k-...`; the training files need
    /// not be there) or a labelled CSV, scaled by `scaling`.
    public static func loadTest(_ path: String, scaling: PixelScaling = .unitInterval) throws -> LabelledImages {
        try checkPath(path)
        if isCSV(path) { return try KaggleCSV.loadDataset(path: path, scaling: scaling) }
        return try MNIST.loadTest(directory: path, scaling: scaling)
    }

    /// Throws, saying what is expected, unless `path` is a directory or a `.csv` file (`.csv.gz` too).
    public static func checkPath(_ path: String) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { return }
        if isCSV(path) {
            guard exists else { throw GraphJITError("\(path): no such file") }
            return
        }
        throw GraphJITError("\(path) is \(exists ? "a file" : "not there"): expected a directory with the MNIST IDX files "
            + "(\(MNIST.trainImagesFile), \(MNIST.trainLabelsFile), \(MNIST.testImagesFile), \(MNIST.testLabelsFile), gzipped or not) "
            + "or a labelled CSV file (label,pixel0,...,pixel783)")
    }

    private static func isCSV(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".csv.gz")
    }

    /// The batches of a dataset as (images, labels) pairs, shuffled by `seed` when asked; the last
    /// batch may be smaller.
    public static func batches(_ data: LabelledImages, size: Int, shuffle: Bool, seed: UInt64) throws -> [(images: Tensor, labels: Tensor)] {
        try data.batches(size: size, shuffle: shuffle, seed: seed).map { ($0.images, $0.labels) }
    }
}

extension Network {
    /// Writes the network's trainable graph as GraphDef text or binary by the extension, atomically.
    public func save(to path: String) throws {
        try GraphDefFile.save(try graph(), path: path)
    }

    /// The network's trainable graph as GraphDef text (what `save` writes to a `.pbtxt`).
    public func graphDefText() throws -> String {
        GraphDefExporter.graphDef(from: try graph()).textFormat
    }
}

extension Trainer {
    /// Saves every variable (parameters and optimiser state) as safetensors, with the step count,
    /// so training can resume, and the pixel scaling training used (`pixel_mean`, `pixel_std`,
    /// when it is not `x / 256`); the file is replaced atomically.
    public func saveCheckpoint(to path: String, epoch: Int, scaling: PixelScaling? = nil) throws {
        let state = try state().sorted { $0.key < $1.key }
        let metadata = ["format": "graphjit", "step": String(step), "epoch": String(epoch)]
            .merging(scaling?.metadata ?? [:]) { a, _ in a }
        try Safetensors.write(state.map { ($0.key, $0.value) }, metadata: metadata, to: path)
    }

    /// Loads a checkpoint written by `saveCheckpoint` (or parameters from any safetensors file);
    /// returns the epoch it was saved after (0 when unknown).
    @discardableResult
    public func loadCheckpoint(from path: String) throws -> Int {
        let file = try Safetensors.read(path: path)
        try load(file.tensors, step: file.metadata["step"].flatMap { Int($0) })
        return file.metadata["epoch"].flatMap { Int($0) } ?? 0
    }

    /// Writes the frozen graph (weights as Const) as GraphDef text or binary by the extension;
    /// with a standardising `scaling`, the graph standardises its [0, 1) input itself.
    public func saveFrozenGraph(to path: String, standardizing scaling: PixelScaling? = nil) throws {
        try GraphDefFile.save(try frozenGraph(standardizing: scaling), path: path)
    }
}
