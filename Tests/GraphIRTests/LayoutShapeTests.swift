import XCTest
@testable import GraphIR

/// Shape rules of the layout ops: known shapes, unknown dimensions and ranks, and refusals.
final class LayoutShapeTests: XCTestCase {
    func testPad() throws {
        let zero = f32([])
        XCTAssertEqual(try infer(.pad(before: [1, 0], after: [2, 3], mode: .constant), f32([3, 4]), zero), f32([6, 7]))
        XCTAssertEqual(try infer(.pad(before: [1, 0], after: [2, 3], mode: .constant), f32([-1, 4]), zero), f32([-1, 7]))
        XCTAssertEqual(try infer(.pad(before: [1], after: [1], mode: .constant), f32(nil), zero), f32([-1]))
        XCTAssertEqual(try infer(.pad(before: [2], after: [2], mode: .reflect), f32([3])), f32([7]))
        XCTAssertEqual(try infer(.pad(before: [3], after: [0], mode: .symmetric), f32([3])), f32([6]))
        XCTAssertEqual(try infer(.pad(before: [0], after: [0], mode: .symmetric), f32([0])), f32([0]))
        // TensorFlow refuses REFLECT on an empty dimension even without padding.
        assertRejects(.pad(before: [0], after: [0], mode: .reflect), f32([0]), mentioning: "cannot mirror dimension 0 of size 0")
        assertRejects(.pad(before: [3], after: [0], mode: .reflect), f32([3]), mentioning: "at most 2 per side")
        assertRejects(.pad(before: [0], after: [4], mode: .symmetric), f32([3]), mentioning: "at most 3 per side")
        // ONNX's edge repeats the edge any number of times, but an empty dimension has none.
        XCTAssertEqual(try infer(.pad(before: [7, 0], after: [9, 1], mode: .edge), f32([2, 1])), f32([18, 2]))
        XCTAssertEqual(try infer(.pad(before: [0], after: [0], mode: .edge), f32([0])), f32([0]))
        assertRejects(.pad(before: [1], after: [0], mode: .edge), f32([0]), mentioning: "Pad EDGE pads dimension 0 of size 0 by (1, 0); at most 0 per side")
        assertRejects(.pad(before: [-1], after: [0], mode: .constant), f32([3]), zero, mentioning: "non-negative")
        assertRejects(.pad(before: [0, 0], after: [0, 0], mode: .constant), f32([3]), zero, mentioning: "2 rows for an input of rank 1")
        assertRejects(.pad(before: [0], after: [0], mode: .constant), f32([3]), i32([]), mentioning: "constant_values is int32")
        assertRejects(.pad(before: [1 << 35], after: [1 << 35], mode: .constant), f32([3]), zero, mentioning: "more than 2^36 elements")
        assertRejects(.pad(before: [0], after: [0], mode: .reflect), f32([3]), zero, mentioning: "takes 1 input(s), got 2")
    }

    func testConcatAndPack() throws {
        XCTAssertEqual(try infer(.concat(axis: 1, count: 2), f32([2, 3]), f32([2, 5])), f32([2, 8]))
        XCTAssertEqual(try infer(.concat(axis: 1, count: 2), f32([-1, 3]), f32([2, -1])), f32([2, -1]))
        XCTAssertEqual(try infer(.concat(axis: 0, count: 3), f32(nil), f32([2, 4]), f32([0, 4])), f32([-1, 4]))
        XCTAssertEqual(try infer(.concat(axis: 0, count: 2), f32(nil), f32(nil)), f32(nil))
        assertRejects(.concat(axis: 0, count: 2), f32([2, 3]), f32([2, 4]), mentioning: "differs from [2,3] in dimension 1")
        assertRejects(.concat(axis: 2, count: 2), f32([2, 3]), f32([2, 3]), mentioning: "axis 2 is out of range for rank 2")
        assertRejects(.concat(axis: 0, count: 2), f32([2]), f32([2, 3]), mentioning: "has rank 2 but the others have rank 1")
        assertRejects(.concat(axis: 0, count: 2), f32([2]), i32([2]), mentioning: "input 1 is int32 but input 0 is float32")
        assertRejects(.concat(axis: 0, count: 2), f32([]), f32([]), mentioning: "cannot concatenate scalars")
        XCTAssertEqual(try infer(.pack(axis: 1, count: 3), f32([2, -1]), f32([-1, 4]), f32([2, 4])), f32([2, 3, 4]))
        XCTAssertEqual(try infer(.pack(axis: 0, count: 2), i32([]), i32([])), i32([2]))
        assertRejects(.pack(axis: 3, count: 2), f32([2, 4]), f32([2, 4]), mentioning: "axis 3 is out of range for stacking rank-2 inputs")
    }

