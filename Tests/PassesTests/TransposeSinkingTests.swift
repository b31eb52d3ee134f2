import GraphIR
import Passes
import Reference
import XCTest

/// Pass `layout`: transposes cancel, move through the ops that commute with them, and come back
/// where a reader needs the original layout; values stay equal (bit for bit, but for reductions).
final class TransposeSinkingTests: XCTestCase {
    private let toNCHW = [0, 3, 1, 2], toNHWC = [0, 2, 3, 1]

    private func constant(_ shape: [Int], _ values: (Int) -> Float = { Float($0 % 7) - 3 }) -> Op {
        .constant(Tensor(shape: shape, floats: (0..<shape.reduce(1, *)).map(values)))
    }

    /// The pass alone, through the manager (which checks the contract on kept values).
    private func layout(_ g: Graph, keeping names: [String]) throws -> PassResult {
        try PassManager([.layout]).run(g, keepingNames: names)
    }

    /// The pass, then folding of what it wrote over constants and DCE.
    private func layoutAndFold(_ g: Graph, keeping names: [String]) throws -> PassResult {
        try PassManager([.layout, .constantFolding, .deadNodeElimination], constantEvaluator: ReferenceConstantEvaluator())
            .run(g, keepingNames: names)
    }

    private func transposes(_ g: Graph) -> [String] {
        g.nodes.filter { if case .transpose = $0.op { return true } else { return false } }.map(\.name)
    }

    private func op(_ g: Graph, _ name: String) throws -> Op {
        g.nodes[try XCTUnwrap(g.index(of: name), "no node \(name) in\n\(g)")].op
    }

    /// For reductions, which may add in another order in the new layout.
    private func assertClose(_ original: Graph, _ result: PassResult, keeping names: [String],
                             file: StaticString = #filePath, line: UInt = #line) throws {
        var rng = SeededGenerator(seed: 5)
        let feeds = try randomFeeds(for: original, in: -2...2, using: &rng)
        let expected = try Reference.evaluate(original, feeds: feeds, fetch: try keptValues(named: names, in: original))
        let actual = try Reference.evaluate(result.graph, feeds: feeds, fetch: result.kept)
        for (name, (a, e)) in zip(names, zip(actual, expected)) {
            if let problem = mismatch(a, e, relativeTolerance: 1e-6, absoluteTolerance: 1e-5) {
                XCTFail("\(name): \(problem)", file: file, line: line)
            }
        }
    }

