import Foundation
import GraphIR

/// Softmax cross-entropy per row of logits `[N,C]`: `(loss [N], backprop [N,C])` with
/// `loss = Σ labels * (log Σ exp(s) - s)` and `backprop = exp(s) / Σ exp(s) - labels`, where
/// `s = logits - max(row)`. `sparse` labels are class indices; one outside `[0, C)` gives a NaN
/// loss and a NaN backprop row (TensorFlow's GPU behaviour; its CPU kernel raises an error).
func softmaxCrossEntropy(_ logits: Tensor, _ labels: Tensor, sparse: Bool) throws -> [Tensor] {
    guard logits.shape.count == 2, logits.dtype.isFloatingPoint else { throw ReferenceError("logits must be a float matrix") }
    let (rows, classes) = (logits.shape[0], logits.shape[1])
    let x = doubles(logits)
    var dense: [Double] = []
    if !sparse {
        guard try concreteBroadcast([labels.shape, logits.shape]) == logits.shape else {
            throw ReferenceError("labels \(formatShape(labels.shape)) do not broadcast to the logits \(formatShape(logits.shape))")
        }
        let l = doubles(labels)
        dense = (0..<rows * classes).map { l[broadcastOffset($0, logits.shape, labels.shape)] }
    }
    var loss: [Double] = [], backprop: [Double] = []
    for r in 0..<rows {
        let row = Array(x[r * classes..<(r + 1) * classes])
        let top = row.reduce(-Double.infinity, maxPropagatingNaN)
        let shifted = row.map { $0 - top }
        let e = shifted.map { Foundation.exp($0) }
        let sum = e.reduce(0, +)
        let logSum = Foundation.log(sum)
        if sparse {
            let label = labels.int(at: r)
            guard label >= 0, label < classes else {
                loss.append(.nan)
                backprop += Array(repeating: .nan, count: classes)
                continue
            }
            loss.append(logSum - shifted[label])
            backprop += e.indices.map { e[$0] / sum - ($0 == label ? 1 : 0) }
        } else {
            let l = dense[r * classes..<(r + 1) * classes].map { $0 }
            loss.append(zip(l, shifted).reduce(0) { $0 + $1.0 * (logSum - $1.1) })
            backprop += e.indices.map { e[$0] / sum - l[$0] }
        }
    }
    return [try tensor(logits.dtype, [rows], doubles: loss), try tensor(logits.dtype, logits.shape, doubles: backprop)]
}
