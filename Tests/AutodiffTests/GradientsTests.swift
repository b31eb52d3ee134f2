import Autodiff
import GraphIR
import Reference
import XCTest

/// The transformation itself: graph layout, names, path summing, seeding, zeros and errors.
final class GradientsTests: XCTestCase {
    /// The lecture example: f(x, y, z) = (x + y) * z at (-2, 5, -4) is -12, gradients [-4, -4, 3].
    func testLectureExample() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float64, shape: []))
        let y = try g.add("y", .placeholder(dtype: .float64, shape: []))
        let z = try g.add("z", .placeholder(dtype: .float64, shape: []))
        let q = try g.add("q", .binary(.add), [x, y])
        let f = try g.add("f", .binary(.mul), [q, z])
        let result = try Gradients.build(g, of: f, wrt: [x, y, z])
        let feeds = ["x": Tensor(shape: [], doubles: [-2]), "y": Tensor(shape: [], doubles: [5]),
                     "z": Tensor(shape: [], doubles: [-4])]
        let values = try evaluate(result.graph, feeds: feeds, fetch: [f] + result.gradients)
        XCTAssertEqual(values.map { $0.double(at: 0) }, [-12, -4, -4, 3])
    }

    func testOriginalNodesKeepNamesAndIndicesAndGradientNodesAreNamedByNode() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, 4, 4, 2]))
        let f = try g.add("conv1/kernel", .constant(Tensor(shape: [2, 2, 2, 3], floats: Array(repeating: 0.5, count: 24))))
        let conv = try g.add("conv1/Conv2D", .conv2D(Conv2DAttributes()), [x, f])
        let loss = try g.add("loss", .reduce(.mean, axes: [0, 1, 2, 3], keepDims: false), [conv])
        let result = try Gradients.build(g, of: loss, wrt: [x, f])
        XCTAssertEqual(Array(result.graph.nodes.prefix(g.nodes.count)), g.nodes)
        let names = Set(result.graph.nodes.map(\.name))
        XCTAssertTrue(names.contains("gradients/conv1/Conv2D_grad/Conv2DBackpropInput"), "\(names.sorted())")
        XCTAssertTrue(names.contains("gradients/conv1/Conv2D_grad/Conv2DBackpropFilter"), "\(names.sorted())")
        XCTAssertEqual(result.graph.name(of: result.gradients[0]), "gradients/conv1/Conv2D_grad/Conv2DBackpropInput")
        XCTAssertEqual(result.graph[result.gradients[0]], TensorType(.float32, [1, 4, 4, 2]))
        XCTAssertEqual(result.graph[result.gradients[1]], TensorType(.float32, [2, 2, 2, 3]))
        try result.graph.verify()
    }

    func testSeveralPathsAreSummedWithAddV2() throws {
        // loss = x * x + exp(x): three paths from x.
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float64, shape: [3]))
        let sq = try g.add("sq", .binary(.mul), [x, x])
        let e = try g.add("e", .unary(.exp), [x])
        let loss = try g.add("loss", .binary(.add), [sq, e])
        let result = try Gradients.build(g, of: loss, wrt: [x])
        XCTAssertTrue(result.graph.nodes.contains { $0.name.hasPrefix("gradients/x_grad/AddV2") && $0.op == .binary(.add) })
        let input: [Double] = [0.5, -1, 2]
        let grad = try evaluate(result.graph, feeds: ["x": Tensor(shape: [3], doubles: input)], fetch: result.gradients)[0]
        for (i, v) in input.enumerated() { XCTAssertEqual(grad.double(at: i), 2 * v + Foundation.exp(v), accuracy: 1e-12) }
    }

    func testNonScalarLossIsSummed() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float64, shape: [2, 2]))
        let y = try g.add("y", .binary(.mul), [x, x])
        let result = try Gradients.build(g, of: y, wrt: [x])
        let grad = try evaluate(result.graph, feeds: ["x": Tensor(shape: [2, 2], doubles: [1, 2, 3, 4])],
                                fetch: result.gradients)[0]
        XCTAssertEqual(grad.doubles, [2, 4, 6, 8])
    }

    func testValueTheLossDoesNotDependOnGetsZeros() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float64, shape: [2]))
        let unused = try g.add("unused", .constant(Tensor(shape: [2, 3], floats: Array(repeating: 1, count: 6))))
        let loss = try g.add("loss", .unary(.square), [x])
        let result = try Gradients.build(g, of: loss, wrt: [unused, x])
        guard case .constant(let zeros) = result.graph.nodes[result.gradients[0].node].op else {
            return XCTFail("expected a Const, got \(result.graph.nodes[result.gradients[0].node].op.name)")
        }
        XCTAssertEqual(zeros, Tensor(shape: [2, 3], floats: Array(repeating: 0, count: 6)))
        // Nothing depends on `unused` only, so no gradient node but the zeros was built for it.
        XCTAssertEqual(result.graph.nodes.filter { $0.name.hasPrefix("gradients/unused") }.count, 1)
    }

    func testIntegerInputsGetNoGradient() throws {
        // Reshape and sparse labels are integer paths: nothing flows into them, and no error.
        var g = Graph()
        let logits = try g.add("logits", .placeholder(dtype: .float64, shape: [2, 3]))
        let labels = try g.add("labels", .placeholder(dtype: .int32, shape: [2]))
        let xent = try g.add("xent", .sparseSoftmaxCrossEntropy, [logits, labels])
        let result = try Gradients.build(g, of: xent, wrt: [logits])
        XCTAssertEqual(result.graph[result.gradients[0]], TensorType(.float64, [2, 3]))
    }

    func testNonFloatWrtIsAnErrorNamingTheNode() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float64, shape: [2]))
        let n = try g.add("counts", .placeholder(dtype: .int32, shape: [2]))
        XCTAssertThrowsError(try Gradients.build(g, of: x, wrt: [n])) { error in
            XCTAssertEqual((error as? GraphError)?.node, "counts")
            XCTAssertTrue("\(error)".contains("(Placeholder)") && "\(error)".contains("int32"), "\(error)")
        }
    }

    func testOpWithoutRuleOnThePathIsAnError() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float64, shape: [1, 4, 4, 1]))
        let p = PoolAttributes(kind: .avg, windowH: 2, windowW: 2, strideH: 2, strideW: 2)
        let dy = try g.add("dy", .placeholder(dtype: .float64, shape: [1, 2, 2, 1]))
        let grad = try g.add("pool_grad", .avgPoolGrad(p, inputShape: [1, 4, 4, 1]), [dy])
        let loss = try g.add("loss", .binary(.mul), [grad, x])
        XCTAssertThrowsError(try Gradients.build(g, of: loss, wrt: [dy])) { error in
            XCTAssertEqual((error as? GraphError)?.node, "pool_grad")
            XCTAssertTrue("\(error)".contains("AvgPoolGrad") && "\(error)".contains("second-order"), "\(error)")
        }
        // The same node off the path (only x is wanted) is no obstacle.
        XCTAssertNoThrow(try Gradients.build(g, of: loss, wrt: [x]))

        var h = Graph()
        let v = try h.add("v", .variable(dtype: .float64, shape: [2]))
        let w = try h.add("w", .placeholder(dtype: .float64, shape: [2]))
        let assign = try h.add("assign", .assign, [v, w])
        XCTAssertThrowsError(try Gradients.build(h, of: assign, wrt: [w])) { error in
            XCTAssertTrue("\(error)".contains("'assign' (Assign)"), "\(error)")
        }
    }

    func testGradientWithRespectToAnInnerNodeAndStateLeaves() throws {
        var g = Graph()
        let v = try g.add("weights", .variable(dtype: .float64, shape: [3]))
        let r = try g.add("r", .unary(.relu), [v])
        let loss = try g.add("loss", .unary(.square), [r])
        let result = try Gradients.build(g, of: loss, wrt: [r, v])
        XCTAssertEqual(result.graph[result.gradients[0]], TensorType(.float64, [3]))
        XCTAssertEqual(result.graph[result.gradients[1]], TensorType(.float64, [3]))
    }
}
