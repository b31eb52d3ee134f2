import XCTest

/// Errors ArgumentParser finds (missing, unknown or malformed arguments) follow the same contract
/// as every other bad input: one line, naming the argument, status 1. Help still prints in full.
final class ArgumentErrorTests: XCTestCase {
    let blog = "graphs/blog_addsub.pbtxt"

    func checkOneLine(_ args: [String], mentions expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try graphjit(args)
        XCTAssertEqual(r.status, 1, "exit status for \(args): \(r.stderr)", file: file, line: line)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "one line for \(args): \(r.stderr)", file: file, line: line)
        XCTAssertTrue(r.stderr.hasPrefix("graphjit: error: "), r.stderr, file: file, line: line)
        XCTAssertFalse(r.stderr.contains("Usage"), r.stderr, file: file, line: line)
        for text in expected {
            XCTAssertTrue(r.stderr.contains(text), "\(args): expected '\(text)' in \(r.stderr)", file: file, line: line)
        }
    }

    func testArgumentErrorsAreOneLineWithStatus1() throws {
        try checkOneLine(["run"], mentions: ["<graph>"])
        try checkOneLine(["frobnicate"], mentions: ["frobnicate"])
        try checkOneLine(["run", blog, "--bogus"], mentions: ["--bogus"])
        try checkOneLine(["run", blog, "--input"], mentions: ["--input"])
        try checkOneLine(["train", "graphs/mnist_cnn.pbtxt", "--data", "/nonexistent", "--epochs", "x"], mentions: ["--epochs", "'x'"])
        try checkOneLine(["train", "graphs/mnist_cnn.pbtxt", "--data", "/nonexistent", "--optimizer", "sgdd"], mentions: ["--optimizer", "sgdd"])
        try checkOneLine(["train", "graphs/mnist_cnn.pbtxt"], mentions: ["--data"])
    }

    func testHelpAndVersionPrintInFullWithStatus0() throws {
        let help = try graphjit(["--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("SUBCOMMANDS"), help.stdout)
        for args in [["help", "run"], ["run", "--help"]] {
            let r = try graphjit(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("USAGE: graphjit run") && r.stdout.contains("--input <input>"), "\(args): \(r.stdout)")
        }
        let version = try graphjit(["--version"])
        XCTAssertEqual(version.status, 0, version.stderr)
        XCTAssertTrue(version.stdout.hasPrefix("graphjit "), version.stdout)
    }

    /// `--lr -1` used to be "missing value for '--lr'": the value never reached the command's check.
    func testNegativeNumbersAreOptionValues() throws {
        try checkOneLine(["train", "graphs/mnist_cnn.pbtxt", "--data", "/nonexistent", "--lr", "-1"], mentions: ["--lr must be positive"])
        try checkOneLine(["train", "graphs/mnist_cnn.pbtxt", "--data", "/nonexistent", "--lr", "-1e-3"], mentions: ["--lr must be positive"])
        try checkOneLine(["compile", blog, "-O", "-1"], mentions: ["optimisation level", "-1"])
        // train took -O7 as -O3.
        try checkOneLine(["train", "graphs/mnist_cnn.pbtxt", "--data", "/nonexistent", "-O7"], mentions: ["-O: optimisation level", "7"])
        try checkOneLine(["bench", blog, "--repeat", "-2"], mentions: ["--repeat"])
        let run = try graphjit(["run", blog, "--input", "input=-7"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "output = [96]\n")
        // Values that only contain negative numbers were never options, and still are not.
        let list = try graphjit(["run", "Tests/Fixtures/tf/add_batch1_unknown_f32/graph.pbtxt", "--input", "x=-1e3,-2,-3,-4,-5", "--output", "x"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.stdout, "x = [[-1000.0, -2.0, -3.0, -4.0, -5.0]]\n")
        // After `--` nothing is joined: -5 stays an argument of its own (and is refused as one).
        try checkOneLine(["run", blog, "--input", "input=1", "--", "-5"], mentions: ["-5"])
    }
}
