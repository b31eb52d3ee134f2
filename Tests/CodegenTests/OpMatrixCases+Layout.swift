import GraphIR

/// Cases for the layout ops: odd shapes, every attribute and mask, every dtype (the kernels only
/// move bytes, so bool too), empty dimensions, and indices out of range at run time.
extension OpMatrix {
    static func moved(_ d: DType, _ shape: [Int], constant: Bool = false) -> InputSpec {
        InputSpec(dtype: d, shape: shape, range: -100...100, constant: constant)
    }

    static var pad: [OpCase] {
        let configs: [([Int], [[Int]])] = [
            ([5], [[2, 3]]), ([3, 4], [[1, 0], [2, 3]]), ([2, 3, 4, 5], [[0, 0], [1, 1], [2, 1], [0, 0]]),
            ([2, 3, 4, 5], [[0, 0], [0, 0], [0, 0], [1, 2]]), ([1, 7, 7, 3], [[0, 0], [3, 3], [3, 3], [0, 0]]),
            ([2, 3], [[0, 0], [0, 0]]), ([], []), ([2, 0, 3], [[1, 0], [1, 1], [0, 2]]), ([3, 4], [[2, 1], [0, 0]]),
            ([2, 17], [[1, 1], [0, 5]]), ([1, 1, 9], [[0, 1], [2, 0], [0, 0]]),
        ]
        var cases: [OpCase] = []
        for (shape, p) in configs {
            for d in allTypes {
                let op = Op.pad(before: p.map { $0[0] }, after: p.map { $0[1] }, mode: .constant)
                cases.append(OpCase(name: "pad \(d)\(shapeName(shape)) \(p)", op: op,
                                    inputs: [moved(d, shape), InputSpec(dtype: d, shape: [], range: -9...9)], tolerance: .exact))
            }
        }
        cases.append(OpCase(name: "pad constant value", op: .pad(before: [1, 0], after: [0, 2], mode: .constant),
                            inputs: [moved(.float32, [2, 3]), InputSpec(dtype: .float32, shape: [], values: [7.5], constant: true)],
                            tolerance: .exact))
        let mirrored: [([Int], [[Int]])] = [
            ([5], [[2, 1]]), ([3, 4], [[2, 0], [3, 3]]), ([2, 3, 4, 5], [[1, 1], [2, 2], [3, 0], [0, 4]]),
            ([2, 4, 4, 3], [[0, 0], [1, 1], [1, 1], [0, 0]]), ([1, 3], [[0, 0], [2, 2]]), ([4, 2, 2], [[0, 0], [0, 0], [1, 1]]),
        ]
        for mode in [PadMode.reflect, .symmetric] {
            for (shape, p) in mirrored {
                for d in [DType.float32, .int64, .bool] {
                    // Symmetric may take the whole dimension; reflect one less.
                    let extra = mode == .symmetric ? 1 : 0
                    let before = p.enumerated().map { i, q in q[0] == 0 ? 0 : min(q[0] + extra, shape[i] - 1 + extra) }
                    let after = p.enumerated().map { i, q in q[1] == 0 ? 0 : min(q[1] + extra, shape[i] - 1 + extra) }
                    cases.append(OpCase(name: "mirror pad \(mode) \(d)\(shapeName(shape)) \(before) \(after)",
                                        op: .pad(before: before, after: after, mode: mode), inputs: [moved(d, shape)], tolerance: .exact))
                }
            }
        }
        // ONNX's edge mode: any width, wider than the dimension too, and a dimension of 1.
        for (shape, p) in mirrored + [([2, 1, 3], [[0, 2], [3, 4], [5, 0]])] {
            for d in [DType.float32, .int64, .bool] {
                let before = p.map { $0[0] * 2 }, after = p.map { $0[1] * 2 }
                cases.append(OpCase(name: "edge pad \(d)\(shapeName(shape)) \(before) \(after)",
                                    op: .pad(before: before, after: after, mode: .edge), inputs: [moved(d, shape)], tolerance: .exact))
            }
        }
        return cases
    }

