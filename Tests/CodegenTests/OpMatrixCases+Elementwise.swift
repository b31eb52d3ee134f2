import GraphIR

/// Matrix cases of the element-wise ops, reductions and batched products real models use, beyond
/// the families in OpMatrixCases.swift (which already run every unary and binary op and
/// reduction kind over its shapes, dtypes and special values).
extension OpMatrix {
    static var elementwise: [OpCase] {
        logSoftmax + batchMatMul + truncatingCast + boolReduce + errorFunctions + exponentialRange + softplusCutoffs + powSpecial + integerProducts
    }

    static var logSoftmax: [OpCase] {
        softmaxFamily(.logSoftmax, "logsoftmax") + floatTypes.map { d in
            OpCase(name: "logsoftmax \(d) rank 4", op: .logSoftmax, inputs: [InputSpec(dtype: d, shape: [2, 2, 2, 9], range: -8...8)],
                   tolerance: .softmax(d))
        }
    }

    /// (batch of A, batch of B, m, k, n): equal batches, each side broadcast, a missing batch on
    /// either side (B missing is one MatMul over all rows), rank 2 (MatMul itself), several batch
    /// axes, and sizes that take the register tiles per entry. The last ones are row-stream
    /// products per entry (1-4 rows, as a split MatMul's segments): k in passes of four with a
    /// remainder, one row of B, and 1040 columns, more than one block for four rows.
    static let batchMatMulShapes: [([Int], [Int], Int, Int, Int)] = [
        ([2], [2], 3, 4, 5), ([3], [1], 2, 5, 3), ([1], [4], 3, 2, 2), ([], [3], 4, 3, 2), ([2], [], 3, 4, 5),
        ([], [], 7, 13, 5), ([2, 1], [3], 2, 3, 4), ([2, 3], [1, 3], 1, 6, 1), ([1, 2, 1], [2, 1, 2], 3, 2, 3),
        ([3], [3], 13, 32, 48), ([2], [], 9, 16, 32), ([2], [2], 5, 64, 7), ([4], [], 6, 1, 3),
        ([2], [2], 1, 9, 64), ([3], [3], 2, 8, 80), ([2], [2], 3, 1, 96), ([2], [2], 4, 7, 1040),
        // Entries as 1x1 convolutions (`BatchMatMulLayout.convolutions`): 130 rows in row tiles
        // with a remainder (12 + ... + 10), 48 columns.
        ([2], [2], 130, 256, 48),
    ]

    static var batchMatMul: [OpCase] {
        var cases: [OpCase] = []
        for adjX in [false, true] {
            for adjY in [false, true] {
                for (ba, bb, m, k, n) in batchMatMulShapes {
                    cases.append(batchMatMulCase(.float32, ba, bb, m, k, n, adjX, adjY))
                }
                for (d, shape) in [(DType.float64, ([2], [1], 4, 8, 6)), (.int32, ([2], [2], 3, 4, 5)), (.int64, ([], [2], 2, 3, 4)),
                                   (.float64, ([3], [], 5, 3, 4))] {
                    cases.append(batchMatMulCase(d, shape.0, shape.1, shape.2, shape.3, shape.4, adjX, adjY))
                }
                cases.append(batchMatMulCase(.float32, [3], [], 5, 11, 8, adjX, adjY, constantB: true))
            }
        }
        return cases
    }

    static func batchMatMulCase(_ d: DType, _ ba: [Int], _ bb: [Int], _ m: Int, _ k: Int, _ n: Int, _ adjX: Bool, _ adjY: Bool,
                                constantB: Bool = false) -> OpCase {
        let a = ba + (adjX ? [k, m] : [m, k]), b = bb + (adjY ? [n, k] : [k, n])
        let range: ClosedRange<Double> = d.isInteger ? -20...20 : -1...1
        return OpCase(name: "batchmatmul \(d) \(shapeName(a)) x \(shapeName(b)) adj_x=\(adjX) adj_y=\(adjY)\(constantB ? " constant" : "")",
                      op: .batchMatMul(adjX: adjX, adjY: adjY),
                      inputs: [InputSpec(dtype: d, shape: a, range: range), InputSpec(dtype: d, shape: b, range: range, constant: constantB)],
                      tolerance: .accumulation(d, k: k))
    }

