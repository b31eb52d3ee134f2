// Training throughput of the seeds' nets: images per second of whole training steps (forward,
// loss, backward, nesterov update) at batch 128, median of 5 timings of 20 steps after 5 warm-up
// steps. Build and run in release: `swift run -c release graphjit-bench`; `--profile` also prints
// the time per kernel of the training step, `--plan` its kernels and buffers, `--ir PREFIX` writes its optimised LLVM IR to PREFIX-seed000.ll, `--ops` times single ops at the seed-000 shapes, `--depthwise` depthwise convolutions at MobileNetV2's.
import Foundation
import GraphIR
import GraphJIT

let batch = 128

/// Median milliseconds of one op at the seed-000 net's shapes (batch 128), to see where a step goes.
func timeOp(_ name: String, _ op: Op, _ shapes: [[Int]]) throws {
    var g = Graph()
    let inputs = try shapes.enumerated().map { try g.add("in\($0.offset)", .placeholder(dtype: .float32, shape: $0.element)) }
    try g.add("out", op, inputs)
    let c = try Model(graph: g).compile(outputs: ["out"])
    let feeds = Dictionary(uniqueKeysWithValues: try shapes.enumerated().map { ("in\($0.offset)", try Tensor(zeros: .float32, shape: $0.element)) })
    _ = try c.run(feeds)
    var ms: [Double] = []
    for _ in 0..<7 {
        let start = Date()
        for _ in 0..<5 { _ = try c.run(feeds) }
        ms.append(Date().timeIntervalSince(start) * 200)
    }
    ms.sort()
    print("  " + name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%7.2f ms", ms[3]))
}

/// Median milliseconds and GFLOP/s (2 per multiply-add) of a depthwise 3x3 SAME convolution of
/// one image, at MobileNetV2's shapes (`--depthwise`).
func timeDepthwise(_ h: Int, _ w: Int, _ c: Int, stride: Int) throws {
    var g = Graph()
    let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, h, w, c]))
    let f = try g.add("f", .placeholder(dtype: .float32, shape: [3, 3, 1, c]))
    let y = try g.add("out", .conv2D(Conv2DAttributes(strideH: stride, strideW: stride, padding: .same)), [x, f])
    let c0 = try Model(graph: g).compile(outputs: ["out"])
    let feeds = ["x": try Tensor(zeros: .float32, shape: [1, h, w, c]), "f": try Tensor(zeros: .float32, shape: [3, 3, 1, c])]
    _ = try c0.run(feeds)
    let repeats = 50
    var ms: [Double] = []
    for _ in 0..<9 {
        let start = Date()
        for _ in 0..<repeats { _ = try c0.run(feeds) }
        ms.append(Date().timeIntervalSince(start) * 1000 / Double(repeats))
    }
    ms.sort()
    let flops = 2.0 * Double(g[y].elementCount ?? 0) * 9
    // The best run too: on a shared machine the median also measures the neighbours.
    print(String(format: "  1x%dx%dx%d stride %d: median %7.3f ms %6.2f GFLOP/s, best %7.3f ms %6.2f GFLOP/s",
                 h, w, c, stride, ms[4], flops / ms[4] / 1e6, ms[0], flops / ms[0] / 1e6))
}

if CommandLine.arguments.contains("--depthwise") {
    print("depthwise 3x3 SAME, batch 1, MobileNetV2 shapes (9 x 50 runs; GRAPHJIT_THREADS=\(ProcessInfo.processInfo.environment["GRAPHJIT_THREADS"] ?? "all cores")):")
    for (h, w, c, s) in [(112, 112, 32, 1), (112, 112, 96, 2), (56, 56, 144, 1), (56, 56, 144, 2), (28, 28, 192, 1),
                         (14, 14, 576, 1), (14, 14, 576, 2), (7, 7, 960, 1)] {
        try timeDepthwise(h, w, c, stride: s)
    }
    exit(0)
}

