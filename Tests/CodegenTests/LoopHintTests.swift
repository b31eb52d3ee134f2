import GraphIR
import Reference
import XCTest

/// Loops over short contiguous rows carry `LoopHint.noVectorize`. Without it LLVM unrolls a row
/// of a few dozen elements completely and then vectorises the loop around it across rows, with
/// gathers and scatters: EfficientNet's squeeze-excite multiply ran 4x slower that way, and so did
/// every classifier's bias epilogue. These kernels must come out of O3 without any.
final class LoopHintTests: XCTestCase {
    func assertNoGathers(_ c: Compiled, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(c.irBefore.contains("llvm.loop.vectorize.width"), "\(label): no loop hint in the IR", file: file, line: line)
        for needle in ["llvm.masked.gather", "llvm.masked.scatter"] {
            XCTAssertFalse(c.irAfter.contains(needle), "\(label): O3 made \(needle)", file: file, line: line)
        }
    }

    func testChannelBroadcastMultiplyIsVectorisedAlongItsRows() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, 28, 28, 32]))
        let s = try g.add("s", .placeholder(dtype: .float32, shape: [1, 1, 1, 32]))
        try g.add("y", .binary(.mul), [x, s])
        let c = try jit(g, outputs: ["y"], level: 3, name: "excite")
        assertNoGathers(c, "squeeze-excite multiply")
        // And it still computes the product.
        var rng = SeededGenerator(seed: 9)
        let xv = try randomTensor(.float32, [1, 28, 28, 32], using: &rng)
        let sv = try randomTensor(.float32, [1, 1, 1, 32], using: &rng)
        let got = try c.executable.run([xv, sv])[0].scalars(as: Float.self)
        let xs = xv.scalars(as: Float.self), ss = sv.scalars(as: Float.self)
        XCTAssertEqual(got, xs.indices.map { xs[$0] * ss[$0 % 32] })
    }

    func testDenseLayerBiasEpilogueIsVectorisedAlongItsColumns() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, 256]))
        let w = try g.add("w", .placeholder(dtype: .float32, shape: [256, 1000]))
        let bias = try g.add("b", .placeholder(dtype: .float32, shape: [1000]))
        let mm = try g.add("mm", .matMul(transposeA: false, transposeB: false), [x, w])
        try g.add("logits", .binary(.add), [mm, bias])
        assertNoGathers(try jit(g, outputs: ["logits"], level: 3, name: "dense"), "dense bias epilogue")
    }
}
