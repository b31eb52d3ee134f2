// Only GraphJIT: this file checks that its public API needs no other import.
import GraphJIT
import XCTest

final class ImportGraphJITAloneTests: XCTestCase {
    func testEveryTypeThePublicAPIUsesIsVisible() throws {
        let model = try Model(contentsOf: repositoryRoot.appendingPathComponent("graphs/blog_addsub.pbtxt").path)
        let graph: Graph = model.graph
        XCTAssertEqual(graph.nodes.count, 7)
        let passes: [PassName] = try PassName.parseList("fold,cse,dce")
        XCTAssertEqual(passes.count, 3)
        let options = CompileOptions(optimizationLevel: 2, passes: PassName.standardPipeline)
        let compiled = try model.compile(outputs: ["output"], options: options)
        let types: [TensorType] = compiled.inputTypes
        XCTAssertEqual(types, [TensorType(DType.int32, [1])])
        let plan: ExecutionPlan = try compiled.plan
        XCTAssertFalse(plan.kernels.isEmpty)
        let target: TargetDescription = compiled.target
        XCTAssertTrue(target.isHost)
        let out: [Tensor] = try compiled.run([Tensor(shape: [1], int32s: [7])])
        XCTAssertEqual(out.first?.int(at: 0), 110)
        let profile: Profile? = compiled.profile
        XCTAssertNil(profile, "not compiled with profile: true")
        let session: CompiledGraph.Session = try compiled.makeSession()
        XCTAssertEqual(try session.run([Tensor(shape: [1], int32s: [7])]).first?.int(at: 0), 110)
        let cache = CompileCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("graphjit-alone-\(UUID().uuidString)").path)
        defer { try? FileManager.default.removeItem(atPath: cache.directory) }
        let origin: CompiledGraph.Origin = try model.compile(outputs: ["output"], options: CompileOptions(cache: cache)).origin
        XCTAssertEqual(origin, .compiled)

        let scaling: PixelScaling = .unitInterval
        XCTAssertTrue(scaling.isUnitInterval)
        let data: LabelledImages = try LabelledImages(images: Tensor(shape: [2, 1], floats: [0, 1]), labels: Tensor(shape: [2], int32s: [0, 1]))
        XCTAssertEqual(data.count, 2)
        let optimizer: Optimizer = .sgd
        XCTAssertEqual(TrainingConfiguration(optimizer: optimizer).learningRate, 0.01)
        XCTAssertNil(graph.inputStandardization("input"))
    }
}
