import GraphIR
import Passes
import XCTest

final class CommonSubexpressionEliminationTests: XCTestCase {
    private let cse = CommonSubexpressionElimination()

    func testDuplicateChainsMergeAndConsumersAreRewired() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 2]))
        let y = try g.add("y", placeholder([2, 2]))
        let m1 = try g.add("m1", .binary(.mul), [x, y])
        let m2 = try g.add("m2", .binary(.mul), [x, y])
        let r1 = try g.add("r1", .unary(.relu), [m1])
        let r2 = try g.add("r2", .unary(.relu), [m2])
        let out = try g.add("out", .binary(.sub), [r1, r2])
        let result = try cse.run(g, keeping: [out])
        XCTAssertEqual(result.graph.description, """
        %x = Placeholder() : float32[2,2]
        %y = Placeholder() : float32[2,2]
        %m1 = Mul(%x, %y) : float32[2,2]
        %r1 = Relu(%m1) : float32[2,2]
        %out = Sub(%r1, %r1) : float32[2,2]
        """)
        XCTAssertEqual(result.valueMap[m2], result.valueMap[m1])
        XCTAssertEqual(result.valueMap[r2], Value(node: 3))
        try assertEquivalent(g, keeping: [out], result)
    }

    func testConstantsMergeOnlyWithEqualDtypeShapeAndBytes() throws {
        var g = Graph()
        let a = try g.add("a", vector([1, 2, 3, 4]))
        let b = try g.add("b", vector([1, 2, 3, 4]))
        let square = try g.add("square", .constant(Tensor(shape: [2, 2], floats: [1, 2, 3, 4])))
        let zero = try g.add("zero", vector([0]))
        let negativeZero = try g.add("negative_zero", vector([-0.0]))
        let bits = Float(1).bitPattern
        let int = try g.add("int", .constant(Tensor(shape: [1], int32s: [Int32(bitPattern: bits)])))
        let float = try g.add("float", vector([1]))
        let sum = try g.add("sum", .binary(.sub), [a, b])
        let kept = [sum, square, zero, negativeZero, int, float]
        let result = try cse.run(g, keeping: kept)
        XCTAssertEqual(names(result.graph), ["a", "square", "zero", "negative_zero", "int", "float", "sum"])
        XCTAssertEqual(try inputNames(result.graph, "sum"), ["a", "a"])
        try assertEquivalent(g, keeping: kept, result)
    }

    func testPlaceholdersAreNeverMerged() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([3]))
        let y = try g.add("y", placeholder([3]))
        let out = try g.add("out", .binary(.sub), [x, y])
        let result = try cse.run(g, keeping: [out])
        XCTAssertEqual(names(result.graph), ["x", "y", "out"])
        try assertEquivalent(g, keeping: [out], result)
    }

    func testCommutativeOperandsMatchInEitherOrder() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([3]))
        let y = try g.add("y", placeholder([1]))
        var kept: [Value] = []
        for (name, op) in [("add", BinaryOp.add), ("mul", .mul), ("max", .maximum), ("min", .minimum), ("sub", .sub), ("div", .div)] {
            let forward = try g.add(name, .binary(op), [x, y])
            let backward = try g.add(name + "_swapped", .binary(op), [y, x])
            kept.append(try g.add(name + "_both", .binary(.add), [forward, backward]))
        }
        let result = try cse.run(g, keeping: kept)
        XCTAssertEqual(names(result.graph), ["x", "y", "add", "add_both", "mul", "mul_both", "max", "max_both",
                                             "min", "min_both", "sub", "sub_swapped", "sub_both",
                                             "div", "div_swapped", "div_both"])
        try assertEquivalent(g, keeping: kept, result)
    }

    func testAttributesMustMatch() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([1, 4, 4, 1]))
        let w = try g.add("w", .constant(Tensor(shape: [2, 2, 1, 1], floats: [1, 2, 3, 4])))
        let same = Conv2DAttributes(padding: .same)
        let c1 = try g.add("c1", .conv2D(same), [x, w])
        let c2 = try g.add("c2", .conv2D(same), [x, w])
        let c3 = try g.add("c3", .conv2D(Conv2DAttributes(padding: .valid)), [x, w])
        let s1 = try g.add("s1", .reduce(.sum, axes: [1], keepDims: true), [c1])
        let s2 = try g.add("s2", .reduce(.sum, axes: [1], keepDims: false), [c2])
        let kept = [s1, s2, c3]
        let result = try cse.run(g, keeping: kept)
        XCTAssertEqual(names(result.graph), ["x", "w", "c1", "c3", "s1", "s2"])
        XCTAssertEqual(try inputNames(result.graph, "s2"), ["c1"], "s2 reads the merged conv")
        try assertEquivalent(g, keeping: kept, result)
    }

    func testKeptDuplicatesKeepTheirNamesAndAbsorbLaterOnes() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([2]))
        let first = try g.add("first", .unary(.exp), [x])
        let kept = try g.add("kept", .unary(.exp), [x])
        let later = try g.add("later", .unary(.exp), [x])
        let out = try g.add("out", .binary(.add), [first, later])
        let result = try cse.run(g, keeping: [kept, out])
        XCTAssertEqual(result.graph.description, """
        %x = Placeholder() : float32[2]
        %first = Exp(%x) : float32[2]
        %kept = Exp(%x) : float32[2]
        %out = Add(%first, %first) : float32[2]
        """)
        XCTAssertEqual(result.kept.map(result.graph.name(of:)), ["kept", "out"])
        try assertEquivalent(g, keeping: [kept, out], result)
    }
}
