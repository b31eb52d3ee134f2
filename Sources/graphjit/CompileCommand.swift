import ArgumentParser
import Foundation
import GraphJIT

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a graph and print or save what LLVM made of it.")

    enum Emit: String, ExpressibleByArgument, CaseIterable {
        case llvm, llvmOpt = "llvm-opt", asm, obj, plan, graph
    }

    @Argument(help: "GraphDef file (.pbtxt text or .pb binary).")
    var graph: String

    @Option(name: .long, help: "What to emit: llvm (IR before optimisation), llvm-opt, asm, obj, plan, graph.")
    var emit: Emit = .asm

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output (required for obj).")
    var outputFile: String?

    @Option(name: .long, help: "Target triple, e.g. aarch64-linux-gnu (default: this machine).")
    var target: String?

    @Option(name: .long, help: "NODE: an output to compile (default: nodes nothing consumes).")
    var output: [String] = []

    @Option(name: .customLong("input-shape"), help: "NAME=D1,D2,...: the shape of an input with unknown dimensions.")
    var inputShapes: [String] = []

    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            let model = try Model(contentsOf: graph)
            let shapes = try parseInputShapes(inputShapes)
            let outputs = output.isEmpty ? model.sinkNames : output
            let compiled = try model.compile(outputs: outputs, inputShapes: shapes, options: try flags.options(target: target, execute: false))
            let bytes: [UInt8]
            switch emit {
            case .llvm: bytes = Array(compiled.llvmIR.utf8)
            case .llvmOpt: bytes = Array(compiled.optimizedLLVMIR.utf8)
            case .asm: bytes = Array(try compiled.assembly().utf8)
            case .obj:
                guard outputFile != nil else { throw ValidationError("--emit obj needs -o FILE") }
                bytes = try compiled.objectFile()
            case .plan: bytes = Array((compiled.plan.description + "\n").utf8)
            case .graph: bytes = Array((compiled.graph.description + "\n").utf8)
            }
            if let outputFile {
                try TensorFile.writeBytes(bytes, to: outputFile)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }
}
