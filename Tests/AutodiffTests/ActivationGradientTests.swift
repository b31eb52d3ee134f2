import Foundation
import Autodiff
import Formats
import GraphIR
import Reference
import XCTest

/// Gradients of the activations, reductions and batched products of real models, checked by
/// finite differences, including the imported composites (Selu, LeakyRelu, Softsign, DivNoNan,
/// SquaredDifference, AddN), whose gradients come from their primitives' rules.
final class ActivationGradientTests: XCTestCase {
    /// Where each activation changes formula, and far out where a careless rule overflows.
    func testActivationsAcrossTheirPieces() throws {
        let points: [Double] = [-40, -20, -3, -0.5, -1e-3, 0.25, 2, 20, 40]
        for u in [UnaryOp.elu, .softplus, .erf, .erfc, .sin, .cos, .sigmoid] {
            var t = TestGraph(seed: 41)
            let x = try t.input("x", Tensor(shape: [points.count], doubles: points))
            let out = try t.add("f", .unary(u), [x])
            t.check(out, wrt: ["x"], "\(u)")
        }
        // Elu's rule uses its output (dy·(y + 1)): finite at 100, where e^x - 1 on the other side would not be.
        var t = TestGraph(seed: 42)
        let x = try t.input("x", Tensor(shape: [3], doubles: [100, 700, -700]))
        let out = try t.add("f", .unary(.elu), [x])
        t.check(out, wrt: ["x"], "elu far out")
    }

    func testRoundingFunctionsHaveZeroGradient() throws {
        for u in [UnaryOp.floor, .ceil, .round, .sign] {
            var t = TestGraph(seed: 43)
            let x = try t.input("x", [2, 3], in: -3...3)
            let out = try t.add("f", .unary(u), [x])
            t.check(out, wrt: ["x"], "\(u)")
        }
    }

    /// Pow's exponent gradient is 0 where the base is not positive (no log of it is formed).
    func testPowAtNonPositiveBases() throws {
        var g = Graph()
        let p = try g.add("p", .placeholder(dtype: .float64, shape: [3]))
        let q = try g.add("q", .placeholder(dtype: .float64, shape: [3]))
        let y = try g.add("y", .binary(.pow), [p, q])
        let result = try Gradients.build(g, of: y, wrt: [p, q])
        let feeds = ["p": Tensor(shape: [3], doubles: [0, -2, 3]), "q": Tensor(shape: [3], doubles: [2, 3, 2])]
        let grads = try evaluate(result.graph, feeds: feeds, fetch: result.gradients)
        XCTAssertEqual(grads[0].doubles, [0, 12, 6])  // q·p^(q-1)
        XCTAssertEqual(grads[1].doubles[0...1], [0, 0])
        XCTAssertEqual(grads[1].doubles[2], 9 * Foundation.log(3), accuracy: 1e-12)
    }

    /// Prod's rule divides by no zero: groups with no zero, one zero and two zeros.
    func testProdWithZeros() throws {
        let values: [Double] = [0.5, -2, 1.5, 3, 0, 2, -1, 0.25, 0, 0, 4, -0.5]
        for (axes, keep) in [([1], false), ([0], true), ([0, 1], false)] {
            var t = TestGraph(seed: 44)
            let x = try t.input("x", Tensor(shape: [3, 4], doubles: values))
            let out = try t.add("r", .reduce(.prod, axes: axes, keepDims: keep), [x])
            t.check(out, wrt: ["x"], "prod axes \(axes)")
        }
    }

    func testLogSoftmax() throws {
        for shape in [[5], [2, 4], [2, 3, 4]] {
            var t = TestGraph(seed: 45)
            let x = try t.input("x", shape, in: -3...3)
            let out = try t.add("l", .logSoftmax, [x])
            t.check(out, wrt: ["x"], "log softmax \(shape)")
        }
    }

    /// Every adjoint pair, with batch axes that broadcast on either side or are missing: the
    /// gradient of a broadcast operand is summed over the entries that shared it.
    func testBatchMatMulWithBroadcasting() throws {
        let shapes: [([Int], [Int])] = [([2], [2]), ([2, 1], [3]), ([], [3]), ([3], []), ([1], [2])]
        for adjX in [false, true] {
            for adjY in [false, true] {
                for (ba, bb) in shapes {
                    var t = TestGraph(seed: 46)
                    let a = try t.input("a", ba + (adjX ? [4, 3] : [3, 4]))
                    let b = try t.input("b", bb + (adjY ? [2, 4] : [4, 2]))
                    let out = try t.add("m", .batchMatMul(adjX: adjX, adjY: adjY), [a, b])
                    t.check(out, wrt: ["a", "b"],
                            "batch matmul \(ba) x \(bb) adj \(adjX) \(adjY)")
                }
            }
        }
    }

