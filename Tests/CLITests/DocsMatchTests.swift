import Foundation
import GraphJIT
import XCTest

/// The documentation lists what the code has: every graph in graphs/, every option of every command.
final class DocsMatchTests: XCTestCase {
    func testGraphsReadmeListsEveryGraphAndItsWriter() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("graphs/README.md"), encoding: .utf8)
        let graphs = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("graphs").path)
            .filter { $0.hasSuffix(".pbtxt") || $0.hasSuffix(".pb") }
        XCTAssertFalse(graphs.isEmpty)
        for graph in graphs {
            // A row of the table: `| `NAME` | written by | ...`.
            let row = readme.split(separator: "\n").first { $0.hasPrefix("| `\(graph)` |") }
            XCTAssertNotNil(row, "graphs/README.md has no row for \(graph)")
            XCTAssertTrue(row.map { $0.contains("make_graphs.py") || $0.contains("graphjit net") } ?? false, "\(graph): who wrote it? \(row ?? "")")
        }
    }

    /// `--passes`' help and Docs/CLI.md give the pipeline the compiler runs by default.
    func testPassesHelpAndDocsListTheStandardPipeline() throws {
        let pipeline = PassName.standardPipeline.map(\.rawValue).joined(separator: ",")
        let help = try graphjit(["compile", "--help"]).stdout
        XCTAssertTrue(help.contains("(\(pipeline))"), "compile --help does not list \(pipeline):\n\(help)")
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/CLI.md"), encoding: .utf8)
        XCTAssertTrue(doc.contains("`--passes \(pipeline)` (the default"), "Docs/CLI.md does not give \(pipeline) as the default")
    }

    /// Each option `graphjit CMD --help` shows is named in CMD's section of Docs/CLI.md (or, for
    /// the options every compiling command shares, in "Common options").
    func testCLIDocumentsEveryOptionOfEveryCommand() throws {
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/CLI.md"), encoding: .utf8)
        let sections = doc.components(separatedBy: "\n## ")
        func section(_ title: String) -> String { sections.first { $0.hasPrefix(title) } ?? "" }
        let common = section("Common options")
        XCTAssertFalse(common.isEmpty)
        func subcommands(_ help: String) -> [String] {
            help.components(separatedBy: "SUBCOMMANDS:").dropFirst().first?.split(separator: "\n")
                .compactMap { line -> String? in
                    let words = line.split(separator: " ")
                    return line.hasPrefix("  ") && !line.hasPrefix("   ") ? words.first.map(String.init) : nil
                }.filter { $0 != "See" } ?? []
        }
        let top = try graphjit(["--help"])
        let topLevel = subcommands(top.stdout)
        XCTAssertEqual(Set(topLevel), ["run", "compile", "info", "train", "net", "grad", "eval", "bench", "freeze", "export", "saliency",
                                       "occlusion", "erf", "hypercolumns", "plot", "dot", "cache"])
        // A command with subcommands (plot) is documented per subcommand: `graphjit plot filters ...`.
        var commands: [[String]] = []
        for command in topLevel {
            let nested = subcommands(try graphjit([command, "--help"]).stdout)
            commands += nested.isEmpty ? [[command]] : nested.map { [command, $0] }
        }
        for words in commands {
            let command = words.joined(separator: " ")
            let text = section("`graphjit \(command) ") + section("`graphjit \(command)`")
            XCTAssertFalse(text.isEmpty, "Docs/CLI.md has no section for \(command)")
            let help = try graphjit(words + ["--help"]).stdout
            let options = help.split(separator: "\n").flatMap { line -> [String] in
                guard line.hasPrefix("  -") else { return [] }
                // "  -o, --output-file <output-file>" -> ["-o", "--output-file"]
                return line.split(separator: " ").prefix { $0.hasPrefix("-") }.map { String($0.trimmingCharacters(in: [","])) }
            }.filter { !["-h", "--help", "--version"].contains($0) }
            // `cache info` and `cache clear` take no options; every other command takes some.
            XCTAssertTrue(!options.isEmpty || words.first == "cache", command)
            for option in options {
                func named(in s: String) -> Bool {
                    // The option followed by something that cannot continue its name (--output is not --output-file).
                    var search = s.startIndex..<s.endIndex
                    while let r = s.range(of: option, range: search) {
                        let next = r.upperBound < s.endIndex ? s[r.upperBound] : " "
                        if !(next.isLetter || next == "-") { return true }
                        search = r.upperBound..<s.endIndex
                    }
                    return false
                }
                XCTAssertTrue(named(in: text) || named(in: common), "Docs/CLI.md: \(command) does not name \(option)")
            }
        }
    }
}
