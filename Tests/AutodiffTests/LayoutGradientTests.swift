import Autodiff
import GraphIR
import Reference
import XCTest

/// Pad, MirrorPad, Concat, Split, Squeeze, ExpandDims, Slice, StridedSlice, Tile, Pack, Unpack,
/// GatherV2 and its gradient, against finite differences. Outputs are squared where the rule
/// could otherwise pass by routing alone, so the gradient depends on the values.
final class LayoutGradientTests: XCTestCase {
    func testPadConstantAndMirror() throws {
        let configs: [([Int], [Int], [Int], PadMode)] = [
            ([3, 4], [1, 0], [2, 3], .constant), ([2, 3, 4], [0, 1, 2], [1, 0, 0], .constant),
            ([5], [2], [3], .reflect), ([3, 4], [2, 1], [1, 3], .reflect), ([2, 3, 4], [1, 0, 3], [1, 2, 0], .reflect),
            ([5], [5], [4], .symmetric), ([3, 4], [3, 0], [2, 4], .symmetric), ([2, 3, 2], [1, 2, 1], [2, 3, 2], .symmetric),
            ([3], [4], [2], .edge), ([3, 4], [2, 0], [1, 5], .edge), ([2, 1, 3], [1, 2, 0], [0, 3, 2], .edge),
        ]
        for (shape, before, after, mode) in configs {
            var t = TestGraph(seed: 41)
            let x = try t.input("x", shape)
            var inputs = [x]
            if mode.takesValue { inputs.append(try t.input("value", [])) }
            let padded = try t.add("pad", .pad(before: before, after: after, mode: mode), inputs)
            let out = try t.add("y", .unary(.square), [padded])
            t.check(out, wrt: ["x"], "\(mode) \(shape) \(before) \(after)")
        }
    }

    func testConcatAlongEachAxis() throws {
        for axis in 0..<3 {
            var t = TestGraph(seed: 42)
            var shapes = [[2, 3, 4], [2, 3, 4], [2, 3, 4]]
            shapes[1][axis] = 1
            shapes[2][axis] = 3
            let xs = try shapes.enumerated().map { k, s in try t.input("x\(k)", s) }
            let joined = try t.add("c", .concat(axis: axis, count: 3), xs)
            let out = try t.add("y", .unary(.square), [joined])
            t.check(out, wrt: ["x0", "x1", "x2"], "axis \(axis)")
        }
    }

    /// Pieces nothing reads get zero gradients; the rule must fill them in for the concatenation.
    func testSplitWithUnusedPieces() throws {
        for pieces in [SplitPieces.equal(count: 3), .sizes([1, -1, 2])] {
            var t = TestGraph(seed: 43)
            let x = try t.input("x", [2, 6])
            let s = try t.add("s", .split(axis: 1, pieces: pieces), [x])
            let used = try t.add("c", .concat(axis: 1, count: 2), [Value(node: s.node, output: 2), Value(node: s.node, output: 0)])
            let out = try t.add("y", .unary(.square), [used])
            t.check(out, wrt: ["x"], "\(pieces)")
        }
    }

    func testSqueezeExpandDimsAndSlice() throws {
        var t = TestGraph(seed: 44)
        let x = try t.input("x", [1, 3, 1, 4])
        let squeezed = try t.add("sq", .squeeze(axes: []), [x])
        let expanded = try t.add("ex", .expandDims(axis: 1), [squeezed])
        let sliced = try t.add("sl", .slice(begin: [1, 0, 1], size: [2, -1, 2]), [expanded])
        let out = try t.add("y", .unary(.square), [sliced])
        t.check(out, wrt: ["x"], "squeeze/expand/slice")
    }

