import GraphIR
import GraphJIT
import XCTest

final class RunCommandTests: XCTestCase {
    func testBlogGraphPrints113() throws {
        let r = try graphjit(["run", "graphs/blog_addsub.pbtxt", "--input", "input=10"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "output = [113]\n")
    }

    func testProfileRowsListsAsManyKernelsAsAsked() throws {
        let images = repositoryRoot.appendingPathComponent("Tests/Fixtures/tf/cnn/inputs/images.npy").path
        let run = ["run", "graphs/cnn.pbtxt", "--input", "images=" + images, "--output", "softmax=" + (try temporaryFolder()).appendingPathComponent("p.npy").path, "--profile"]
        let all = try graphjit(run + ["--profile-rows", "0"])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertFalse(all.stderr.contains("more)"), all.stderr)
        let one = try graphjit(run + ["--profile-rows", "1"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertTrue(one.stderr.contains("more)"), one.stderr)
        let bad = try graphjit(run + ["--profile-rows", "-1"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--profile-rows"), bad.stderr)
    }

    func testOptimisationLevelsAllRun() throws {
        for level in 0...3 {
            let r = try graphjit(["run", "graphs/blog_addsub.pbtxt", "--input", "input=-7", "-O\(level)"])
            XCTAssertEqual(r.stdout, "output = [96]\n", "-O\(level): \(r.stderr)")
        }
    }

    /// The contract: `--input NAME=FILE.npy`, `--output NODE=FILE.npy` for outputs and inner nodes,
    /// dtype kept, compared with TensorFlow's values.
    func testCNNWritesOutputsAndInnerNodes() throws {
        let dir = try temporaryFolder()
        let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/tf/cnn")
        let probs = dir.appendingPathComponent("probs.npy").path
        let features = dir.appendingPathComponent("features.npy").path
        let r = try graphjit(["run", "graphs/cnn.pbtxt",
                              "--input", "images=" + fixture.appendingPathComponent("inputs/images.npy").path,
                              "--output", "softmax=\(probs)", "--output", "dense/Relu=\(features)"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        for (file, want) in [(probs, "outputs/softmax.npy"), (features, "outputs/dense__Relu.npy")] {
            let got = try TensorFile.read(path: file)
            let expected = try TensorFile.read(path: fixture.appendingPathComponent(want).path)
            XCTAssertEqual(got.dtype, .float32)
            XCTAssertEqual(got.shape, expected.shape)
            for i in 0..<expected.elementCount {
                XCTAssertEqual(got.double(at: i), expected.double(at: i), accuracy: 1e-5 + 1e-5 * abs(expected.double(at: i)))
            }
        }
    }

    func testPrintsValueWithoutFileAndSecondOutputNotation() throws {
        let r = try graphjit(["run", "graphs/blog_addsub.pbtxt", "--input", "input=1", "--output", "sub", "--output", "output:0"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "sub = [-1]\noutput:0 = [104]\n")
    }

    func testFailureKeepsExistingOutputFile() throws {
        let dir = try temporaryFolder()
        let file = dir.appendingPathComponent("keep.npy")
        try Data("precious".utf8).write(to: file)
        let r = try graphjit(["run", "graphs/blog_addsub.pbtxt", "--input", "input=abc", "--output", "output=\(file.path)"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "precious")
    }
}

/// `NODE:k` past a node's outputs names the node and says how many it has.
final class OutputIndexTests: XCTestCase {
    func testOutputPastTheNodesOutputsNamesTheNode() throws {
        for args in [["run", "graphs/mlp.pbtxt", "--input", "x=Tests/Fixtures/tf/mlp/inputs/x.npy", "--output", "softmax:1"],
                     ["compile", "graphs/mlp.pbtxt", "--input-shape", "x=1,784", "--output", "softmax:1"],
                     ["eval", "graphs/cnn.pbtxt", "--data", "graphs", "--output", "softmax:1"]] {
            let r = try graphjit(args)
            XCTAssertEqual(r.status, 1, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr, "graphjit: error: node 'softmax' (Softmax) has one output ('softmax' or 'softmax:0'): 'softmax:1' asks for output 1\n", "\(args)")
        }
        let train = try graphjit(["train", "graphs/mnist_cnn.pbtxt", "--data", "graphs", "--output", "dense6:1"])
        XCTAssertEqual(train.stderr, "graphjit: error: node 'dense6' (Softmax) has one output ('dense6' or 'dense6:0'): 'dense6:1' asks for output 1\n")
        let none = try graphjit(["run", "graphs/blog_addsub.pbtxt", "--input", "input=1", "--output", "nosuch:1"])
        XCTAssertEqual(none.stderr, "graphjit: error: the graph has no node named 'nosuch:1'\n")
    }
}
