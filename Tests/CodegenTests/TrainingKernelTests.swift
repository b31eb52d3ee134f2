import Foundation
import GraphIR
import LLVMKit
import Plan
import Reference
import XCTest

/// Properties of the training kernels the per-op matrix cannot state: gradients are adjoints of
/// their forward ops (which checks the Reference too), the random generator's statistics, and the
/// accuracy pattern whose fused epilogue changes the dtype.
final class TrainingKernelTests: XCTestCase {
    func dot(_ a: Tensor, _ b: Tensor) -> Double { zip(a.doubles, b.doubles).reduce(0) { $0 + $1.0 * $1.1 } }

    /// `<conv2D(x, w), dy> == <x, backpropInput(w, dy)> == <w, backpropFilter(x, dy)>` for every
    /// gradient config, in the Reference and in generated code.
    func testConvBackpropIsTheAdjointOfConv2D() throws {
        for cfg in OpMatrix.convGradConfigs {
            for format in DataFormat.allCases {
                let attrs = OpMatrix.convAttributes(cfg, format)
                let xs = OpMatrix.convInputShape(cfg, format), ws = [cfg.kh, cfg.kw, cfg.c, cfg.f]
                let ys = try OpMatrix.convOutputShape(cfg, format)
                var g = Graph()
                let x = try g.add("x", .placeholder(dtype: cfg.dtype, shape: xs))
                let w = try g.add("w", .placeholder(dtype: cfg.dtype, shape: ws))
                let dy = try g.add("dy", .placeholder(dtype: cfg.dtype, shape: ys))
                let y = try g.add("y", .conv2D(attrs), [x, w])
                let dx = try g.add("dx", .conv2DBackpropInput(attrs, inputShape: xs), [w, dy])
                let dw = try g.add("dw", .conv2DBackpropFilter(attrs, filterShape: ws), [x, dy])
                var rng = SeededGenerator(seed: stableSeed("adjoint \(cfg.label) \(format)"))
                let feeds = try randomFeeds(for: g, using: &rng)
                let reference = try evaluate(g, feeds: feeds, fetch: [y, dx, dw])
                let compiled = try jit(g, outputs: ["y", "dx", "dw"], level: 3, name: "adjoint")
                let jitted = try compiled.executable.run(compiled.plan.inputNames.map { feeds[$0]! })
                for (label, r) in [("reference", reference), ("jit", jitted)] {
                    let forward = dot(r[0], feeds["dy"]!)
                    let viaInput = dot(feeds["x"]!, r[1]), viaFilter = dot(feeds["w"]!, r[2])
                    let scale = max(1, abs(forward)) * (cfg.dtype == .float64 ? 1e-12 : 1e-4)
                    XCTAssertEqual(viaInput, forward, accuracy: scale, "\(label) \(format.rawValue) \(cfg.label): <x, dx>")
                    XCTAssertEqual(viaFilter, forward, accuracy: scale, "\(label) \(format.rawValue) \(cfg.label): <w, dw>")
                }
            }
        }
    }

