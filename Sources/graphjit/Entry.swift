import ArgumentParser
import Foundation

/// The process entry point. ArgumentParser's own `main` prints an argument error with the help of
/// the argument and the whole usage, and exits 64; Docs/CLI.md promises every bad input one line
/// `graphjit: error: ...` and exit status 1, so parsing errors are reported here instead.
/// `--help`, `help CMD` and `--version` still print what ArgumentParser makes of them, with status 0.
@main
enum GraphJITMain {
    static func main() {
        let arguments = joiningNegativeValues(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try GraphJITCommand.parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(reporting: error)
        }
    }

    static func exit(reporting error: Error) -> Never {
        // Help, version and completion scripts: printed on stdout as ArgumentParser does, status 0.
        if GraphJITCommand.exitCode(for: error) == .success { GraphJITCommand.exit(withError: error) }
        // Already reported in one line by `reportingErrors`.
        if let code = error as? ExitCode { GraphJITCommand.exit(withError: code) }
        FileHandle.standardError.write(Data("graphjit: error: \(argumentErrorLine(GraphJITCommand.message(for: error)))\n".utf8))
        GraphJITCommand.exit(withError: ExitCode(1))
    }
}

/// The first line of an ArgumentParser message (the rest is help and usage), without its
/// `Error: ` prefix and starting lower-case like every other message of the command.
func argumentErrorLine(_ message: String) -> String {
    var line = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? "invalid arguments (see graphjit --help)"
    if line.hasPrefix("Error: ") { line.removeFirst("Error: ".count) }
    // "Missing value for ..." -> "missing value for ...", but names such as "LLVM" stay as written.
    if let first = line.first, first.isUppercase, line.dropFirst().first?.isLowercase == true {
        line = first.lowercased() + line.dropFirst()
    }
    return line
}
