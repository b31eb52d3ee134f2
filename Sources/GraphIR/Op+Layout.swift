/// How `pad` fills the new elements.
public enum PadMode: String, Hashable, Sendable, CaseIterable {
    /// Copies of a scalar (TensorFlow's Pad, zeros, and PadV2).
    case constant
    /// MirrorPad REFLECT: the edge is not repeated (`[1,2,3]` padded by 2 gives `3,2,[1,2,3],2,1`).
    case reflect
    /// MirrorPad SYMMETRIC: the edge is repeated (`2,1,[1,2,3],3,2`).
    case symmetric
    /// ONNX's Pad `edge`: copies of the edge element, as many as asked (`1,1,[1,2,3],3,3`).
    case edge

    /// Whether the op takes the padding value as input 1 (the other modes copy the input).
    public var takesValue: Bool {
        switch self {
        case .constant: return true
        case .reflect, .symmetric, .edge: return false
        }
    }

    /// How many elements of a dimension of `size` may be added on each side, nil for no limit:
    /// TensorFlow allows up to size - 1 for REFLECT and size for SYMMETRIC; EDGE repeats the edge
    /// any number of times but needs one (-1 marks a mode that cannot pad an empty dimension at all).
    public func maxPadding(_ size: Int) -> Int? {
        switch self {
        case .constant: return nil
        case .reflect: return size - 1
        case .symmetric: return size
        case .edge: return size > 0 ? nil : 0
        }
    }

    /// The op's name in messages: TensorFlow's MirrorPad modes, or ONNX's `edge`.
    var displayName: String {
        switch self {
        case .constant: return "Pad"
        case .reflect: return "MirrorPad REFLECT"
        case .symmetric: return "MirrorPad SYMMETRIC"
        case .edge: return "Pad EDGE"
        }
    }
}

/// How `split` cuts its axis.
public enum SplitPieces: Hashable, Sendable {
    /// `count` pieces of equal size; the axis must divide (TensorFlow's Split).
    case equal(count: Int)
    /// Pieces of the given sizes, one of which may be -1 for the rest of the axis (SplitV).
    case sizes([Int])

    public var count: Int {
        switch self {
        case .equal(let count): return count
        case .sizes(let sizes): return sizes.count
        }
    }

    /// The size of each piece for an axis of `length` (-1 entries when `length` is unknown).
    public func sizes(along length: Int) throws -> [Int] {
        guard count <= maxOutputs else { throw ShapeError("\(count) pieces are more than the \(maxOutputs) outputs an op may have") }
        switch self {
        case .equal(let count):
            guard count >= 1 else { throw ShapeError("num_split must be at least 1, got \(count)") }
            guard length >= 0 else { return Array(repeating: -1, count: count) }
            guard length % count == 0 else {
                throw ShapeError("cannot split a dimension of size \(length) into \(count) equal pieces")
            }
            return Array(repeating: length / count, count: count)
        case .sizes(let sizes):
            guard !sizes.isEmpty else { throw ShapeError("size_splits must not be empty") }
            guard sizes.filter({ $0 == -1 }).count <= 1 else { throw ShapeError("size_splits \(sizes) has more than one -1") }
            if let bad = sizes.firstIndex(where: { $0 < -1 }) {
                throw ShapeError("size_splits[\(bad)] is \(sizes[bad]); sizes must be >= 0 (or one -1)")
            }
            if let bad = sizes.first(where: { $0 > maxTensorElements }) {
                throw ShapeError("size_splits entry \(bad) is more than 2^36")
            }
            let known = sizes.filter { $0 >= 0 }.reduce(0, +)
            guard length >= 0 else { return sizes }
            if let rest = sizes.firstIndex(of: -1) {
                guard known <= length else {
                    throw ShapeError("size_splits \(sizes) take more than the \(length) elements of the dimension")
                }
                var resolved = sizes
                resolved[rest] = length - known
                return resolved
            }
            guard known == length else {
                throw ShapeError("size_splits \(sizes) add up to \(known), but the dimension has \(length) elements")
            }
            return sizes
        }
    }
}

// Shape rules of the layout ops, one function per op, called from `inferTypes`.

/// Most outputs one node may have (Split's and Unpack's pieces): a GraphDef asking for 2^40 is
/// refused before anything is allocated per output.
public let maxOutputs = 1 << 16

func splitTypes(_ x: TensorType, axis: Int, pieces: SplitPieces) throws -> [TensorType] {
    guard let xs = x.shape else {
        _ = try pieces.sizes(along: -1)  // the pieces' own checks
        return Array(repeating: TensorType(x.dtype, nil), count: pieces.count)
    }
    try checkAxis(axis, rank: xs.count)
    return try pieces.sizes(along: xs[axis]).map { size in
        var s = xs
        s[axis] = size
        return TensorType(x.dtype, s)
    }
}

func expandDimsType(_ x: TensorType, axis: Int) throws -> TensorType {
    guard let xs = x.shape else { return TensorType(x.dtype, nil) }
    guard axis >= 0, axis <= xs.count else { throw ShapeError("axis \(axis) is out of range for inserting into rank \(xs.count)") }
    var s = xs
    s.insert(1, at: axis)
    return TensorType(x.dtype, s)
}

