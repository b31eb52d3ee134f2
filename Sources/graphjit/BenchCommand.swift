import ArgumentParser
import Foundation
import GraphIR
import GraphJIT

/// `graphjit bench`: compile a model, run it repeatedly and report compile time, latency,
/// throughput, GFLOP/s and peak memory. The command line is a contract (peer benchmarks call it).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Compile a model and time repeated runs: compile time, latency, images/s, GFLOP/s, peak memory.",
        discussion: """
            Inputs: --input-shape NAME=1,224,224,3 (random values) or --input NAME=FILE.npy, one per \
            Placeholder whose shape the file does not fix; --batch N sets the first dimension of \
            every --input-shape (and of declared shapes whose first dimension is unknown). \
            Time is the median, minimum and maximum over --repeat runs after one warm-up run; \
            GFLOP/s counts a multiply-add as two operations over the compiled graph's convolutions, \
            products and element-wise ops. --json prints one JSON object instead of text. \
            --train times whole training steps instead (forward, loss, backward, the optimiser's \
            update) of a graph with variables, on synthetic batches of --batch images (default 128) \
            of the input's declared shape with labels drawn below the prediction's class count; \
            images/s is batch / step time.
            """)

    @Argument(help: "Model file: ONNX (.onnx) or GraphDef (.pbtxt text or .pb binary).")
    var graph: String

    @Option(name: .customLong("input-shape"), help: "NAME=D1,D2,...: a Placeholder's shape, fed with random values.")
    var inputShape: [String] = []

    @Option(name: .long, help: "NAME=FILE.npy: a Placeholder's value.")
    var input: [String] = []

    @Option(name: .long, help: "NODE: an output to compute (default: every node nothing consumes).")
    var output: [String] = []

    @Option(name: .long, help: "Batch size: the first dimension of every input given by shape.")
    var batch: Int?

    @Option(name: .long, help: "Threads the kernels run on (default: GRAPHJIT_THREADS or every processor).")
    var threads: Int?

    @Option(name: .customLong("repeat"), help: "Timed runs after the warm-up run.")
    var repetitions: Int = 10

    @Flag(name: .long, help: "Print one JSON object.")
    var json = false

    @Flag(name: .long, help: "Time training steps (forward, loss, backward, update) on synthetic batches.")
    var train = false

    @Option(name: .long, help: "With --train: sgd, momentum, nesterov or adam.")
    var optimizer: TrainCommand.OptimizerName = .nesterov

    @Option(name: .long, help: "With --train: the learning rate.")
    var lr: Double = 0.01

    @Option(name: .long, help: "With --train: momentum for momentum and nesterov.")
    var momentum: Double = 0.9

    @OptionGroup var flags: CompileFlags

    func run() throws {
        try reportingErrors {
            guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
            if let batch, batch < 1 { throw ValidationError("--batch must be at least 1") }
            if let threads {
                guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
                Parallelism.setThreads(threads)
            }
            var clock = ContinuousClock.now
            let model = try Model(contentsOf: graph)
            let importSeconds = seconds(since: &clock)
            if train { return try runTraining(importSeconds: importSeconds, model: model) }

            let feeds = try benchInputs(model)
            let outputs = output.isEmpty ? model.sinkNames : output
            let options = try flags.options()
            let compiled = try model.compile(outputs: outputs, inputShapes: feeds.mapValues(\.shape), options: options)
            let inputs = try compiled.inputNames.map { name -> Tensor in
                guard let t = feeds[name] else {
                    throw GraphJITError("input '\(name)' needs a value: --input-shape \(name)=D1,D2,... or --input \(name)=FILE.npy")
                }
                return t
            }
            _ = try compiled.run(inputs)
            var times: [Double] = []
            for _ in 0..<repetitions {
                var start = ContinuousClock.now
                _ = try compiled.run(inputs)
                times.append(seconds(since: &start))
            }
            times.sort()
            let median = medianOfSorted(times)
            let batchSize = inputs.first?.shape.first ?? 1
            let flops = compiled.flops
            reportCacheWarnings([compiled.cacheWarning].compactMap { $0 })
            let report = BenchReport(
                model: graph, nodes: model.graph.nodes.count, parameters: model.learnableParameterCount,
                inputs: zip(compiled.inputNames, inputs).map { ($0, $1.type) },
                importSeconds: importSeconds, timings: compiled.timings, runSeconds: times, median: median,
                batch: batchSize, threads: Parallelism.threads, flops: flops, peakBytes: peakResidentBytes(),
                cache: BenchReport.cacheState(compiled, enabled: options.cache != nil))
            print(json ? report.json : report.text)
        }
    }

    /// A value for every input: files as given, shapes filled with seeded random values.
    private func benchInputs(_ model: Model) throws -> [String: Tensor] {
        var feeds: [String: Tensor] = [:]
        for spec in input {
            let (name, tensor) = try readInput(spec, model: model)
            guard feeds[name] == nil else { throw ValidationError("input '\(name)' is given twice") }
            if let batch, tensor.shape.first != batch {
                throw ValidationError("--input \(name): the file's first dimension is \(tensor.shape.first.map(String.init) ?? "missing"), not --batch \(batch)")
            }
            feeds[name] = tensor
        }
        var shapes = try parseInputShapes(inputShape)
        for name in shapes.keys where feeds[name] != nil {
            throw ValidationError("input '\(name)' is given both by --input and --input-shape")
        }
        // Declared shapes whose only unknown is the batch take --batch (or 1).
        for (name, declared) in model.inputShapes where feeds[name] == nil && shapes[name] == nil {
            guard let declared, !declared.isEmpty, declared.dropFirst().allSatisfy({ $0 >= 0 }) else { continue }
            shapes[name] = declared[0] < 0 ? [batch ?? 1] + declared.dropFirst() : declared
        }
        var generator = SplitMix64(seed: 0x6265_6E63)
        for (name, var shape) in shapes.sorted(by: { $0.key < $1.key }) {
            if let batch, !shape.isEmpty { shape[0] = batch }
            guard let dtype = model.inputDTypes[name] else {
                throw ValidationError("--input-shape \(name): the graph has no input (Placeholder) of that name")
            }
            feeds[name] = try randomTensor(dtype, shape, &generator)
        }
        return feeds
    }
}

