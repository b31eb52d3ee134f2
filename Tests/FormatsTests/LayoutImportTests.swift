import GraphIR
import XCTest
@testable import Formats

/// The layout ops: each imports to its GraphIR op with TensorFlow's attributes, and every input
/// TensorFlow refuses is a one-line error naming the node and the op.
final class LayoutImportTests: XCTestCase {
    private let f32 = ("T", "type: DT_FLOAT")
    private let x = placeholderText("x", "DT_FLOAT", [2, 3, 4])
    private let unknownRank = placeholderText("u", "DT_FLOAT", nil)

    private func op(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) -> Op? {
        node(importText(text, file: file, line: line), name, file: file, line: line)?.op
    }

    private func matrix(_ name: String, _ rows: [[Int]], _ dtype: String = "DT_INT32") -> String {
        let key = dtype == "DT_INT64" ? "int64_val" : "int_val"
        return constText(name, dtype, [rows.count, 2], rows.joined().map { "\(key): \($0)" }.joined(separator: " "))
    }

    private func scalar(_ name: String, _ v: Int, _ dtype: String = "DT_INT32") -> String {
        constText(name, dtype, [], "\(dtype == "DT_INT64" ? "int64_val" : "int_val"): \(v)")
    }

    private func int64ConstText(_ name: String, _ values: [Int]) -> String {
        constText(name, "DT_INT64", [values.count], values.map { "int64_val: \($0)" }.joined(separator: " "))
    }

    // MARK: imports

    func testPads() {
        let g = importText(x + matrix("p", [[0, 0], [1, 2], [3, 0]]) + nodeText("pad", "Pad", ["x", "p"], [f32, ("Tpaddings", "type: DT_INT32")]))
        XCTAssertEqual(node(g, "pad")?.op, .pad(before: [0, 1, 3], after: [0, 2, 0], mode: .constant))
        XCTAssertEqual(node(g, "pad")?.types, [TensorType(.float32, [2, 6, 7])])
        // Pad's zeros are a Const inner node, so the op is PadV2's.
        XCTAssertEqual(g.nodes.first { $0.name == "pad/constant_values" }?.op, .constant(Tensor(shape: [], floats: [0])))
        let v2 = x + matrix("p", [[1, 1], [0, 0], [0, 2]], "DT_INT64") + constText("v", "DT_FLOAT", [], "float_val: 2.5")
            + nodeText("pad", "PadV2", ["x", "p", "v"], [f32, ("Tpaddings", "type: DT_INT64")])
        XCTAssertEqual(op(v2, "pad"), .pad(before: [1, 0, 0], after: [1, 0, 2], mode: .constant))
        for (mode, m) in [("REFLECT", PadMode.reflect), ("SYMMETRIC", .symmetric)] {
            let text = x + matrix("p", [[1, 1], [2, 2], [3, 3]]) + nodeText("m", "MirrorPad", ["x", "p"], [f32, ("mode", "s: \"\(mode)\"")])
            XCTAssertEqual(op(text, "m"), .pad(before: [1, 2, 3], after: [1, 2, 3], mode: m))
        }
        // An input of unknown rank takes its rank from the paddings.
        XCTAssertEqual(node(importText(unknownRank + matrix("p", [[1, 0]]) + nodeText("pad", "Pad", ["u", "p"])), "pad")?.types,
                       [TensorType(.float32, [-1])])
    }

