import GraphIR

// Pad, MirrorPad, Concat, Split, Tile, Pack and Unpack, element by element: each output element
// is found by asking where it comes from, which is the definition of each op.

/// A tensor of `shape` whose element at each multi-index is `x`'s element at the flat position
/// `source(index)`, or the bytes of `fill` when `source` gives nil.
func remapped(_ x: Tensor, to shape: [Int], fill: [UInt8]? = nil, _ source: ([Int]) throws -> Int?) throws -> Tensor {
    let size = x.dtype.byteSize
    var bytes: [UInt8] = []
    bytes.reserveCapacity(shape.reduce(1, *) * size)
    for flat in 0..<shape.reduce(1, *) {
        if let at = try source(multiIndex(flat, shape)) {
            bytes += x.bytes[at * size..<(at + 1) * size]
        } else {
            guard let fill else { throw ReferenceError("internal: an element has no source and no fill") }
            bytes += fill
        }
    }
    return try Tensor(dtype: x.dtype, shape: shape, bytes: bytes)
}

/// Pads: coordinate i of a padded dimension of size n reads `i - before`, which must lie in the
/// input (else the constant), or is mirrored at the edges: REFLECT maps -1 to 1, SYMMETRIC to 0;
/// EDGE clamps into the input (-1 and -2 read 0).
func pad(_ x: Tensor, before: [Int], after: [Int], mode: PadMode, value: Tensor?) throws -> Tensor {
    guard before.count == x.shape.count, after.count == x.shape.count else { throw ReferenceError("paddings do not match the rank") }
    let shape = x.shape.indices.map { x.shape[$0] + before[$0] + after[$0] }
    let strides = rowMajorStrides(x.shape)
    return try remapped(x, to: shape, fill: value?.bytes) { index in
        var at = 0
        for d in index.indices {
            var i = index[d] - before[d]
            let n = x.shape[d]
            switch mode {
            case .constant:
                if i < 0 || i >= n { return nil }
            case .reflect:
                if i < 0 { i = -i } else if i >= n { i = 2 * (n - 1) - i }
            case .symmetric:
                if i < 0 { i = -i - 1 } else if i >= n { i = 2 * n - 1 - i }
            case .edge:
                i = min(max(i, 0), n - 1)
            }
            guard i >= 0, i < n else { throw ReferenceError("padding \(before[d]), \(after[d]) is too large for dimension \(d) of size \(n)") }
            at += i * strides[d]
        }
        return at
    }
}

/// The inputs joined along `axis`: coordinate i on the axis belongs to the first input whose
/// running length passes it.
func concat(_ xs: [Tensor], axis: Int) throws -> Tensor {
    guard let first = xs.first, axis >= 0, axis < first.shape.count else { throw ReferenceError("bad concat axis \(axis)") }
    var shape = first.shape
    shape[axis] = xs.reduce(0) { $0 + $1.shape[axis] }
    let size = first.dtype.byteSize
    var bytes: [UInt8] = []
    for flat in 0..<shape.reduce(1, *) {
        var index = multiIndex(flat, shape)
        var k = 0
        while index[axis] >= xs[k].shape[axis] {
            index[axis] -= xs[k].shape[axis]
            k += 1
        }
        let at = flatIndex(index, rowMajorStrides(xs[k].shape)) * size
        bytes += xs[k].bytes[at..<at + size]
    }
    return try Tensor(dtype: first.dtype, shape: shape, bytes: bytes)
}

/// Consecutive pieces of `sizes` elements along `axis`.
func split(_ x: Tensor, axis: Int, sizes: [Int]) throws -> [Tensor] {
    guard axis >= 0, axis < x.shape.count, sizes.reduce(0, +) == x.shape[axis], sizes.allSatisfy({ $0 >= 0 }) else {
        throw ReferenceError("cannot split \(x.shape) into \(sizes) along \(axis)")
    }
    let strides = rowMajorStrides(x.shape)
    var offset = 0
    return try sizes.map { size in
        var shape = x.shape
        shape[axis] = size
        let start = offset
        offset += size
        return try remapped(x, to: shape) { index in
            var i = index
            i[axis] += start
            return flatIndex(i, strides)
        }
    }
}

/// Each output coordinate reads the input at the coordinate modulo the input's size.
func tile(_ x: Tensor, multiples: [Int]) throws -> Tensor {
    guard multiples.count == x.shape.count else { throw ReferenceError("multiples do not match the rank") }
    let shape = zip(x.shape, multiples).map(*)
    let strides = rowMajorStrides(x.shape)
    return try remapped(x, to: shape) { index in flatIndex(zip(index, x.shape).map { $0 % $1 }, strides) }
}

/// Input k at position k of a new dimension `axis`.
func pack(_ xs: [Tensor], axis: Int) throws -> Tensor {
    guard let first = xs.first, axis >= 0, axis <= first.shape.count, xs.allSatisfy({ $0.shape == first.shape }) else {
        throw ReferenceError("bad pack")
    }
    var shape = first.shape
    shape.insert(xs.count, at: axis)
    let size = first.dtype.byteSize
    let strides = rowMajorStrides(first.shape)
    var bytes: [UInt8] = []
    for flat in 0..<shape.reduce(1, *) {
        var index = multiIndex(flat, shape)
        let k = index.remove(at: axis)
        let at = flatIndex(index, strides) * size
        bytes += xs[k].bytes[at..<at + size]
    }
    return try Tensor(dtype: first.dtype, shape: shape, bytes: bytes)
}

/// Output k is the input at position k of dimension `axis`, which it no longer has.
func unpack(_ x: Tensor, axis: Int) throws -> [Tensor] {
    guard axis >= 0, axis < x.shape.count else { throw ReferenceError("bad unpack axis \(axis)") }
    var shape = x.shape
    shape.remove(at: axis)
    let strides = rowMajorStrides(x.shape)
    return try (0..<x.shape[axis]).map { k in
        try remapped(x, to: shape) { index in
            var i = index
            i.insert(k, at: axis)
            return flatIndex(i, strides)
        }
    }
}
