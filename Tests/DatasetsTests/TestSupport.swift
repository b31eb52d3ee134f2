import Foundation
import Formats
import XCTest

/// The repository root, found from this file so tests run from any working directory.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shared canonical MNIST files: `../shared/data/mnist` from the repository root.
let mnistDirectory = repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/data/mnist").standardizedFileURL.path

/// A fresh temporary folder, removed when the test ends.
func temporaryDirectory(_ test: XCTestCase) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("datasets-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url.path
}

/// Writes `bytes` to `path`.
func writeFile(_ bytes: [UInt8], _ path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// Runs `body`, which must throw a one-line FormatError; returns it (nil after recording a failure).
@discardableResult
func expectFormatError(_ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line) -> FormatError? {
    do {
        let value = try body()
        XCTFail("expected a FormatError, got \(value)", file: file, line: line)
    } catch let e as FormatError {
        XCTAssertFalse(e.description.contains("\n"), "error is not one line: \(e.description)", file: file, line: line)
        return e
    } catch {
        XCTFail("expected a FormatError, got \(type(of: error)): \(error)", file: file, line: line)
    }
    return nil
}

/// Checks `body` throws a FormatError naming `filename` whose message contains `message`.
func assertFileError(_ filename: String, _ message: String, file: StaticString = #filePath, line: UInt = #line,
                     _ body: () throws -> Any) {
    guard let e = expectFormatError(body, file: file, line: line) else { return }
    XCTAssertEqual(e.file, filename, "\(e)", file: file, line: line)
    XCTAssertTrue(e.description.hasPrefix(filename), e.description, file: file, line: line)
    XCTAssertTrue(e.message.contains(message), "'\(e.message)' does not contain '\(message)'", file: file, line: line)
}
