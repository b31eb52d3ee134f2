import ArgumentParser
import Foundation
import GraphIR
import GraphJIT

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Compile a graph for the given inputs and run it.",
        discussion: """
            Inputs: --input NAME=FILE.npy or --input NAME=1,2,3. Outputs: --output NODE writes the value \
            to standard output, --output NODE=FILE.npy to a file; NODE:1 is a node's second output. \
            Without --output, every node that nothing consumes is printed.
            """)

    @Argument(help: "Model file: ONNX (.onnx) or GraphDef (.pbtxt text or .pb binary).")
    var graph: String

    @Option(name: .long, help: "NAME=FILE.npy or NAME=v1,v2,...: a value for a Placeholder.")
    var input: [String] = []

    @Option(name: .long, help: "NODE or NODE=FILE.npy: a value to print or save.")
    var output: [String] = []

    @Option(name: .customLong("repeat"), help: "Run N times and print the median and minimum time per run on stderr.")
    var repetitions: Int = 1

    @Flag(name: .long, help: "Time each kernel (after a warm-up run) and print a table, slowest first, on stderr.")
    var profile = false

    @Option(name: .customLong("profile-rows"), help: "With --profile: the kernels to list, slowest first (0 for all; default 40); the rest are summed in one line.")
    var profileRows: Int = 40

    @OptionGroup var weights: WeightsOption
    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            let model = try weights.model(graph)
            var feeds: [String: Tensor] = [:]
            for spec in input {
                let (name, tensor) = try readInput(spec, model: model)
                guard feeds[name] == nil else { throw ValidationError("input '\(name)' is given twice") }
                feeds[name] = tensor
            }
            var requests: [(node: String, file: String?)] = []
            for spec in output {
                let (node, file) = try splitAssignment(spec, what: "--output")
                requests.append((node, file?.isEmpty == true ? nil : file))
            }
            if requests.isEmpty { requests = model.sinkNames.map { ($0, nil) } }
            let outputNames = requests.map(\.node)
            try model.requireWeights(for: outputNames)
            var options = try flags.options()
            options.profile = profile
            // Inputs that decide shapes (ONNX's Expand to a fed shape) are compiled in as constants.
            let (bound, runFeeds) = try model.bindingShapeInputs(feeds)
            feeds = runFeeds
            let compiled = try bound.compile(outputs: outputNames, inputShapes: feeds.mapValues(\.shape), options: options)
            reportCacheWarnings([compiled.cacheWarning].compactMap { $0 })
            for name in compiled.inputNames where feeds[name] == nil {
                throw GraphJITError("input '\(name)' is needed but was not given (--input \(name)=FILE.npy)")
            }
            let inputs = compiled.inputNames.compactMap { feeds[$0] }
            guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
            guard profileRows >= 0 else { throw ValidationError("--profile-rows must be 0 (all) or more") }
            var results = try compiled.run(inputs)
            compiled.resetProfile()
            if profile && repetitions == 1 { results = try compiled.run(inputs) }
            if repetitions > 1 {
                var seconds: [Double] = []
                for _ in 1..<repetitions {
                    let start = ContinuousClock.now
                    results = try compiled.run(inputs)
                    let d = ContinuousClock.now - start
                    seconds.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
                }
                seconds.sort()
                let median = seconds[seconds.count / 2], best = seconds[0]
                FileHandle.standardError.write(Data(String(format: "ran %d times after a warm-up run: median %.3f ms, min %.3f ms per run\n",
                                                           seconds.count, median * 1e3, best * 1e3).utf8))
            }
            if let table = compiled.profile?.table(limit: profileRows == 0 ? nil : profileRows) { FileHandle.standardError.write(Data((table + "\n").utf8)) }
            for (request, value) in zip(requests, results) {
                if let file = request.file {
                    try TensorFile.write(value, to: file)
                } else {
                    let text = value.formatted()
                    print("\(request.node) = " + text.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: request.node.count + 3)))
                }
            }
        }
    }
}