    func testSplitAndUnpackHaveSeveralOutputs() throws {
        XCTAssertEqual(try Op.split(axis: 1, pieces: .equal(count: 3)).inferTypes([f32([2, 6])]), Array(repeating: f32([2, 2]), count: 3))
        XCTAssertEqual(try Op.split(axis: 0, pieces: .sizes([1, -1])).inferTypes([f32([5])]), [f32([1]), f32([4])])
        XCTAssertEqual(try Op.split(axis: 0, pieces: .sizes([1, -1])).inferTypes([f32([-1, 2])]), [f32([1, 2]), f32([-1, 2])])
        XCTAssertEqual(try Op.split(axis: 0, pieces: .equal(count: 2)).inferTypes([f32([-1])]), [f32([-1]), f32([-1])])
        XCTAssertEqual(try Op.split(axis: 0, pieces: .equal(count: 2)).inferTypes([f32(nil)]), [f32(nil), f32(nil)])
        XCTAssertEqual(Op.split(axis: 0, pieces: .sizes([1, 2, 3])).outputCount, 3)
        assertRejects(.split(axis: 0, pieces: .equal(count: 4)), f32([6]), mentioning: "cannot split a dimension of size 6 into 4 equal pieces")
        assertRejects(.split(axis: 0, pieces: .sizes([])), f32([6]), mentioning: "size_splits must not be empty")
        XCTAssertEqual(try Op.unpack(axis: 1, count: 3).inferTypes([f32([2, 3, 4])]), Array(repeating: f32([2, 4]), count: 3))
        XCTAssertEqual(try Op.unpack(axis: 0, count: 0).inferTypes([f32([0, 4])]), [])
        XCTAssertEqual(Op.unpack(axis: 0, count: 5).outputCount, 5)
        assertRejects(.unpack(axis: 0, count: 3), f32([2, 3]), mentioning: "cannot unpack dimension 0 of size 2 into 3 outputs")
        // Absurd counts and sizes are refused before anything is allocated per output.
        assertRejects(.unpack(axis: 0, count: 1 << 40), f32(nil), mentioning: "num 1099511627776 is not between 0 and 65536")
        assertRejects(.unpack(axis: 0, count: 1 << 40), f32([-1]), mentioning: "num 1099511627776 is not between 0 and 65536")
        assertRejects(.split(axis: 0, pieces: .equal(count: 1 << 40)), f32(nil), mentioning: "more than the 65536 outputs")
        assertRejects(.split(axis: 0, pieces: .equal(count: -3)), f32(nil), mentioning: "num_split must be at least 1, got -3")
        assertRejects(.split(axis: 0, pieces: .sizes([1 << 62, 1 << 62, -1])), f32([4]), mentioning: "more than 2^36")
    }

    func testSqueezeAndExpandDimsAreAliases() throws {
        XCTAssertEqual(try infer(.squeeze(axes: []), f32([1, 3, 1])), f32([3]))
        XCTAssertEqual(try infer(.squeeze(axes: []), f32([1, -1])), f32(nil))
        XCTAssertEqual(try infer(.squeeze(axes: [0]), f32([-1, -1, 3])), f32([-1, 3]))
        assertRejects(.squeeze(axes: [1]), f32([1, 2]), mentioning: "cannot squeeze dimension 1 of size 2")
        XCTAssertEqual(try infer(.expandDims(axis: 2), f32([3, 4])), f32([3, 4, 1]))
        XCTAssertEqual(try infer(.expandDims(axis: 0), f32([])), f32([1]))
        assertRejects(.expandDims(axis: 3), f32([3, 4]), mentioning: "axis 3 is out of range for inserting into rank 2")
        XCTAssertEqual(Op.squeeze(axes: []).kernelRole, .alias)
        XCTAssertEqual(Op.expandDims(axis: 0).kernelRole, .alias)
    }

    func testSliceAndTile() throws {
        XCTAssertEqual(try infer(.slice(begin: [1, 0], size: [2, -1]), f32([4, 5])), f32([2, 5]))
        XCTAssertEqual(try infer(.slice(begin: [1, 0], size: [2, -1]), f32([-1, 5])), f32([2, 5]))
        XCTAssertEqual(try infer(.slice(begin: [1, 0], size: [-1, 3]), f32([-1, 5])), f32([-1, 3]))
        assertRejects(.slice(begin: [3], size: [2]), f32([4]), mentioning: "passes the end of dimension 0 of size 4")
        XCTAssertEqual(try infer(.tile(multiples: [2, 0]), f32([-1, -1])), f32([-1, 0]))
        XCTAssertEqual(try infer(.tile(multiples: [2, 3]), f32([2, 3])), f32([4, 9]))
        assertRejects(.tile(multiples: [2]), f32([2, 3]), mentioning: "1 multiples for an input of rank 2")
        assertRejects(.tile(multiples: [1 << 62, 4]), f32([4, 3]), mentioning: "gives more than 2^36 elements")
    }