    static var concat: [OpCase] {
        let configs: [([[Int]], Int)] = [
            ([[2, 3], [4, 3]], 0), ([[2, 3], [2, 5]], 1), ([[2, 3, 4], [2, 3, 4], [2, 3, 4]], 1), ([[2, 3, 4], [2, 3, 1]], 2),
            ([[1, 5, 5, 16], [1, 5, 5, 32]], 3), ([[3], [0], [4]], 0), ([[2, 0, 3], [2, 4, 3]], 1), ([[7], [9]], 0),
            ([[2, 1, 3], [2, 1, 3]], 1), ([[1, 2, 2, 3], [1, 2, 2, 17], [1, 2, 2, 1]], 3),
        ]
        return configs.flatMap { shapes, axis in
            allTypes.map { d in
                OpCase(name: "concat \(d) \(shapes.map(shapeName).joined(separator: "+")) axis \(axis)",
                       op: .concat(axis: axis, count: shapes.count), inputs: shapes.map { moved(d, $0) }, tolerance: .exact)
            }
        } + [OpCase(name: "concat constant operand", op: .concat(axis: 1, count: 2),
                    inputs: [moved(.float32, [2, 3]), moved(.float32, [2, 2], constant: true)], tolerance: .exact),
             // Enough elements that threads share the pixels (InceptionV3's channel concatenations).
             OpCase(name: "concat float32 pixels in parallel", op: .concat(axis: 3, count: 3),
                    inputs: [moved(.float32, [1, 40, 40, 96]), moved(.float32, [1, 40, 40, 64]), moved(.float32, [1, 40, 40, 8])],
                    tolerance: .exact),
             OpCase(name: "pack float32 rows in parallel", op: .pack(axis: 1, count: 2),
                    inputs: [moved(.float32, [300, 500]), moved(.float32, [300, 500])], tolerance: .exact)]
    }

    static var pack: [OpCase] {
        let configs: [([Int], Int, Int)] = [([], 0, 3), ([4], 0, 2), ([4], 1, 2), ([2, 3], 1, 3), ([2, 3], 2, 2), ([2, 3, 4], 0, 1),
                                            ([3, 1, 5], 2, 4)]
        return configs.flatMap { shape, axis, count in
            allTypes.map { d in
                OpCase(name: "pack \(d) \(count)x\(shapeName(shape)) axis \(axis)", op: .pack(axis: axis, count: count),
                       inputs: Array(repeating: moved(d, shape), count: count), tolerance: .exact)
            }
        }
    }

    static var split: [OpCase] {
        let configs: [([Int], Int, SplitPieces)] = [
            ([6, 3], 0, .equal(count: 3)), ([2, 6], 1, .equal(count: 2)), ([2, 3, 8], 2, .equal(count: 4)), ([5], 0, .equal(count: 1)),
            ([4, 7], 1, .sizes([2, -1, 1])), ([4, 7], 1, .sizes([0, 7])), ([3, 2, 5], 0, .sizes([1, 2])), ([2, 9, 3], 1, .sizes([4, 0, 5])),
            ([0, 4], 1, .equal(count: 2)),
        ]
        return configs.flatMap { shape, axis, pieces in
            allTypes.map { d in
                OpCase(name: "split \(d)\(shapeName(shape)) axis \(axis) \(pieces)", op: .split(axis: axis, pieces: pieces),
                       inputs: [moved(d, shape)], tolerance: .exact)
            }
        }
    }

    static var unpack: [OpCase] {
        let configs: [([Int], Int)] = [([3], 0), ([2, 3], 0), ([2, 3], 1), ([2, 3, 4], 2), ([4, 1, 3], 1), ([1, 5], 0)]
        return configs.flatMap { shape, axis in
            allTypes.map { d in
                OpCase(name: "unpack \(d)\(shapeName(shape)) axis \(axis)", op: .unpack(axis: axis, count: shape[axis]),
                       inputs: [moved(d, shape)], tolerance: .exact)
            }
        }
    }

