import Foundation
import GraphIR
import GraphJIT
import Reference
import XCTest

/// The `convgrad` pass end to end: NHWC stride-1 input gradients compiled with the standard
/// pipeline (so they run as a forward Conv2D over a flipped filter) against the Reference
/// evaluator's Conv2DBackpropInput.
final class ConvGradRewriteTests: XCTestCase {
    private func isInputGradient(_ op: Op) -> Bool {
        if case .conv2DBackpropInput = op { return true }
        return false
    }

    /// VALID, SAME and EXPLICIT padding, dilations 1 and 2, odd and even sizes and kernels.
    func testCompiledRewriteMatchesReferenceGradient() throws {
        let cases: [(h: Int, w: Int, kh: Int, kw: Int, Conv2DAttributes)] = [
            (5, 6, 3, 3, Conv2DAttributes(padding: .valid)),
            (8, 7, 2, 3, Conv2DAttributes(padding: .valid)),
            (5, 6, 3, 3, Conv2DAttributes(padding: .same)),
            (6, 6, 4, 2, Conv2DAttributes(padding: .same)),
            (12, 12, 5, 5, Conv2DAttributes(padding: .same)),
            (4, 5, 3, 3, Conv2DAttributes(padding: .explicit(top: 1, bottom: 0, left: 2, right: 1))),
            (7, 6, 3, 3, Conv2DAttributes(dilationH: 2, dilationW: 2, padding: .valid)),
            (7, 8, 3, 2, Conv2DAttributes(dilationH: 2, dilationW: 2, padding: .same)),
            (6, 5, 2, 3, Conv2DAttributes(dilationH: 2, dilationW: 1, padding: .explicit(top: 0, bottom: 2, left: 1, right: 1))),
            (1, 9, 1, 4, Conv2DAttributes(dilationH: 1, dilationW: 2, padding: .same)),
        ]
        let (n, c, f) = (3, 4, 5)
        for (h, w, kh, kw, attributes) in cases {
            let label = "\(h)x\(w) kernel \(kh)x\(kw) \(attributes)"
            let filterShape = [kh, kw, c, f], inputShape = [n, h, w, c]
            let dyShape = try XCTUnwrap(try Op.conv2D(attributes).inferTypes([TensorType(.float32, inputShape),
                                                                               TensorType(.float32, filterShape)])[0].shape)
            var g = Graph()
            let filter = try g.add("w", .placeholder(dtype: .float32, shape: filterShape))
            let dy = try g.add("dy", .placeholder(dtype: .float32, shape: dyShape))
            let dx = try g.add("conv/dx", .conv2DBackpropInput(attributes, inputShape: inputShape), [filter, dy])

            var rng = SeededGenerator(seed: UInt64(h * 1000 + w * 100 + kh * 10 + kw))
            let feeds = ["w": try randomTensor(.float32, filterShape, using: &rng),
                         "dy": try randomTensor(.float32, dyShape, using: &rng)]
            let expected = try evaluate(g, feeds: feeds, fetch: [dx])[0]

            let compiled = try Model(graph: g).compile(outputs: ["conv/dx"])
            XCTAssertFalse(try compiled.graph.nodes.contains { isInputGradient($0.op) }, "not rewritten: \(label)")
            let got = try XCTUnwrap(try compiled.run(feeds)["conv/dx"], label)
            let terms = Double(kh * kw * f)
            XCTAssertNil(mismatch(got, expected, relativeTolerance: 1e-5, absoluteTolerance: 1e-5 * terms.squareRoot()), label)
        }
    }

    /// Autodiff emits Conv2DBackpropInput for a Conv2D's input gradient, so gradient and training
    /// graphs get the rewrite: the TensorFlow CNN fixture's two stride-1 convolutions.
    func testGradientGraphsAreRewritten() throws {
        let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/tf_grad/cnn")
        let model = try Model(contentsOf: folder.appendingPathComponent("graph.pbtxt").path)
        let (graph, _) = try model.gradientGraph(of: "loss", wrt: ["images"], inputShapes: ["images": [4, 16, 16, 1], "labels": [4]])
        XCTAssertEqual(graph.nodes.filter { isInputGradient($0.op) }.count, 2)
        let grads = try model.gradients(of: "loss", wrt: ["images"], inputShapes: ["images": [4, 16, 16, 1], "labels": [4]])
        let ops = try grads.compiled.graph.nodes.map(\.op)
        XCTAssertFalse(ops.contains { isInputGradient($0) })
        XCTAssertEqual(ops.filter { if case .conv2D = $0 { return true } else { return false } }.count, 4)
    }
}
