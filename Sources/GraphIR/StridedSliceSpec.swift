/// TensorFlow's `StridedSlice` as written in a graph: one `begin`, `end` and `strides` entry per
/// slice-spec item and five bit masks over the items. Kept in this sparse form because what it
/// means depends on the input's shape (negative indices, clamping, how many dimensions an
/// ellipsis stands for); `resolve` turns it into one range per input dimension, as TensorFlow's
/// `ValidateStridedSliceOp` does.
public struct StridedSliceSpec: Hashable, Sendable {
    public var begin: [Int]
    public var end: [Int]
    public var strides: [Int]
    /// Bit i set: item i's begin is ignored (the start of the dimension, the end for negative strides).
    public var beginMask: Int
    /// Bit i set: item i's end is ignored (the end of the dimension, the start for negative strides).
    public var endMask: Int
    /// Bit i set: item i is `...`, as many full dimensions as the other items leave.
    public var ellipsisMask: Int
    /// Bit i set: item i inserts a dimension of size 1 (`tf.newaxis`).
    public var newAxisMask: Int
    /// Bit i set: item i takes the single index `begin[i]` and drops the dimension (`x[3]`).
    public var shrinkAxisMask: Int

    public init(begin: [Int], end: [Int], strides: [Int], beginMask: Int = 0, endMask: Int = 0,
                ellipsisMask: Int = 0, newAxisMask: Int = 0, shrinkAxisMask: Int = 0) {
        self.begin = begin
        self.end = end
        self.strides = strides
        self.beginMask = beginMask
        self.endMask = endMask
        self.ellipsisMask = ellipsisMask
        self.newAxisMask = newAxisMask
        self.shrinkAxisMask = shrinkAxisMask
    }

    /// TensorFlow reads the masks as int32; bits past the last item are ignored, as there.
    public static let maskRange = Int(Int32.min)...Int(Int32.max)

    private static func bit(_ mask: Int, _ i: Int) -> Bool { i < 32 && (mask >> i) & 1 == 1 }

