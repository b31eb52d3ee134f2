import GraphIR
import Passes
import Reference
import XCTest

final class ConstantFoldingTests: XCTestCase {
    func testAllConstantInputsBecomeOneConstWithTheNodesName() throws {
        var g = Graph()
        let a = try g.add("a", vector([1, 2]))
        let b = try g.add("b", vector([10, 20]))
        let sum = try g.add("sum", .binary(.add), [a, b])
        let evaluator = ReferenceConstantEvaluator()
        let result = try ConstantFolding(evaluator: evaluator).run(g, keeping: [sum])
        XCTAssertEqual(result.graph.description, "%sum = Const[11.0,22.0]() : float32[2]")
        XCTAssertNil(result.valueMap[a], "constants only the folded node read are gone")
        XCTAssertEqual(evaluator.requests, [["sum"]])
        try assertEquivalent(g, keeping: [sum], result)
    }

    func testFoldsTheConstantPartOfAMixedGraphInOneEvaluatorCall() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2]))
        let c = try g.add("c", vector([-1, 4]))
        let n = try g.add("n", .unary(.neg), [c])
        let r = try g.add("r", .unary(.relu), [n])
        let e = try g.add("e", .unary(.exp), [c])
        let xr = try g.add("xr", .binary(.mul), [x, r])
        let out = try g.add("out", .binary(.add), [xr, e])
        let evaluator = ReferenceConstantEvaluator()
        let result = try ConstantFolding(evaluator: evaluator).run(g, keeping: [out])
        XCTAssertEqual(result.graph.description, """
        %x = Placeholder() : float32[2]
        %r = Const[1.0,0.0]() : float32[2]
        %e = Const[0.36787945,54.59815]() : float32[2]
        %xr = Mul(%x, %r) : float32[2]
        %out = Add(%xr, %e) : float32[2]
        """)
        XCTAssertEqual(evaluator.requests, [["r", "e"]], "one call; the intermediate neg is not materialised")
        XCTAssertNil(result.valueMap[n])
        XCTAssertEqual(result.valueMap[r], Value(node: 1))
        try assertEquivalent(g, keeping: [out], result)
    }

    func testKeptIntermediatesAreMaterialisedToo() throws {
        var g = Graph()
        let c = try g.add("c", vector([2, 3]))
        let sq = try g.add("sq", .unary(.square), [c])
        let out = try g.add("out", .unary(.neg), [sq])
        let result = try ConstantFolding(evaluator: ReferenceConstantEvaluator()).run(g, keeping: [out, sq])
        XCTAssertEqual(result.graph.description, """
        %sq = Const[4.0,9.0]() : float32[2]
        %out = Const[-4.0,-9.0]() : float32[2]
        """)
        XCTAssertEqual(result.kept, [Value(node: 1), Value(node: 0)])
    }

    func testResultsOverTheLimitStayAndTheirInputsFoldInstead() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([8, 4]))
        let a = try g.add("a", vector([1, 2, 3, 4]))
        let small = try g.add("small", .binary(.mul), [a, a])             // 16 bytes
        let column = try g.add("column", .constant(Tensor(shape: [8, 1], floats: (0..<8).map(Float.init))))
        let big = try g.add("big", .binary(.add), [small, column])          // [8,4]: 128 bytes
        let out = try g.add("out", .binary(.sub), [x, big])
        let result = try ConstantFolding(evaluator: ReferenceConstantEvaluator(), byteLimit: 100).run(g, keeping: [out])
        XCTAssertEqual(names(result.graph), ["x", "small", "column", "big", "out"])
        XCTAssertEqual(result.graph.nodes.map(\.op.name), ["Placeholder", "Const", "Const", "Add", "Sub"])
        try assertEquivalent(g, keeping: [out], result)

        let unlimited = try ConstantFolding(evaluator: ReferenceConstantEvaluator()).run(g, keeping: [out])
        XCTAssertEqual(names(unlimited.graph), ["x", "big", "out"])
    }

    func testReshapeAndIdentityFoldWithoutTheEvaluatorAndWithoutALimit() throws {
        var g = Graph()
        let c = try g.add("c", .constant(Tensor(shape: [2, 3], floats: [1, 2, 3, 4, 5, 6])))
        let r = try g.add("r", .reshape([-1]), [c])
        let i = try g.add("i", .identity, [r])
        let x = try g.add("x", placeholder([6]))
        let out = try g.add("out", .binary(.mul), [x, i])
        let result = try ConstantFolding(evaluator: RefusingEvaluator(), byteLimit: 0).run(g, keeping: [out])
        XCTAssertEqual(result.graph.description, """
        %i = Const[1.0,2.0,3.0,4.0,…]() : float32[6]
        %x = Placeholder() : float32[6]
        %out = Mul(%x, %i) : float32[6]
        """)
        try assertEquivalent(g, keeping: [out], result)
    }

    func testPlaceholdersBlockFoldingAndUnreadNodesAreLeftForDCE() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2]))
        let c = try g.add("c", vector([1, 2]))
        let unread = try g.add("unread_const", vector([5]))
        let dangling = try g.add("dangling", .unary(.exp), [c])
        let out = try g.add("out", .binary(.add), [x, c])
        let result = try ConstantFolding(evaluator: ReferenceConstantEvaluator()).run(g, keeping: [out])
        XCTAssertEqual(names(result.graph), ["x", "c", "unread_const", "dangling", "out"])
        XCTAssertEqual(result.graph.nodes.map(\.op.name), ["Placeholder", "Const", "Const", "Const", "Add"],
                       "a node nobody reads is still folded")
        XCTAssertEqual(result.valueMap[unread], Value(node: 2))
        XCTAssertEqual(result.valueMap[dangling], Value(node: 3))
        try assertEquivalent(g, keeping: [out], result)
    }

    func testIntegerFoldingAndEvaluatorFailuresNameThePass() throws {
        var g = Graph()
        let a = try g.add("a", .constant(Tensor(shape: [2], int32s: [7, -7])))
        let b = try g.add("b", .constant(Tensor(shape: [2], int32s: [2, 2])))
        let q = try g.add("q", .binary(.div), [a, b])
        let folded = try ConstantFolding(evaluator: ReferenceConstantEvaluator()).run(g, keeping: [q])
        XCTAssertEqual(folded.graph.description, "%q = Const[3,-3]() : int32[2]")

        let zero = try g.add("zero", .constant(Tensor(shape: [2], int32s: [0, 0])))
        let bad = try g.add("bad", .binary(.div), [a, zero])
        XCTAssertThrowsError(try ConstantFolding(evaluator: ReferenceConstantEvaluator()).run(g, keeping: [bad])) { error in
            XCTAssertEqual((error as? PassError)?.pass, .constantFolding)
            XCTAssertTrue("\(error)".hasPrefix("pass 'fold': evaluating constant nodes ["), "\(error)")
            XCTAssertTrue("\(error)".contains("node 'bad' (RealDiv): integer division by zero"), "\(error)")
        }
    }

    func testWrongEvaluatorAnswersAreCaught() throws {
        struct WrongShape: ConstantEvaluator {
            func evaluate(_ graph: Graph, fetch: [Value]) throws -> [Tensor] {
                fetch.map { _ in Tensor(shape: [1], floats: [0]) }
            }
        }
        struct TooFew: ConstantEvaluator {
            func evaluate(_ graph: Graph, fetch: [Value]) throws -> [Tensor] { [] }
        }
        var g = Graph()
        let c = try g.add("c", vector([1, 2]))
        let e = try g.add("e", .unary(.exp), [c])
        XCTAssertThrowsError(try ConstantFolding(evaluator: WrongShape()).run(g, keeping: [e])) { error in
            XCTAssertEqual("\(error)", "pass 'fold': the constant evaluator gave float32[1] for node 'e', which has type float32[2]")
        }
        XCTAssertThrowsError(try ConstantFolding(evaluator: TooFew()).run(g, keeping: [e])) { error in
            XCTAssertEqual("\(error)", "pass 'fold': the constant evaluator returned 0 tensors for 1 values (evaluating constant nodes [\"e\"])")
        }
    }

    func testARealisticLayerFoldsItsWeightPreprocessing() throws {
        // Weights stored transposed and scaled, as exporters often leave them.
        var rng = SeededGenerator(seed: 9)
        var g = Graph()
        let x = try g.add("x", placeholder([3, 4]))
        let wRaw = try g.add("w_raw", .constant(try randomTensor(.float32, [5, 4], using: &rng)))
        let scale = try g.add("scale", .constant(Tensor(shape: [], floats: [0.5])))
        let w = try g.add("w", .binary(.mul), [wRaw, scale])
        let wFlat = try g.add("w_flat", .reshape([20]), [w])
        let w2 = try g.add("w2", .reshape([5, 4]), [wFlat])
        let y = try g.add("y", .matMul(transposeA: false, transposeB: true), [x, w2])
        let bias = try g.add("bias", .reduce(.mean, axes: [1], keepDims: false), [w2])
        let out = try g.add("out", .biasAdd(.nhwc), [y, bias])
        let result = try ConstantFolding(evaluator: ReferenceConstantEvaluator()).run(g, keeping: [out])
        XCTAssertEqual(names(result.graph), ["x", "w2", "y", "bias", "out"])
        XCTAssertEqual(result.graph.nodes.map(\.op.name), ["Placeholder", "Const", "MatMul", "Const", "BiasAdd"])
        try assertEquivalent(g, keeping: [out], result)
    }
}

