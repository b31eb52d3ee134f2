import GraphIR
import Plan
import Reference
import XCTest

/// Fusion of element-wise diamonds (a value used by several ops of one kernel), which the
/// activation composites (LeakyRelu, Selu, Softsign, DivNoNan) and GELU / swish graphs are.
extension PlanAndOutputTests {
    /// conv -> bias -> LeakyRelu as the importer writes it (select(x > 0, x, α·x)): one kernel.
    func testConvBiasLeakyReluDiamondIsOneKernel() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2, 7, 6, 3]))
        let w = try g.add("w", .placeholder(dtype: .float32, shape: [3, 3, 3, 5]))
        let bias = try g.add("bias", .placeholder(dtype: .float32, shape: [5]))
        let conv = try g.add("conv", .conv2D(Conv2DAttributes(padding: .same)), [x, w])
        let biased = try g.add("biased", .biasAdd(.nhwc), [conv, bias])
        let positive = try g.add("positive", .compare(.greater), [biased, try g.add("zero", .constant(Tensor(shape: [], floats: [0])))])
        let scaled = try g.add("scaled", .binary(.mul), [biased, try g.add("alpha", .constant(Tensor(shape: [], floats: [0.2])))])
        try g.add("leaky", .select, [positive, biased, scaled])
        let (plan, _) = try checkGraph(g, outputs: ["leaky"], tolerance: .accumulation(.float32, k: 27))
        XCTAssertEqual(computeKernels(plan).count, 1, "\(plan)")
        XCTAssertEqual(plan.kernels.first?.kind, .compute(anchor: node(g, "conv"),
                                                          body: ["biased", "positive", "scaled", "leaky"].map { node(g, $0) }))
        XCTAssertEqual(plan.arenaBytes, 0, "nothing intermediate is materialised\n\(plan)")
    }

    /// Dense -> GELU (0.5·x·erfc(-x/√2), ConvNeXt's form) and Dense -> swish (x·sigmoid(x)): one kernel each.
    func testMatMulGeluAndSwishAreOneKernel() throws {
        for activation in ["gelu", "swish"] {
            var g = Graph()
            let x = try g.add("x", .placeholder(dtype: .float32, shape: [5, 16]))
            let w = try g.add("w", .placeholder(dtype: .float32, shape: [16, 24]))
            let mm = try g.add("mm", .matMul(transposeA: false, transposeB: false), [x, w])
            let biased = try g.add("biased", .binary(.add), [mm, try g.add("b", .placeholder(dtype: .float32, shape: [24]))])
            if activation == "gelu" {
                let scaled = try g.add("scaled", .binary(.mul), [biased, try g.add("c", .constant(Tensor(shape: [], floats: [-0.70710678])))])
                let tail = try g.add("erfc", .unary(.erfc), [scaled])
                let half = try g.add("half", .binary(.mul), [biased, try g.add("h", .constant(Tensor(shape: [], floats: [0.5])))])
                try g.add("out", .binary(.mul), [half, tail])
            } else {
                try g.add("out", .binary(.mul), [biased, try g.add("sigmoid", .unary(.sigmoid), [biased])])
            }
            let (plan, _) = try checkGraph(g, outputs: ["out"], tolerance: .accumulation(.float32, k: 16))
            XCTAssertEqual(computeKernels(plan).count, 1, "\(activation)\n\(plan)")
            XCTAssertEqual(plan.arenaBytes, 0, "\(activation)\n\(plan)")
        }
    }

    /// A value the kernel's anchor reads must be in memory: `p` feeds both the MatMul and the
    /// epilogue add, so it stays its own kernel (fusing it would leave the MatMul reading garbage).
    func testValueReadByTheAnchorIsNotFusedIntoItsEpilogue() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [6, 6]))
        let p = try g.add("p", .unary(.relu), [x])
        let mm = try g.add("mm", .matMul(transposeA: false, transposeB: false), [p, try g.add("w", .placeholder(dtype: .float32, shape: [6, 6]))])
        try g.add("out", .binary(.add), [mm, p])
        let (plan, _) = try checkGraph(g, outputs: ["out"], tolerance: .accumulation(.float32, k: 6))
        XCTAssertEqual(computeKernels(plan).count, 2, "\(plan)")
        XCTAssertEqual(computeKernels(plan).last?.kind, .compute(anchor: node(g, "mm"), body: [node(g, "out")]))
    }

    /// A diamond without an anchor is one element-wise loop; a value that is also an output, or
    /// that a kernel elsewhere reads, is materialised.
    func testElementwiseDiamonds() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float64, shape: [3, 5]))
        let t = try g.add("t", .unary(.tanh), [x])
        let e = try g.add("e", .unary(.exp), [t])
        let n = try g.add("n", .unary(.neg), [t])
        try g.add("out", .binary(.sub), [e, n])
        var (plan, _) = try checkGraph(g, outputs: ["out"], tolerance: .transcendental(.float64))
        XCTAssertEqual(computeKernels(plan).count, 1, "\(plan)")
        (plan, _) = try checkGraph(g, outputs: ["out", "t"], tolerance: .transcendental(.float64))
        XCTAssertEqual(computeKernels(plan).count, 2, "t is an output\n\(plan)")
        try g.add("sum", .reduce(.sum, axes: [1], keepDims: false), [t])
        (plan, _) = try checkGraph(g, outputs: ["out", "sum"], tolerance: .accumulation(.float64, k: 5))
        XCTAssertEqual(computeKernels(plan).count, 3, "t feeds a reduction too\n\(plan)")
    }
}
