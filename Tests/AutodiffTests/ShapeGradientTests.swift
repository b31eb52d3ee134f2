import Autodiff
import GraphIR
import Reference
import XCTest

/// Reshape, Identity, Dropout, BroadcastTo, Transpose, ReverseV2 and the reductions.
final class ShapeGradientTests: XCTestCase {
    func testReshapeAndIdentity() throws {
        var t = TestGraph(seed: 31)
        let x = try t.input("x", [2, 3, 2])
        let r = try t.add("r", .reshape([3, -1]), [x])
        let i = try t.add("i", .identity, [r])
        // Squared so the gradient depends on the value, not only on the routing.
        let out = try t.add("y", .unary(.square), [i])
        t.check(out, wrt: ["x"], "reshape/identity")
    }

    /// Dropout differentiates as Identity (the training step applies the mask). Reference does not
    /// run Dropout, so the loss is linear in it and the gradient graph never reads its value.
    func testDropoutPassesTheGradient() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float64, shape: [2, 3]))
        let d = try g.add("d", .dropout(rate: 0.5), [x])
        let c = try g.add("c", .constant(Tensor(shape: [3], doubles: [1, -2, 3])))
        let loss = try g.add("loss", .binary(.mul), [d, c])
        let result = try Gradients.build(g, of: loss, wrt: [x])
        let grad = try evaluate(result.graph, feeds: [:], fetch: result.gradients)[0]
        XCTAssertEqual(grad.doubles, [1, -2, 3, 1, -2, 3])
    }

    func testBroadcastTo() throws {
        for (from, to) in [([3], [2, 3]), ([2, 1], [2, 3]), ([], [2, 2]), ([1, 3, 1], [2, 3, 4]), ([2, 3], [2, 3])] {
            var t = TestGraph(seed: 32)
            let x = try t.input("x", from)
            let out = try t.add("b", .broadcastTo(to), [x])
            t.check(out, wrt: ["x"], "\(from) -> \(to)")
        }
    }

    func testTranspose() throws {
        for perm in [[1, 0, 2], [2, 0, 1], [1, 2, 0], [0, 1, 2]] {
            var t = TestGraph(seed: 33)
            let x = try t.input("x", [2, 3, 4])
            let out = try t.add("t", .transpose(perm), [x])
            t.check(out, wrt: ["x"], "perm \(perm)")
        }
    }

    /// The projection in the checker weighs every output element differently, so a rule that
    /// reversed the wrong axes (or none) would fail.
    func testReverse() throws {
        for axes in [[0], [2], [0, 1], [1, 2], [0, 1, 2], []] {
            var t = TestGraph(seed: 35)
            let x = try t.input("x", [2, 3, 4])
            let out = try t.add("r", .reverse(axes: axes), [x])
            t.check(out, wrt: ["x"], "axes \(axes)")
        }
    }

    func testReductionsAllAxesBothKeepDims() throws {
        let axesCases: [[Int]] = [[0], [1], [2], [0, 2], [1, 2], [0, 1, 2], []]
        // All and Any reduce bools, which have no gradient.
        for kind in ReduceKind.allCases where kind != .all && kind != .any {
            for axes in axesCases {
                for keep in [false, true] {
                    var t = TestGraph(seed: 34)
                    let x = try t.input("x", [2, 3, 4])
                    let y = try t.add("r", .reduce(kind, axes: axes, keepDims: keep), [x])
                    t.check(y, wrt: ["x"], "\(kind) axes \(axes) keepDims \(keep)")
                }
            }
        }
    }

    /// Ties share the gradient equally, as TensorFlow's Max and Min gradients do (finite differences
    /// are undefined at a tie, so these are checked against known values).
    func testMaxAndMinShareGradientAmongTies() throws {
        let cases: [(ReduceKind, [Double], [Double])] = [
            (.max, [1, 3, 3, 5, 5, 5], [0, 0.5, 0.5, 1.0 / 3, 1.0 / 3, 1.0 / 3]),
            (.min, [4, 1, 1, 2, 7, 3], [0, 0.5, 0.5, 1, 0, 0]),
        ]
        for (kind, values, expected) in cases {
            var g = Graph()
            let x = try g.add("x", .placeholder(dtype: .float64, shape: [2, 3]))
            let m = try g.add("m", .reduce(kind, axes: [1], keepDims: false), [x])
            let result = try Gradients.build(g, of: m, wrt: [x])
            let grad = try evaluate(result.graph, feeds: ["x": Tensor(shape: [2, 3], doubles: values)], fetch: result.gradients)[0]
            XCTAssertEqual(grad.doubles, expected, "\(kind)")
        }
    }
}