    func testConcatAndSplit() {
        let y = placeholderText("y", "DT_FLOAT", [2, 5, 4])
        let g = importText(x + y + scalar("a", -2) + nodeText("c", "ConcatV2", ["x", "y", "x", "a"], [f32, ("N", "i: 3"), ("Tidx", "type: DT_INT32")]))
        XCTAssertEqual(node(g, "c")?.op, .concat(axis: 1, count: 3))
        XCTAssertEqual(node(g, "c")?.types, [TensorType(.float32, [2, 11, 4])])
        XCTAssertEqual(node(g, "c")?.inputs.count, 3)
        XCTAssertEqual(op(x + scalar("a", 2) + nodeText("c", "Concat", ["a", "x", "x"], [f32, ("N", "i: 2")]), "c"),
                       .concat(axis: 2, count: 2))
        let s = importText(x + scalar("d", -1) + nodeText("s", "Split", ["d", "x"], [f32, ("num_split", "i: 2")])
                           + nodeText("second", "Identity", ["s:1"], [f32]))
        XCTAssertEqual(node(s, "s")?.op, .split(axis: 2, pieces: .equal(count: 2)))
        XCTAssertEqual(node(s, "s")?.types, Array(repeating: TensorType(.float32, [2, 3, 2]), count: 2))
        XCTAssertEqual(node(s, "second")?.inputs, [Value(node: s.index(of: "s") ?? -1, output: 1)])
        let v = x + int64ConstText("sizes", [1, -1, 0]) + scalar("d", 1)
            + nodeText("s", "SplitV", ["x", "sizes", "d"], [f32, ("num_split", "i: 3"), ("Tlen", "type: DT_INT64")])
        XCTAssertEqual(node(importText(v), "s")?.types.map(\.shape), [[2, 1, 4], [2, 2, 4], [2, 0, 4]])
    }

    func testSqueezeExpandDimsSliceAndTile() {
        let ones = placeholderText("o", "DT_FLOAT", [1, 3, 1])
        XCTAssertEqual(op(ones + nodeText("s", "Squeeze", ["o"], [f32, ("squeeze_dims", listText([-1, 2]))]), "s"), .squeeze(axes: [2]))
        XCTAssertEqual(op(ones + nodeText("s", "Squeeze", ["o"], [f32, ("axis", listText([0]))]), "s"), .squeeze(axes: [0]))
        XCTAssertEqual(node(importText(ones + nodeText("s", "Squeeze", ["o"], [f32])), "s")?.types, [TensorType(.float32, [3])])
        // An unknown dimension named explicitly is taken to be 1 (TensorFlow's shape function)...
        let batch = placeholderText("b", "DT_FLOAT", [-1, 3])
        XCTAssertEqual(node(importText(batch + nodeText("s", "Squeeze", ["b"], [("squeeze_dims", listText([0]))])), "s")?.types,
                       [TensorType(.float32, [3])])
        // ...and without axes the result waits for the shapes.
        XCTAssertEqual(node(importText(batch + nodeText("s", "Squeeze", ["b"])), "s")?.types, [TensorType(.float32, nil)])
        XCTAssertEqual(op(x + scalar("d", -1) + nodeText("e", "ExpandDims", ["x", "d"], [f32, ("Tdim", "type: DT_INT32")]), "e"),
                       .expandDims(axis: 3))
        XCTAssertEqual(op(x + int32ConstText("d", [-4]) + nodeText("e", "ExpandDims", ["x", "d"]), "e"), .expandDims(axis: 0))
        XCTAssertEqual(op(x + int32ConstText("b", [0, 1, 0]) + int32ConstText("n", [-1, 2, 3])
                          + nodeText("s", "Slice", ["x", "b", "n"], [f32, ("Index", "type: DT_INT32")]), "s"),
                       .slice(begin: [0, 1, 0], size: [-1, 2, 3]))
        XCTAssertEqual(op(x + int64ConstText("m", [1, 2, 0]) + nodeText("t", "Tile", ["x", "m"], [f32, ("Tmultiples", "type: DT_INT64")]), "t"),
                       .tile(multiples: [1, 2, 0]))
    }