func tileType(_ x: TensorType, multiples: [Int]) throws -> TensorType {
    if let bad = multiples.first(where: { $0 < 0 }) { throw ShapeError("multiples must be >= 0, got \(bad)") }
    guard let xs = x.shape else { return TensorType(x.dtype, nil) }
    guard multiples.count == xs.count else {
        throw ShapeError("\(multiples.count) multiples for an input of rank \(xs.count)")
    }
    // Zero copies of anything is empty, even of a dimension not known yet.
    let out = try zip(xs, multiples).map { d, m -> Int in
        if m == 0 { return 0 }
        if d < 0 { return -1 }
        let (product, overflow) = d.multipliedReportingOverflow(by: m)
        guard !overflow, product <= maxTensorElements else { throw ShapeError("tiling \(formatShape(xs)) by \(multiples) gives more than 2^36 elements") }
        return product
    }
    try checkSize(out)
    return TensorType(x.dtype, out)
}

func packType(_ inputs: [TensorType], axis: Int, count: Int) throws -> TensorType {
    guard count >= 1 else { throw ShapeError("Pack needs at least one input") }
    let joint = try sameShape(inputs)
    guard var s = joint.shape else { return TensorType(joint.dtype, nil) }
    guard axis >= 0, axis <= s.count else { throw ShapeError("axis \(axis) is out of range for stacking rank-\(s.count) inputs") }
    s.insert(count, at: axis)
    try checkSize(s)
    return TensorType(joint.dtype, s)
}

func unpackTypes(_ x: TensorType, axis: Int, count: Int) throws -> [TensorType] {
    guard count >= 0, count <= maxOutputs else { throw ShapeError("num \(count) is not between 0 and \(maxOutputs)") }
    guard var s = x.shape else { return Array(repeating: TensorType(x.dtype, nil), count: count) }
    try checkAxis(axis, rank: s.count)
    if s[axis] >= 0, s[axis] != count {
        throw ShapeError("cannot unpack dimension \(axis) of size \(s[axis]) into \(count) outputs")
    }
    s.remove(at: axis)
    return Array(repeating: TensorType(x.dtype, s), count: count)
}

func gatherGradType(_ indices: TensorType, _ dy: TensorType, axis: Int, batchDims: Int, paramsShape: [Int]) throws -> TensorType {
    _ = try checkedElementCount(paramsShape)
    let expected = try gatherType(TensorType(dy.dtype, paramsShape), indices, axis: axis, batchDims: batchDims)
    if let e = expected.shape, let g = dy.shape {
        guard e.count == g.count, zip(e, g).allSatisfy({ $0 < 0 || $1 < 0 || $0 == $1 }) else {
            throw ShapeError("dy has shape \(formatShape(g)), expected \(formatShape(e))")
        }
    }
    return TensorType(dy.dtype, paramsShape)
}

private func checkAxis(_ axis: Int, rank: Int) throws {
    guard axis >= 0, axis < rank else { throw ShapeError("axis \(axis) is out of range for rank \(rank)") }
}

/// A known shape must not pass the element limit (padding and tiling can multiply sizes).
private func checkSize(_ shape: [Int]) throws {
    if shape.allSatisfy({ $0 >= 0 }) { _ = try checkedElementCount(shape) }
}

func padType(_ x: TensorType, _ before: [Int], _ after: [Int], _ mode: PadMode, value: TensorType?) throws -> TensorType {
    guard before.count == after.count else { throw ShapeError("paddings have \(before.count) and \(after.count) entries") }
    if let bad = (before + after).first(where: { $0 < 0 }) { throw ShapeError("paddings must be non-negative, got \(bad)") }
    if let value {
        guard value.dtype == x.dtype else { throw ShapeError("constant_values is \(value.dtype) but the input is \(x.dtype)") }
        guard value.rank ?? 0 == 0 else { throw ShapeError("constant_values must be a scalar, got shape \(formatShape(value.shape))") }
    }
    // The paddings give the rank even when the input's is not known.
    guard let xs = x.shape else { return TensorType(x.dtype, Array(repeating: -1, count: before.count)) }
    guard before.count == xs.count else {
        throw ShapeError("paddings have \(before.count) rows for an input of rank \(xs.count)")
    }
    var out: [Int] = []
    for (d, size) in xs.enumerated() {
        if size >= 0, let limit = mode.maxPadding(size), max(before[d], after[d]) > limit {
            throw ShapeError(limit < 0 ? "\(mode.displayName) cannot mirror dimension \(d) of size 0"
                                       : "\(mode.displayName) pads dimension \(d) of size \(size) by (\(before[d]), \(after[d])); at most \(limit) per side")
        }
        out.append(size < 0 ? -1 : size + before[d] + after[d])
    }
    try checkSize(out)
    return TensorType(x.dtype, out)
}