    static var squeezeAndExpand: [OpCase] {
        let ops: [([Int], Op)] = [([1, 3, 1, 2], .squeeze(axes: [])), ([1, 3, 1, 2], .squeeze(axes: [2])), ([1], .squeeze(axes: [0])),
                                  ([3, 2], .expandDims(axis: 0)), ([3, 2], .expandDims(axis: 2)), ([], .expandDims(axis: 0))]
        return ops.flatMap { shape, op in
            [DType.float32, .int32, .bool].map { d in
                OpCase(name: "\(op.name)\(op.attributeSummary) \(d)\(shapeName(shape))", op: op, inputs: [moved(d, shape)], tolerance: .exact)
            }
        }
    }

    static var slice: [OpCase] {
        let configs: [([Int], [Int], [Int])] = [([7], [2], [3]), ([7], [0], [-1]), ([3, 4], [1, 1], [2, -1]), ([3, 4], [0, 0], [3, 4]),
                                                ([2, 3, 4, 5], [1, 0, 2, 1], [1, 3, 2, 4]), ([2, 3, 4, 5], [0, 1, 0, 0], [-1, 1, -1, -1]),
                                                ([4, 5], [4, 2], [0, 3]), ([5, 17], [1, 3], [3, 13])]
        return configs.flatMap { shape, begin, size in
            allTypes.map { d in
                OpCase(name: "slice \(d)\(shapeName(shape)) begin \(begin) size \(size)", op: .slice(begin: begin, size: size),
                       inputs: [moved(d, shape)], tolerance: .exact)
            }
        }
    }