    func testStridedSliceKeepsTheSpec() {
        let text = x + int32ConstText("b", [0, 1]) + int32ConstText("e", [0, 3]) + int32ConstText("s", [-1, 1])
            + nodeText("ss", "StridedSlice", ["x", "b", "e", "s"], [f32, ("Index", "type: DT_INT32"), ("begin_mask", "i: 1"),
                                                                   ("end_mask", "i: 1"), ("ellipsis_mask", "i: 0"),
                                                                   ("new_axis_mask", "i: 0"), ("shrink_axis_mask", "i: 2")])
        let g = importText(text)
        XCTAssertEqual(node(g, "ss")?.op, .stridedSlice(StridedSliceSpec(begin: [0, 1], end: [0, 3], strides: [-1, 1], beginMask: 1,
                                                                         endMask: 1, shrinkAxisMask: 2)))
        XCTAssertEqual(node(g, "ss")?.types, [TensorType(.float32, [2, 4])])
        // Keras' Flatten: the batch entry of an int32 shape vector.
        let shape = placeholderText("shape", "DT_INT32", [4])
        let flat = shape + int32ConstText("b", [0]) + int32ConstText("e", [1]) + int32ConstText("s", [1])
            + nodeText("n", "StridedSlice", ["shape", "b", "e", "s"], [("T", "type: DT_INT32"), ("shrink_axis_mask", "i: 1")])
            + scalar("minus", -1) + nodeText("p", "Pack", ["n", "minus"], [("T", "type: DT_INT32"), ("N", "i: 2"), ("axis", "i: 0")])
        XCTAssertEqual(node(importText(flat), "p")?.types, [TensorType(.int32, [2])])
        // An input of unknown rank keeps the spec; the shape follows once it is known.
        let later = unknownRank + int32ConstText("b", [0]) + int32ConstText("e", [1]) + int32ConstText("s", [1])
            + nodeText("ss", "StridedSlice", ["u", "b", "e", "s"], [("shrink_axis_mask", "i: 1")])
        let specialised = try? importText(later).specialized(inputShapes: ["u": [5, 2]])
        XCTAssertEqual(specialised.flatMap { node($0, "ss")?.types }, [TensorType(.float32, [2])])
    }

    func testPackUnpackAndGather() {
        XCTAssertEqual(op(x + nodeText("p", "Pack", ["x", "x"], [f32, ("N", "i: 2"), ("axis", "i: -1")]), "p"), .pack(axis: 3, count: 2))
        let u = importText(x + nodeText("u", "Unpack", ["x"], [f32, ("num", "i: 4"), ("axis", "i: -1")]))
        XCTAssertEqual(node(u, "u")?.op, .unpack(axis: 2, count: 4))
        XCTAssertEqual(node(u, "u")?.types.count, 4)
        XCTAssertEqual(node(importText(x + nodeText("u", "Unpack", ["x"], [f32, ("num", "i: 2")])), "u")?.types,
                       Array(repeating: TensorType(.float32, [3, 4]), count: 2))
        let ids = placeholderText("i", "DT_INT64", [2, 5])
        let gv2 = x + ids + scalar("a", -1) + nodeText("g", "GatherV2", ["x", "i", "a"], [("Tparams", "type: DT_FLOAT"),
                                                                                         ("Tindices", "type: DT_INT64"),
                                                                                         ("Taxis", "type: DT_INT32"),
                                                                                         ("batch_dims", "i: 0")])
        let g = importText(gv2)
        XCTAssertEqual(node(g, "g")?.op, .gather(axis: 2, batchDims: 0))
        XCTAssertEqual(node(g, "g")?.types, [TensorType(.float32, [2, 3, 2, 5])])
        let batched = x + ids + scalar("a", 2) + nodeText("g", "GatherV2", ["x", "i", "a"], [("batch_dims", "i: -1")])
        XCTAssertEqual(op(batched, "g"), .gather(axis: 2, batchDims: 1))
        XCTAssertEqual(op(x + int32ConstText("k", [1, 0, 1]) + nodeText("g", "Gather", ["x", "k"], [("validate_indices", "b: false")]), "g"),
                       .gather(axis: 0, batchDims: 0))
    }

    // MARK: errors

