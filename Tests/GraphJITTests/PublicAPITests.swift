import GraphIR
import GraphJIT
import XCTest

final class PublicAPITests: XCTestCase {
    let mlpText = """
        node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } }
               attr { key: "shape" value { shape { dim { size: -1 } dim { size: 3 } } } } }
        node { name: "w" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } }
               attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 3 } dim { size: 2 } }
                                                    float_val: [1, 2, 3, 4, 5, 6] } } } }
        node { name: "y" op: "MatMul" input: "x" input: "w" attr { key: "T" value { type: DT_FLOAT } } }
        node { name: "r" op: "Relu" input: "y" attr { key: "T" value { type: DT_FLOAT } } }
        """

    func testLoadFromStringCompileForShapesRunManyTimes() throws {
        let model = try Model(text: mlpText)
        XCTAssertEqual(model.inputNames, ["x"])
        XCTAssertEqual(model.sinkNames, ["r"])
        XCTAssertEqual(model.learnableParameterCount, 6)
        let compiled = try model.compile(outputs: ["r", "y"], inputShapes: ["x": [2, 3]])
        XCTAssertEqual(compiled.inputTypes, [TensorType(.float32, [2, 3])])
        for i in 0..<1000 {
            let s = Float(i % 7) - 3
            let out = try compiled.run(["x": Tensor(shape: [2, 3], floats: [1, 0, 0, 0, s, 0])])
            // Row 0 picks w's first row [1,2]; row 1 is s * [3,4].
            XCTAssertEqual(out["y"]?.scalars(as: Float.self), [1, 2, 3 * s, 4 * s])
            XCTAssertEqual(out["r"]?.scalars(as: Float.self), [1, 2, max(3 * s, 0), max(4 * s, 0)])
        }
        XCTAssertTrue(try compiled.llvmIR.contains("define void @graph"))
        XCTAssertTrue(try compiled.optimizedLLVMIR.contains("target-cpu"))
        XCTAssertTrue(try compiled.assembly().contains("graph:"))
        XCTAssertEqual(Array(try compiled.objectFile().prefix(4)), [0x7F, 0x45, 0x4C, 0x46])
        let plan = try compiled.plan.description
        XCTAssertTrue(plan.contains("MatMul(y)"), plan)
    }

    func testProfileTableListsTheSlowestAndSumsTheRest() {
        let kernels = (1...6).map { Profile.Kernel(name: "k\($0)", nanoseconds: UInt64($0) * 1_000_000) }
            + [Profile.Kernel(name: "tiny", nanoseconds: 1)]
        let profile = Profile(runs: 1, kernels: kernels)
        let two = profile.table(limit: 2)
        XCTAssertTrue(two.contains("k6") && two.contains("k5") && !two.contains("k4"), two)
        XCTAssertTrue(two.contains("(5 more)"), two)
        // Every kernel, even one under 0.5% of the time, without a limit; by default those are summed.
        let all = profile.table(limit: nil)
        XCTAssertTrue(all.contains("tiny") && !all.contains("more)"), all)
        XCTAssertTrue(profile.table().contains("(1 more)"), profile.table())
    }

    func testProfileTimesEveryKernelOfEveryRun() throws {
        let model = try Model(text: mlpText)
        let plain = try model.compile(outputs: ["r"], inputShapes: ["x": [2, 3]])
        XCTAssertNil(plain.profile)
        let compiled = try model.compile(outputs: ["r"], inputShapes: ["x": [64, 3]], options: CompileOptions(profile: true))
        let feeds = ["x": Tensor(shape: [64, 3], floats: (0..<192).map { Float($0 % 5) })]
        let expected = try plain.run(["x": Tensor(shape: [2, 3], floats: Array((feeds["x"]?.scalars(as: Float.self) ?? []).prefix(6)))])["r"]
        for _ in 0..<3 { _ = try compiled.run(feeds) }
        let profile = try XCTUnwrap(compiled.profile)
        XCTAssertEqual(profile.runs, 3)
        XCTAssertEqual(profile.kernels.map(\.name), try compiled.plan.kernels.map(\.name))
        XCTAssertGreaterThan(profile.kernels.reduce(0) { $0 + $1.nanoseconds }, 0)
        XCTAssertTrue(profile.table().contains(try compiled.plan.kernels[0].name), profile.table())
        // Each kernel carries the FLOPs of the nodes it computes: together, the graph's.
        XCTAssertEqual(profile.kernels.reduce(0) { $0 + $1.flops }, try compiled.plan.graph.flops)
        XCTAssertGreaterThan(try compiled.plan.graph.flops, 0)
        XCTAssertTrue(profile.table().contains("GFLOP/s"), profile.table())
        // The hooks do not change results.
        let out = try compiled.run(feeds)["r"]?.scalars(as: Float.self) ?? []
        XCTAssertEqual(Array(out.prefix(4)), expected?.scalars(as: Float.self))
        compiled.resetProfile()
        XCTAssertEqual(compiled.profile?.runs, 0)
    }

    func testRunRejectsWrongFeeds() throws {
        let compiled = try Model(text: mlpText).compile(outputs: ["r"], inputShapes: ["x": [2, 3]])
        XCTAssertThrowsError(try compiled.run([String: Tensor]()))
        XCTAssertThrowsError(try compiled.run(["x": Tensor(shape: [3, 3], floats: Array(repeating: 0, count: 9))]))
        XCTAssertThrowsError(try compiled.run(["x": Tensor(shape: [2, 3], int32s: Array(repeating: 0, count: 6))]))
    }

    func testCompileErrorsAreClear() throws {
        let model = try Model(text: mlpText)
        XCTAssertThrowsError(try model.compile(outputs: ["r"])) { XCTAssertTrue("\($0)".contains("not fully known"), "\($0)") }
        XCTAssertThrowsError(try model.compile(outputs: ["nope"], inputShapes: ["x": [1, 3]]))
        XCTAssertThrowsError(try model.compile(outputs: ["r"], inputShapes: ["w": [1, 3]]))
        XCTAssertThrowsError(try model.compile(outputs: ["r"], inputShapes: ["x": [1, 4]])) {
            XCTAssertTrue("\($0)".contains("'x' (Placeholder)"), "\($0)")
        }
        XCTAssertThrowsError(try Model(text: "node { name: \"a\" op: \"Relu\" input: \"b\" }\nnode {", filename: "t.pbtxt")) {
            XCTAssertTrue("\($0)".hasPrefix("t.pbtxt:2:"), "\($0)")
        }
    }

    func testCrossCompiledGraphEmitsButDoesNotRun() throws {
        let compiled = try Model(text: mlpText).compile(outputs: ["r"], inputShapes: ["x": [1, 3]],
                                                          options: CompileOptions(targetTriple: "aarch64-linux-gnu"))
        XCTAssertTrue(try compiled.assembly().contains("ret"))
        XCTAssertThrowsError(try compiled.run([Tensor(shape: [1, 3], floats: [1, 2, 3])]))
    }

    func testMemoryBeyondTheMachineIsRefusedBeforeAllocating() throws {
        let text = """
            node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } }
                   attr { key: "shape" value { shape { dim { size: 150000 } dim { size: 150000 } } } } }
            node { name: "y" op: "Relu" input: "x" }
            """
        XCTAssertThrowsError(try Model(text: text).compile(outputs: ["y"])) {
            XCTAssertTrue("\($0)".contains("MiB"), "\($0)")
        }
    }
}
