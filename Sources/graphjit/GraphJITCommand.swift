import ArgumentParser
import Foundation
import GraphJIT

/// `graphjit`: compile TensorFlow graphs to native code with LLVM and run them.
/// The entry point is `GraphJITMain` (Entry.swift), which reports argument errors in one line.
struct GraphJITCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphjit",
        abstract: "Compile TensorFlow GraphDef graphs to native code with LLVM and run them.",
        version: "graphjit \(BuildInfo.version) (LLVM \(BuildInfo.llvm), host \(BuildInfo.host))",
        subcommands: [RunCommand.self, CompileCommand.self, InfoCommand.self, TrainCommand.self, NetCommand.self, GradCommand.self, EvalCommand.self, BenchCommand.self, FreezeCommand.self, ExportCommand.self, SaliencyCommand.self, OcclusionCommand.self, ERFCommand.self, HypercolumnsCommand.self, PlotCommand.self, DotCommand.self, CacheCommand.self])
}

/// Runs a subcommand body, turning any error into one line on stderr and exit status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let e as ExitCode {
        throw e
    } catch {
        let text = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        FileHandle.standardError.write(Data("graphjit: error: \(text)\n".utf8))
        throw ExitCode(1)
    }
}