    func testPadErrors() {
        func pad(_ p: String, op: String = "Pad", attrs: [(String, String)] = [], input: String = "x") -> String {
            (input == "x" ? x : unknownRank) + p + nodeText("pad", op, [input, "p"], attrs)
        }
        assertImportError(pad(matrix("p", [[0, 0], [-1, 0], [0, 0]])), node: "pad", "paddings must be between 0 and 2^36, got -1")
        assertImportError(pad(matrix("p", [[0, 0], [1, 1]])), node: "pad", "paddings must have shape [3,2], got [2,2]")
        assertImportError(pad(int32ConstText("p", [0, 0, 0])), node: "pad", "paddings must have shape [3,2], got [3]")
        assertImportError(pad(placeholderText("p", "DT_INT32", [3, 2])), node: "pad", "paddings (input 1, 'p') must be a constant")
        assertImportError(pad(constText("p", "DT_FLOAT", [3, 2], "float_val: 0")), node: "pad", "paddings must be int32 or int64")
        assertImportError(pad(matrix("p", [[0, 0], [0, 0], [0, 0]]), attrs: [("Tpaddings", "type: DT_INT64")]), node: "pad",
                          "attribute 'Tpaddings' is DT_INT64 but paddings is DT_INT32")
        assertImportError(pad(matrix("p", [[0, 0], [0, 0], [0, 0]]), op: "MirrorPad"), node: "pad", "missing required attribute 'mode'")
        assertImportError(pad(matrix("p", [[0, 0], [0, 0], [0, 0]]), op: "MirrorPad", attrs: [("mode", "s: \"reflect\"")]),
                          node: "pad", "mode 'reflect' is not supported (use REFLECT or SYMMETRIC)")
        // REFLECT pads at most size - 1, SYMMETRIC at most size.
        assertImportError(pad(matrix("p", [[2, 0], [0, 0], [0, 0]]), op: "MirrorPad", attrs: [("mode", "s: \"REFLECT\"")]),
                          node: "pad", "MirrorPad REFLECT pads dimension 0 of size 2 by (2, 0); at most 1 per side")
        assertImportError(pad(matrix("p", [[0, 0], [0, 4], [0, 0]]), op: "MirrorPad", attrs: [("mode", "s: \"SYMMETRIC\"")]),
                          node: "pad", "MirrorPad SYMMETRIC pads dimension 1 of size 3 by (0, 4); at most 3 per side")
        let v2 = x + matrix("p", [[0, 0], [0, 0], [1, 0]])
        assertImportError(v2 + placeholderText("v", "DT_INT32", []) + nodeText("pad", "PadV2", ["x", "p", "v"]), node: "pad",
                          "constant_values is int32 but the input is float32")
        assertImportError(v2 + placeholderText("v", "DT_FLOAT", [1]) + nodeText("pad", "PadV2", ["x", "p", "v"]), node: "pad",
                          "constant_values must be a scalar, got shape [1]")
        // Unknown sizes are checked once known.
        let mirrored = placeholderText("m", "DT_FLOAT", [-1]) + matrix("p", [[3, 0]])
            + nodeText("pad", "MirrorPad", ["m", "p"], [("mode", "s: \"REFLECT\"")])
        XCTAssertThrowsError(try importText(mirrored).specialized(inputShapes: ["m": [3]])) { e in
            XCTAssertTrue("\(e)".contains("node 'pad' (MirrorPad): MirrorPad REFLECT pads dimension 0 of size 3 by (3, 0); at most 2 per side"), "\(e)")
        }
    }

