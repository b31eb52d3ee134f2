import Autodiff
import GraphIR
import Reference
import XCTest

/// The checker must catch wrong gradients, or every other test here proves nothing.
final class MutationGuardTests: XCTestCase {
    /// A dense layer with a nonlinearity: every rule on the path matters.
    func makeCase() throws -> TestGraph {
        var t = TestGraph(seed: 51)
        let x = try t.input("x", [2, 3])
        let w = try t.input("w", [3, 4])
        let mm = try t.add("mm", .matMul(transposeA: false, transposeB: false), [x, w])
        _ = try t.add("y", .unary(.tanh), [mm])
        return t
    }

    func mismatches(_ tamper: ((inout GradientResult) throws -> Void)?) throws -> [String] {
        let t = try makeCase()
        guard let y = t.graph.value(named: "y") else { throw ReferenceError("no y") }
        return try GradientChecker().mismatches(t.graph, output: y, wrt: ["x", "w"], feeds: t.feeds, tamper: tamper)
    }

    func testUntamperedGradientsPass() throws {
        XCTAssertEqual(try mismatches(nil), [])
    }

    func testZeroedGradientIsCaught() throws {
        let problems = try mismatches { result in
            let shape = result.graph[result.gradients[1]].shape ?? []
            let zeros = Tensor(shape: shape, doubles: Array(repeating: 0, count: shape.reduce(1, *)))
            result.gradients[1] = try result.graph.add("zeroed", .constant(zeros))
        }
        XCTAssertEqual(problems.count, 12, "\(problems)")
        XCTAssertTrue(problems.allSatisfy { $0.contains("d loss / d w") }, "\(problems)")
    }

    func testOneElementPerturbedIsCaught() throws {
        let problems = try mismatches { result in
            var delta = Array(repeating: 0.0, count: 6)
            delta[4] = 1e-4
            let d = try result.graph.add("delta", .constant(Tensor(shape: [2, 3], doubles: delta)))
            result.gradients[0] = try result.graph.add("perturbed", .binary(.add), [result.gradients[0], d])
        }
        XCTAssertEqual(problems, problems.filter { $0.contains("d loss / d x[4]") })
        XCTAssertEqual(problems.count, 1)
    }

    func testScaledGradientIsCaught() throws {
        let problems = try mismatches { result in
            let s = try result.graph.add("scale", .constant(Tensor(shape: [], doubles: [1.001])))
            result.gradients[0] = try result.graph.add("scaled", .binary(.mul), [result.gradients[0], s])
        }
        XCTAssertEqual(problems.count, 6, "\(problems)")
    }

    /// A plausible rule bug: MatMul's dB with the transpose on the wrong operand (g^T x instead of x^T g)
    /// would not even type-check here, so mimic the other classic one: dA = g B (B not transposed)
    /// on a square case where the shapes agree.
    func testWrongTransposeIsCaught() throws {
        var t = TestGraph(seed: 52)
        let a = try t.input("a", [3, 3])
        let b = try t.input("b", [3, 3])
        let y = try t.add("y", .matMul(transposeA: false, transposeB: false), [a, b])
        let problems = try GradientChecker().mismatches(t.graph, output: y, wrt: ["a"], feeds: t.feeds) { result in
            guard let g = result.graph.value(named: "gradients/y_grad/MatMul").map({ result.graph.nodes[$0.node].inputs[0] }) else {
                throw ReferenceError("no MatMul gradient node")
            }
            result.gradients[0] = try result.graph.add("wrong", .matMul(transposeA: false, transposeB: false), [g, b])
        }
        XCTAssertFalse(problems.isEmpty)
    }
}
