import GraphIR
import GraphJIT
import XCTest

/// Every TensorFlow-written fixture, text and binary, compiled and run through the public API and
/// compared with TensorFlow's own outputs within the case's float32 tolerance.
final class ConformanceTests: XCTestCase {
    func testEveryTensorFlowFixtureMatchesTensorFlow() throws {
        let cases = try TFCase.all()
        XCTAssertGreaterThan(cases.count, 100, "fixture folder missing or nearly empty")
        var checked = 0
        for c in cases {
            for file in ["graph.pbtxt", "graph.pb"] {
                let model = try Model(contentsOf: c.path(file))
                var feeds: [String: Tensor] = [:]
                for (name, path) in c.inputs { feeds[name] = try TensorFile.read(path: c.path(path)) }
                let outputNames = c.outputs.keys.sorted()
                let compiled = try model.compile(outputs: outputNames, inputShapes: feeds.mapValues(\.shape))
                let results = try compiled.run(feeds)
                for name in outputNames {
                    let want = try TensorFile.read(path: c.path(c.outputs[name] ?? ""))
                    guard let got = results[name] else { XCTFail("\(c.name)/\(file): no output \(name)"); continue }
                    XCTAssertEqual(got.dtype, want.dtype, "\(c.name)/\(file) \(name)")
                    XCTAssertEqual(got.shape, want.shape, "\(c.name)/\(file) \(name)")
                    guard got.shape == want.shape else { continue }
                    let worst = (0..<want.elementCount).map { i -> Double in
                        let (g, w) = (got.double(at: i), want.double(at: i))
                        if g.isNaN && w.isNaN { return 0 }
                        return abs(g - w) - (c.atol + c.rtol * abs(w))
                    }.max() ?? 0
                    XCTAssertLessThanOrEqual(worst, 0, "\(c.name)/\(file) \(name): beyond tolerance")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 200)
    }

    /// The graph from the LLVM JIT blog through the public API, at O0 and O3.
    func testBlogGraphGives113() throws {
        let model = try Model(contentsOf: repositoryRoot.appendingPathComponent("graphs/blog_addsub.pbtxt").path)
        for level in [0, 3] {
            let compiled = try model.compile(outputs: ["output"], options: CompileOptions(optimizationLevel: level))
            let out = try compiled.run(["input": Tensor(shape: [1], int32s: [10])])
            XCTAssertEqual(out["output"]?.scalars(as: Int32.self), [113], "O\(level)")
        }
    }

    /// The O3 assembly of the blog graph folds the three constants into one add of 103.
    func testBlogAssemblyIsOneAddOf103() throws {
        let model = try Model(contentsOf: repositoryRoot.appendingPathComponent("graphs/blog_addsub.pbtxt").path)
        let asm = try model.compile(outputs: ["output"]).assembly()
        XCTAssertTrue(asm.contains("103"), asm)
        XCTAssertFalse(asm.contains("sub"), asm)
        let aarch64 = try model.compile(outputs: ["output"], options: CompileOptions(targetTriple: "aarch64-linux-gnu")).assembly()
        XCTAssertTrue(aarch64.contains("#103"), aarch64)
    }
}
