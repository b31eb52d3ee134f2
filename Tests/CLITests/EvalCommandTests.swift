import Foundation
import XCTest

/// `graphjit eval` and the data options of `train`: what they need, what they say, what they print.
final class EvalCommandTests: XCTestCase {
    let mnist = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/mnist").path

    func checkOneLine(_ args: [String], mentions expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try graphjit(args)
        XCTAssertEqual(r.status, 1, "exit status for \(args): \(r.stderr)", file: file, line: line)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "one line for \(args): \(r.stderr)", file: file, line: line)
        XCTAssertTrue(r.stderr.hasPrefix("graphjit: error: "), r.stderr, file: file, line: line)
        for text in expected {
            XCTAssertTrue(r.stderr.contains(text), "\(args): expected '\(text)' in \(r.stderr)", file: file, line: line)
        }
    }

    /// A folder with MNIST's two test files only.
    func folderWithTestFilesOnly() throws -> String {
        let dir = try temporaryFolder()
        for name in ["t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"] {
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(name).path, withDestinationPath: mnist + "/" + name)
        }
        return dir.path
    }

    func testEvalNeedsOnlyTheTestFiles() throws {
        // graphs/cnn.pbtxt is a frozen MNIST-shaped net (random weights): its accuracy is not the point.
        let r = try graphjit(["eval", "graphs/cnn.pbtxt", "--data", try folderWithTestFilesOnly(), "--limit", "100", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["count"] as? Int, 100)
    }

    func testDataThatIsNeitherAFolderNorACSVSaysWhatWasExpected() throws {
        for command in [["eval", "graphs/cnn.pbtxt"], ["train", "graphs/mnist_cnn.pbtxt"]] {
            try checkOneLine(command + ["--data", "x.npy"], mentions: ["--data x.npy", "MNIST IDX files", "t10k-images-idx3-ubyte", "CSV"])
            try checkOneLine(command + ["--data", "graphs/cnn.pbtxt"], mentions: ["--data graphs/cnn.pbtxt is a file", "MNIST IDX files"])
        }
        // A folder without the files still names the missing one.
        try checkOneLine(["eval", "graphs/cnn.pbtxt", "--data", "graphs"], mentions: ["t10k-images-idx3-ubyte"])
    }

    func testMessagesNameTheFlags() throws {
        // Dataset's message was "evalSize 2.0 is not in [0, 1]"; --limit -5 crashed (a negative range).
        try checkOneLine(["train", "graphs/mnist_cnn.pbtxt", "--data", mnist, "--eval-size", "2"], mentions: ["--eval-size"])
        try checkOneLine(["train", "graphs/mnist_cnn.pbtxt", "--data", mnist, "--limit", "-5"], mentions: ["--limit"])
        try checkOneLine(["eval", "graphs/cnn.pbtxt", "--data", mnist, "--limit", "0"], mentions: ["--limit"])
        try checkOneLine(["eval", "graphs/cnn.pbtxt", "--data", mnist, "--batch-size", "0"], mentions: ["--batch-size"])
    }

    /// scikit-learn's classification_report layout: a row per class, then accuracy, macro avg and
    /// weighted avg; the JSON has the two averages too.
    func testClassificationReportAsScikitLearnPrintsIt() throws {
        let data = try folderWithTestFilesOnly()
        let text = try graphjit(["eval", "graphs/cnn.pbtxt", "--data", data, "--limit", "300"])
        XCTAssertEqual(text.status, 0, text.stderr)
        let json = try graphjit(["eval", "graphs/cnn.pbtxt", "--data", data, "--limit", "300", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let perClass = try XCTUnwrap(object["per_class"] as? [[String: Any]])
        let confusion = try XCTUnwrap(object["confusion_matrix"] as? [[Int]])
        let macro = try XCTUnwrap(object["macro_avg"] as? [String: Any])
        let weighted = try XCTUnwrap(object["weighted_avg"] as? [String: Any])
        XCTAssertEqual(macro["support"] as? Int, 300)
        XCTAssertEqual(weighted["support"] as? Int, 300)

        // sklearn reports the classes among the labels or the predictions.
        let reported = perClass.indices.filter { c in (perClass[c]["support"] as? Int ?? 0) > 0 || confusion.contains { $0[c] > 0 } }
        func score(_ row: [String: Any], _ key: String) -> Double { row[key] as? Double ?? .nan }
        func mean(_ key: String, weighted: Bool) -> Double {
            let w = reported.map { weighted ? Double(perClass[$0]["support"] as? Int ?? 0) : 1 }
            return zip(reported, w).reduce(0) { $0 + score(perClass[$1.0], key) * $1.1 } / w.reduce(0, +)
        }
        for key in ["precision", "recall", "f1"] {
            XCTAssertEqual(score(macro, key), mean(key, weighted: false), accuracy: 1e-6, key)
            XCTAssertEqual(score(weighted, key), mean(key, weighted: true), accuracy: 1e-6, key)
        }

        // The text, column for column as sklearn formats it ("{:>12s} " then " {:>9.2f}" x 3, " {:>9}").
        func f(_ v: Double) -> String { String(format: "%10.2f", v) }
        func s(_ n: Int) -> String { String(format: "%10d", n) }
        func row(_ name: String, _ r: [String: Any]) -> String {
            String(repeating: " ", count: 12 - name.count) + name + " " + f(score(r, "precision")) + f(score(r, "recall")) + f(score(r, "f1"))
                + s(r["support"] as? Int ?? -1)
        }
        var expected = [String(repeating: " ", count: 13) + " precision    recall  f1-score   support", ""]
        expected += reported.map { row(String($0), perClass[$0]) }
        expected += ["", "    accuracy " + String(repeating: " ", count: 20) + f(object["accuracy"] as? Double ?? .nan) + s(300),
                     row("macro avg", macro), row("weighted avg", weighted)]
        XCTAssertTrue(text.stdout.hasSuffix(expected.joined(separator: "\n") + "\n"), text.stdout + "\nexpected:\n" + expected.joined(separator: "\n"))
    }

    /// train --standardize: the frozen graph standardises its input itself and the checkpoint records
    /// the statistics, so eval without --standardize gives the training run's test accuracy.
    func testStandardizationTravelsWithTheModel() throws {
        let dir = try temporaryFolder()
        let weights = dir.appendingPathComponent("w.safetensors").path
        let frozen = dir.appendingPathComponent("frozen.pbtxt").path
        let train = try graphjit(["train", "graphs/mnist_cnn.pbtxt", "--data", mnist, "--epochs", "1", "--limit", "1000",
                                  "--batch-size", "50", "--optimizer", "adam", "--lr", "0.001", "--seed", "5", "--standardize",
                                  "--save-weights", weights, "--save-frozen", frozen])
        XCTAssertEqual(train.status, 0, train.stderr)
        let line = try XCTUnwrap(train.stdout.split(separator: "\n").first { $0.hasPrefix("test accuracy: ") }, train.stdout)
        let trained = try XCTUnwrap(Double(line.dropFirst("test accuracy: ".count).prefix(7)), String(line))
        XCTAssertGreaterThan(trained, 0.5, String(line))
        XCTAssertTrue(try String(contentsOfFile: frozen, encoding: .utf8).contains("name: \"input0/standardize/mean\""))

        let data = try folderWithTestFilesOnly()
        for model in [[frozen], ["graphs/mnist_cnn.pbtxt", "--weights", weights]] {
            let r = try graphjit(["eval"] + model + ["--data", data, "--limit", "1000", "--json"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(String(format: "%.5f", object["accuracy"] as? Double ?? .nan), String(format: "%.5f", trained), "\(model)")
        }
        // Resuming from the checkpoint needs the same pixels.
        let resumed = try graphjit(["train", "graphs/mnist_cnn.pbtxt", "--data", mnist, "--resume", weights, "--epochs", "0"])
        XCTAssertEqual(resumed.status, 1, resumed.stdout)
        XCTAssertEqual(resumed.stderr, "graphjit: error: \(weights) was trained on standardised pixels (it records their mean and std): resume with --standardize\n")
        // The old spelling (eval --standardize, which needs the training files) is not applied twice.
        let again = try graphjit(["eval", frozen, "--data", mnist, "--limit", "1000", "--json", "--standardize"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(String(format: "%.5f", object["accuracy"] as? Double ?? .nan), String(format: "%.5f", trained))
    }
}