/// Seeded values in [0, 1) (floats) or 0..<10 (integers): benchmark data, not model math.
private func randomTensor(_ dtype: DType, _ shape: [Int], _ g: inout SplitMix64) throws -> Tensor {
    let count = try checkedElementCount(shape)
    switch dtype {
    case .float32: return Tensor(shape: shape, floats: (0..<count).map { _ in Float(g.nextUnit()) })
    case .float64: return Tensor(shape: shape, doubles: (0..<count).map { _ in g.nextUnit() })
    case .int32: return Tensor(shape: shape, int32s: (0..<count).map { _ in Int32(g.next() % 10) })
    case .int64: return Tensor(shape: shape, int64s: (0..<count).map { _ in Int64(g.next() % 10) })
    case .bool: return Tensor(shape: shape, bools: (0..<count).map { _ in g.next() & 1 == 1 })
    }
}

/// The median of ascending, non-empty `values` (the mean of the middle two for an even count).
func medianOfSorted(_ values: [Double]) -> Double {
    let mid = values.count / 2
    return values.count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2
}

func seconds(since start: inout ContinuousClock.Instant) -> Double {
    let now = ContinuousClock.now
    defer { start = now }
    let d = now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

/// The process's peak resident memory so far.
func peakResidentBytes() -> Int {
    var usage = rusage()
    guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
    return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
}

struct BenchReport {
    var model: String
    var nodes: Int
    var parameters: Int
    var inputs: [(String, TensorType)]
    var importSeconds: Double
    var timings: CompileTimings
    var runSeconds: [Double]
    var median: Double
    var batch: Int
    var threads: Int
    var flops: Double
    var peakBytes: Int
    /// The compile cache: "hit" (the code was loaded from it), "miss" (compiled and stored) or
    /// "off" (`--no-cache`).
    var cache: String
    /// Set when the runs were training steps.
    var training: Training? = nil

    struct Training {
        var optimizer: String
        var learningRate: Double
        var classes: Int
        /// Compiling the training step (gradient graph, passes, LLVM), after the import.
        var compileSeconds: Double
    }

    static func cacheState(_ compiled: CompiledGraph, enabled: Bool) -> String {
        enabled ? (compiled.origin == .cache ? "hit" : "miss") : "off"
    }

    var compileSeconds: Double { importSeconds + (training?.compileSeconds ?? timings.total) }
    var imagesPerSecond: Double { median > 0 ? Double(batch) / median : 0 }
    /// Images per second of the slowest and the fastest run.
    var imagesPerSecondRange: (min: Double, max: Double) {
        func rate(_ seconds: Double?) -> Double {
            guard let seconds, seconds > 0 else { return 0 }
            return Double(batch) / seconds
        }
        return (rate(runSeconds.last), rate(runSeconds.first))
    }
    var gflops: Double { median > 0 ? flops / median / 1e9 : 0 }

    var text: String {
        let ms = { (s: Double) in String(format: "%.3f ms", s * 1e3) }
        let sec = { (s: Double) in String(format: "%.2f s", s) }
        return [
            "model: \(model) (\(nodes) nodes, \(parameters.formatted()) parameters)",
            "inputs: " + inputs.map { "\($0.0) \($0.1)" }.joined(separator: ", "),
            "compile: \(sec(compileSeconds)) (import \(sec(importSeconds)), graph passes \(sec(timings.passes)), "
                + "code generation \(sec(timings.codeGeneration)), LLVM \(sec(timings.llvm)), cache \(sec(timings.cache)): \(cache))",
            training.map { "training step: \($0.optimizer), learning rate \($0.learningRate), labels of \($0.classes) classes" },
            "run: median \(ms(median)), min \(ms(runSeconds.first ?? 0)), max \(ms(runSeconds.last ?? 0)) over \(runSeconds.count) \(training == nil ? "runs" : "training steps") "
                + "(\(threads) thread\(threads == 1 ? "" : "s"), after a warm-up run)",
            String(format: "throughput: %.1f images/s, %.1f GFLOP/s (%.3f GFLOP per run, batch %d)",
                   imagesPerSecond, gflops, flops / 1e9, batch),
            String(format: "peak memory: %.0f MiB", Double(peakBytes) / 1048576),
        ].compactMap { $0 }.joined(separator: "\n")
    }

    var json: String {
        func number(_ x: Double) -> String { x.isFinite ? String(format: "%.6g", x) : "null" }
        func string(_ s: String) -> String {
            var out = "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
                default: out.unicodeScalars.append(u)
                }
            }
            return out + "\""
        }
        let inputsJSON = inputs.map { "{\"name\":\(string($0.0)),\"dtype\":\(string($0.1.dtype.rawValue)),\"shape\":[\(($0.1.shape ?? []).map(String.init).joined(separator: ","))]}" }
        return "{" + [
            "\"model\":\(string(model))",
            "\"nodes\":\(nodes)",
            "\"parameters\":\(parameters)",
            "\"inputs\":[\(inputsJSON.joined(separator: ","))]",
            "\"batch\":\(batch)",
            "\"threads\":\(threads)",
            "\"compile_s\":\(number(compileSeconds))",
            "\"compile\":{\"import_s\":\(number(importSeconds)),\"passes_s\":\(number(timings.passes)),"
                + "\"codegen_s\":\(number(timings.codeGeneration)),\"llvm_s\":\(number(timings.llvm)),"
                + "\"cache_s\":\(number(timings.cache))}",
            "\"cache\":\(string(cache))",
            "\"repeat\":\(runSeconds.count)",
            "\"run_ms\":{\"median\":\(number(median * 1e3)),\"min\":\(number((runSeconds.first ?? 0) * 1e3)),\"max\":\(number((runSeconds.last ?? 0) * 1e3))}",
            // Training reports the spread too (issue 12's contract); inference keeps its number.
            training == nil ? "\"images_per_s\":\(number(imagesPerSecond))"
                : "\"images_per_s\":{\"median\":\(number(imagesPerSecond)),\"min\":\(number(imagesPerSecondRange.min)),\"max\":\(number(imagesPerSecondRange.max))}",
            "\"gflop_per_run\":\(number(flops / 1e9))",
            "\"gflops\":\(number(gflops))",
            "\"peak_memory_bytes\":\(peakBytes)",
            training.map { "\"train\":{\"optimizer\":\(string($0.optimizer)),\"lr\":\(number($0.learningRate)),\"classes\":\($0.classes)}" },
        ].compactMap { $0 }.joined(separator: ",") + "}"
    }
}