    func testStridedSliceEverySpecKind() throws {
        let specs: [([Int], StridedSliceSpec)] = [
            ([7], StridedSliceSpec(begin: [1], end: [6], strides: [2])),
            ([7], StridedSliceSpec(begin: [-1], end: [0], strides: [-2])),
            ([7], StridedSliceSpec(begin: [0], end: [0], strides: [-3], beginMask: 1, endMask: 1)),
            ([7], StridedSliceSpec(begin: [5], end: [2], strides: [1])),
            ([3, 4], StridedSliceSpec(begin: [1], end: [2], strides: [1], shrinkAxisMask: 1)),
            ([3, 4], StridedSliceSpec(begin: [0, -1], end: [0, 0], strides: [1, 1], beginMask: 1, endMask: 1, shrinkAxisMask: 2)),
            ([3, 4], StridedSliceSpec(begin: [0, 0, 1], end: [0, 0, 4], strides: [1, 1, 3], beginMask: 2, endMask: 2, newAxisMask: 1)),
            ([2, 3, 4], StridedSliceSpec(begin: [1, 0, -1], end: [2, 0, 0], strides: [1, 1, 1], ellipsisMask: 2, shrinkAxisMask: 5)),
            ([2, 3, 4], StridedSliceSpec(begin: [1, -1, 3], end: [-3, -4, 0], strides: [-1, -1, -2])),
            ([2, 3, 5], StridedSliceSpec(begin: [0, 0, 0], end: [0, 0, 0], strides: [1, 2, 3], beginMask: 7, endMask: 7)),
            ([2, 3, 5], StridedSliceSpec(begin: [0, 2, 4], end: [0, 0, 0], strides: [1, -2, -2], beginMask: 1, endMask: 7)),
            ([4, 6], StridedSliceSpec(begin: [0, 5], end: [4, 0], strides: [1 << 40, -(1 << 40)], endMask: 2)),
        ]
        for (shape, spec) in specs {
            var t = TestGraph(seed: 45)
            let x = try t.input("x", shape)
            let s = try t.add("s", .stridedSlice(spec), [x])
            let out = try t.add("y", .unary(.square), [s])
            t.check(out, wrt: ["x"], "\(shape) \(Op.stridedSlice(spec).attributeSummary)")
        }
    }

    func testTile() throws {
        for (shape, multiples) in [([3], [2]), ([2, 3], [2, 1]), ([2, 3], [1, 3]), ([1, 2, 2], [3, 2, 1]), ([2, 2], [1, 1])] {
            var t = TestGraph(seed: 46)
            let x = try t.input("x", shape)
            let tiled = try t.add("tile", .tile(multiples: multiples), [x])
            let out = try t.add("y", .unary(.square), [tiled])
            t.check(out, wrt: ["x"], "\(shape) x \(multiples)")
        }
    }

    func testPackAndUnpack() throws {
        for axis in 0...2 {
            var t = TestGraph(seed: 47)
            let xs = try (0..<3).map { try t.input("x\($0)", [2, 3]) }
            let packed = try t.add("p", .pack(axis: axis, count: 3), xs)
            let out = try t.add("y", .unary(.square), [packed])
            t.check(out, wrt: ["x0", "x1", "x2"], "pack axis \(axis)")
        }
        var t = TestGraph(seed: 48)
        let x = try t.input("x", [2, 4, 3])
        let parts = try t.add("u", .unpack(axis: 1, count: 4), [x])
        let some = try t.add("p", .pack(axis: 0, count: 2), [Value(node: parts.node, output: 3), Value(node: parts.node, output: 1)])
        let out = try t.add("y", .unary(.square), [some])
        t.check(out, wrt: ["x"], "unpack with unused outputs")
    }

    /// Repeated indices add up; an index out of range reads zeros and sends nothing back.
    func testGatherAndItsGradient() throws {
        let configs: [([Int], Tensor, Int, Int)] = [
            ([5, 3], Tensor(shape: [6], int32s: [4, 0, 4, 2, 7, -1]), 0, 0),
            ([3, 5], Tensor(shape: [2, 2], int64s: [1, 1, 4, 0]), 1, 0),
            ([2, 3, 4], Tensor(shape: [2, 3], int32s: [2, 0, 2, 1, 1, 1]), 1, 1),
            ([2, 3, 4], Tensor(shape: [], int32s: [3]), 2, 0),
        ]
        for (shape, indices, axis, batchDims) in configs {
            var t = TestGraph(seed: 49)
            let p = try t.input("p", shape)
            let i = try t.input("i", indices)
            let g = try t.add("g", .gather(axis: axis, batchDims: batchDims), [p, i])
            let out = try t.add("y", .unary(.square), [g])
            t.check(out, wrt: ["p"], "gather \(shape) axis \(axis) batch \(batchDims)")

            // The gradient op is linear in dy; its own gradient gathers.
            var u = TestGraph(seed: 50)
            let dyShape = try Op.gather(axis: axis, batchDims: batchDims).inferTypes([TensorType(.float64, shape), indices.type])[0].shape ?? []
            let dy = try u.input("dy", dyShape)
            let ui = try u.input("i", indices)
            let scattered = try u.add("s", .gatherGrad(axis: axis, batchDims: batchDims, paramsShape: shape), [ui, dy])
            let squared = try u.add("y", .unary(.square), [scattered])
            u.check(squared, wrt: ["dy"], "gather grad \(shape)")
        }
    }
}