    func testConcatAndSplitErrors() {
        let y = placeholderText("y", "DT_FLOAT", [2, 5, 4])
        assertImportError(x + scalar("a", 0) + nodeText("c", "ConcatV2", ["x", "a"]), node: "c", "has 2 data input(s), expected at least 3")
        assertImportError(x + scalar("a", 0, "DT_INT64") + nodeText("c", "Concat", ["a", "x", "x"]), node: "c", "axis must be int32, got int64")
        assertImportError(x + y + scalar("a", 1) + nodeText("c", "ConcatV2", ["x", "y", "a"], [("N", "i: 3")]), node: "c",
                          "attribute 'N' is 3 but the node has 2 value inputs")
        assertImportError(x + y + scalar("a", 3) + nodeText("c", "ConcatV2", ["x", "y", "a"]), node: "c", "axis 3 is out of range [-3, 3)")
        assertImportError(x + y + scalar("a", 0) + nodeText("c", "ConcatV2", ["x", "y", "a"]), node: "c",
                          "input 1 has shape [2,5,4], which differs from [2,3,4] in dimension 1")
        assertImportError(x + y + int32ConstText("a", [1, 2]) + nodeText("c", "ConcatV2", ["x", "y", "a"]), node: "c",
                          "axis must be a scalar, got shape [2]")
        assertImportError(x + y + placeholderText("a", "DT_INT32", []) + nodeText("c", "ConcatV2", ["x", "y", "a"]), node: "c",
                          "axis (input 2, 'a') must be a constant")
        assertImportError(x + placeholderText("i", "DT_INT32", [2, 3, 4]) + scalar("a", 0) + nodeText("c", "ConcatV2", ["x", "i", "a"]),
                          node: "c", "input 1 is int32 but input 0 is float32")
        let s = placeholderText("s", "DT_FLOAT", [])
        assertImportError(s + s.replacingOccurrences(of: "\"s\"", with: "\"t\"") + scalar("a", 0) + nodeText("c", "ConcatV2", ["s", "t", "a"]),
                          node: "c", "cannot concatenate scalars (use Pack)")
        assertImportError(unknownRank + unknownRank.replacingOccurrences(of: "\"u\"", with: "\"w\"") + scalar("a", -1)
                          + nodeText("c", "ConcatV2", ["u", "w", "a"]), node: "c", "negative axis -1 needs an input of known rank")
        assertImportError(x + scalar("d", 2) + nodeText("s", "Split", ["d", "x"], [("num_split", "i: 3")]), node: "s",
                          "cannot split a dimension of size 4 into 3 equal pieces")
        assertImportError(x + scalar("d", 0) + nodeText("s", "Split", ["d", "x"], [("num_split", "i: 0")]), node: "s",
                          "num_split must be at least 1, got 0")
        assertImportError(x + scalar("d", 0) + nodeText("s", "Split", ["d", "x"]), node: "s", "missing required attribute 'num_split'")
        assertImportError(x + scalar("d", -4) + nodeText("s", "Split", ["d", "x"], [("num_split", "i: 1")]), node: "s",
                          "split_dim -4 is out of range [-3, 3)")
        func splitV(_ sizes: [Int], _ count: Int) -> String {
            x + int32ConstText("n", sizes) + scalar("d", 2) + nodeText("s", "SplitV", ["x", "n", "d"], [("num_split", "i: \(count)")])
        }
        assertImportError(splitV([-1, -1], 2), node: "s", "size_splits [-1, -1] has more than one -1")
        assertImportError(splitV([1, 1], 2), node: "s", "size_splits [1, 1] add up to 2, but the dimension has 4 elements")
        assertImportError(splitV([3, 2, -1], 3), node: "s", "size_splits [3, 2, -1] take more than the 4 elements of the dimension")
        assertImportError(splitV([-2, 6], 2), node: "s", "size_splits[0] is -2; sizes must be >= 0 (or one -1)")
        assertImportError(splitV([2, 2], 3), node: "s", "size_splits has 2 entries but num_split is 3")
    }

