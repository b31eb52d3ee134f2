import Foundation
import GraphIR
import GraphJIT
import Plan
import XCTest

/// Through the standard pipeline, a convolution, its bias, the batch norm after it and the
/// activation are one kernel: batch norm folds into the filter (`bnfold`), and the rest fuses.
final class BatchNormFusionTests: XCTestCase {
    private func plan(_ fixture: String, _ shapes: [String: [Int]]) throws -> ExecutionPlan {
        let model = try Model(contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/tf/\(fixture)/graph.pb").path)
        return try model.compile(outputs: model.sinkNames, inputShapes: shapes, options: CompileOptions(loadForExecution: false)).plan
    }

    /// The op names of each compute kernel, anchor first.
    private func kernels(_ p: ExecutionPlan) -> [[String]] {
        p.kernels.compactMap { k in
            guard case let .compute(anchor, body) = k.kind else { return nil }
            return ((anchor.map { [$0] } ?? []) + body).map { p.graph.nodes[$0].op.name }
        }
    }

    func testFusedBatchNormAndRelu6FoldIntoEachConvolution() throws {
        let p = try plan("cv_mobilenet_block", ["x": [1, 12, 11, 8]])
        // Expand, depthwise, project (with the residual add) per block: six kernels, no Mul left.
        XCTAssertEqual(kernels(p), [
            ["Conv2D", "BiasAdd", "Maximum", "Minimum"], ["Conv2D", "BiasAdd", "Maximum", "Minimum"], ["Conv2D", "BiasAdd", "Add"],
            ["Conv2D", "BiasAdd", "Maximum", "Minimum"], ["Conv2D", "BiasAdd", "Maximum", "Minimum"], ["Conv2D", "BiasAdd"],
        ], "\(p)")
    }

    func testKerasBatchNormAndSwishAreOneKernelWithTheConvolution() throws {
        let p = try plan("cv_keras_bn_swish_block", ["x": [2, 7, 6, 16]])
        XCTAssertEqual(kernels(p), [["Conv2D", "BiasAdd", "Sigmoid", "Mul"], ["Conv2D", "BiasAdd", "Relu"]], "\(p)")
    }
}
