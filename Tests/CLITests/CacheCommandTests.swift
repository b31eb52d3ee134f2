import Dispatch
import Foundation
import XCTest

/// The compile cache from the command line: a second run loads what the first compiled, a
/// damaged entry is recompiled with one warning line, two processes at once leave one whole
/// entry, `--no-cache` writes nothing, and `graphjit cache info|clear` show and empty it.
final class CacheCommandTests: XCTestCase {
    let mnist = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/mnist").path

    /// `graphjit ARGS` with its own cache folder.
    private func graphjit(_ args: [String], cache: String) throws -> CLIResult {
        try runProcess(try graphjitBinary(), args, environment: ["GRAPHJIT_CACHE_DIR": cache])
    }

    private func entries(_ cache: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).sorted()
    }

    private func benchCacheState(_ r: CLIResult) throws -> (state: String, compileSeconds: Double) {
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return (try XCTUnwrap(json["cache"] as? String), try XCTUnwrap(json["compile_s"] as? Double))
    }

    func testTheSecondRunLoadsWhatTheFirstCompiled() throws {
        let cache = try temporaryFolder().appendingPathComponent("cache").path
        let bench = ["bench", "graphs/cnn.pbtxt", "--input-shape", "images=2,28,28,1", "--repeat", "2", "--json"]
        let first = try benchCacheState(try graphjit(bench, cache: cache))
        XCTAssertEqual(first.state, "miss")
        XCTAssertEqual(entries(cache).count, 1, "\(entries(cache))")
        let second = try benchCacheState(try graphjit(bench, cache: cache))
        XCTAssertEqual(second.state, "hit")
        XCTAssertLessThan(second.compileSeconds, first.compileSeconds)
        let off = try benchCacheState(try graphjit(bench + ["--no-cache"], cache: cache))
        XCTAssertEqual(off.state, "off")
        // Another batch size is another entry.
        var other = bench
        other[3] = "images=3,28,28,1"
        XCTAssertEqual(try benchCacheState(try graphjit(other, cache: cache)).state, "miss")
        XCTAssertEqual(entries(cache).count, 2)

        let info = try graphjit(["cache", "info"], cache: cache)
        XCTAssertEqual(info.status, 0, info.stderr)
        XCTAssertTrue(info.stdout.contains("compile cache: \(cache)"), info.stdout)
        XCTAssertTrue(info.stdout.contains("2 entries"), info.stdout)
        let clear = try graphjit(["cache", "clear"], cache: cache)
        XCTAssertEqual(clear.stdout, "removed 2 entries from \(cache)\n")
        XCTAssertEqual(entries(cache), [])
        XCTAssertTrue(try graphjit(["cache", "info"], cache: cache).stdout.contains("0 entries"))
    }

    func testNoCacheWritesNothing() throws {
        let cache = try temporaryFolder().appendingPathComponent("cache").path
        let r = try graphjit(["run", "graphs/blog_addsub.pbtxt", "--input", "input=10", "--no-cache"], cache: cache)
        XCTAssertEqual(r.stdout, "output = [113]\n", r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache))
    }

    func testADamagedEntryIsRecompiledWithOneWarning() throws {
        let cache = try temporaryFolder().appendingPathComponent("cache").path
        let run = ["run", "graphs/cnn.pbtxt", "--input", "images=Tests/Fixtures/tf/cnn/inputs/images.npy"]
        let first = try graphjit(run, cache: cache)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stderr, "")
        let name = try XCTUnwrap(entries(cache).first)
        let path = cache + "/" + name
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        for damaged in [whole.prefix(whole.count / 2), Data(whole.map { $0 ^ 0x5A })] {
            try damaged.write(to: URL(fileURLWithPath: path))
            let again = try graphjit(run, cache: cache)
            XCTAssertEqual(again.status, 0, again.stderr)
            XCTAssertEqual(again.stdout, first.stdout, "recompiled, the same outputs")
            let lines = again.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, again.stderr)
            XCTAssertTrue(again.stderr.hasPrefix("graphjit: warning: compile cache: "), again.stderr)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), whole, "written again, whole")
        }
        let loaded = try graphjit(run, cache: cache)
        XCTAssertEqual(loaded.stdout, first.stdout)
        XCTAssertEqual(loaded.stderr, "")
    }

    func testTwoProcessesAtOnceLeaveOneWholeEntry() throws {
        let cache = try temporaryFolder().appendingPathComponent("cache").path
        let run = ["run", "graphs/cnn.pbtxt", "--input", "images=Tests/Fixtures/tf/cnn/inputs/images.npy"]
        var results = [CLIResult?](repeating: nil, count: 2)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let r = try? graphjit(run, cache: cache)
            lock.lock()
            results[i] = r
            lock.unlock()
        }
        let both = try results.map { try XCTUnwrap($0) }
        for r in both {
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(r.stderr, "", "neither process saw a partial entry")
        }
        XCTAssertEqual(both[0].stdout, both[1].stdout)
        XCTAssertEqual(entries(cache).count, 1, "one entry and no temporary file: \(entries(cache))")
        let third = try graphjit(run, cache: cache)
        XCTAssertEqual(third.stdout, both[0].stdout)
        XCTAssertEqual(third.stderr, "")
    }

    /// Training from cached step functions gives the same losses as compiling them afresh.
    func testTrainingLoadsItsStepFunctions() throws {
        let cache = try temporaryFolder().appendingPathComponent("cache").path
        let train = ["train", "graphs/mnist_cnn.pbtxt", "--data", mnist, "--epochs", "1", "--limit", "600",
                     "--batch-size", "64", "--seed", "5"]
        func losses(_ r: CLIResult) -> [String] {
            XCTAssertEqual(r.status, 0, r.stderr)
            // The epoch rows without their durations, and the test accuracy.
            return r.stdout.split(separator: "\n").filter { $0.contains("test accuracy") || $0.hasPrefix("      1") }
                .map { $0.split(separator: " ").dropLast().joined(separator: " ") }
        }
        let fresh = losses(try graphjit(train + ["--no-cache"], cache: cache))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache))
        let storing = losses(try graphjit(train, cache: cache))
        let stored = entries(cache).count
        XCTAssertGreaterThanOrEqual(stored, 2, "the training steps and the evaluation functions: \(entries(cache))")
        let loading = try graphjit(train, cache: cache)
        XCTAssertEqual(loading.stderr, "")
        XCTAssertEqual(entries(cache).count, stored, "nothing compiled the third time")
        XCTAssertEqual(fresh.count, 2, "\(fresh)")
        XCTAssertEqual(storing, fresh)
        XCTAssertEqual(losses(loading), fresh)
    }
}

