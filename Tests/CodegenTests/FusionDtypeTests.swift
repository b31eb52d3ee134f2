import GraphIR
import Reference
import XCTest

/// A chain whose result has another dtype than its anchor (MatMul -> Greater) cannot be rewritten
/// in place: the planner keeps the anchor in its own kernel, and the result is still right.
final class FusionDtypeTests: XCTestCase {
    func testAnchorIsNotFusedIntoAChainOfAnotherDtype() throws {
        var g = Graph()
        let a = try g.add("a", .placeholder(dtype: .float32, shape: [3, 4]))
        let w = try g.add("w", .placeholder(dtype: .float32, shape: [4, 2]))
        let y = try g.add("y", .matMul(transposeA: false, transposeB: false), [a, w])
        let zero = try g.add("zero", .constant(Tensor(shape: [], floats: [0])))
        try g.add("positive", .compare(.greater), [y, zero])
        let c = try jit(g, outputs: ["positive"])
        XCTAssertEqual(c.plan.kernels.count, 2)
        let av = Tensor(shape: [3, 4], floats: (0..<12).map { Float($0) - 5 })
        let wv = Tensor(shape: [4, 2], floats: [1, -1, 1, -1, 1, -1, 1, -1])
        let got = try c.executable.run([av, wv])[0]
        let want = try Reference.evaluate(g, feeds: ["a": av, "w": wv], fetch: [Value(node: 4)])[0]
        XCTAssertEqual(got, want)
    }
}
