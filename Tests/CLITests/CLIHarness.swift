import Foundation
import XCTest

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

struct CLIResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// The `graphjit` binary built beside the test bundle (`scripts/test.sh` builds it first).
func graphjitBinary() throws -> URL {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("graphjit"),
        Bundle.main.bundleURL.appendingPathComponent("graphjit"),
        repositoryRoot.appendingPathComponent(".build/debug/graphjit"),
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        // Not a skip: a missing binary is a failure of the test set-up.
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "graphjit (run `swift build --product graphjit` first)"])
    }
    return found
}

/// Runs `graphjit ARGS` from the repository root.
func graphjit(_ args: [String]) throws -> CLIResult {
    try runProcess(try graphjitBinary(), args)
}

/// The compile cache every `graphjit` these tests start uses unless a test names another: a
/// folder of this test process, so no test reads what an earlier run (or the user) compiled and
/// nothing is written into the home folder.
let testCacheDirectory: String = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("graphjit-test-cache-\(getpid())").path
    atexit { try? FileManager.default.removeItem(atPath: testCacheDirectory) }
    return dir
}()

/// Runs `executable ARGS` from the repository root, with `environment` added to (or, for a
/// name listed in `removing`, taken from) this process's environment.
func runProcess(_ executable: URL, _ args: [String], environment: [String: String] = [:], removing: Set<String> = []) throws -> CLIResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = args
    process.currentDirectoryURL = repositoryRoot
    process.environment = ProcessInfo.processInfo.environment.merging(["GRAPHJIT_CACHE_DIR": testCacheDirectory]) { _, new in new }
        .filter { !removing.contains($0.key) }.merging(environment) { _, new in new }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIResult(status: process.terminationStatus,
                     stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
}

/// A fresh temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphjit-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