    func testSqueezeExpandSliceTileErrors() {
        assertImportError(x + nodeText("s", "Squeeze", ["x"], [("squeeze_dims", listText([1]))]), node: "s", "cannot squeeze dimension 1 of size 3")
        assertImportError(x + nodeText("s", "Squeeze", ["x"], [("squeeze_dims", listText([3]))]), node: "s",
                          "squeeze dimension 3 is out of range [-3, 3)")
        assertImportError(unknownRank + nodeText("s", "Squeeze", ["u"], [("squeeze_dims", listText([-1]))]), node: "s",
                          "negative squeeze dimension -1 needs an input of known rank")
        assertImportError(x + nodeText("s", "Squeeze", ["x"], [("squeeze_dims", listText([0])), ("axis", listText([1]))]), node: "s",
                          "squeeze_dims [0] and axis [1] disagree")
        assertImportError(x + scalar("d", 4) + nodeText("e", "ExpandDims", ["x", "d"]), node: "e", "dim 4 is out of range [-4, 4)")
        assertImportError(x + int32ConstText("d", [0, 1]) + nodeText("e", "ExpandDims", ["x", "d"]), node: "e",
                          "dim must hold a single value, got shape [2]")
        func slice(_ begin: [Int], _ size: [Int], sizeText: String? = nil) -> String {
            x + int32ConstText("b", begin) + (sizeText ?? int32ConstText("n", size)) + nodeText("s", "Slice", ["x", "b", "n"])
        }
        assertImportError(slice([0, -1, 0], [1, 1, 1]), node: "s", "begin must be >= 0, got -1")
        assertImportError(slice([0, 1, 0], [1, 3, 1]), node: "s", "slice of 3 elements from 1 passes the end of dimension 1 of size 3")
        assertImportError(slice([0, 4, 0], [1, -1, 1]), node: "s", "begin[1] = 4 is beyond dimension 1 of size 3")
        assertImportError(slice([0, 0, 0], [1, -2, 1]), node: "s", "size must be >= 0 or -1, got -2")
        assertImportError(slice([0, 0], [1, 1]), node: "s", "2 begin entries for an input of rank 3")
        assertImportError(slice([0, 0, 0], [1, 1]), node: "s", "begin has 3 entries but size has 2")
        assertImportError(slice([0, 0, 0], [], sizeText: int64ConstText("n", [1, 1, 1])), node: "s", "input 2 is int64 but input 1 is int32")
        assertImportError(x + int32ConstText("m", [1, -1, 1]) + nodeText("t", "Tile", ["x", "m"]), node: "t", "multiples must be >= 0, got -1")
        assertImportError(x + int32ConstText("m", [1, 2]) + nodeText("t", "Tile", ["x", "m"]), node: "t", "2 multiples for an input of rank 3")
        assertImportError(x + int32ConstText("m", [1 << 20, 1 << 20, 1]) + nodeText("t", "Tile", ["x", "m"]), node: "t", "more than 2^36 elements")
    }

    func testStridedSliceErrors() {
        func ss(_ b: [Int], _ e: [Int], _ s: [Int], _ masks: [(String, String)] = [], strides: String? = nil) -> String {
            x + int32ConstText("b", b) + int32ConstText("e", e) + (strides ?? int32ConstText("s", s))
                + nodeText("ss", "StridedSlice", ["x", "b", "e", "s"], masks)
        }
        assertImportError(ss([0, 0], [1, 1], [1, 0]), node: "ss", "strides[1] must be non-zero")
        assertImportError(ss([0, 0], [1, 1], [1, 1], [("ellipsis_mask", "i: 3")]), node: "ss",
                          "ellipsis_mask 3 has more than one bit set: a slice has at most one ellipsis")
        assertImportError(ss([0], [1], [1], [("begin_mask", "i: 4294967296")]), node: "ss", "begin_mask 4294967296 does not fit in int32")
        assertImportError(ss([0, 0], [1], [1, 1]), node: "ss", "begin, end and strides must have the same length, got 2, 1 and 2")
        assertImportError(ss([3], [4], [1], [("shrink_axis_mask", "i: 1")]), node: "ss", "index 3 is out of range for dimension 0 of size 2")
        assertImportError(ss([-3], [0], [1], [("shrink_axis_mask", "i: 1")]), node: "ss", "index -3 is out of range for dimension 0 of size 2")
        assertImportError(ss([1], [0], [-1], [("shrink_axis_mask", "i: 1")]), node: "ss",
                          "dimension 0 takes a single index and needs a positive stride, got -1")
        assertImportError(ss([0, 0, 0, 0], [1, 1, 1, 1], [1, 1, 1, 1]), node: "ss",
                          "slice entry 3 needs input dimension 3 but the input has rank 3")
        let long = Array(repeating: 0, count: 32)
        assertImportError(ss(long, long, long.map { _ in 1 }), node: "ss", "a slice spec has at most 31 entries (32-bit masks), got 32")
        assertImportError(ss([0], [1], [], strides: int64ConstText("s", [1])), node: "ss", "input 3 is int64 but input 1 is int32")
        assertImportError(ss([0], [1], [1], [("Index", "type: DT_INT64")]), node: "ss", "attribute 'Index' is DT_INT64 but begin is DT_INT32")
        assertImportError(ss([0], [1], [1], [("shrink_axis_mask", "f: 1")]), node: "ss", "attribute 'shrink_axis_mask' must be an int, got float")
        assertImportError(ss([0], [1], [], strides: constText("s", "DT_INT32", [], "int_val: 1")), node: "ss",
                          "strides must be a vector, got shape []")
    }

