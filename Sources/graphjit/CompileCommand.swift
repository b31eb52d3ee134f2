import ArgumentParser
import Foundation
import GraphJIT
import LLVMKit

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a graph and print or save what LLVM made of it.",
        discussion: """
            Several kinds at once (--emit asm,llvm-ir or --emit asm --emit llvm) go to standard output \
            one after the other, or with -o BASE each to BASE plus its extension (.ll, .opt.ll, .s, .o, \
            .bc, .plan.txt, .graph.pbtxt).
            """)

    @Argument(help: "Model file: ONNX (.onnx) or GraphDef (.pbtxt text or .pb binary).")
    var graph: String

    @Option(name: .long, help: "What to emit, comma-separated or repeated: llvm or llvm-ir (IR before optimisation), llvm-opt, asm, obj, bc (optimised bitcode), plan, graph.")
    var emit: [String] = []

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output (- for standard output; required for obj and bc); with several --emit kinds, the base name.")
    var outputFile: String?

    @Option(name: .long, help: "Target triple, e.g. aarch64-linux-gnu (default: this machine).")
    var target: String?

    @Option(name: .long, help: "CPU, as LLVM names it (znver3, cortex-a72, sifive-u74); help lists the target's CPUs and features (default: this machine's, or the target's generic CPU).")
    var cpu: String?

    @Option(name: .long, help: "LLVM target features, e.g. +avx2,-avx512f (default: the host's with the host's CPU, else the CPU's own).")
    var features: String?

    @Option(name: .long, help: "NODE: an output to compile (default: nodes nothing consumes).")
    var output: [String] = []

    @Option(name: .customLong("input-shape"), help: "NAME=D1,D2,...: the shape of an input with unknown dimensions.")
    var inputShapes: [String] = []

    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            if cpu == "help" {
                print(try TargetProbe.help(triple: target ?? TargetDescription.host.triple))
                return
            }
            let kinds = try EmitKind.parse(emit)
            let destination = OutputDestination(outputFile)
            for kind in kinds where kind.isBinary && outputFile == nil {
                throw ValidationError("--emit \(kind.rawValue) needs -o FILE (or -o - for standard output)")
            }
            if destination == .standardOutput, kinds.count > 1, let binary = kinds.first(where: \.isBinary) {
                throw ValidationError("--emit \(binary.rawValue) with other kinds on standard output would mix binary and text: use -o BASE")
            }
            let model = try Model(contentsOf: graph)
            let shapes = try parseInputShapes(inputShapes)
            let outputs = output.isEmpty ? model.sinkNames : output
            var options = try flags.options(target: target, execute: false)
            options.targetCPU = cpu
            options.targetFeatures = features
            let compiled = try model.compile(outputs: outputs, inputShapes: shapes, options: options)
            // Everything is made before anything is written, so a failure leaves no partial set.
            var results: [(kind: EmitKind, bytes: [UInt8])] = []
            for kind in kinds {
                switch kind {
                case .llvm: results.append((kind, Array(try compiled.llvmIR.utf8)))
                case .llvmOpt: results.append((kind, Array(try compiled.optimizedLLVMIR.utf8)))
                case .asm: results.append((kind, Array(try compiled.assembly().utf8)))
                case .obj: results.append((kind, try compiled.objectFile()))
                case .bc: results.append((kind, try compiled.bitcode()))
                case .plan: results.append((kind, Array((try compiled.plan.description + "\n").utf8)))
                case .graph: results.append((kind, Array((try compiled.graph.description + "\n").utf8)))
                }
            }
            for (kind, bytes) in results {
                var place = destination
                if case .file(let path) = destination, kinds.count > 1 { place = .file(EmitKind.baseName(path) + kind.fileExtension) }
                try place.write(bytes, binary: kind.isBinary, what: "--emit \(kind.rawValue)")
            }
        }
    }
}