    /// Specs of every kind: plain ranges, negative indices and strides, clamping past either end,
    /// each mask alone and combined, an ellipsis in every position, new axes before and after it.
    static let stridedSliceConfigs: [([Int], StridedSliceSpec)] = [
        ([7], StridedSliceSpec(begin: [1], end: [5], strides: [1])),
        ([7], StridedSliceSpec(begin: [1], end: [6], strides: [2])),
        ([7], StridedSliceSpec(begin: [-1], end: [0], strides: [-1])),
        ([7], StridedSliceSpec(begin: [6], end: [0], strides: [-3], endMask: 1)),
        ([7], StridedSliceSpec(begin: [-100], end: [100], strides: [1])),
        ([7], StridedSliceSpec(begin: [100], end: [-100], strides: [-2])),
        ([7], StridedSliceSpec(begin: [5], end: [2], strides: [1])),
        ([7], StridedSliceSpec(begin: [3], end: [0], strides: [1], shrinkAxisMask: 1)),
        ([7], StridedSliceSpec(begin: [-2], end: [0], strides: [1], shrinkAxisMask: 1)),
        ([7], StridedSliceSpec(begin: [0], end: [0], strides: [1], beginMask: 1, endMask: 1)),
        ([3, 4], StridedSliceSpec(begin: [1, 0], end: [2, 4], strides: [1, 1])),
        ([3, 4], StridedSliceSpec(begin: [0, 3], end: [3, -5], strides: [1, -1])),
        ([3, 4], StridedSliceSpec(begin: [0, 1], end: [0, 3], strides: [1, 1], shrinkAxisMask: 1)),
        ([3, 4], StridedSliceSpec(begin: [0, 2], end: [0, 0], strides: [1, 1], beginMask: 1, endMask: 1, shrinkAxisMask: 2)),
        ([3, 4], StridedSliceSpec(begin: [0, 0], end: [0, 0], strides: [1, 1], newAxisMask: 1, shrinkAxisMask: 0)),
        ([3, 4], StridedSliceSpec(begin: [0, 1], end: [0, 3], strides: [1, 1], newAxisMask: 1)),
        ([3, 4], StridedSliceSpec(begin: [0, 0, 0], end: [0, 2, 0], strides: [1, 1, 1], beginMask: 2, newAxisMask: 5)),
        ([2, 3, 4], StridedSliceSpec(begin: [0, 1], end: [0, 3], strides: [1, 1], ellipsisMask: 1)),
        ([2, 3, 4], StridedSliceSpec(begin: [1, 0], end: [2, 0], strides: [1, 1], ellipsisMask: 2)),
        ([2, 3, 4], StridedSliceSpec(begin: [1, 0, -1], end: [2, 0, 0], strides: [1, 1, 1], ellipsisMask: 2, shrinkAxisMask: 5)),
        ([2, 3, 4], StridedSliceSpec(begin: [0, 0], end: [0, 0], strides: [1, 1], ellipsisMask: 1, newAxisMask: 2)),
        ([2, 3, 4], StridedSliceSpec(begin: [0, 0, 1], end: [0, 0, 3], strides: [1, 1, 1], ellipsisMask: 2, newAxisMask: 1)),
        ([2, 3, 4], StridedSliceSpec(begin: [0], end: [0], strides: [1], ellipsisMask: 1)),
        ([2, 3, 4], StridedSliceSpec(begin: [1, -1, 3], end: [-3, -4, 0], strides: [-1, -1, -2])),
        ([2, 3, 4], StridedSliceSpec(begin: [0, 0, 0], end: [0, 0, 0], strides: [1, 2, 3], beginMask: 7, endMask: 7)),
        ([2, 3, 4], StridedSliceSpec(begin: [0, 0, 0], end: [0, 0, 0], strides: [-1, -2, -3], beginMask: 7, endMask: 7)),
        ([2, 3, 4, 5], StridedSliceSpec(begin: [0, 1, 1, 0], end: [2, 3, 3, 5], strides: [1, 1, 1, 1])),
        ([2, 3, 4, 5], StridedSliceSpec(begin: [0, 0, 0, 0], end: [0, 0, 0, 0], strides: [1, 2, 2, 1], beginMask: 15, endMask: 15)),
        ([2, 3, 4, 5], StridedSliceSpec(begin: [1, 0, 2], end: [2, 0, 3], strides: [1, 1, 1], ellipsisMask: 2, newAxisMask: 0,
                                        shrinkAxisMask: 1)),
        ([2, 3, 4, 5], StridedSliceSpec(begin: [0, 0], end: [0, 1], strides: [1, 1], beginMask: 1, shrinkAxisMask: 2)),
        ([5, 17], StridedSliceSpec(begin: [1, 16], end: [4, 0], strides: [2, -3])),
        ([4, 6], StridedSliceSpec(begin: [0, 0], end: [4, 6], strides: [1 << 40, -(1 << 40)], beginMask: 0, endMask: 2)),
        ([4, 6], StridedSliceSpec(begin: [0, 0], end: [1, 1], strides: [1, 1], beginMask: 1 << 20, shrinkAxisMask: -4)),
        ([], StridedSliceSpec(begin: [0], end: [0], strides: [1], newAxisMask: 1)),
        ([6], StridedSliceSpec(begin: [0], end: [1], strides: [1], shrinkAxisMask: 1)),
        ([0, 3], StridedSliceSpec(begin: [0, 1], end: [0, 2], strides: [1, 1], beginMask: 1, endMask: 1)),
    ]

    static var stridedSlice: [OpCase] {
        var cases = stridedSliceConfigs.flatMap { shape, spec in
            [DType.float32, .int32, .bool].map { d in
                OpCase(name: "strided slice \(d)\(shapeName(shape)) \(Op.stridedSlice(spec).attributeSummary)", op: .stridedSlice(spec),
                       inputs: [moved(d, shape)], tolerance: .exact)
            }
        }
        // The Keras Flatten pattern: a shape vector's first entry (int32, shrink_axis_mask 1), and int64.
        for d in [DType.int32, .int64] {
            cases.append(OpCase(name: "strided slice \(d) shape vector x[0]",
                                op: .stridedSlice(StridedSliceSpec(begin: [0], end: [1], strides: [1], shrinkAxisMask: 1)),
                                inputs: [InputSpec(dtype: d, shape: [4], values: [2, 7, 7, 512])], tolerance: .exact))
        }
        return cases
    }

