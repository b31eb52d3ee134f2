import GraphIR
import LLVMKit
import Plan
import Codegen
import Reference
import XCTest

/// The generated machine code for the host: the hot kernels must be vectorised with the host's
/// registers and FMA, which only happens when every function carries the host's `target-cpu` and
/// `target-features` (without them MCJIT falls back to generic x86-64: SSE2, no FMA).
final class AssemblyTests: XCTestCase {
    var hostFeatures: Set<String> {
        Set(TargetDescription.host.features.split(separator: ",").map(String.init))
    }

    func matMulGraph(_ m: Int, _ k: Int, _ n: Int) throws -> Graph {
        var g = Graph()
        let a = try g.add("a", .placeholder(dtype: .float32, shape: [m, k]))
        let b = try g.add("b", .placeholder(dtype: .float32, shape: [k, n]))
        try g.add("mm", .matMul(transposeA: false, transposeB: false), [a, b])
        return g
    }

    func convGraph() throws -> Graph {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, 16, 16, 16]))
        let w = try g.add("w", .placeholder(dtype: .float32, shape: [3, 3, 16, 32]))
        try g.add("conv", .conv2D(Conv2DAttributes(padding: .same, dataFormat: .nhwc)), [x, w])
        return g
    }

    func vectorWidths(_ text: String) -> (ymm: Int, zmm: Int, xmm: Int, fma: Int) {
        func count(_ s: String) -> Int { text.components(separatedBy: s).count - 1 }
        return (count("%ymm"), count("%zmm"), count("%xmm"), count("vfmadd"))
    }

    /// Prints the O3 assembly of the MatMul and NHWC Conv2D kernels once, with a summary of the
    /// registers they use, and checks they are vectorised with FMA on an AVX2+FMA host.
    func testMatMulAndConvAssemblyIsVectorised() throws {
        let features = hostFeatures
        print("host: \(TargetDescription.host) avx2=\(features.contains("+avx2")) fma=\(features.contains("+fma")) avx512f=\(features.contains("+avx512f"))")
        for (label, graph) in [("MatMul 64x64x64", try matMulGraph(64, 64, 64)),
                               ("Conv2D NHWC 1x16x16x16 -> 32, 3x3 SAME", try convGraph())] {
            // One kernel per module (inlined into the entry at O3), so the whole module is that kernel.
            let c = try jit(graph, outputs: [graph.nodes.last!.name], level: 3, name: "asm")
            let text = c.assembly
            let w = vectorWidths(text)
            print("==== \(label): \(text.split(separator: "\n").count) lines; ymm \(w.ymm), zmm \(w.zmm), xmm \(w.xmm), vfmadd \(w.fma)")
            print(text)
            if features.contains("+avx2") && features.contains("+fma") {
                XCTAssertGreaterThan(w.ymm + w.zmm, 0, "\(label): no 256/512-bit vector registers")
                XCTAssertTrue(text.contains("vfmadd") && (text.contains("ps\t%ymm") || text.contains("ps\t%zmm") || text.contains("ps\t(")),
                              "\(label): no packed vfmadd…ps")
            }
        }
    }

    /// A regression to generic x86-64 code generation (lost `target-cpu`/`target-features`) is caught:
    /// with `+fma` in the host's features, a float32 MatMul must use `vfmadd`.
    func testHostMatMulUsesFMA() throws {
        let host = TargetDescription.host
        guard hostFeatures.contains("+fma") else {
            // Nothing to require on a host without FMA; the generic code must still be right.
            XCTAssertFalse(try jit(matMulGraph(8, 8, 8), outputs: ["mm"]).assembly.isEmpty)
            return
        }
        let c = try jit(matMulGraph(8, 32, 24), outputs: ["mm"], level: 3, name: "fma")
        XCTAssertTrue(c.assembly.contains("vfmadd"), "host \(host) has +fma but the MatMul has no vfmadd:\n\(c.assembly)")
        XCTAssertTrue(c.irAfter.contains("\"target-features\"=\"\(host.features)\"") || c.irAfter.contains(host.features),
                      "functions must carry the host features")
        // And the code the JIT runs is that code: the result is right.
        var rng = SeededGenerator(seed: 3)
        let a = try randomTensor(.float32, [8, 32], using: &rng), b = try randomTensor(.float32, [32, 24], using: &rng)
        let out = try c.executable.run([a, b])
        let expected = try evaluate(matMulGraph(8, 32, 24), feeds: ["a": a, "b": b], fetch: [Value(node: 2)])
        XCTAssertNil(mismatch(out[0], expected[0], relativeTolerance: 1e-5, absoluteTolerance: 1e-5 * 32.0.squareRoot()))
    }

    /// The same module built for generic x86-64 has no FMA: the check above can tell the two apart.
    func testGenericTargetHasNoFMA() throws {
        guard TargetDescription.host.triple.hasPrefix("x86_64") else { return }
        let target = TargetDescription(triple: TargetDescription.host.triple, cpu: "x86-64", features: "")
        let g = try matMulGraph(8, 32, 24)
        let plan = try Plan.Planner.plan(g, outputs: ["mm"])
        let context = Context()
        let machine = try TargetMachine(target, optimizationLevel: 3)
        let module = try Codegen.CodeGenerator.emit(plan, name: "generic", target: target, context: context)
        machine.configure(module)
        try module.verify()
        try PassPipeline.run(module, level: 3, on: machine)
        let asm = String(decoding: try machine.emit(module, as: .assembly), as: UTF8.self)
        XCTAssertFalse(asm.contains("vfmadd"), asm)
        XCTAssertFalse(asm.contains("%ymm"), asm)
    }
}
