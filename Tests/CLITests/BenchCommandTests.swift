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
        XCTAssertEqual(Set(split.keys), ["import_s", "passes_s", "codegen_s", "llvm_s"])
        XCTAssertEqual(split.values.reduce(0, +), compile, accuracy: 1e-3)
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
}