    func testPackUnpackGatherErrors() {
        let y = placeholderText("y", "DT_FLOAT", [2, 3, 5])
        assertImportError(x + nodeText("p", "Pack", ["x", "x"], [("axis", "i: 4")]), node: "p", "axis 4 is out of range [-4, 4)")
        assertImportError(x + nodeText("p", "Pack", ["x", "x"], [("N", "i: 3")]), node: "p", "attribute 'N' is 3 but the node has 2 value inputs")
        assertImportError(x + y + nodeText("p", "Pack", ["x", "y"]), node: "p", "input 1 has shape [2,3,5], which differs from [2,3,4] in dimension 2")
        assertImportError(x + nodeText("u", "Unpack", ["x"], [("num", "i: 3")]), node: "u", "cannot unpack dimension 0 of size 2 into 3 outputs")
        assertImportError(x + nodeText("u", "Unpack", ["x"], [("num", "i: 2"), ("axis", "i: 3")]), node: "u", "axis 3 is out of range [-3, 3)")
        assertImportError(x + nodeText("u", "Unpack", ["x"], [("num", "i: -1")]), node: "u", "num must be >= 0, got -1")
        assertImportError(x + nodeText("u", "Unpack", ["x"]), node: "u", "missing required attribute 'num'")
        assertImportError(x + nodeText("u", "Unpack", ["x"], [("num", "i: 2")]) + nodeText("v", "Identity", ["u:2"]), node: "v",
                          "asks for output 2 of 'u', which has 2 output(s)")
        func gather(_ indices: String, axis: Int = 1, attrs: [(String, String)] = []) -> String {
            x + indices + scalar("a", axis) + nodeText("g", "GatherV2", ["x", "i", "a"], attrs)
        }
        assertImportError(gather(int32ConstText("i", [0, 3])), node: "g", "indices[1] = 3 is not in [0, 3)")
        assertImportError(gather(int64ConstText("i", [-1])), node: "g", "indices[0] = -1 is not in [0, 3)")
        assertImportError(gather(constText("i", "DT_FLOAT", [1], "float_val: 0")), node: "g", "indices must be int32 or int64, got float32")
        assertImportError(gather(int32ConstText("i", [0]), axis: 3), node: "g", "axis 3 is out of range [-3, 3)")
        assertImportError(gather(placeholderText("i", "DT_INT32", [2, 2]), axis: 0, attrs: [("batch_dims", "i: 1")]), node: "g",
                          "batch_dims 1 must be <= axis 0")
        assertImportError(gather(placeholderText("i", "DT_INT32", [2]), axis: 2, attrs: [("batch_dims", "i: 2")]), node: "g",
                          "batch_dims 2 is more than the rank 1 of the indices")
        assertImportError(gather(placeholderText("i", "DT_INT32", [3, 2]), axis: 1, attrs: [("batch_dims", "i: 1")]), node: "g",
                          "batch dimension 0 is 2 in params but 3 in indices")
        assertImportError(gather(placeholderText("i", "DT_INT32", [2]), attrs: [("batch_dims", "i: -2")]), node: "g",
                          "batch_dims -2 is out of range for indices of rank 1")
        assertImportError(gather(int32ConstText("i", [0]), attrs: [("Tparams", "type: DT_INT32")]), node: "g",
                          "attribute 'Tparams' is DT_INT32 but params is DT_FLOAT")
        assertImportError(x + constText("i", "DT_FLOAT", [], "float_val: 0") + nodeText("g", "Gather", ["x", "i"]), node: "g",
                          "indices must be int32 or int64")
    }
}
