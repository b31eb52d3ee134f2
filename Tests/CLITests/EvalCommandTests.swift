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
}
