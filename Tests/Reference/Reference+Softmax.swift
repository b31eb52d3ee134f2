import Foundation
import GraphIR

/// Softmax over the last axis, with each row's maximum subtracted first so exp cannot overflow.
func softmax(_ x: Tensor) throws -> Tensor {
    guard let length = x.shape.last else { throw ReferenceError("Softmax needs an input of rank >= 1") }
    guard x.dtype.isFloatingPoint else { throw ReferenceError("Softmax needs a floating-point input") }
    let values = doubles(x)
    guard length > 0 else { return x }
    var result: [Double] = []
    for start in stride(from: 0, to: values.count, by: length) {
        let row = values[start..<start + length]
        let top = row.dropFirst().reduce(row[start], maxPropagatingNaN)
        let e = row.map { Foundation.exp($0 - top) }
        let total = e.reduce(0, +)
        result += e.map { $0 / total }
    }
    return try tensor(x.dtype, x.shape, doubles: result)
}

/// LogSoftmax over the last axis: `(x - max) - log(Σ exp(x - max))` per row.
func logSoftmax(_ x: Tensor) throws -> Tensor {
    guard let length = x.shape.last else { throw ReferenceError("LogSoftmax needs an input of rank >= 1") }
    guard x.dtype.isFloatingPoint else { throw ReferenceError("LogSoftmax needs a floating-point input") }
    let values = doubles(x)
    guard length > 0 else { return x }
    var result: [Double] = []
    for start in stride(from: 0, to: values.count, by: length) {
        let row = values[start..<start + length]
        let top = row.dropFirst().reduce(row[start], maxPropagatingNaN)
        let total = row.map { Foundation.exp($0 - top) }.reduce(0, +)
        result += row.map { ($0 - top) - Foundation.log(total) }
    }
    return try tensor(x.dtype, x.shape, doubles: result)
}
