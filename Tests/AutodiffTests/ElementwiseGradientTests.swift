import Autodiff
import GraphIR
import Reference
import XCTest

final class ElementwiseGradientTests: XCTestCase {
    func testUnaryOps() throws {
        for u in UnaryOp.allCases {
            // Log, Sqrt, Rsqrt, Log1p and Reciprocal are checked on positive inputs, away from their singularity.
            let positive: Set<UnaryOp> = [.log, .sqrt, .rsqrt, .log1p, .reciprocal]
            var t = TestGraph(seed: 11)
            let x = try t.input("x", [2, 3], in: positive.contains(u) ? 0.5...2 : -2...2)
            let y = try t.add("f", .unary(u), [x])
            t.check(y, wrt: ["x"], "\(u)")
        }
    }

    /// Shape pairs covering NumPy broadcasting: equal, vector row, scalar on either side, size-1 axes
    /// on both sides, and a missing leading axis.
    static let broadcastPairs: [([Int], [Int])] = [
        ([2, 3], [2, 3]), ([2, 3], [3]), ([3], [2, 3]), ([], [2, 3]), ([2, 3], []),
        ([2, 1], [1, 3]), ([2, 1, 4], [3, 1]), ([1, 3], [2, 1, 1]), ([2, 3], [1, 1]),
    ]

    func testBinaryOpsWithBroadcasting() throws {
        for op in BinaryOp.allCases where op != .reluGrad {
            for (sa, sb) in Self.broadcastPairs {
                var t = TestGraph(seed: 12)
                // Division keeps the divisor away from zero; Pow takes positive bases (a real power).
                let a = try t.input("a", sa, in: op == .pow ? 0.5...2 : -2...2)
                let b = try t.input("b", sb, in: [.div, .floorDiv, .floorMod].contains(op) ? 0.5...2 : -2...2)
                let y = try t.add("f", .binary(op), [a, b])
                t.check(y, wrt: ["a", "b"], "\(op) \(sa) \(sb)")
            }
        }
    }

    func testSameInputOnBothSidesSumsBothPaths() throws {
        for op in [BinaryOp.add, .sub, .mul, .div] {
            var t = TestGraph(seed: 13)
            let a = try t.input("a", [3], in: 0.5...2)
            let out = try t.add("f", .binary(op), [a, a])
            t.check(out, wrt: ["a"], "\(op)(a, a)")
        }
    }

    func testReluGradIsLinearInItsGradientInput() throws {
        for (sa, sb) in [([2, 3], [2, 3]), ([2, 3], [3]), ([3], [2, 3])] {
            var t = TestGraph(seed: 14)
            let dy = try t.input("dy", sa)
            let x = try t.input("x", sb)
            let out = try t.add("g", .binary(.reluGrad), [dy, x])
            t.check(out, wrt: ["dy"], "ReluGrad \(sa) \(sb)")
        }
    }

    func testSelectRoutesGradientByConditionWithBroadcasting() throws {
        let cases: [([Int], [Int], [Int])] = [([2, 3], [2, 3], [2, 3]), ([2, 3], [3], [2, 1]), ([3], [2, 3], []), ([], [2, 2], [2, 2])]
        for (sc, sa, sb) in cases {
            var t = TestGraph(seed: 15)
            let c = try t.input("c", try randomTensor(.bool, sc, using: &t.rng))
            let a = try t.input("a", sa)
            let b = try t.input("b", sb)
            let out = try t.add("s", .select, [c, a, b])
            t.check(out, wrt: ["a", "b"], "select \(sc) \(sa) \(sb)")
        }
    }

    func testCastBetweenFloatsPassesTheGradient() throws {
        var t = TestGraph(seed: 16)
        let x = try t.input("x", [2, 3])
        let same = try t.add("same", .cast(.float64), [x])
        let out = try t.add("y", .unary(.square), [same])
        t.check(out, wrt: ["x"], "float64 -> float64")

        // Through float32 the function is rounded to 1e-7, so the step and tolerance are wider.
        var narrow = TestGraph(seed: 16)
        let z = try narrow.input("x", [2, 3])
        let down = try narrow.add("down", .cast(.float32), [z])
        let up = try narrow.add("up", .cast(.float64), [down])
        let narrowed = try narrow.add("y", .unary(.square), [up])
        narrow.check(narrowed, wrt: ["x"], "float64 -> float32 -> float64",
                     checker: GradientChecker(step: 1e-2, relativeTolerance: 1e-3, absoluteTolerance: 1e-4))
    }

    func testCastToIntegerStopsTheGradient() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float64, shape: [3]))
        let i = try g.add("i", .cast(.int32), [x])
        let back = try g.add("back", .cast(.float64), [i])
        let loss = try g.add("loss", .binary(.add), [back, x])
        let result = try Gradients.build(g, of: loss, wrt: [x])
        let grad = try evaluate(result.graph, feeds: ["x": Tensor(shape: [3], doubles: [0.5, 1.5, -2])],
                                fetch: result.gradients)[0]
        XCTAssertEqual(grad.doubles, [1, 1, 1])
    }
}