    static var tile: [OpCase] {
        let configs: [([Int], [Int])] = [([3], [4]), ([2, 3], [1, 2]), ([2, 3], [3, 1]), ([2, 3], [2, 2]), ([1, 2, 3], [2, 1, 3]),
                                         ([2, 3], [1, 1]), ([], []), ([2, 3], [0, 2]), ([1, 17], [3, 1]), ([2, 1, 4], [1, 5, 1])]
        return configs.flatMap { shape, multiples in
            allTypes.map { d in
                OpCase(name: "tile \(d)\(shapeName(shape)) \(multiples)", op: .tile(multiples: multiples),
                       inputs: [moved(d, shape)], tolerance: .exact)
            }
        }
    }

    static var gather: [OpCase] {
        // (params, indices, axis, batch dims); index values run one past each end, so the kernel's
        // answer for indices out of range (zeros) is checked too.
        let configs: [([Int], [Int], Int, Int)] = [([5, 3], [4], 0, 0), ([5, 3], [], 0, 0), ([3, 5], [2, 2], 1, 0), ([2, 3, 4], [6], 2, 0),
                                                   ([2, 3, 4], [2, 5], 1, 1), ([2, 3, 4], [2, 3, 2], 2, 2), ([2, 3, 4], [2], 2, 1),
                                                   ([10, 16], [7], 0, 0), ([4, 2, 3, 2], [4, 3], 2, 1)]
        var cases: [OpCase] = []
        for (ps, ids, axis, batchDims) in configs {
            for d in allTypes {
                for t in [DType.int32, .int64] where d != .bool || t == .int32 {
                    cases.append(OpCase(name: "gather \(d)\(shapeName(ps)) \(t)\(shapeName(ids)) axis \(axis) batch \(batchDims)",
                                        op: .gather(axis: axis, batchDims: batchDims),
                                        inputs: [moved(d, ps), InputSpec(dtype: t, shape: ids, range: -1...Double(ps[axis]))], tolerance: .exact))
                }
            }
        }
        cases.append(OpCase(name: "gather constant indices", op: .gather(axis: 0, batchDims: 0),
                            inputs: [moved(.float32, [4, 3]), InputSpec(dtype: .int32, shape: [5], values: [3, 0, 0, 2, 1], constant: true)],
                            tolerance: .exact))
        cases.append(OpCase(name: "gather indices far out of range", op: .gather(axis: 1, batchDims: 0),
                            inputs: [moved(.float32, [2, 3]),
                                     InputSpec(dtype: .int64, shape: [4], values: [-9_000_000_000, 2, 5_000_000_000, 1_099_511_627_776])],
                            tolerance: .exact))
        return cases
    }

    static var gatherGrad: [OpCase] {
        let configs: [([Int], [Int], Int, Int)] = [([5, 3], [7], 0, 0), ([3, 5], [2, 4], 1, 0), ([2, 3, 4], [2, 5], 1, 1),
                                                   ([10, 16], [12], 0, 0), ([2, 3, 4], [2, 3, 2], 2, 2)]
        var cases: [OpCase] = []
        for (ps, ids, axis, batchDims) in configs {
            for d in numericTypes {
                let dy = try? Op.gather(axis: axis, batchDims: batchDims).inferTypes([TensorType(d, ps), TensorType(.int32, ids)])[0].shape
                let range: ClosedRange<Double> = d.isFloatingPoint ? -1...1 : -100...100
                cases.append(OpCase(name: "gather grad \(d)\(shapeName(ps)) indices \(shapeName(ids)) axis \(axis) batch \(batchDims)",
                                    op: .gatherGrad(axis: axis, batchDims: batchDims, paramsShape: ps),
                                    inputs: [InputSpec(dtype: .int32, shape: ids, range: -1...Double(ps[axis])),
                                             InputSpec(dtype: d, shape: dy ?? [], range: range)],
                                    tolerance: .accumulation(d, k: ids.reduce(1, *))))
            }
        }
        return cases
    }

    static var layout: [OpCase] {
        pad + concat + pack + split + unpack + squeezeAndExpand + slice + stridedSlice + tile + gather + gatherGrad
    }
}
