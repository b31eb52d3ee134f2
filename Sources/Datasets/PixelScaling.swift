import GraphIR

/// How images are laid out in a dataset's image tensor. With one channel NHWC and NCHW hold the
/// same bytes, so converting between them is a reshape.
public enum ImageLayout: String, Hashable, Sendable, CaseIterable {
    /// `[N,H,W,1]`: TensorFlow's default.
    case nhwc
    /// `[N,1,H,W]`: Theano/Lasagne's "bc01", as the seed networks declare `input_shape=(None, 1, 28, 28)`.
    case nchw
    /// `[N,H*W]`: for dense networks.
    case flat

    /// The tensor shape of `count` single-channel images whose per-image dimensions are `dims`.
    public func shape(count: Int, imageDims dims: [Int]) -> [Int] {
        switch self {
        case .nhwc: return [count] + dims + [1]
        case .nchw: return [count, 1] + dims
        case .flat: return [count, dims.reduce(1, *)]
        }
    }
}

/// Which pixel scaling a loader uses.
public enum PixelNormalization: Hashable, Sendable {
    /// `pixel / 256`, in [0, 255/256]: the values of `mnist.pkl.gz`, the file seeds 002 and 003
    /// load (its training images have maximum 0.99609375 = 255/256).
    case unitInterval
    /// `(pixel / 256 - mean) / std` with the mean and (population) standard deviation of all
    /// training pixels, as seed 001 normalises (`X -= X.mean(); X /= X.std()`). The test split is
    /// scaled with the training statistics.
    case standardized
}

/// The load-time conversion of pixel bytes to float32: `(pixel / 256 - mean) / std`.
/// This is data loading, not model math: it runs once per file, through a 256-entry table.
public struct PixelScaling: Hashable, Sendable {
    /// Subtracted after dividing by 256.
    public var mean: Double
    /// Divides after subtracting the mean.
    public var std: Double

    public init(mean: Double, std: Double) {
        self.mean = mean
        self.std = std
    }

    /// `pixel / 256`.
    public static let unitInterval = PixelScaling(mean: 0, std: 1)

    /// Scaling to zero mean and unit standard deviation over `pixels` (a constant image gets std 1).
    public static func standardizing(_ pixels: [UInt8]) -> PixelScaling {
        var histogram = [Int](repeating: 0, count: 256)
        pixels.withUnsafeBufferPointer { for p in $0 { histogram[Int(p)] += 1 } }
        let n = Double(max(pixels.count, 1))
        let mean = histogram.indices.reduce(0.0) { $0 + Double(histogram[$1]) * Double($1) / 256 } / n
        let variance = histogram.indices.reduce(0.0) {
            let d = Double($1) / 256 - mean
            return $0 + Double(histogram[$1]) * d * d
        } / n
        let std = variance.squareRoot()
        return PixelScaling(mean: mean, std: std > 0 ? std : 1)
    }

    /// The float32 value of each of the 256 pixel values.
    public var table: [Float] { (0..<256).map { Float((Double($0) / 256 - mean) / std) } }

    /// `pixels` (shape `[N, dims...]`) as a float32 tensor laid out as `layout`.
    public func images(_ pixels: ByteTensor, layout: ImageLayout) throws -> Tensor {
        let shape = layout.shape(count: pixels.count, imageDims: Array(pixels.shape.dropFirst()))
        return try Tensor(dtype: .float32, shape: shape, bytes: floatBytes(pixels.bytes))
    }

    /// The little-endian float32 bytes of `pixels`, scaled.
    public func floatBytes(_ pixels: [UInt8]) -> [UInt8] {
        let lookup = table
        return [UInt8](unsafeUninitializedCapacity: pixels.count * 4) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            lookup.withUnsafeBufferPointer { lut in
                pixels.withUnsafeBufferPointer { src in
                    for i in 0..<src.count {
                        raw.storeBytes(of: lut[Int(src[i])], toByteOffset: i * 4, as: Float.self)
                    }
                }
            }
            initialized = pixels.count * 4
        }
    }
}