    static var truncatingCast: [OpCase] {
        let specials: [Double] = [0, -0.0, .infinity, -.infinity, .nan, 1e300, -1e300, 1e-40, -1e-40, 1e-320, 1.0 / 3, -1.0 / 3,
                                  3.4028235677973366e38, 3.4028234663852886e38, 0.1234567, 16777217, -2.5, 1]
        return [
            OpCase(name: "truncating cast special values", op: .truncatingCast(.float32),
                   inputs: [InputSpec(dtype: .float64, shape: [specials.count], values: specials)], tolerance: .exact),
            OpCase(name: "truncating cast [3,7]", op: .truncatingCast(.float32),
                   inputs: [InputSpec(dtype: .float64, shape: [3, 7], range: -1e6...1e6)], tolerance: .exact),
            OpCase(name: "truncating cast constant", op: .truncatingCast(.float32),
                   inputs: [InputSpec(dtype: .float64, shape: [4], range: -1...1, constant: true)], tolerance: .exact),
        ]
    }

    static var boolReduce: [OpCase] {
        var cases: [OpCase] = []
        for kind in [ReduceKind.all, .any] {
            for keep in [false, true] {
                for axes in reduceAxes {
                    cases.append(OpCase(name: "\(kind.rawValue) bool[3,4,5] axes \(axes) keep=\(keep)",
                                        op: .reduce(kind, axes: axes, keepDims: keep),
                                        inputs: [InputSpec(dtype: .bool, shape: [3, 4, 5])], tolerance: .exact))
                }
            }
            // Rows all true, all false and mixed; and an empty axis (All of nothing is true).
            cases.append(OpCase(name: "\(kind.rawValue) bool uniform rows", op: .reduce(kind, axes: [1], keepDims: false),
                                inputs: [InputSpec(dtype: .bool, shape: [3, 4], values: [1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1])],
                                tolerance: .exact))
            cases.append(OpCase(name: "\(kind.rawValue) bool empty axis", op: .reduce(kind, axes: [0], keepDims: false),
                                inputs: [InputSpec(dtype: .bool, shape: [0, 3])], tolerance: .exact))
        }
        return cases
    }

    /// Erf and Erfc across their whole range: erfc's tail down to float32's smallest values (x
    /// near 10, where 1 - erf would be all rounding error), the |x| = 1 seam of the two formulas,
    /// and negative x (erfc near 2).
    static var errorFunctions: [OpCase] {
        let seam: [Double] = [0.999999, 1, 1.000001, -0.999999, -1, -1.000001, 0.5, -0.5, 2.5, -2.5, 3.9, -3.9]
        var cases: [OpCase] = []
        for d in floatTypes {
            // float32 is computed in float64 and rounded once: within an ulp of the exact value (one
            // ulp is at most 2^-23 relative), and within one subnormal step (1.4e-45) below.
            let tolerance = d == .float32 ? Tolerance(rtol: 1.2e-7, atol: 1.5e-45) : .transcendental(d)
            for u in [UnaryOp.erf, .erfc] {
                cases.append(OpCase(name: "\(u.rawValue) \(d) wide range", op: .unary(u),
                                    inputs: [InputSpec(dtype: d, shape: [250], range: -11...11)], tolerance: tolerance))
                cases.append(OpCase(name: "\(u.rawValue) \(d) formula seam", op: .unary(u),
                                    inputs: [InputSpec(dtype: d, shape: [seam.count], values: seam)], tolerance: tolerance))
            }
            cases.append(OpCase(name: "erfc \(d) tail", op: .unary(.erfc),
                                inputs: [InputSpec(dtype: d, shape: [200], range: 1...10.5)], tolerance: tolerance))
        }
        return cases
    }

    /// Exp and Sigmoid over float32's whole range: float32 exp is a polynomial in generated code,
    /// within 2 ulp of the exact value; results in the subnormal range (x below -87.3) within a
    /// subnormal step; overflow to infinity above 88.72, 0 below -103.9, NaN kept; Sigmoid
    /// saturating on both sides.
    static var exponentialRange: [OpCase] {
        let edges: [Double] = [-.infinity, .infinity, .nan, -200, -104, -103.9, -103, -100, -95.5, -87.4, -87.3, -80,
                               -1e-30, 0, -0.0, 1e-30, 0.34657, -0.34657, 0.3466, 1, -1, 20, 80, 88.5, 88.72, 88.7228,
                               88.72284, 88.723, 89, 100, 1e30]
        let tolerance = Tolerance(rtol: 2.4e-7, atol: 1.5e-45)
        var cases: [OpCase] = []
        for u in [UnaryOp.exp, .sigmoid] {
            cases.append(OpCase(name: "\(u.rawValue) float32 edges", op: .unary(u),
                                inputs: [InputSpec(dtype: .float32, shape: [edges.count], values: edges)], tolerance: tolerance))
            cases.append(OpCase(name: "\(u.rawValue) float32 whole range", op: .unary(u),
                                inputs: [InputSpec(dtype: .float32, shape: [4000], range: -105...90)], tolerance: tolerance))
            cases.append(OpCase(name: "\(u.rawValue) float32 near zero", op: .unary(u),
                                inputs: [InputSpec(dtype: .float32, shape: [4000], range: -2...2)], tolerance: tolerance))
        }
        return cases
    }