    func testTruncatingCastPassesTheGradient() throws {
        var t = TestGraph(seed: 47)
        let x = try t.input("x", [2, 3])
        let down = try t.add("down", .truncatingCast(.float32), [x])
        let up = try t.add("up", .cast(.float64), [down])
        let out = try t.add("y", .unary(.square), [up])
        t.check(out, wrt: ["x"], "truncating cast",
                checker: GradientChecker(step: 1e-2, relativeTolerance: 1e-3, absoluteTolerance: 1e-4))
    }

    // MARK: composites, as the importer builds them

    /// A float64 graph with placeholders `x` [2, 3] and `y` [3] and TensorFlow nodes `body`.
    private func imported(_ body: String) throws -> Graph {
        let placeholder = { (name: String, dims: [Int]) in
            "node { name: \"\(name)\" op: \"Placeholder\" attr { key: \"dtype\" value { type: DT_DOUBLE } } "
                + "attr { key: \"shape\" value { shape { \(dims.map { "dim { size: \($0) }" }.joined(separator: " ")) } } } }\n"
        }
        return try GraphDefFile.parse(text: placeholder("x", [2, 3]) + placeholder("y", [3]) + body)
    }

    private func check(_ body: String, output: String, wrt: [String], feeds: [String: Tensor], _ label: String,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let g = try imported(body)
        let out = try XCTUnwrap(g.value(named: output), file: file, line: line)
        let problems = try GradientChecker().mismatches(g, output: out, wrt: wrt, feeds: feeds)
        XCTAssertTrue(problems.isEmpty, "\(label): \(problems.prefix(3))", file: file, line: line)
    }

    private let xs = Tensor(shape: [2, 3], doubles: [-2, -0.3, 0.4, 1.5, -1e-3, 3])

    func testActivationComposites() throws {
        let d = "attr { key: \"T\" value { type: DT_DOUBLE } }"
        for (op, extra) in [("Selu", ""), ("LeakyRelu", ""), ("LeakyRelu", "attr { key: \"alpha\" value { f: 2.5 } }"), ("Softsign", "")] {
            try check("node { name: \"a\" op: \"\(op)\" input: \"x\" \(d) \(extra) }", output: "a", wrt: ["x"], feeds: ["x": xs],
                      "\(op) \(extra)")
        }
    }

    func testBinaryComposites() throws {
        let d = "attr { key: \"T\" value { type: DT_DOUBLE } }"
        let y = Tensor(shape: [3], doubles: [0.7, -1.2, 2])
        try check("node { name: \"s\" op: \"SquaredDifference\" input: \"x\" input: \"y\" \(d) }", output: "s", wrt: ["x", "y"],
                  feeds: ["x": xs, "y": y], "SquaredDifference")
        try check("node { name: \"s\" op: \"AddN\" input: \"x\" input: \"x\" input: \"x\" \(d) attr { key: \"N\" value { i: 3 } } }",
                  output: "s", wrt: ["x"], feeds: ["x": xs], "AddN")
        try check("node { name: \"n\" op: \"DivNoNan\" input: \"x\" input: \"y\" \(d) }", output: "n", wrt: ["x", "y"],
                  feeds: ["x": xs, "y": y], "DivNoNan")
    }

    /// Where DivNoNan's divisor is 0 the result is 0 whatever x is: its gradient there is 0, not
    /// the NaN 0·(x/0) a plain select over x/y would give.
    func testDivNoNanGradientAtZeroDivisorsIsZero() throws {
        let g = try imported("node { name: \"n\" op: \"DivNoNan\" input: \"x\" input: \"y\" attr { key: \"T\" value { type: DT_DOUBLE } } }")
        let (x, y, n) = try (XCTUnwrap(g.value(named: "x")), XCTUnwrap(g.value(named: "y")), XCTUnwrap(g.value(named: "n")))
        let result = try Gradients.build(g, of: n, wrt: [x, y])
        let grads = try evaluate(result.graph, feeds: ["x": xs, "y": Tensor(shape: [3], doubles: [0, 2, 0])], fetch: result.gradients)
        XCTAssertEqual(grads[0].doubles, [0, 0.5, 0, 0, 0.5, 0])
        XCTAssertEqual(grads[1].doubles[0], 0)
        XCTAssertEqual(grads[1].doubles[2], 0)
        XCTAssertEqual(grads[1].doubles[1], -(-0.3 + -1e-3) / 4, accuracy: 1e-15)
    }
}