/// Shape arithmetic (Keras' Flatten: a shape vector's first entry packed with -1) and the layout
/// ops over constants fold; Squeeze and ExpandDims relabel bytes without the evaluator.
final class LayoutFoldingTests: XCTestCase {
    func testShapeArithmeticFoldsToOneConst() throws {
        var g = Graph()
        let shape = try g.add("shape", .constant(Tensor(shape: [4], int32s: [2, 7, 7, 512])))
        let batch = try g.add("batch", .stridedSlice(StridedSliceSpec(begin: [0], end: [1], strides: [1], shrinkAxisMask: 1)), [shape])
        let minus = try g.add("minus", .constant(Tensor(shape: [], int32s: [-1])))
        let target = try g.add("target", .pack(axis: 0, count: 2), [batch, minus])
        let rows = try g.add("rows", .gather(axis: 0, batchDims: 0), [shape, try g.add("at", .constant(Tensor(shape: [2], int64s: [3, 1])))])
        let evaluator = ReferenceConstantEvaluator()
        let result = try ConstantFolding(evaluator: evaluator).run(g, keeping: [target, rows])
        XCTAssertEqual(result.graph.description, """
        %target = Const[2,-1]() : int32[2]
        %rows = Const[512,7]() : int32[2]
        """)
        try assertEquivalent(g, keeping: [target, rows], result)
    }

    func testSqueezeAndExpandDimsOfConstantsNeedNoEvaluator() throws {
        var g = Graph()
        let c = try g.add("c", .constant(Tensor(shape: [1, 3], floats: [1, 2, 3])))
        let squeezed = try g.add("squeezed", .squeeze(axes: [0]), [c])
        let expanded = try g.add("expanded", .expandDims(axis: 1), [squeezed])
        let result = try ConstantFolding(evaluator: RefusingEvaluator()).run(g, keeping: [expanded])
        XCTAssertEqual(result.graph.description, "%expanded = Const[1.0,2.0,3.0]() : float32[3,1]")
    }
}
