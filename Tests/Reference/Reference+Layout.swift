import GraphIR

/// The input repeated along broadcast axes to `shape`.
func broadcastTo(_ x: Tensor, _ shape: [Int]) throws -> Tensor {
    let size = x.dtype.byteSize, source = x.bytes
    var bytes: [UInt8] = []
    for flat in 0..<shape.reduce(1, *) {
        let at = broadcastOffset(flat, shape, x.shape) * size
        bytes += source[at..<at + size]
    }
    return try Tensor(dtype: x.dtype, shape: shape, bytes: bytes)
}

/// Output dimension d is input dimension `perm[d]`.
func transpose(_ x: Tensor, _ perm: [Int]) throws -> Tensor {
    guard perm.sorted() == Array(x.shape.indices) else { throw ReferenceError("\(perm) is not a permutation of the axes") }
    let shape = perm.map { x.shape[$0] }
    let strides = rowMajorStrides(x.shape)
    let size = x.dtype.byteSize, source = x.bytes
    var bytes: [UInt8] = []
    for flat in 0..<shape.reduce(1, *) {
        let index = multiIndex(flat, shape)
        let at = zip(index, perm).reduce(0) { $0 + $1.0 * strides[$1.1] } * size
        bytes += source[at..<at + size]
    }
    return try Tensor(dtype: x.dtype, shape: shape, bytes: bytes)
}

/// Element order reversed along each of `axes` (ReverseV2): output index i reads input index
/// `n - 1 - i` on those axes.
func reverse(_ x: Tensor, axes: [Int]) throws -> Tensor {
    guard axes.allSatisfy({ x.shape.indices.contains($0) }), Set(axes).count == axes.count else {
        throw ReferenceError("axes \(axes) are not distinct axes of rank \(x.shape.count)")
    }
    let strides = rowMajorStrides(x.shape)
    let size = x.dtype.byteSize, source = x.bytes
    var bytes: [UInt8] = []
    for flat in 0..<x.elementCount {
        let index = multiIndex(flat, x.shape)
        let at = index.indices.reduce(0) { sum, d in
            sum + (axes.contains(d) ? x.shape[d] - 1 - index[d] : index[d]) * strides[d]
        } * size
        bytes += source[at..<at + size]
    }
    return try Tensor(dtype: x.dtype, shape: x.shape, bytes: bytes)
}

/// Index of the largest element along `axis`; the first on ties. NaN counts as larger than any
/// number, so the first NaN wins (as NaN-propagating max would pick it).
func argMax(_ x: Tensor, axis: Int, outputType: DType) throws -> Tensor {
    guard axis >= 0, axis < x.shape.count, x.shape[axis] > 0 else { throw ReferenceError("bad ArgMax axis \(axis)") }
    var shape = x.shape
    let length = shape.remove(at: axis)
    let inner = x.shape[(axis + 1)...].reduce(1, *)
    let (values, ints) = (doubles(x), int64s(x))
    let result = (0..<shape.reduce(1, *)).map { flat -> Int64 in
        let (o, i) = (flat / inner, flat % inner)
        let at = { (k: Int) in (o * length + k) * inner + i }
        var best = 0
        for k in 1..<max(length, 1) {
            if x.dtype.isFloatingPoint {
                let (v, current) = (values[at(k)], values[at(best)])
                if v > current || (v.isNaN && !current.isNaN) { best = k }
            } else if ints[at(k)] > ints[at(best)] {
                best = k
            }
        }
        return Int64(best)
    }
    return try tensor(outputType, shape, int64s: result)
}
