import Foundation
import GraphIR

/// Softmax over the last axis, with each row's maximum subtracted first so exp cannot overflow.
func softmax(_ x: Tensor) throws -> Tensor {
    try eachRow(x, "Softmax") { row, top in
        let e = row.map { Foundation.exp($0 - top) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }
}

/// LogSoftmax over the last axis: `(x - max) - log(Σ exp(x - max))` per row.
func logSoftmax(_ x: Tensor) throws -> Tensor {
    try eachRow(x, "LogSoftmax") { row, top in
        let total = row.map { Foundation.exp($0 - top) }.reduce(0, +)
        return row.map { ($0 - top) - Foundation.log(total) }
    }
}

/// `transform` applied to every row of the last axis of a float tensor, given the row and its
/// (NaN-propagating) maximum.
private func eachRow(_ x: Tensor, _ op: String, _ transform: (ArraySlice<Double>, Double) -> [Double]) throws -> Tensor {
    guard let length = x.shape.last else { throw ReferenceError("\(op) needs an input of rank >= 1") }
    guard x.dtype.isFloatingPoint else { throw ReferenceError("\(op) needs a floating-point input") }
    let values = doubles(x)
    guard length > 0 else { return x }
    var result: [Double] = []
    for start in stride(from: 0, to: values.count, by: length) {
        let row = values[start..<start + length]
        result += transform(row, row.dropFirst().reduce(row[start], maxPropagatingNaN))
    }
    return try tensor(x.dtype, x.shape, doubles: result)
}
