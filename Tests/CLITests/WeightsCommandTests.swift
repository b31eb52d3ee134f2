import Foundation
import GraphIR
import GraphJIT
import XCTest

/// `--weights` on every command that runs a graph, `freeze`, and `grad`'s element selector and seed.
/// The seed-000 net and a checkpoint from one short epoch of training on real MNIST (and its history).
func trainedNet(in dir: URL) throws -> (graph: String, weights: String) {
    let graph = dir.appendingPathComponent("net.pbtxt").path, weights = dir.appendingPathComponent("w.safetensors").path
    XCTAssertEqual(try graphjit(["net", "seed000", "-o", graph]).status, 0)
    let r = try graphjit(["train", graph, "--data", mnistFolder, "--epochs", "2", "--limit", "600", "--save-weights", weights,
                          "--history", dir.appendingPathComponent("history.csv").path, "-O1"])
    XCTAssertEqual(r.status, 0, r.stderr)
    return (graph, weights)
}

let mnistFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/mnist").path

final class WeightsCommandTests: XCTestCase {
    func images(_ n: Int, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("x\(n).npy").path
        try TensorFile.write(Tensor(shape: [n, 28, 28, 1], floats: (0..<(n * 784)).map { Float(($0 * 7919) % 256) / 256 }), to: path)
        return path
    }

    func testWeightsRunFreezeAndRefusal() throws {
        let dir = try temporaryFolder()
        let (graph, weights) = try trainedNet(in: dir)
        let x = try images(2, in: dir)

        let refused = try graphjit(["run", graph, "--input", "input0=\(x)"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr.split(separator: "\n").count, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("variables with no values (conv2d1/W"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--weights"), refused.stderr)

        let viaWeights = dir.appendingPathComponent("a.npy").path, viaFrozen = dir.appendingPathComponent("b.npy").path
        let withWeights = try graphjit(["run", graph, "--weights", weights, "--input", "input0=\(x)", "--output", "dense6/logits=\(viaWeights)"])
        XCTAssertEqual(withWeights.status, 0, withWeights.stderr)
        let frozen = dir.appendingPathComponent("frozen.pb").path
        let f = try graphjit(["freeze", graph, "--weights", weights, "-o", frozen])
        XCTAssertEqual(f.status, 0, f.stderr)
        let fromFrozen = try graphjit(["run", frozen, "--input", "input0=\(x)", "--output", "dense6/logits=\(viaFrozen)"])
        XCTAssertEqual(fromFrozen.status, 0, fromFrozen.stderr)
        let a = try TensorFile.read(path: viaWeights), b = try TensorFile.read(path: viaFrozen)
        XCTAssertEqual(a, b)
        // Trained weights, not zeros: the two images get different logits.
        XCTAssertTrue((0..<10).contains { a.double(at: $0) != a.double(at: 10 + $0) })

        // Weights that do not fit: another net's checkpoint, and a file that is not one.
        let other = dir.appendingPathComponent("net4.pbtxt").path
        XCTAssertEqual(try graphjit(["net", "seed001net4", "-o", other]).status, 0)
        for (args, expected) in [
            (["run", other, "--weights", weights, "--input", "input0=\(x)"], "do not fit"),
            (["run", graph, "--weights", x, "--input", "input0=\(x)"], "safetensors"),
            (["freeze", frozen, "--weights", weights, "-o", dir.appendingPathComponent("again.pb").path], "frozen already"),
        ] {
            let r = try graphjit(args)
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertTrue(r.stderr.hasPrefix("graphjit: error:") && r.stderr.contains(expected), r.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("again.pb").path))
    }

    /// `--of 'logits[1,3]'` is the gradient of one class score: the same as seeding the logits with
    /// a one-hot of that element, and zero for the other image of the batch.
    func testSelectorEqualsOneHotSeed() throws {
        let dir = try temporaryFolder()
        let (graph, weights) = try trainedNet(in: dir)
        let x = try images(2, in: dir)
        let bySelector = dir.appendingPathComponent("a.npy").path, bySeed = dir.appendingPathComponent("b.npy").path
        let oneHot = dir.appendingPathComponent("onehot.npy").path
        try TensorFile.write(Tensor(shape: [2, 10], floats: (0..<20).map { $0 == 13 ? 1 : 0 }), to: oneHot)
        let a = try graphjit(["grad", graph, "--weights", weights, "--of", "dense6/logits[1,3]", "--wrt", "input0=\(bySelector)", "--input", "input0=\(x)"])
        XCTAssertEqual(a.status, 0, a.stderr)
        let b = try graphjit(["grad", graph, "--weights", weights, "--of", "dense6/logits", "--seed", "dense6/logits=\(oneHot)",
                              "--wrt", "input0=\(bySeed)", "--input", "input0=\(x)"])
        XCTAssertEqual(b.status, 0, b.stderr)
        let ga = try TensorFile.read(path: bySelector), gb = try TensorFile.read(path: bySeed)
        XCTAssertEqual(ga.shape, [2, 28, 28, 1])
        var differ = 0, firstImage = 0.0, secondImage = 0.0
        for i in 0..<ga.elementCount {
            if abs(ga.double(at: i) - gb.double(at: i)) > 1e-6 { differ += 1 }
            if i < 784 { firstImage = max(firstImage, abs(ga.double(at: i))) } else { secondImage = max(secondImage, abs(ga.double(at: i))) }
        }
        XCTAssertEqual(differ, 0)
        XCTAssertEqual(firstImage, 0)
        XCTAssertGreaterThan(secondImage, 0)

        for (args, expected) in [
            (["--of", "dense6/logits[1,10]"], "out of range"),
            (["--of", "dense6/logits[1]"], "has 2 axes"),
            (["--of", "dense6/logits[a,1]"], "not an index"),
            (["--of", "dense6/logits", "--seed", "dense6/logits=\(x)"], "--seed"),
            (["--of", "dense6/logits", "--seed", "dense5=\(oneHot)"], "--seed is for 'dense5'"),
        ] {
            let r = try graphjit(["grad", graph, "--weights", weights, "--wrt", "input0=\(bySelector)", "--input", "input0=\(x)"] + args)
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertTrue(r.stderr.contains(expected), "\(args): \(r.stderr)")
        }
    }
}