    /// StridedSlice follows TensorFlow's ValidateStridedSliceOp: ellipsis, new axes and shrinks
    /// rearrange dimensions; ends clamp; unknown dimensions stay unknown unless shrunk.
    func testStridedSliceShapes() throws {
        func ss(_ b: [Int], _ e: [Int], _ s: [Int], bm: Int = 0, em: Int = 0, el: Int = 0, na: Int = 0, sh: Int = 0) -> Op {
            .stridedSlice(StridedSliceSpec(begin: b, end: e, strides: s, beginMask: bm, endMask: em, ellipsisMask: el,
                                           newAxisMask: na, shrinkAxisMask: sh))
        }
        XCTAssertEqual(try infer(ss([1], [100], [2]), f32([7])), f32([3]))
        XCTAssertEqual(try infer(ss([-1], [0], [-1], em: 1), f32([7])), f32([7]))
        XCTAssertEqual(try infer(ss([5], [2], [1]), f32([7])), f32([0]))
        XCTAssertEqual(try infer(ss([0, 1], [0, 2], [1, 1], el: 1, sh: 2), f32([2, 3, 4])), f32([2, 3]))
        XCTAssertEqual(try infer(ss([0, 0], [0, 0], [1, 1], el: 2, na: 1), f32([2, 3])), f32([1, 2, 3]))
        XCTAssertEqual(try infer(ss([0, 0, 0], [0, 0, 0], [1, 1, 1], el: 1, na: 6), f32([2, 3])), f32([2, 3, 1, 1]))
        XCTAssertEqual(try infer(ss([1], [2], [1], sh: 1), f32([-1, 3])), f32([3]))
        XCTAssertEqual(try infer(ss([1], [2], [1]), f32([-1, 3])), f32([-1, 3]))
        XCTAssertEqual(try infer(ss([1], [2], [1]), f32(nil)), f32(nil))
        XCTAssertEqual(try infer(ss([0], [1], [1], sh: 1), i32([4])), i32([]))
        let r = try XCTUnwrap(try StridedSliceSpec(begin: [1, -1], end: [0, 0], strides: [1, -2], endMask: 3).resolve([3, 5]))
        XCTAssertEqual(r.begin, [1, 4])
        XCTAssertEqual(r.sizes, [2, 3])
        XCTAssertEqual(r.strides, [1, -2])
        assertRejects(ss([0], [1], [0]), f32([3]), mentioning: "strides[0] must be non-zero")
        assertRejects(ss([0, 0], [1, 1], [1, 1], el: 3), f32([3]), mentioning: "more than one bit set")
        assertRejects(ss([3], [4], [1], sh: 1), f32([3]), mentioning: "index 3 is out of range for dimension 0 of size 3")
        assertRejects(ss([0, 0], [1, 1], [1, 1]), f32([3]), mentioning: "slice entry 1 needs input dimension 1 but the input has rank 1")
        assertRejects(ss([0], [1], [1], bm: 1 << 32), f32([3]), mentioning: "begin_mask 4294967296 does not fit in int32")
    }

    func testGatherAndItsGradient() throws {
        XCTAssertEqual(try infer(.gather(axis: 1, batchDims: 0), f32([3, 5, 2]), i32([4, 6])), f32([3, 4, 6, 2]))
        XCTAssertEqual(try infer(.gather(axis: 1, batchDims: 1), f32([-1, 5, 2]), i32([3, 6])), f32([3, 6, 2]))
        XCTAssertEqual(try infer(.gather(axis: 0, batchDims: 0), f32([5, 2]), i32([])), f32([2]))
        XCTAssertEqual(try infer(.gather(axis: 0, batchDims: 0), f32(nil), i32([2])), f32(nil))
        assertRejects(.gather(axis: 0, batchDims: 0), f32([5]), f32([2]), mentioning: "indices must be int32 or int64, got float32")
        assertRejects(.gather(axis: 1, batchDims: 1), f32([2, 5]), i32([3, 1]), mentioning: "batch dimension 0 is 2 in params but 3 in indices")
        assertRejects(.gather(axis: 0, batchDims: 1), f32([2, 5]), i32([2]), mentioning: "batch_dims 1 must be between 0 and the axis 0")
        XCTAssertEqual(try infer(.gatherGrad(axis: 1, batchDims: 0, paramsShape: [3, 5]), i32([4]), f32([3, 4])), f32([3, 5]))
        assertRejects(.gatherGrad(axis: 1, batchDims: 0, paramsShape: [3, 5]), i32([4]), f32([3, 5]), mentioning: "dy has shape [3,5], expected [3,4]")
        assertRejects(.gatherGrad(axis: 0, batchDims: 0, paramsShape: [-3]), i32([4]), f32([4]), mentioning: "is negative")
    }
}