    /// `<avgPool(x), dy> == <x, avgPoolGrad(dy)>`, including SAME windows cut by the border.
    func testAvgPoolGradIsTheAdjointOfAvgPool() throws {
        for cfg in OpMatrix.poolConfigs {
            for format in DataFormat.allCases {
                let attrs = PoolAttributes(kind: .avg, windowH: cfg.wh, windowW: cfg.ww, strideH: cfg.sh, strideW: cfg.sw,
                                           padding: cfg.padding, dataFormat: format)
                let xs = format == .nhwc ? [cfg.n, cfg.h, cfg.w, cfg.c] : [cfg.n, cfg.c, cfg.h, cfg.w]
                let ys = try Op.pool(attrs).inferTypes([TensorType(cfg.dtype, xs)])[0].shape ?? []
                var g = Graph()
                let x = try g.add("x", .placeholder(dtype: cfg.dtype, shape: xs))
                let dy = try g.add("dy", .placeholder(dtype: cfg.dtype, shape: ys))
                let y = try g.add("y", .pool(attrs), [x])
                let dx = try g.add("dx", .avgPoolGrad(attrs, inputShape: xs), [dy])
                var rng = SeededGenerator(seed: stableSeed("avg adjoint \(xs) \(cfg.wh) \(cfg.sh) \(format)"))
                let feeds = try randomFeeds(for: g, using: &rng)
                let reference = try evaluate(g, feeds: feeds, fetch: [y, dx])
                let compiled = try jit(g, outputs: ["y", "dx"], level: 3, name: "adjoint")
                let jitted = try compiled.executable.run(compiled.plan.inputNames.map { feeds[$0]! })
                for (label, r) in [("reference", reference), ("jit", jitted)] {
                    let forward = dot(r[0], feeds["dy"]!), backward = dot(feeds["x"]!, r[1])
                    XCTAssertEqual(backward, forward, accuracy: max(1, abs(forward)) * 1e-5, "\(label) \(format.rawValue) \(xs)")
                }
            }
        }
    }

    func randomGraph(count: Int) throws -> Graph {
        var g = Graph()
        let counter = try g.add("counter", .placeholder(dtype: .int64, shape: []))
        try g.add("r", .randomUniform(seed: 2024, shape: [count]), [counter])
        return g
    }