    /// Softplus on both sides of TensorFlow's cut-offs (log(ε) + 2: ±13.94 for float32, ±34.04 for float64).
    static var softplusCutoffs: [OpCase] {
        let values: [Double] = [13.9, 13.95, -13.9, -13.95, 34, 34.1, -34, -34.1, 0, 1e-8, -1e-8, 5]
        return floatTypes.map { d in
            OpCase(name: "softplus \(d) cut-offs", op: .unary(.softplus),
                   inputs: [InputSpec(dtype: d, shape: [values.count], values: values)], tolerance: .transcendental(d))
        }
    }

    /// Pow of negative and zero bases, and integer powers at the dtypes' extremes (wrapping), with
    /// the non-negative exponents TensorFlow allows.
    static var powSpecial: [OpCase] {
        var cases: [OpCase] = []
        let bases: [Double] = [-3, -2.5, -1, 0, -0.0, 2]
        let exponents: [Double] = [0, 1, 2, 3, -1, -2, 0.5, 7]
        for d in floatTypes {
            cases.append(OpCase(name: "pow \(d) negative and zero bases", op: .binary(.pow),
                                inputs: [InputSpec(dtype: d, shape: [bases.count, 1], values: bases),
                                         InputSpec(dtype: d, shape: [exponents.count], values: exponents)],
                                tolerance: .transcendental(d)))
        }
        for (d, extremes) in [(DType.int32, [Double(Int32.min), Double(Int32.max), -7, 7, -1, 1, 0, 65536, -3]),
                              (.int64, [-9_223_372_036_854_775_808, 9_223_372_036_854_774_784, -7, 7, -1, 1, 0, 4_294_967_296, -3])] {
            let powers: [Double] = [0, 1, 2, 3, 31, 62, 63, 1000, d == .int32 ? Double(Int32.max) : 9_223_372_036_854_774_784]
            cases.append(OpCase(name: "pow \(d) extremes", op: .binary(.pow),
                                inputs: [InputSpec(dtype: d, shape: [extremes.count, 1], values: extremes),
                                         InputSpec(dtype: d, shape: [powers.count], values: powers)],
                                tolerance: .exact))
        }
        return cases
    }

    /// Integer Prod and Min as graphs use them on shapes (Prod of a gathered Shape in Keras'
    /// tensordot), including a product that wraps.
    static var integerProducts: [OpCase] {
        var cases: [OpCase] = []
        for d in [DType.int32, .int64] {
            cases.append(OpCase(name: "prod \(d) shape vector", op: .reduce(.prod, axes: [0], keepDims: false),
                                inputs: [InputSpec(dtype: d, shape: [4], values: [1, 56, 56, 96])], tolerance: .exact))
            cases.append(OpCase(name: "prod \(d) constant shape vector", op: .reduce(.prod, axes: [0], keepDims: false),
                                inputs: [InputSpec(dtype: d, shape: [2], values: [7, 768], constant: true)], tolerance: .exact))
            let large: Double = d == .int32 ? 46341 : 4_294_967_296  // its square passes the dtype's maximum
            cases.append(OpCase(name: "prod \(d) wraps", op: .reduce(.prod, axes: [1], keepDims: true),
                                inputs: [InputSpec(dtype: d, shape: [2, 3], values: [65536, 65536, 3, large, large, 5])],
                                tolerance: .exact))
            cases.append(OpCase(name: "min \(d) empty axis", op: .reduce(.min, axes: [0], keepDims: false),
                                inputs: [InputSpec(dtype: d, shape: [0, 2])], tolerance: .exact))
        }
        cases.append(OpCase(name: "prod float32 empty axis", op: .reduce(.prod, axes: [1], keepDims: false),
                            inputs: [InputSpec(dtype: .float32, shape: [2, 0])], tolerance: .exact))
        return cases
    }
}