if CommandLine.arguments.contains("--ops") {
    let valid = Conv2DAttributes()
    let pool = PoolAttributes(kind: .max, windowH: 2, windowW: 2, strideH: 2, strideW: 2)
    print("seed-000 ops at batch 128 (median of 7 x 5 runs):")
    try timeOp("conv1 forward", .conv2D(valid), [[128, 28, 28, 1], [5, 5, 1, 32]])
    try timeOp("conv1 filter gradient", .conv2DBackpropFilter(valid, filterShape: [5, 5, 1, 32]), [[128, 28, 28, 1], [128, 24, 24, 32]])
    try timeOp("pool1 forward", .pool(pool), [[128, 24, 24, 32]])
    try timeOp("pool1 gradient", .maxPoolGrad(pool), [[128, 24, 24, 32], [128, 12, 12, 32], [128, 12, 12, 32]])
    try timeOp("conv2 forward", .conv2D(valid), [[128, 12, 12, 32], [3, 3, 32, 32]])
    try timeOp("conv2 filter gradient", .conv2DBackpropFilter(valid, filterShape: [3, 3, 32, 32]), [[128, 12, 12, 32], [128, 10, 10, 32]])
    try timeOp("conv2 input gradient", .conv2DBackpropInput(valid, inputShape: [128, 12, 12, 32]), [[3, 3, 32, 32], [128, 10, 10, 32]])
    try timeOp("pool2 gradient", .maxPoolGrad(pool), [[128, 10, 10, 32], [128, 5, 5, 32], [128, 5, 5, 32]])
    try timeOp("dense1 forward", .matMul(transposeA: false, transposeB: false), [[128, 800], [800, 256]])
    try timeOp("dense1 weight gradient", .matMul(transposeA: true, transposeB: false), [[128, 800], [128, 256]])
    try timeOp("dense1 input gradient", .matMul(transposeA: false, transposeB: true), [[128, 256], [800, 256]])
    exit(0)
}
let profiling = CommandLine.arguments.contains("--profile")
let images = Tensor(shape: [batch, 28, 28, 1], floats: (0..<(batch * 784)).map { Float($0 % 256) / 256 })
let labels = Tensor(shape: [batch], int32s: (0..<batch).map { Int32($0 % 10) })
print("host: \(BuildInfo.host), LLVM \(BuildInfo.llvm)")
for (name, net) in [("seed000 (217,706 params)", Network.seed000), ("seed002 (160,362 params, dropout)", Network.seed002)] {
    var configuration = TrainingConfiguration()
    configuration.profile = profiling
    let trainer = try Trainer(model: Model(graph: net.graph()), output: net.outputName, configuration: configuration)
    let batches = Array(repeating: (images: images, labels: labels), count: 20)
    let compileStart = Date()
    _ = try trainer.compiledTrainingStep(batchSize: batch)
    let compileSeconds = Date().timeIntervalSince(compileStart)
    _ = try trainer.trainEpoch(Array(batches.prefix(5)), epoch: 0)
    trainer.resetProfiles()
    var rates: [Double] = []
    for _ in 0..<5 {
        let start = Date()
        _ = try trainer.trainEpoch(batches, epoch: 0)
        rates.append(Double(20 * batch) / Date().timeIntervalSince(start))
    }
    rates.sort()
    if let profile = trainer.trainingStepProfile(batchSize: batch) { print(profile.table()) }
    if CommandLine.arguments.contains("--plan") { print(try trainer.compiledTrainingStep(batchSize: batch).plan.description) }
    // The optimised LLVM IR of the training step, to FILE-NAME.ll: where compile time goes.
    if let k = CommandLine.arguments.firstIndex(of: "--ir"), k + 1 < CommandLine.arguments.count {
        let ir = try trainer.compiledTrainingStep(batchSize: batch).optimizedLLVMIR
        try ir.write(toFile: CommandLine.arguments[k + 1] + "-" + name.prefix { $0 != " " } + ".ll", atomically: true, encoding: .utf8)
    }
    print("\(name): median \(Int(rates[2])) images/s (min \(Int(rates[0])), max \(Int(rates[4]))), batch \(batch); "
          + String(format: "training step compiled in %.2f s", compileSeconds))
}
