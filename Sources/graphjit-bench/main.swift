// Training throughput of the seeds' nets: images per second of whole training steps (forward,
// loss, backward, nesterov update) at batch 128, median of 5 timings of 20 steps after 5 warm-up
// steps. Build and run in release: `swift run -c release graphjit-bench`.
import Foundation
import GraphIR
import GraphJIT

let batch = 128
let images = Tensor(shape: [batch, 28, 28, 1], floats: (0..<(batch * 784)).map { Float($0 % 256) / 256 })
let labels = Tensor(shape: [batch], int32s: (0..<batch).map { Int32($0 % 10) })
print("host: \(BuildInfo.host), LLVM \(BuildInfo.llvm)")
for (name, net) in [("seed000 (217,706 params)", Network.seed000), ("seed002 (160,362 params, dropout)", Network.seed002)] {
    let trainer = try Trainer(model: Model(graph: net.graph()), output: net.outputName)
    let batches = Array(repeating: (images: images, labels: labels), count: 20)
    _ = try trainer.trainEpoch(Array(batches.prefix(5)), epoch: 0)
    var rates: [Double] = []
    for _ in 0..<5 {
        let start = Date()
        _ = try trainer.trainEpoch(batches, epoch: 0)
        rates.append(Double(20 * batch) / Date().timeIntervalSince(start))
    }
    rates.sort()
    print("\(name): median \(Int(rates[2])) images/s (min \(Int(rates[0])), max \(Int(rates[4]))), batch \(batch)")
}
