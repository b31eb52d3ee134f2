import Autodiff
import GraphIR
import Reference
import XCTest

/// Softmax and the two cross-entropy losses.
final class LossGradientTests: XCTestCase {
    func testSoftmax() throws {
        for shape in [[5], [2, 5], [2, 2, 3]] {
            var t = TestGraph(seed: 41)
            let x = try t.input("x", shape, in: -3...3)
            let out = try t.add("s", .softmax, [x])
            t.check(out, wrt: ["x"], "softmax \(shape)")
        }
    }

    func testSparseSoftmaxCrossEntropyLogits() throws {
        for labelType in [DType.int32, .int64] {
            var t = TestGraph(seed: 42)
            let logits = try t.input("logits", [3, 4], in: -3...3)
            let labels = try t.add("labels", .constant(try randomTensor(labelType, [3], in: 0...3, using: &t.rng)), [])
            let xent = try t.add("xent", .sparseSoftmaxCrossEntropy, [logits, labels])
            t.check(xent, wrt: ["logits"], "sparse xent, \(labelType) labels")
        }
    }

    /// The usual classifier loss: Mean over the batch of the sparse cross-entropy.
    func testMeanOfSparseCrossEntropyThroughDense() throws {
        var t = TestGraph(seed: 43)
        let x = try t.input("x", [3, 5])
        let w = try t.input("w", [5, 4])
        let b = try t.input("b", [4])
        let mm = try t.add("dense/MatMul", .matMul(transposeA: false, transposeB: false), [x, w])
        let logits = try t.add("dense/BiasAdd", .biasAdd(.nhwc), [mm, b])
        let labels = try t.add("labels", .constant(Tensor(shape: [3], int32s: [0, 3, 1])), [])
        let xent = try t.add("xent", .sparseSoftmaxCrossEntropy, [logits, labels])
        let mean = try t.add("loss_mean", .reduce(.mean, axes: [0], keepDims: false), [xent])
        t.check(mean, wrt: ["x", "w", "b"], "mean sparse xent")
    }

    func testSoftmaxCrossEntropyLogitsAndLabels() throws {
        for labelShape in [[3, 4], [1, 4]] {
            var t = TestGraph(seed: 44)
            let logits = try t.input("logits", [3, 4], in: -3...3)
            // Rows are probability distributions: the op's backprop (softmax - labels) assumes they sum to 1.
            let raw = try randomTensor(.float64, labelShape, in: 0.1...1, using: &t.rng).doubles
            let rows = stride(from: 0, to: raw.count, by: 4).flatMap { start -> [Double] in
                let row = raw[start..<start + 4]
                let total = row.reduce(0, +)
                return row.map { $0 / total }
            }
            let labels = try t.input("labels", Tensor(shape: labelShape, doubles: rows))
            let xent = try t.add("xent", .softmaxCrossEntropy, [logits, labels])
            t.check(xent, wrt: ["logits", "labels"], "softmax xent, labels \(labelShape)")
        }
    }

    func testDifferentiatingTheBackpropOutputIsRefused() throws {
        var g = Graph()
        let logits = try g.add("logits", .placeholder(dtype: .float64, shape: [2, 3]))
        let labels = try g.add("labels", .constant(Tensor(shape: [2], int32s: [0, 1])))
        let xent = try g.add("xent", .sparseSoftmaxCrossEntropy, [logits, labels])
        let loss = try g.add("sum", .reduce(.sum, axes: [0, 1], keepDims: false), [Value(node: xent.node, output: 1)])
        XCTAssertThrowsError(try Gradients.build(g, of: loss, wrt: [logits])) { error in
            XCTAssertTrue("\(error)".contains("'xent' (SparseSoftmaxCrossEntropyWithLogits)"), "\(error)")
            XCTAssertTrue("\(error)".contains("second-order"), "\(error)")
        }
    }
}
