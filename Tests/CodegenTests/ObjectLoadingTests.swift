import Codegen
import GraphIR
import LLVMKit
import Plan
import Runtime
import XCTest

/// The compile cache's way back: the optimised module emitted as a host object file, linked by
/// LLJIT (`Executable(plan:object:)`), computes what MCJIT's compile of the same module does.
final class ObjectLoadingTests: XCTestCase {
    /// A convolution over a weight from the weights table, sin (a libm call the object leaves
    /// undefined for LLJIT to resolve in the process), a product split across threads.
    private func graph() throws -> Graph {
        var rng = SplitMix64(seed: 5)
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2, 9, 9, 3]))
        let w = try g.add("w", .constant(Tensor(shape: [3, 3, 3, 8], floats: (0..<216).map { _ in Float(rng.nextUnit() - 0.5) })))
        let c = try g.add("conv", .conv2D(Conv2DAttributes(padding: .same)), [x, w])
        let s = try g.add("sin", .unary(.sin), [c])
        let f = try g.add("flat", .reshape([2, 648]), [s])
        let m = try g.add("m", .constant(Tensor(shape: [648, 40], floats: (0..<(648 * 40)).map { _ in Float(rng.nextUnit() - 0.5) })))
        try g.add("y", .matMul(transposeA: false, transposeB: false), [f, m])
        return g
    }

    func testAnObjectFileRunsLikeMCJIT() throws {
        let g = try graph()
        let plan = try Planner.plan(g, outputs: ["y", "sin"])
        let context = Context()
        let machine = try TargetMachine(.host, optimizationLevel: 3)
        let module = try CodeGenerator.emit(plan, name: "graph", target: .host, context: context)
        machine.configure(module)
        try PassPipeline.run(module, level: 3, on: machine)
        let object = try machine.emit(module.clone(), as: .object)
        let fresh = try Executable(plan: plan, module: module, entryName: "graph", optimizationLevel: 3).makeContext()
        let loaded = try Executable(signature: EntrySignature(plan), weights: plan.weights, object: object, entryName: "graph").makeContext()

        var rng = SplitMix64(seed: 9)
        for _ in 0..<2 {
            let x = Tensor(shape: [2, 9, 9, 3], floats: (0..<486).map { _ in Float(rng.nextUnit() * 4 - 2) })
            let a = try fresh.run([x]), b = try loaded.run([x])
            XCTAssertEqual(a.count, 2)
            for (p, q) in zip(a, b) {
                XCTAssertEqual(p.shape, q.shape)
                XCTAssertEqual(p.scalars(as: Float.self), q.scalars(as: Float.self), "the same machine code: bit for bit")
            }
            XCTAssertNotEqual(a[0].scalars(as: Float.self), [Float](repeating: 0, count: 80))
        }
    }

    func testAnUnknownEntryNameIsAnError() throws {
        let plan = try Planner.plan(try graph(), outputs: ["y"])
        let context = Context()
        let machine = try TargetMachine(.host, optimizationLevel: 1)
        let module = try CodeGenerator.emit(plan, name: "graph", target: .host, context: context)
        machine.configure(module)
        let object = try machine.emit(module, as: .object)
        XCTAssertThrowsError(try Executable(signature: EntrySignature(plan), weights: plan.weights, object: object, entryName: "other")) { error in
            XCTAssertTrue("\(error)".contains("other"), "\(error)")
        }
    }
}