    /// 10^5 draws: mean 1/2 and variance 1/12 within 5 standard errors, all in [0, 1); the same
    /// counter reproduces the stream, another counter gives another one; JIT == Reference bit for bit.
    func testRandomUniformStatistics() throws {
        let n = 100_000
        let compiled = try jit(try randomGraph(count: n), outputs: ["r"], level: 3, name: "random")
        func draw(_ counter: Int64) throws -> [Float] {
            try compiled.executable.run([Tensor(shape: [], int64s: [counter])])[0].scalars(as: Float.self)
        }
        let a = try draw(1), again = try draw(1), b = try draw(2)
        XCTAssertEqual(a, again, "not reproducible")
        XCTAssertTrue(a.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = a.reduce(0.0) { $0 + Double($1) } / Double(n)
        let variance = a.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(n - 1)
        // Standard errors: sqrt(1/12 / n) for the mean, sqrt(1/180 / n) for the variance of U(0,1).
        XCTAssertEqual(mean, 0.5, accuracy: 5 * (1.0 / 12 / Double(n)).squareRoot())
        XCTAssertEqual(variance, 1.0 / 12, accuracy: 5 * (1.0 / 180 / Double(n)).squareRoot())
        let same = zip(a, b).filter { $0 == $1 }.count
        XCTAssertLessThan(same, 50, "counters 1 and 2 give nearly the same stream")
        // Neighbouring elements are uncorrelated.
        let lag = zip(a, a.dropFirst()).reduce(0.0) { $0 + (Double($1.0) - 0.5) * (Double($1.1) - 0.5) } / Double(n - 1)
        XCTAssertEqual(lag / (1.0 / 12), 0, accuracy: 5 / Double(n).squareRoot())
        for i in [0, 1, 777, n - 1] {
            XCTAssertEqual(a[i].bitPattern, randomUniformValue(seed: 2024, counter: 1, index: i).bitPattern)
        }
    }

    /// `mean(cast(equal(argMax(logits), labels)))`: ArgMax anchors a kernel whose fused epilogue
    /// turns int64 into bool into float32, computed per element in registers.
    func testAccuracyPatternFusesThroughDtypeChanges() throws {
        var g = Graph()
        let logits = try g.add("logits", .placeholder(dtype: .float32, shape: [37, 10]))
        let labels = try g.add("labels", .placeholder(dtype: .int64, shape: [37]))
        let predicted = try g.add("predicted", .argMax(axis: 1, outputType: .int64), [logits])
        let correct = try g.add("correct", .compare(.equal), [predicted, labels])
        let asFloat = try g.add("as_float", .cast(.float32), [correct])
        try g.add("accuracy", .reduce(.mean, axes: [0], keepDims: false), [asFloat])
        var rng = SeededGenerator(seed: 7)
        let feeds = ["logits": try randomTensor(.float32, [37, 10], using: &rng),
                     "labels": try randomTensor(.int64, [37], in: 0...9, using: &rng)]
        for output in ["accuracy", "as_float"] {
            let expected = try evaluate(g, feeds: feeds, fetch: [g.value(named: output)!])[0]
            let compiled = try jit(g, outputs: [output], level: 3, name: "accuracy")
            let actual = try compiled.executable.run(compiled.plan.inputNames.map { feeds[$0]! })[0]
            XCTAssertNil(mismatch(actual, expected), output)
            // Every node is planned; the one computing `as_float` holds the whole chain.
            let kernel = compiled.plan.kernels.first { $0.root == asFloat.node }
            XCTAssertEqual(kernel?.kind, .compute(anchor: predicted.node, body: [correct.node, asFloat.node]),
                           "ArgMax, Equal and Cast should be one kernel")
        }
    }

    /// The conv gradient kernels of an MNIST-sized layer (14x14, 5x5 SAME, 32 -> 64 channels) in both
    /// formats: prints each kernel's vector-register and FMA counts and one run's time, and checks
    /// packed FMAs on an AVX2+FMA host.
    func testConvBackpropAssemblyIsVectorised() throws {
        let features = Set(TargetDescription.host.features.split(separator: ",").map(String.init))
        for format in DataFormat.allCases {
            let attrs = Conv2DAttributes(padding: .same, dataFormat: format)
            let xs = format == .nhwc ? [8, 14, 14, 32] : [8, 32, 14, 14], ws = [5, 5, 32, 64]
            let ys = format == .nhwc ? [8, 14, 14, 64] : [8, 64, 14, 14]
            for op in [Op.conv2DBackpropInput(attrs, inputShape: xs), .conv2DBackpropFilter(attrs, filterShape: ws)] {
                var g = Graph()
                let first = try g.add("a", .placeholder(dtype: .float32, shape: op.name == "Conv2DBackpropInput" ? ws : xs))
                let dy = try g.add("dy", .placeholder(dtype: .float32, shape: ys))
                try g.add("grad", op, [first, dy])
                let c = try jit(g, outputs: ["grad"], level: 3, name: "asm")
                let text = c.assembly
                func count(_ s: String) -> Int { text.components(separatedBy: s).count - 1 }
                var rng = SeededGenerator(seed: 1)
                let feeds = try randomFeeds(for: g, using: &rng)
                let args = c.plan.inputNames.map { feeds[$0]! }
                // The best of a few runs: the machine is shared.
                var ms = Double.infinity
                for _ in 0..<5 {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = try c.executable.run(args)
                    ms = min(ms, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                }
                let flops: Double = 2.0 * 8 * 14 * 14 * 25 * 32 * 64
                let rate = String(format: "%.1f ms, %.2f GFLOP/s", ms, flops / ms / 1e6)
                let registers = "ymm \(count("%ymm")), zmm \(count("%zmm")), vfmadd \(count("vfmadd"))"
                print("==== \(op.name) \(format.rawValue) 8x14x14, 5x5x32x64: \(rate); \(registers)")
                try? text.write(toFile: "/tmp/gj-asm-\(op.name)-\(format.rawValue).s", atomically: true, encoding: .utf8)
                if features.contains("+avx2") && features.contains("+fma") {
                    XCTAssertTrue(text.contains("vfmadd") && count("%ymm") + count("%zmm") > 0, "\(op.name) \(format.rawValue): not vectorised with FMA")
                }
            }
        }
    }
}
