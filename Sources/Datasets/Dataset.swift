import GraphIR

/// Examples as two tensors whose first dimension counts them: images (e.g. float32 `[N,28,28,1]`)
/// and labels (e.g. int32 `[N]`). Splitting, shuffling and batching only copy bytes.
public struct Dataset: Hashable, Sendable {
    public let images: Tensor
    public let labels: Tensor

    /// Pairs images and labels; both need rank >= 1 and the same first dimension.
    public init(images: Tensor, labels: Tensor) throws {
        guard let n = images.shape.first else { throw DatasetError("images must have rank >= 1, got a scalar") }
        guard let m = labels.shape.first else { throw DatasetError("labels must have rank >= 1, got a scalar") }
        guard n == m else { throw DatasetError("\(n) images but \(m) labels") }
        self.images = images
        self.labels = labels
    }

    /// Number of examples.
    public var count: Int { images.shape.first ?? 0 }

    /// Examples `range` (copied), e.g. `0..<50000`.
    public func slice(_ range: Range<Int>) throws -> Dataset {
        guard range.lowerBound >= 0, range.upperBound <= count else {
            throw DatasetError("examples \(range.lowerBound)..<\(range.upperBound) are outside 0..<\(count)")
        }
        return try Dataset(images: rows(of: images, range), labels: rows(of: labels, range))
    }

    /// Examples at `indices`, in that order (copied).
    public func gathering(_ indices: [Int]) throws -> Dataset {
        if let bad = indices.first(where: { $0 < 0 || $0 >= count }) {
            throw DatasetError("example \(bad) is outside 0..<\(count)")
        }
        return try Dataset(images: rows(of: images, indices), labels: rows(of: labels, indices))
    }

    /// The first `count - validationCount` examples for training and the last `validationCount`
    /// for validation: `split(validationCount: 10000)` of MNIST's 60,000 training images is the
    /// classic 50,000 / 10,000 split of `mnist.pkl.gz` the seeds use.
    public func split(validationCount: Int) throws -> (train: Dataset, validation: Dataset) {
        guard validationCount >= 0, validationCount <= count else {
            throw DatasetError("cannot hold out \(validationCount) of \(count) examples for validation")
        }
        return try (slice(0..<(count - validationCount)), slice((count - validationCount)..<count))
    }

    /// `split(validationCount:)` with the last `evalSize` fraction (rounded) held out, as
    /// nolearn's `TrainSplit(eval_size=0.25)` (which also stratifies; this takes the tail).
    public func split(evalSize: Double) throws -> (train: Dataset, validation: Dataset) {
        guard evalSize >= 0, evalSize <= 1 else { throw DatasetError("evalSize \(evalSize) is not in [0, 1]") }
        return try split(validationCount: Int((Double(count) * evalSize).rounded()))
    }

    /// The examples in the order `seededPermutation(count:seed:)` gives.
    public func shuffled(seed: UInt64) throws -> Dataset {
        try gathering(seededPermutation(count: count, seed: seed))
    }

    /// The same examples with each image reshaped to `imageShape` (same element count), e.g.
    /// `[1,28,28]` to turn NHWC single-channel images into NCHW.
    public func reshapingImages(to imageShape: [Int]) throws -> Dataset {
        do {
            return try Dataset(images: images.reshaped([count] + imageShape), labels: labels)
        } catch let e as ShapeError {
            throw DatasetError("cannot reshape images \(formatShape(images.shape)) to \(formatShape([count] + imageShape)): \(e.message)")
        }
    }

    /// The same examples with single-channel images in `layout`.
    public func withLayout(_ layout: ImageLayout) throws -> Dataset {
        let dims = imageDims
        return try reshapingImages(to: Array(layout.shape(count: count, imageDims: dims).dropFirst()))
    }

    /// Image dimensions without the batch and (single) channel dimensions: `[28,28]`.
    private var imageDims: [Int] {
        let perImage = Array(images.shape.dropFirst())
        if perImage.count == 3, perImage.last == 1 { return Array(perImage.dropLast()) }
        if perImage.count == 3, perImage.first == 1 { return Array(perImage.dropFirst()) }
        return perImage
    }

    /// Batches of `size` examples in order, or in a seeded random order when `shuffle` (use a
    /// different seed per epoch, e.g. `seed + epoch`). The last batch is partial when `size` does
    /// not divide `count`. Batches are built (copied) when accessed.
    public func batches(size: Int, shuffle: Bool = false, seed: UInt64 = 0) throws -> Batches {
        guard size > 0 else { throw DatasetError("batch size must be positive, got \(size)") }
        return Batches(dataset: self, size: size, order: shuffle ? seededPermutation(count: count, seed: seed) : nil)
    }
}

/// One batch: images and labels of up to `size` examples.
public struct Batch: Hashable, Sendable {
    public let images: Tensor
    public let labels: Tensor
    /// Number of examples in this batch.
    public var count: Int { images.shape.first ?? 0 }
}

/// The batches of a dataset, built on access.
public struct Batches: RandomAccessCollection, Sendable {
    public let dataset: Dataset
    /// Examples per batch (the last one may hold fewer).
    public let size: Int
    /// Example order when shuffled.
    public let order: [Int]?

    public var startIndex: Int { 0 }
    public var endIndex: Int { (dataset.count + size - 1) / size }

    public subscript(position: Int) -> Batch {
        let range = (position * size)..<Swift.min(position * size + size, dataset.count)
        if let order {
            let indices = Array(order[range])
            return Batch(images: rows(of: dataset.images, indices), labels: rows(of: dataset.labels, indices))
        }
        return Batch(images: rows(of: dataset.images, range), labels: rows(of: dataset.labels, range))
    }
}

/// Rows `range` of `tensor` along its first dimension (the range must be valid).
func rows(of tensor: Tensor, _ range: Range<Int>) -> Tensor {
    (try? tensor.rows(range)) ?? tensor
}

/// Rows `indices` of `tensor` along its first dimension (the indices must be valid).
func rows(of tensor: Tensor, _ indices: [Int]) -> Tensor {
    let rowBytes = tensor.bytes.count / max(tensor.shape.first ?? 1, 1)
    let bytes = [UInt8](unsafeUninitializedCapacity: indices.count * rowBytes) { out, initialized in
        tensor.bytes.withUnsafeBufferPointer { src in
            guard let from = src.baseAddress, let to = out.baseAddress else { return }
            for (k, i) in indices.enumerated() {
                (to + k * rowBytes).initialize(from: from + i * rowBytes, count: rowBytes)
            }
        }
        initialized = indices.count * rowBytes
    }
    return rowTensor(tensor, count: indices.count, bytes: bytes)
}

private func rowTensor(_ tensor: Tensor, count: Int, bytes: [UInt8]) -> Tensor {
    // The shape keeps the row size, so the byte count always matches.
    var shape = tensor.shape
    shape[0] = count
    var result = tensor
    if let t = try? Tensor(dtype: tensor.dtype, shape: shape, bytes: bytes) { result = t }
    return result
}
