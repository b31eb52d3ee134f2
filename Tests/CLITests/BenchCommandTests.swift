import Foundation
import XCTest

/// `graphjit bench`'s command line is a contract: peer benchmarks parse its JSON.
final class BenchCommandTests: XCTestCase {
    func testJSONHasTheContractKeys() throws {
        let r = try graphjit(["bench", "graphs/cnn.pbtxt", "--input-shape", "images=3,28,28,1", "--threads", "1",
                              "--repeat", "3", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let compile = try XCTUnwrap(object["compile_s"] as? Double)
        XCTAssertGreaterThan(compile, 0)
        let split = try XCTUnwrap(object["compile"] as? [String: Double])
        XCTAssertEqual(Set(split.keys), ["import_s", "passes_s", "codegen_s", "llvm_s", "cache_s"])
        XCTAssertEqual(split.values.reduce(0, +), compile, accuracy: 1e-3)
        XCTAssertTrue(["hit", "miss"].contains(object["cache"] as? String), "\(object["cache"] ?? "no cache key")")
        let run = try XCTUnwrap(object["run_ms"] as? [String: Double])
        let (median, low, high) = (try XCTUnwrap(run["median"]), try XCTUnwrap(run["min"]), try XCTUnwrap(run["max"]))
        XCTAssertLessThanOrEqual(low, median)
        XCTAssertLessThanOrEqual(median, high)
        XCTAssertEqual(object["batch"] as? Int, 3)
        XCTAssertEqual(object["threads"] as? Int, 1)
        XCTAssertEqual(object["repeat"] as? Int, 3)
        XCTAssertEqual(try XCTUnwrap(object["images_per_s"] as? Double), 3 / (median / 1e3), accuracy: 1e-3 * 3 / (median / 1e3))
        // cnn.pbtxt at batch 3: conv1 2·3·24·24·8·25, conv2 2·3·12·12·8·72 (after pooling), dense layers, element-wise.
        let gflop = try XCTUnwrap(object["gflop_per_run"] as? Double)
        XCTAssertGreaterThan(gflop, 2 * 3 * (24 * 24 * 8 * 25 + 10 * 10 * 8 * 72) / 1e9)
        XCTAssertLessThan(gflop, 2e-3)
        XCTAssertGreaterThan(try XCTUnwrap(object["gflops"] as? Double), 0)
        XCTAssertGreaterThan(try XCTUnwrap(object["peak_memory_bytes"] as? Int), 1 << 20)
    }

    func testBatchFillsTheUnknownFirstDimensionAndTextNamesEachPhase() throws {
        let r = try graphjit(["bench", "graphs/cnn.pbtxt", "--batch", "2", "--repeat", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("inputs: images float32[2,28,28,1]"), r.stdout)
        for phase in ["import", "graph passes", "code generation", "LLVM", "median", "images/s", "GFLOP/s", "peak memory"] {
            XCTAssertTrue(r.stdout.contains(phase), "\(phase) missing in \(r.stdout)")
        }
    }

    func testBadArgumentsNameTheFlag() throws {
        for (args, message) in [
            (["--input-shape", "nope=1"], "--input-shape nope: the graph has no input"),
            (["--batch", "0"], "--batch must be at least 1"),
            (["--threads", "0"], "--threads must be at least 1"),
            (["--repeat", "0"], "--repeat must be at least 1"),
        ] {
            let r = try graphjit(["bench", "graphs/cnn.pbtxt"] + args)
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertTrue(r.stderr.contains(message), "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        }
    }

    /// `bench --train`: whole training steps, the inference keys with images/s as a spread.
    func testTrainTimesTrainingStepsWithTheContractKeys() throws {
        let r = try graphjit(["bench", "graphs/mnist_cnn.pbtxt", "--train", "--batch", "16", "--optimizer", "nesterov",
                              "--lr", "0.01", "--momentum", "0.9", "--threads", "2", "--repeat", "3", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertGreaterThan(try XCTUnwrap(object["compile_s"] as? Double), 0)
        let run = try XCTUnwrap(object["run_ms"] as? [String: Double])
        let rate = try XCTUnwrap(object["images_per_s"] as? [String: Double])
        let median = try XCTUnwrap(run["median"])
        XCTAssertEqual(try XCTUnwrap(rate["median"]), 16 / (median / 1e3), accuracy: 1e-3 * 16 / (median / 1e3))
        // Both printed to six significant digits: equal to a part in 1e4.
        let slowest = 16 / (try XCTUnwrap(run["max"]) / 1e3)
        XCTAssertEqual(try XCTUnwrap(rate["min"]), slowest, accuracy: 1e-4 * slowest)
        XCTAssertLessThanOrEqual(try XCTUnwrap(rate["min"]), try XCTUnwrap(rate["median"]))
        XCTAssertLessThanOrEqual(try XCTUnwrap(rate["median"]), try XCTUnwrap(rate["max"]))
        XCTAssertEqual(object["batch"] as? Int, 16)
        XCTAssertEqual(object["repeat"] as? Int, 3)
        let train = try XCTUnwrap(object["train"] as? [String: Any])
        XCTAssertEqual(train["optimizer"] as? String, "nesterov")
        XCTAssertEqual(train["classes"] as? Int, 10)
        let inputs = try XCTUnwrap(object["inputs"] as? [[String: Any]])
        XCTAssertEqual(inputs.compactMap { $0["name"] as? String }, ["input0", "labels"])
        XCTAssertEqual(inputs.last?["shape"] as? [Int], [16])
        // Forward, backward and update: more work than the forward pass alone (~0.15 GFLOP at 16).
        XCTAssertGreaterThan(try XCTUnwrap(object["gflop_per_run"] as? Double), 0.1)
    }

    func testTrainRefusesWhatItCannotTrain() throws {
        for (model, args, message) in [
            ("graphs/mnist_cnn.pbtxt", ["--input-shape", "input0=2,28,28,1"], "--input and --input-shape do not apply"),
            ("graphs/mnist_cnn.pbtxt", ["--lr", "0"], "--lr must be positive"),
            ("graphs/mnist_cnn.pbtxt", ["--momentum", "1.5"], "--momentum must be in [0, 1)"),
            ("graphs/mnist_cnn.pbtxt", ["--optimizer", "lion"], "--optimizer"),
            ("graphs/cnn.pbtxt", [], "no trainable variable"),
        ] {
            let r = try graphjit(["bench", model, "--train"] + args)
            XCTAssertEqual(r.status, 1, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertTrue(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
    }

    /// GRAPHJIT_LLVM_ARGS reaches LLVM: -time-passes prints its report. LLVM's C API parses with
    /// errors ignored, so an option it does not know changes nothing (and crashes nothing).
    func testLLVMArgumentsFromTheEnvironment() throws {
        // --no-cache: LLVM runs in every one of these, whatever an earlier run stored.
        let args = ["bench", "graphs/cnn.pbtxt", "--input-shape", "images=1,28,28,1", "--repeat", "1", "--no-cache"]
        let timed = try runProcess(try graphjitBinary(), args, environment: ["GRAPHJIT_LLVM_ARGS": "-time-passes"])
        XCTAssertEqual(timed.status, 0, timed.stderr)
        XCTAssertTrue(timed.stderr.contains("Pass execution timing report"), timed.stderr)
        XCTAssertTrue(timed.stderr.contains("InstCombinePass"), timed.stderr)
        let plain = try runProcess(try graphjitBinary(), args, removing: ["GRAPHJIT_LLVM_ARGS"])
        XCTAssertFalse(plain.stderr.contains("timing report"), plain.stderr)
        let wrong = try runProcess(try graphjitBinary(), args, environment: ["GRAPHJIT_LLVM_ARGS": "-no-such-llvm-option"])
        XCTAssertEqual(wrong.status, 0, wrong.stderr)
        XCTAssertFalse(wrong.stderr.contains("timing report"), wrong.stderr)
    }
}