/// The one type several inputs share: same dtype, same rank, no two known dimensions differing.
/// Unknown dimensions are filled from the inputs that know them.
private func sameShape(_ inputs: [TensorType], except axis: Int? = nil) throws -> TensorType {
    guard let dtype = inputs.first?.dtype else { throw ShapeError("needs at least one input") }
    var joint: [Int]?
    for (k, t) in inputs.enumerated() {
        guard t.dtype == dtype else { throw ShapeError("input \(k) is \(t.dtype) but input 0 is \(dtype)") }
        guard let s = t.shape else { continue }
        guard var j = joint else { joint = s; continue }
        guard j.count == s.count else {
            throw ShapeError("input \(k) has rank \(s.count) but the others have rank \(j.count)")
        }
        for d in j.indices where d != axis {
            if j[d] < 0 { j[d] = s[d] } else if s[d] >= 0, s[d] != j[d] {
                throw ShapeError("input \(k) has shape \(formatShape(s)), which differs from \(formatShape(j)) in dimension \(d)")
            }
        }
        joint = j
    }
    return TensorType(dtype, joint)
}

func concatType(_ inputs: [TensorType], axis: Int) throws -> TensorType {
    let joint = try sameShape(inputs, except: axis)
    guard var s = joint.shape else { return joint }
    guard !s.isEmpty else { throw ShapeError("cannot concatenate scalars (use Pack)") }
    try checkAxis(axis, rank: s.count)
    // The inputs' lengths along the axis add up; one unknown length makes the sum unknown.
    var total = 0
    for t in inputs {
        guard let length = t.shape?[axis], length >= 0 else { total = -1; break }
        total += length
    }
    s[axis] = total
    try checkSize(s)
    return TensorType(joint.dtype, s)
}

/// Squeeze as TensorFlow's shape function: an unknown dimension named in `axes` is taken to be 1;
/// with no axes, an unknown dimension makes the result unknown until shapes are known.
func squeezedShape(_ shape: [Int]?, axes: [Int]) throws -> [Int]? {
    guard let shape else { return nil }
    for a in axes { try checkAxis(a, rank: shape.count) }
    if axes.isEmpty {
        guard shape.allSatisfy({ $0 >= 0 }) else { return nil }
        return shape.filter { $0 != 1 }
    }
    var out: [Int] = []
    for (d, size) in shape.enumerated() {
        guard axes.contains(d) else { out.append(size); continue }
        if size >= 0, size != 1 { throw ShapeError("cannot squeeze dimension \(d) of size \(size)") }
    }
    return out
}

/// Slice's output shape: `size[d]` elements from `begin[d]`, -1 meaning the rest of the dimension.
func sliceSizes(_ shape: [Int]?, begin: [Int], size: [Int]) throws -> [Int]? {
    guard begin.count == size.count else { throw ShapeError("begin has \(begin.count) entries but size has \(size.count)") }
    if let bad = begin.first(where: { $0 < 0 }) { throw ShapeError("begin must be >= 0, got \(bad)") }
    if let bad = size.first(where: { $0 < -1 }) { throw ShapeError("size must be >= 0 or -1, got \(bad)") }
    guard let shape else { return nil }
    guard begin.count == shape.count else { throw ShapeError("\(begin.count) begin entries for an input of rank \(shape.count)") }
    return try shape.indices.map { d in
        guard shape[d] >= 0 else { return size[d] }
        guard begin[d] <= shape[d] else { throw ShapeError("begin[\(d)] = \(begin[d]) is beyond dimension \(d) of size \(shape[d])") }
        let length = size[d] == -1 ? shape[d] - begin[d] : size[d]
        guard length <= shape[d] - begin[d] else {
            throw ShapeError("slice of \(length) elements from \(begin[d]) passes the end of dimension \(d) of size \(shape[d])")
        }
        return length
    }
}

func gatherType(_ params: TensorType, _ indices: TensorType, axis: Int, batchDims: Int) throws -> TensorType {
    guard indices.dtype.isInteger else { throw ShapeError("indices must be int32 or int64, got \(indices.dtype)") }
    guard batchDims >= 0, batchDims <= axis else {
        throw ShapeError("batch_dims \(batchDims) must be between 0 and the axis \(axis)")
    }
    guard let ps = params.shape, let ids = indices.shape else { return TensorType(params.dtype, nil) }
    try checkAxis(axis, rank: ps.count)
    guard batchDims <= ids.count else {
        throw ShapeError("batch_dims \(batchDims) is more than the rank \(ids.count) of the indices")
    }
    for d in 0..<batchDims where ps[d] >= 0 && ids[d] >= 0 && ps[d] != ids[d] {
        throw ShapeError("batch dimension \(d) is \(ps[d]) in params but \(ids[d]) in indices")
    }
    // Batch dimensions known on either side are known.
    let batch = (0..<batchDims).map { ps[$0] >= 0 ? ps[$0] : ids[$0] }
    let out = batch + Array(ps[batchDims..<axis]) + Array(ids[batchDims...]) + Array(ps[(axis + 1)...])
    try checkSize(out)
    return TensorType(params.dtype, out)
}