    /// The slice per input dimension and the output shape, for an input of `shape` (nil when the
    /// input's rank is unknown). Throws for a spec TensorFlow refuses: items of different lengths,
    /// 32 or more items, masks outside int32, more than one ellipsis, more items than dimensions, a
    /// zero stride, a shrunk index out of range or with a non-positive stride.
    public func resolve(_ shape: [Int]?) throws -> ResolvedSlice? {
        let n = strides.count
        guard begin.count == n, end.count == n else {
            throw ShapeError("begin, end and strides must have the same length, got \(begin.count), \(end.count) and \(n)")
        }
        guard n < 32 else { throw ShapeError("a slice spec has at most 31 entries (32-bit masks), got \(n)") }
        for (name, mask) in [("begin_mask", beginMask), ("end_mask", endMask), ("ellipsis_mask", ellipsisMask),
                             ("new_axis_mask", newAxisMask), ("shrink_axis_mask", shrinkAxisMask)]
        where !Self.maskRange.contains(mask) {
            throw ShapeError("\(name) \(mask) does not fit in int32")
        }
        let ellipsisBits = UInt32(truncatingIfNeeded: ellipsisMask)
        guard ellipsisBits & (ellipsisBits &- 1) == 0 else {
            throw ShapeError("ellipsis_mask \(ellipsisMask) has more than one bit set: a slice has at most one ellipsis")
        }
        guard let shape else { return nil }
        let rank = shape.count

        // Items: the given ones, plus an ellipsis at the end when there is none (it takes the
        // dimensions the items leave). New axes after the ellipsis are not input dimensions.
        var ellipsisSeen = false, newAxesAfterEllipsis = 0
        for i in 0..<n {
            if ellipsisSeen && Self.bit(newAxisMask, i) { newAxesAfterEllipsis += 1 }
            if Self.bit(ellipsisMask, i) { ellipsisSeen = true }
        }
        let items = ellipsisSeen ? n : n + 1
        func isEllipsis(_ i: Int) -> Bool { i == n ? !ellipsisSeen : Self.bit(ellipsisMask, i) }

        // Dense form: one range per input dimension. Dimensions no item reaches keep stride 0,
        // which the check below refuses (as TensorFlow's zero-initialised dense spec).
        var dBegin = Array(repeating: 0, count: rank), dEnd = dBegin, dStride = dBegin
        var dBeginMasked = Array(repeating: false, count: rank), dEndMasked = dBeginMasked, dShrink = dBeginMasked
        var outputDims: [OutputDimension] = []
        var dim = 0
        for i in 0..<items {
            if isEllipsis(i) {
                let stop = min(rank - (items - i) + 1 + newAxesAfterEllipsis, rank)
                while dim < stop {
                    (dStride[dim], dBeginMasked[dim], dEndMasked[dim]) = (1, true, true)
                    outputDims.append(.input(dim))
                    dim += 1
                }
            } else if Self.bit(newAxisMask, i) {
                outputDims.append(.newAxis)
            } else {
                guard dim < rank else {
                    throw ShapeError("slice entry \(i) needs input dimension \(dim) but the input has rank \(rank)")
                }
                (dBegin[dim], dEnd[dim], dStride[dim]) = (begin[i], end[i], strides[i])
                dBeginMasked[dim] = Self.bit(beginMask, i)
                dEndMasked[dim] = Self.bit(endMask, i)
                dShrink[dim] = Self.bit(shrinkAxisMask, i)
                if !dShrink[dim] { outputDims.append(.input(dim)) }
                dim += 1
            }
        }

        // Canonical ranges, clamped to the dimension as Python slices are; a shrunk dimension takes
        // exactly one element and its index must exist.
        var first = Array(repeating: 0, count: rank), sizes = first
        for d in 0..<rank {
            let stride = dStride[d]
            guard stride != 0 else { throw ShapeError("strides[\(d)] must be non-zero") }
            let size = shape[d]
            if dShrink[d] && stride < 0 {
                throw ShapeError("dimension \(d) takes a single index and needs a positive stride, got \(stride)")
            }
            guard size >= 0 else {
                sizes[d] = dShrink[d] ? 1 : -1
                continue
            }
            let b: Int, e: Int
            if dShrink[d] {
                let index = dBegin[d] < 0 ? size + dBegin[d] : dBegin[d]
                guard index >= 0, index < size else {
                    throw ShapeError("index \(dBegin[d]) is out of range for dimension \(d) of size \(size)")
                }
                (b, e) = (index, index + 1)
            } else {
                // Valid positions: [0, size] going forwards, [-1, size - 1] going backwards.
                let (low, high) = stride > 0 ? (0, size) : (-1, size - 1)
                func canonical(_ x: Int, masked: Bool, isBegin: Bool) -> Int {
                    if masked { return (stride > 0) == isBegin ? low : high }
                    let forward = x < 0 ? size + x : x
                    return min(max(forward, low), high)
                }
                b = canonical(dBegin[d], masked: dBeginMasked[d], isBegin: true)
                e = canonical(dEnd[d], masked: dEndMasked[d], isBegin: false)
            }
            let interval = e - b
            first[d] = b
            if interval == 0 || (interval < 0) != (stride < 0) {
                sizes[d] = 0
            } else {
                sizes[d] = interval / stride + (interval % stride != 0 ? 1 : 0)
            }
        }
        let outShape = outputDims.map { o -> Int in
            switch o {
            case .input(let d): return sizes[d]
            case .newAxis: return 1
            }
        }
        return ResolvedSlice(begin: first, strides: dStride, sizes: sizes, shape: outShape)
    }

    private enum OutputDimension { case input(Int), newAxis }
}

/// A slice in dense form: input dimension d is read at `begin[d] + k * strides[d]` for
/// `k in 0..<sizes[d]` (-1 when the dimension is unknown); the output has `shape`, which is `sizes`
/// without the shrunk dimensions and with the new ones (the same elements in the same order).
public struct ResolvedSlice: Hashable, Sendable {
    public var begin: [Int]
    public var strides: [Int]
    public var sizes: [Int]
    public var shape: [Int]
}
