import Foundation
import XCTest

/// `graphjit net`, `train` and `eval` on a slice of real MNIST.
final class TrainCommandTests: XCTestCase {
    let mnist = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/mnist").path

    func testNetWritesTheSeedNetworks() throws {
        let file = try temporaryFolder().appendingPathComponent("net.pbtxt").path
        let r = try graphjit(["net", "seed000", "-o", file])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(try graphjit(["info", file]).stdout.contains("learnable parameters: 217,706"))
    }

    func testTrainThenEvaluate() throws {
        let dir = try temporaryFolder()
        let weights = dir.appendingPathComponent("w.safetensors").path
        let frozen = dir.appendingPathComponent("frozen.pbtxt").path
        let r = try graphjit(["train", "graphs/mnist_cnn.pbtxt", "--data", mnist, "--epochs", "2", "--limit", "1200",
                              "--batch-size", "50", "--optimizer", "adam", "--lr", "0.001", "--seed", "3",
                              "--save-weights", weights, "--save-frozen", frozen, "--verbose"])
        XCTAssertEqual(r.status, 0, r.stderr)
        // --verbose: nolearn's capacity and coverage (conv2d3 of the seed-000 net: 3x3 after a 5x5 conv and a 2x2 pool).
        XCTAssertTrue(r.stdout.contains("cap.Y    cap.X    cov.Y    cov.X"), r.stdout)
        XCTAssertTrue(r.stdout.contains("66.67    66.67    32.14    32.14"), r.stdout)
        XCTAssertTrue(r.stdout.contains("# Neural Network with 217,706 learnable parameters"), r.stdout)
        XCTAssertTrue(r.stdout.contains("conv2d1     32x24x24"), r.stdout)
        XCTAssertTrue(r.stdout.contains("  epoch    train loss    valid loss    train/val    valid acc  dur"), r.stdout)
        XCTAssertTrue(r.stdout.contains("test accuracy:"), r.stdout)
        XCTAssertFalse(r.stdout.contains("\u{1B}["), "no colour when not on a terminal")

        let json = try graphjit(["eval", frozen, "--data", mnist, "--limit", "500", "--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let accuracy = try XCTUnwrap(object["accuracy"] as? Double)
        XCTAssertGreaterThan(accuracy, 0.6)
        XCTAssertEqual((object["confusion_matrix"] as? [[Int]])?.count, 10)
        XCTAssertEqual((object["per_class"] as? [[String: Any]])?.count, 10)
        // The trainable graph with its checkpoint gives the same answer as the frozen one.
        let viaWeights = try graphjit(["eval", "graphs/mnist_cnn.pbtxt", "--weights", weights, "--data", mnist, "--limit", "500", "--json"])
        XCTAssertEqual(viaWeights.stdout, json.stdout)
        let text = try graphjit(["eval", frozen, "--data", mnist, "--limit", "500"])
        XCTAssertTrue(text.stdout.contains("confusion matrix"), text.stdout)
        XCTAssertTrue(text.stdout.contains("precision"), text.stdout)
    }

    func testTrainingErrorsAreOneLine() throws {
        for args in [["train", "graphs/mnist_cnn.pbtxt", "--data", "/nonexistent"],
                     ["train", "graphs/cnn.pbtxt", "--data", mnist, "--limit", "100"],
                     ["train", "graphs/mnist_cnn.pbtxt", "--data", mnist, "--limit", "300", "--optimizer", "sgd", "--lr", "1e30"],
                     ["eval", "graphs/mnist_cnn.pbtxt", "--data", mnist]] {
            let r = try graphjit(args)
            XCTAssertEqual(r.status, 1, "\(args): \(r.stdout) \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "\(args): \(r.stderr)")
        }
        let nan = try graphjit(["train", "graphs/mnist_cnn.pbtxt", "--data", mnist, "--limit", "300", "--optimizer", "sgd", "--lr", "1e30"])
        XCTAssertTrue(nan.stderr.contains("epoch 1, batch"), nan.stderr)
    }
}
