import Foundation
import XCTest

/// `scripts/conformance.py` after the README's set-up, which builds release only.
final class ConformanceScriptTests: XCTestCase {
    func script(_ args: [String], environment: [String: String]) throws -> CLIResult {
        try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "scripts/conformance.py"] + args,
                       environment: environment, removing: ["GRAPHJIT"])
    }

    func testFindsTheReleaseBuildThroughSwiftPM() throws {
        let dir = try temporaryFolder()
        let bin = dir.appendingPathComponent("release-bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let mark = dir.appendingPathComponent("used")
        let wrapper = bin.appendingPathComponent("graphjit")
        try "#!/bin/sh\ntouch '\(mark.path)'\nexec '\(try graphjitBinary().path)' \"$@\"\n".write(to: wrapper, atomically: true, encoding: .utf8)
        let swift = dir.appendingPathComponent("swift")
        try "#!/bin/sh\n[ \"$*\" = 'build -c release --show-bin-path' ] && echo '\(bin.path)'\n".write(to: swift, atomically: true, encoding: .utf8)
        for file in [wrapper, swift] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path) }
        let path = dir.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let r = try script(["--only", "blog_addsub,cnn"], environment: ["PATH": path])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertEqual(r.stdout, "4 passed, 0 failed\n", r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: mark.path), "the script did not run the release build SwiftPM named")
    }

    func testGraphJITVariableAndBadBinary() throws {
        let r = try script(["--only", "blog_addsub", "--format", "pbtxt"], environment: ["GRAPHJIT": try graphjitBinary().path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "1 passed, 0 failed\n")
        let bad = try script(["--only", "blog_addsub"], environment: ["GRAPHJIT": "/nonexistent/graphjit"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr.split(separator: "\n").count, 1, bad.stderr)
        XCTAssertTrue(bad.stderr.contains("/nonexistent/graphjit"), bad.stderr)
    }
}
