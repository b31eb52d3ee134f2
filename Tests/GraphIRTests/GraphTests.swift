import XCTest
@testable import GraphIR

final class GraphTests: XCTestCase {
    func testAddInfersTypesAndReturnsTheNewValue() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2, 3]))
        let y = try g.add("y", .unary(.relu), [x])
        XCTAssertEqual(y, Value(node: 1))
        XCTAssertEqual(g[y], f32([2, 3]))
        XCTAssertEqual(g.nodes.map(\.name), ["x", "y"])
    }

    func testShapeErrorsNameTheNodeAndOp() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, 5, 5, 3]))
        let w = try g.add("w", .constant(try Tensor(zeros: .float32, shape: [3, 3, 4, 8])))
        XCTAssertThrowsError(try g.add("conv1", conv(padding: .same), [x, w])) { error in
            let e = error as? GraphError
            XCTAssertEqual(e?.node, "conv1")
            XCTAssertEqual(e?.op, "Conv2D")
            XCTAssertEqual("\(error)", "node 'conv1' (Conv2D): input has 3 channels but the filter expects 4")
        }
        XCTAssertEqual(g.nodes.count, 2, "a rejected node is not added")
    }

    func testDuplicateNamesAndMissingInputsAreRejected() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2]))
        XCTAssertThrowsError(try g.add("x", .unary(.neg), [x])) { error in
            XCTAssertEqual("\(error)", "node 'x' (Neg): a node with this name already exists")
        }
        XCTAssertThrowsError(try g.add("y", .unary(.neg), [Value(node: 5)])) { error in
            XCTAssertEqual("\(error)", "node 'y' (Neg): input refers to a missing node output")
        }
        XCTAssertThrowsError(try g.add("z", .unary(.neg), [Value(node: 0, output: 1)])) { error in
            XCTAssertTrue("\(error)".contains("missing node output"))
        }
        XCTAssertThrowsError(try g.add("w", .binary(.add), [x])) { error in
            XCTAssertEqual("\(error)", "node 'w' (Add): takes 2 input(s), got 1")
        }
    }

    func testValueNamedAcceptsTensorFlowOutputNotation() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2]))
        try g.add("scope/y", .unary(.neg), [x])
        try g.add("odd:1", .identity, [x])
        XCTAssertEqual(g.value(named: "x"), Value(node: 0))
        XCTAssertEqual(g.value(named: "x:0"), Value(node: 0))
        XCTAssertEqual(g.value(named: "scope/y:0"), Value(node: 1))
        XCTAssertNil(g.value(named: "x:1"), "Placeholder has one output")
        XCTAssertNil(g.value(named: "x:-1"))
        XCTAssertNil(g.value(named: "x:a"))
        XCTAssertNil(g.value(named: "missing"))
        XCTAssertNil(g.value(named: "missing:0"))
        XCTAssertEqual(g.value(named: "odd:1"), Value(node: 2), "a whole-name match wins over name:k")
        XCTAssertEqual(g.name(of: Value(node: 1)), "scope/y")
        XCTAssertEqual(g.name(of: Value(node: 1, output: 1)), "scope/y:1")
    }

    func testUniqueNameIndexPlaceholdersAndConsumers() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2]))
        let c = try g.add("c", .constant(Tensor(shape: [2], floats: [1, 2])))
        let sq = try g.add("sq", .binary(.mul), [x, x])
        try g.add("x_1", .binary(.add), [sq, c])
        try g.add("p", .placeholder(dtype: .int32, shape: nil))
        XCTAssertEqual(g.uniqueName("y"), "y")
        XCTAssertEqual(g.uniqueName("x"), "x_2")
        XCTAssertEqual(g.index(of: "sq"), 2)
        XCTAssertNil(g.index(of: "nope"))
        XCTAssertEqual(g.placeholders, [0, 4])
        XCTAssertEqual(g.consumers(), [[2], [3], [3], [], []], "x*x lists its consumer once")
    }

    func testUnknownBatchPropagatesThroughAModel() throws {
        let g = try smallConvNet(batch: -1)
        XCTAssertEqual(g.nodes.map { $0.types[0].shape?.first }, [-1, 3, -1, 4, -1, -1, -1, 64, -1, 10, -1, -1, -1])
        XCTAssertEqual(g[Value(node: g.nodes.count - 1)], f32([-1, 10]))
        XCTAssertNoThrow(try g.verify())
    }
}

/// x[?,8,8,1] -> conv 3x3x1x4 SAME -> bias -> relu -> maxpool 2x2 -> reshape [-1,64] -> matmul 64x10 -> bias -> softmax
func smallConvNet(batch: Int) throws -> Graph {
    var g = Graph()
    let x = try g.add("x", .placeholder(dtype: .float32, shape: [batch, 8, 8, 1]))
    let w = try g.add("w", .constant(try Tensor(zeros: .float32, shape: [3, 3, 1, 4])))
    let c = try g.add("conv", conv(padding: .same), [x, w])
    let b = try g.add("b", .constant(try Tensor(zeros: .float32, shape: [4])))
    let cb = try g.add("conv_bias", .biasAdd(.nhwc), [c, b])
    let r = try g.add("relu", .unary(.relu), [cb])
    let p = try g.add("pool", pool(.max, window: (2, 2), strides: (2, 2), padding: .valid), [r])
    let w2 = try g.add("w2", .constant(try Tensor(zeros: .float32, shape: [64, 10])))
    let flat = try g.add("flat", .reshape([-1, 64]), [p])
    let b2 = try g.add("b2", .constant(try Tensor(zeros: .float32, shape: [10])))
    let logits = try g.add("logits", .matMul(transposeA: false, transposeB: false), [flat, w2])
    let lb = try g.add("logits_bias", .biasAdd(.nhwc), [logits, b2])
    try g.add("probs", .softmax, [lb])
    return g
}
