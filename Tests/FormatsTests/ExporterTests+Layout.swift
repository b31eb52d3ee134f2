import GraphIR
import XCTest
@testable import Formats

extension ExporterTests {
    /// The layout ops, each with the attribute variants that change what is written.
    static func addLayoutOps(_ g: inout Graph, x: Value) throws {
        let v = try g.add("lay_v", .placeholder(dtype: .float32, shape: [3, 5]))
        let ints = try g.add("lay_ints", .placeholder(dtype: .int32, shape: [4]))
        let zero = try g.add("lay_zero", .constant(Tensor(shape: [], floats: [0])))
        try g.add("lay_pad", .pad(before: [0, 1, 2, 0], after: [0, 3, 0, 0], mode: .constant), [x, zero])
        try g.add("lay_reflect", .pad(before: [1, 2], after: [2, 4], mode: .reflect), [v])
        try g.add("lay_symmetric", .pad(before: [3, 0], after: [0, 5], mode: .symmetric), [v])
        try g.add("lay_edge", .pad(before: [4, 0], after: [1, 7], mode: .edge), [v])
        try g.add("lay_concat", .concat(axis: 1, count: 3), [v, v, v])
        try g.add("lay_concat0", .concat(axis: 0, count: 2), [ints, ints])
        let even = try g.add("lay_split", .split(axis: 0, pieces: .equal(count: 3)), [v])
        try g.add("lay_split_v", .split(axis: 1, pieces: .sizes([2, -1, 0])), [v])
        try g.add("lay_piece", .identity, [Value(node: even.node, output: 2)])
        try g.add("lay_squeeze", .squeeze(axes: [0]), [try g.add("lay_one", .reshape([1, 15]), [v])])
        try g.add("lay_squeeze_all", .squeeze(axes: []), [x])
        try g.add("lay_expand", .expandDims(axis: 2), [v])
        try g.add("lay_slice", .slice(begin: [1, 0], size: [2, -1]), [v])
        try g.add("lay_slice_wide", .slice(begin: [0], size: [-1]), [ints])
        try g.add("lay_strided", .stridedSlice(StridedSliceSpec(begin: [0, -1], end: [2, 0], strides: [1, -2], beginMask: 1,
                                                                endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0)), [v])
        try g.add("lay_strided_masks", .stridedSlice(StridedSliceSpec(begin: [0, 1, 0], end: [0, 1 << 40, 0], strides: [1, 1, 1],
                                                                      ellipsisMask: 1, newAxisMask: 4, shrinkAxisMask: 2)), [x])
        try g.add("lay_tile", .tile(multiples: [2, 1]), [v])
        try g.add("lay_pack", .pack(axis: 1, count: 2), [v, v])
        try g.add("lay_unpack", .unpack(axis: 1, count: 5), [v])
        try g.add("lay_gather", .gather(axis: 1, batchDims: 0), [v, ints])
        let table = try g.add("lay_table", .placeholder(dtype: .float64, shape: [4, 6]))
        let rows = try g.add("lay_rows", .placeholder(dtype: .int64, shape: [4, 2]))
        let picked = try g.add("lay_gather_batch", .gather(axis: 1, batchDims: 1), [table, rows])
        try g.add("lay_gather_grad", .gatherGrad(axis: 1, batchDims: 1, paramsShape: [4, 6]), [rows, picked])
    }

    func testLayoutOpsWriteTensorFlowAttributes() throws {
        let def = GraphDefExporter.graphDef(from: try Self.everyOpGraph())
        func find(_ name: String) -> NodeDef? { def.node.first { $0.name == name } }
        XCTAssertEqual(find("lay_pad")?.op, "PadV2")
        XCTAssertEqual(find("lay_pad")?.input, ["x", "lay_pad/paddings", "lay_zero"])
        XCTAssertEqual(find("lay_pad/paddings")?.attr["value"],
                       AttrValue(.tensor(GraphDefExporter.tensorProto(Tensor(shape: [4, 2], int32s: [0, 0, 1, 3, 2, 0, 0, 0])))))
        XCTAssertEqual(find("lay_reflect")?.op, "MirrorPad")
        XCTAssertEqual(find("lay_reflect")?.attr["mode"], AttrValue(.s(Array("REFLECT".utf8))))
        XCTAssertEqual(find("lay_symmetric")?.attr["mode"], AttrValue(.s(Array("SYMMETRIC".utf8))))
        XCTAssertEqual(find("lay_edge")?.op, "GraphJITEdgePad")
        XCTAssertEqual(find("lay_edge")?.input, ["lay_v", "lay_edge/paddings"])
        XCTAssertNil(find("lay_edge")?.attr["mode"])
        XCTAssertEqual(find("lay_concat")?.input, ["lay_v", "lay_v", "lay_v", "lay_concat/axis"])
        XCTAssertEqual(find("lay_concat")?.attr["N"], AttrValue(.i(3)))
        XCTAssertEqual(find("lay_split")?.op, "Split")
        XCTAssertEqual(find("lay_split")?.input, ["lay_split/split_dim", "lay_v"])
        XCTAssertEqual(find("lay_split_v")?.op, "SplitV")
        XCTAssertEqual(find("lay_split_v")?.input, ["lay_v", "lay_split_v/size_splits", "lay_split_v/split_dim"])
        XCTAssertEqual(find("lay_piece")?.input, ["lay_split:2"])
        XCTAssertEqual(find("lay_squeeze")?.attr["squeeze_dims"], AttrValue(.list(ListValue(i: [0]))))
        XCTAssertEqual(find("lay_strided_masks")?.attr["Index"], AttrValue(.type(.int64)))
        XCTAssertEqual(find("lay_strided_masks")?.attr["shrink_axis_mask"], AttrValue(.i(2)))
        XCTAssertEqual(find("lay_strided")?.attr["Index"], AttrValue(.type(.int32)))
        XCTAssertEqual(find("lay_slice")?.input, ["lay_v", "lay_slice/begin", "lay_slice/size"])
        XCTAssertEqual(find("lay_unpack")?.attr["num"], AttrValue(.i(5)))
        XCTAssertEqual(find("lay_gather")?.input, ["lay_v", "lay_ints", "lay_gather/axis"])
        XCTAssertEqual(find("lay_gather_batch")?.attr["batch_dims"], AttrValue(.i(1)))
        XCTAssertEqual(find("lay_gather_batch")?.attr["Tindices"], AttrValue(.type(.int64)))
        XCTAssertEqual(find("lay_gather_grad")?.op, "GraphJITGatherGrad")
        XCTAssertEqual(find("lay_gather_grad")?.input, ["lay_gather_grad/params_shape", "lay_rows", "lay_gather_batch"])
    }
}