/// Where the cache cannot be written: the default folder fails quietly, a chosen one warns.
final class UnwritableCacheTests: XCTestCase {
    func testAnUnwritableDefaultFolderIsQuietAndAChosenOneWarns() throws {
        // A regular file as the home folder: no folder can be made under it, even by root.
        let home = try temporaryFolder().appendingPathComponent("home-is-a-file").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: home))
        let run = ["run", "graphs/blog_addsub.pbtxt", "--input", "input=10"]
        let quiet = try runProcess(try graphjitBinary(), run, environment: ["HOME": home],
                                   removing: ["GRAPHJIT_CACHE_DIR", "XDG_CACHE_HOME"])
        XCTAssertEqual(quiet.status, 0, quiet.stderr)
        XCTAssertEqual(quiet.stdout, "output = [113]\n")
        XCTAssertEqual(quiet.stderr, "", "the default folder, unwritable: no warning")
        let chosen = try runProcess(try graphjitBinary(), run, environment: ["GRAPHJIT_CACHE_DIR": home + "/cache"])
        XCTAssertEqual(chosen.status, 0, chosen.stderr)
        XCTAssertEqual(chosen.stdout, "output = [113]\n")
        XCTAssertEqual(chosen.stderr.split(separator: "\n").count, 1, chosen.stderr)
        XCTAssertTrue(chosen.stderr.hasPrefix("graphjit: warning: compile cache: could not write an entry in \(home)/cache"), chosen.stderr)
    }
}