    func testInverseTransposesCancelAndOthersCompose() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 3, 4, 5]))
        let nhwc = try g.add("nhwc", .transpose(toNHWC), [x])
        try g.add("back", .unary(.relu), [try g.add("nchw", .transpose(toNCHW), [nhwc])])
        try g.add("swapped", .unary(.neg), [try g.add("swap", .transpose([1, 0, 2, 3]), [nhwc])])
        let kept = try keptValues(named: ["back", "swapped"], in: g)
        let result = try layout(g, keeping: ["back", "swapped"])
        XCTAssertEqual(try inputNames(result.graph, "back"), ["x"], "\(result.graph)")
        // [0,2,3,1] then [1,0,2,3]: one transpose of x by [2,0,3,1], which the Neg reads (after
        // the Neg it would cost as much).
        XCTAssertEqual(transposes(result.graph), ["swap"])
        XCTAssertEqual(try op(result.graph, "swap"), .transpose([2, 0, 3, 1]))
        XCTAssertEqual(try inputNames(result.graph, "swap"), ["x"])
        XCTAssertEqual(try inputNames(result.graph, "swapped"), ["swap"])
        try assertEquivalent(g, keeping: kept, result)
    }

    /// NHWC -> NCHW, Relu, Add of a `[C,1,1]` bias, NCHW -> NHWC: the bias becomes `[1,1,1,C]`
    /// (graph ops over the constant, which folding computes) and no transpose is left.
    func testTransposesMeetThroughReluAndAddOfAChannelBias() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 4, 5, 3]))
        let relu = try g.add("relu", .unary(.relu), [try g.add("nchw", .transpose(toNCHW), [x])])
        let add = try g.add("add", .binary(.add), [relu, try g.add("bias", constant([3, 1, 1]))])
        try g.add("y", .unary(.tanh), [try g.add("nhwc", .transpose(toNHWC), [add])])
        let kept = try keptValues(named: ["y"], in: g)
        let moved = try layout(g, keeping: ["y"])
        XCTAssertEqual(transposes(moved.graph), [], "\(moved.graph)")
        XCTAssertEqual(try inputNames(moved.graph, "y"), ["add"])
        XCTAssertEqual(moved.graph[try XCTUnwrap(moved.graph.value(named: "add"))].shape, [2, 4, 5, 3])
        try assertEquivalent(g, keeping: kept, moved)
        let folded = try layoutAndFold(g, keeping: ["y"])
        let bias = try inputNames(folded.graph, "add")[1]
        guard case .constant(let t) = try op(folded.graph, bias) else { return XCTFail("bias not folded: \(folded.graph)") }
        XCTAssertEqual(t.shape, [1, 1, 1, 3])
        try assertEquivalent(g, keeping: kept, folded)
    }

    /// A constant whose transpose moves more than size-1 dimensions: reshaped to full rank,
    /// transposed, folded.
    func testAFullConstantIsTransposedIntoThePermutedLayout() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 4, 5, 3]))
        let mul = try g.add("mul", .binary(.mul), [try g.add("c", constant([3, 4, 5])), try g.add("nchw", .transpose(toNCHW), [x])])
        try g.add("y", .transpose(toNHWC), [mul])
        let kept = try keptValues(named: ["y"], in: g)
        let moved = try layout(g, keeping: ["y"])
        XCTAssertEqual(transposes(moved.graph), ["c/permuted"], "only the constant's: \(moved.graph)")
        XCTAssertEqual(try op(moved.graph, "c/full_rank"), .reshape([1, 3, 4, 5]))
        XCTAssertEqual(try op(moved.graph, "y"), .identity, "the kept name stays")
        try assertEquivalent(g, keeping: kept, moved)
        let folded = try layoutAndFold(g, keeping: ["y"])
        XCTAssertEqual(transposes(folded.graph), [])
        try assertEquivalent(g, keeping: kept, folded)
    }

    /// An operand that is neither permuted alike nor free to permute keeps the node where it was.
    func testAComputedOperandInTheOriginalLayoutStopsTheMove() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 4, 5, 3]))
        let z = try g.add("z", placeholder([2, 3, 4, 5]))
        let add = try g.add("add", .binary(.add), [try g.add("nchw", .transpose(toNCHW), [x]), z])
        try g.add("y", .transpose(toNHWC), [add])
        let result = try layout(g, keeping: ["y"])
        XCTAssertEqual(result.graph.description, g.description)
    }

    func testConcatOfTwoBranchesTransposedAlike() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([1, 4, 4, 3]))
        let a = try g.add("a", .unary(.relu), [try g.add("a/nchw", .transpose(toNCHW), [x])])
        let b = try g.add("b", .unary(.neg), [try g.add("b/nchw", .transpose(toNCHW), [try g.add("x2", .unary(.exp), [x])])])
        let cat = try g.add("cat", .concat(axis: 1, count: 2), [a, b])
        try g.add("y", .unary(.sigmoid), [try g.add("cat/nhwc", .transpose(toNHWC), [cat])])
        let kept = try keptValues(named: ["y"], in: g)
        let result = try layout(g, keeping: ["y"])
        XCTAssertEqual(transposes(result.graph), [], "\(result.graph)")
        XCTAssertEqual(try op(result.graph, "cat"), .concat(axis: 3, count: 2))
        try assertEquivalent(g, keeping: kept, result)
    }

    /// Concat of one transposed and one untransposed input: nothing moves past it.
    func testConcatOfInputsInDifferentLayoutsStays() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([1, 4, 4, 3]))
        let a = try g.add("a", .unary(.relu), [try g.add("a/nchw", .transpose(toNCHW), [x])])
        let cat = try g.add("cat", .concat(axis: 1, count: 2), [a, try g.add("z", placeholder([1, 2, 4, 4]))])
        try g.add("y", .transpose(toNHWC), [cat])
        let result = try layout(g, keeping: ["y"])
        XCTAssertEqual(result.graph.description, g.description)
    }

    /// keepDims: the result is held permuted, `[N,1,1,C]` for `[N,C,1,1]`, a reshape; without
    /// keepDims the remaining axes `[N,C]` are in order and nothing is transposed at all.
    func testReductionsWithAndWithoutKeepDims() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 4, 5, 3]))
        let nchw = try g.add("nchw", .transpose(toNCHW), [x])
        try g.add("mean", .reduce(.mean, axes: [2, 3], keepDims: true), [nchw])
        try g.add("sum", .reduce(.sum, axes: [2, 3], keepDims: false), [nchw])
        try g.add("max", .reduce(.max, axes: [1], keepDims: false), [nchw])
        let names = ["mean", "sum", "max"]
        let result = try layout(g, keeping: names)
        XCTAssertEqual(transposes(result.graph), [], "\(result.graph)")
        XCTAssertEqual(try op(result.graph, "mean"), .reshape([2, 3, 1, 1]))
        XCTAssertEqual(try op(result.graph, "mean/permuted"), .reduce(.mean, axes: [1, 2], keepDims: true))
        XCTAssertEqual(try op(result.graph, "sum"), .reduce(.sum, axes: [1, 2], keepDims: false))
        XCTAssertEqual(try op(result.graph, "max"), .reduce(.max, axes: [3], keepDims: false))
        try assertClose(g, result, keeping: names)
    }

    /// Without keepDims the remaining axes may stay permuted: `[1,2,0]` reduced over axis 0 leaves
    /// the new value's axes in the order `[1,0]`, transposed back after the (smaller) result.
    func testAReductionLeavesTheInducedPermutation() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([3, 4, 5]))
        let t = try g.add("t", .transpose([1, 2, 0]), [x])
        try g.add("sum", .reduce(.sum, axes: [0], keepDims: false), [t])
        let result = try layout(g, keeping: ["sum"])
        XCTAssertEqual(try op(result.graph, "sum/permuted"), .reduce(.sum, axes: [1], keepDims: false))
        XCTAssertEqual(try op(result.graph, "sum"), .transpose([1, 0]))
        XCTAssertEqual(result.graph[try XCTUnwrap(result.graph.value(named: "sum/permuted"))].shape, [3, 5])
        try assertClose(g, result, keeping: ["sum"])
    }

    /// The caller reads an inner NCHW value: it is transposed once, under its name, and the next
    /// op still reads the NHWC value the transposes cancelled to.
    func testAKeptInnerValueIsTransposedBackUnderItsName() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 4, 5, 3]))
        let relu = try g.add("relu", .unary(.relu), [try g.add("nchw", .transpose(toNCHW), [x])])
        let neg = try g.add("neg", .unary(.neg), [try g.add("nhwc", .transpose(toNHWC), [relu])])
        try g.add("y", .unary(.exp), [neg])
        let kept = try keptValues(named: ["relu", "y"], in: g)
        let result = try layout(g, keeping: ["relu", "y"])
        XCTAssertEqual(transposes(result.graph), ["relu"], "\(result.graph)")
        XCTAssertEqual(try op(result.graph, "relu"), .transpose(toNCHW))
        XCTAssertEqual(try inputNames(result.graph, "relu"), ["relu/permuted"])
        XCTAssertEqual(try inputNames(result.graph, "neg"), ["relu/permuted"])
        XCTAssertEqual(result.graph[result.kept[0]].shape, [2, 3, 4, 5])
        try assertEquivalent(g, keeping: kept, result)
    }

    /// A kept value before the transposes and a reader that needs the original layout after:
    /// moving the Relu would transpose twice, so it stays after the one transpose there was.
    func testAMoveThatOnlyAddsTransposesIsUndone() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 4, 5, 3]))
        let nchw = try g.add("nchw", .transpose(toNCHW), [x])
        let relu = try g.add("relu", .unary(.relu), [nchw])
        try g.add("flat", .reshape([2, 60]), [relu])
        let once = try layout(g, keeping: ["flat"])
        XCTAssertEqual(once.graph.description, g.description, "a transpose that meets nothing stays")
        let result = try layout(g, keeping: ["nchw", "flat"])
        XCTAssertEqual(result.graph.description, g.description)
    }

    /// A transpose that only moves size-1 dimensions keeps the elements in order: a reshape.
    func testATransposeOfSizeOneDimensionsBecomesAReshape() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 1, 1, 6]))
        let t = try g.add("t", .transpose(toNCHW), [x])
        try g.add("y", .matMul(transposeA: false, transposeB: false),
                  [try g.add("flat", .reshape([2, 6]), [t]), try g.add("w", constant([6, 2]))])
        let kept = try keptValues(named: ["y"], in: g)
        let result = try layout(g, keeping: ["y"])
        XCTAssertEqual(transposes(result.graph), [])
        XCTAssertEqual(try op(result.graph, "t"), .reshape([2, 6, 1, 1]))
        try assertEquivalent(g, keeping: kept, result)
    }

    func testGraphsOfUnknownShapesAreLeftAlone() throws {
        for shape in [[-1, 4, 5, 3], nil] as [[Int]?] {
            var g = Graph()
            let x = try g.add("x", .placeholder(dtype: .float32, shape: shape))
            let relu = try g.add("relu", .unary(.relu), [try g.add("nchw", .transpose(toNCHW), [x])])
            try g.add("y", .transpose(toNHWC), [relu])
            let result = try layout(g, keeping: ["y"])
            XCTAssertEqual(result.graph.description, g.description)
        }
    }

    /// NCHW BiasAdd on an NCHW view of NHWC data: an NHWC BiasAdd.
    func testBiasAddMovesItsChannelAxis() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 4, 5, 3]))
        let bias = try g.add("bias", .biasAdd(.nchw), [try g.add("nchw", .transpose(toNCHW), [x]), try g.add("b", vector([1, 2, 3]))])
        try g.add("y", .transpose(toNHWC), [bias])
        let kept = try keptValues(named: ["y"], in: g)
        let result = try layout(g, keeping: ["y"])
        XCTAssertEqual(try op(result.graph, "bias"), .biasAdd(.nhwc))
        XCTAssertEqual(transposes(result.graph), [])
        try assertEquivalent(g, keeping: kept, result)
    }

    /// Pad, Slice, Split and Softmax (over an axis the permutation keeps last) between transposes.
    func testPadSliceSplitAndSoftmax() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 4, 5, 6]))
        let t = try g.add("t", .transpose([0, 2, 1, 3]), [x])
        let zero = try g.add("zero", .constant(Tensor(shape: [], floats: [0])))
        let pad = try g.add("pad", .pad(before: [0, 1, 0, 2], after: [1, 0, 2, 0], mode: .constant), [t, zero])
        let slice = try g.add("slice", .slice(begin: [0, 1, 1, 0], size: [2, -1, 5, 7]), [pad])
        let split = try g.add("split", .split(axis: 1, pieces: .sizes([2, 3])), [slice])
        let soft = try g.add("soft", .softmax, [Value(node: split.node, output: 1)])
        let first = try g.add("first", .transpose([0, 2, 1, 3]), [Value(node: split.node, output: 0)])
        try g.add("second", .transpose([0, 2, 1, 3]), [soft])
        try g.add("y", .concat(axis: 2, count: 2), [first, try g.add("second_again", .identity, [try XCTUnwrap(g.value(named: "second"))])])
        let kept = try keptValues(named: ["y"], in: g)
        let result = try layout(g, keeping: ["y"])
        XCTAssertEqual(transposes(result.graph), [], "\(result.graph)")
        XCTAssertEqual(try op(result.graph, "pad"), .pad(before: [0, 0, 1, 2], after: [1, 2, 0, 0], mode: .constant))
        XCTAssertEqual(try op(result.graph, "split"), .split(axis: 2, pieces: .sizes([2, 3])))
        XCTAssertEqual(try op(result.graph, "soft"), .softmax)
        try assertClose(g, result, keeping: ["y"])
    }

    /// Softmax over an axis the permutation moves: the transpose comes back before it.
    func testSoftmaxOverAMovedAxisStays() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 4, 5, 3]))
        let soft = try g.add("soft", .softmax, [try g.add("nchw", .transpose(toNCHW), [x])])
        try g.add("y", .transpose(toNHWC), [soft])
        let result = try layout(g, keeping: ["y"])
        XCTAssertEqual(result.graph.description, g.description)
    }

    /// What the ONNX importer writes for Conv, BatchNormalization, Relu, Conv: after the standard
    /// pipeline, batch norm folds into the first convolution and only the input's and the
    /// output's transposes are left.
    func testONNXConvBatchNormReluChainLosesItsInnerTransposes() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([1, 3, 6, 6]))
        let w1 = try g.add("w1", constant([4, 3, 3, 3]))
        let c1 = try g.add("c1/conv", .conv2D(Conv2DAttributes(padding: .same)),
                           [try g.add("c1/nhwc", .transpose(toNHWC), [x]), try g.add("c1/hwio", .transpose([2, 3, 1, 0]), [w1])])
        let c1Out = try g.add("c1", .transpose(toNCHW), [c1])
        let scale = try g.add("bn/scale", vector([1, 2, 0.5, -1])), shift = try g.add("bn/bias", vector([0, 1, -1, 2]))
        let mean = try g.add("bn/mean", vector([0.5, 0, -0.5, 1])), variance = try g.add("bn/var", vector([1, 2, 0.5, 4]))
        let eps = try g.add("bn/eps", .constant(Tensor(shape: [], floats: [1e-5])))
        let factor = try g.add("bn/factor", .binary(.mul),
                               [scale, try g.add("bn/rsqrt", .unary(.rsqrt), [try g.add("bn/var_eps", .binary(.add), [variance, eps])])])
        let offset = try g.add("bn/shift", .binary(.sub), [shift, try g.add("bn/mean_factor", .binary(.mul), [mean, factor])])
        let scaled = try g.add("bn/scaled", .binary(.mul), [c1Out, try g.add("bn/factor_nchw", .reshape([-1, 1, 1]), [factor])])
        let bn = try g.add("bn", .binary(.add), [scaled, try g.add("bn/shift_nchw", .reshape([-1, 1, 1]), [offset])])
        let relu = try g.add("relu", .unary(.relu), [bn])
        let c2 = try g.add("c2/conv", .conv2D(Conv2DAttributes()),
                           [try g.add("c2/nhwc", .transpose(toNHWC), [relu]),
                            try g.add("c2/hwio", .transpose([2, 3, 1, 0]), [try g.add("w2", constant([2, 4, 3, 3]))])])
        try g.add("y", .transpose(toNCHW), [c2])
        let result = try PassManager(PassName.standardPipeline, constantEvaluator: ReferenceConstantEvaluator())
            .run(g, keepingNames: ["y"])
        XCTAssertEqual(transposes(result.graph), ["c1/nhwc", "y"], "\(result.graph)")
        XCTAssertFalse(result.graph.nodes.contains { if case .binary = $0.op { return true } else { return false } },
                       "batch norm folded: \(result.graph)")
        XCTAssertEqual(try op(result.graph, "bn"), .biasAdd(.nhwc))
        XCTAssertEqual(try inputNames(result.graph, "c2/conv")[0], "relu")
        try assertClose(g, result, keeping: ["y"])
    }
}
