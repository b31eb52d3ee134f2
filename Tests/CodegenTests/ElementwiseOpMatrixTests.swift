import GraphIR
import LLVMKit
import XCTest

/// The matrix families of the element-wise ops, reductions and batched products real models use
/// (the new unary, binary and reduction kinds also run in OpMatrixTests' families).
final class ElementwiseOpMatrixTests: XCTestCase {
    func testLogSoftmax() { runMatrix(OpMatrix.logSoftmax) }
    func testBatchMatMul() { runMatrix(OpMatrix.batchMatMul) }
    func testTruncatingCast() { runMatrix(OpMatrix.truncatingCast) }
    func testBoolReductions() { runMatrix(OpMatrix.boolReduce) }
    func testErrorFunctionsOverTheirRange() { runMatrix(OpMatrix.errorFunctions) }
    func testExponentialsOverFloat32Range() { runMatrix(OpMatrix.exponentialRange) }
    func testSoftplusCutoffs() { runMatrix(OpMatrix.softplusCutoffs) }
    func testPowSpecialValues() { runMatrix(OpMatrix.powSpecial) }
    func testIntegerProducts() { runMatrix(OpMatrix.integerProducts) }

    /// BatchMatMul runs MatMul's register tiles per batch entry: again with AVX-512, then AVX, off.
    func testBatchMatMulOnNarrowerVectors() throws {
        let targets = try narrowedHostTargets()
        for target in targets { runMatrix(OpMatrix.batchMatMul, target: target) }
    }

    /// Every adjoint pair and both kinds of batch layout (one MatMul, or one product per entry).
    func testBatchMatMulCasesCoverEveryLayout() {
        for adjX in [false, true] {
            for adjY in [false, true] {
                let ops = OpMatrix.batchMatMul.filter { $0.op == .batchMatMul(adjX: adjX, adjY: adjY) }
                XCTAssertTrue(ops.contains { $0.inputs[0].shape.count == 2 && $0.inputs[1].shape.count == 2 }, "no rank-2 case")
                XCTAssertTrue(ops.contains { $0.inputs[1].shape.count == 2 && $0.inputs[0].shape.count == 3 }, "no unbatched B")
                XCTAssertTrue(ops.contains { $0.inputs[0].shape.count == 2 && $0.inputs[1].shape.count == 3 }, "no unbatched A")
                XCTAssertTrue(ops.contains { $0.inputs[0].shape.count == 4 }, "no broadcast of several batch axes")
            }
        }
    }
}
