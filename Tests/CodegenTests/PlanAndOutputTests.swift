import GraphIR
import Plan
import Reference
import XCTest

/// Whole graphs: fusion decisions, memory reuse, and outputs that are not a kernel's plain result
/// (placeholders, constants, aliases, the same value twice, intermediates of a fused chain).
final class PlanAndOutputTests: XCTestCase {
    /// Compiles `outputs` at O3 and O0, feeds seeded random inputs, and compares every output with the
    /// Reference within `tolerance`. Returns the O3 plan and outputs for further checks.
    @discardableResult
    func checkGraph(_ g: Graph, outputs: [String], tolerance: Tolerance = .exact, seed: UInt64 = 1,
                    range: ClosedRange<Double> = -1...1,
                    file: StaticString = #filePath, line: UInt = #line) throws -> (plan: ExecutionPlan, outputs: [Tensor]) {
        var rng = SeededGenerator(seed: seed)
        let feeds = try randomFeeds(for: g, in: range, using: &rng)
        let expected = try evaluate(g, feeds: feeds, fetch: outputs.map { g.value(named: $0)! })
        var result: (ExecutionPlan, [Tensor])?
        for level in [3, 0] {
            let c = try jit(g, outputs: outputs, level: level)
            let plan = c.plan
            let actual = try c.executable.run(plan.inputNames.map { feeds[$0]! })
            XCTAssertEqual(actual.count, outputs.count, file: file, line: line)
            for (k, (a, e)) in zip(actual, expected).enumerated() {
                if let m = mismatch(a, e, relativeTolerance: tolerance.rtol, absoluteTolerance: tolerance.atol) {
                    XCTFail("O\(level) output \(k) '\(outputs[k])': \(m)\n\(plan)", file: file, line: line)
                }
            }
            if level == 3 { result = (plan, actual) }
        }
        return result!
    }

    func computeKernels(_ plan: ExecutionPlan) -> [Kernel] {
        plan.kernels.filter { if case .compute = $0.kind { return true } else { return false } }
    }

    func node(_ g: Graph, _ name: String) -> Int { g.index(of: name)! }

    // MARK: fusion

    /// Hypercolumns' shape: resizes (bilinear, nearest, an odd ratio) read only by a channel
    /// concatenation are computed by the concatenation's kernel, never stored; a resize another
    /// node also reads, and a plain input, keep their own buffers. Equal to the Reference.
    func testResizesIntoAChannelConcatAreAbsorbed() throws {
        var g = Graph()
        let a = try g.add("a", .placeholder(dtype: .float32, shape: [2, 3, 4, 5]))
        let b = try g.add("b", .placeholder(dtype: .float32, shape: [2, 7, 9, 3]))
        let c = try g.add("c", .placeholder(dtype: .float32, shape: [2, 2, 3, 4]))
        let d = try g.add("d", .placeholder(dtype: .float32, shape: [2, 7, 9, 2]))
        let up = try g.add("up", .resize(ResizeAttributes(method: .bilinear, height: 7, width: 9, halfPixelCenters: true)), [a])
        let near = try g.add("near", .resize(ResizeAttributes(method: .nearest, height: 7, width: 9)), [c])
        let shared = try g.add("shared", .resize(ResizeAttributes(method: .bilinear, height: 7, width: 9, alignCorners: true)), [c])
        try g.add("joined", .concat(axis: 3, count: 5), [up, b, near, shared, d])
        try g.add("other", .unary(.neg), [shared])
        let (plan, _) = try checkGraph(g, outputs: ["joined", "other"], tolerance: Tolerance(rtol: 1e-6, atol: 1e-6))
        let join = try XCTUnwrap(computeKernels(plan).first { $0.root == node(g, "joined") })
        XCTAssertEqual(join.absorbed, [node(g, "up"), node(g, "near")])
        XCTAssertNil(plan.valueBuffer[Value(node: node(g, "up"))], "an absorbed resize has no buffer")
        XCTAssertNotNil(plan.valueBuffer[Value(node: node(g, "shared"))])
    }

    func testConvBiasReluIsOneKernel() throws {
        for format in DataFormat.allCases {
            var g = Graph()
            let x = try g.add("x", .placeholder(dtype: .float32, shape: format == .nhwc ? [2, 7, 6, 3] : [2, 3, 7, 6]))
            let w = try g.add("w", .placeholder(dtype: .float32, shape: [3, 3, 3, 5]))
            let bias = try g.add("bias", .placeholder(dtype: .float32, shape: [5]))
            let conv = try g.add("conv", .conv2D(Conv2DAttributes(strideH: 2, padding: .same, dataFormat: format)), [x, w])
            let biased = try g.add("biased", .biasAdd(format), [conv, bias])
            try g.add("relu", .unary(.relu), [biased])
            let (plan, _) = try checkGraph(g, outputs: ["relu"], tolerance: .accumulation(.float32, k: 27))
            XCTAssertEqual(plan.kernels.count, 1, "\(format)\n\(plan)")
            XCTAssertEqual(plan.kernels.first?.kind, .compute(anchor: node(g, "conv"), body: [node(g, "biased"), node(g, "relu")]))
            XCTAssertEqual(plan.arenaBytes, 0, "nothing intermediate is materialised\n\(plan)")
        }
    }

    func testMatMulBiasReluIsOneKernel() throws {
        var rng = SeededGenerator(seed: 7)
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            var g = Graph()
            let x = try g.add("x", .placeholder(dtype: .float32, shape: ta ? [13, 7] : [7, 13]))
            let w = try g.add("w", .constant(try randomTensor(.float32, tb ? [9, 13] : [13, 9], using: &rng)))
            let bias = try g.add("bias", .constant(try randomTensor(.float32, [9], using: &rng)))
            let mm = try g.add("mm", .matMul(transposeA: ta, transposeB: tb), [x, w])
            let biased = try g.add("biased", .biasAdd(.nhwc), [mm, bias])
            try g.add("relu", .unary(.relu), [biased])
            let (plan, _) = try checkGraph(g, outputs: ["relu"], tolerance: .accumulation(.float32, k: 13))
            XCTAssertEqual(plan.kernels.count, 1, "\(plan)")
            XCTAssertEqual(plan.kernels.first?.kind, .compute(anchor: node(g, "mm"), body: [node(g, "biased"), node(g, "relu")]))
        }
    }

    /// Every anchor kind takes an element-wise chain as its epilogue.
    func testEveryAnchorTakesAnEpilogue() throws {
        let anchors: [(String, Op, [Int])] = [
            ("pool", .pool(PoolAttributes(kind: .avg, windowH: 3, windowW: 3, strideH: 2, strideW: 2, padding: .same)), [2, 7, 5, 3]),
            ("softmax", .softmax, [4, 9]),
            ("sum", .reduce(.sum, axes: [1], keepDims: false), [4, 9]),
            ("max", .reduce(.max, axes: [0, 1], keepDims: true), [4, 9]),
        ]
        for (name, op, shape) in anchors {
            var g = Graph()
            let x = try g.add("x", .placeholder(dtype: .float32, shape: shape))
            let a = try g.add(name, op, [x])
            let s = try g.add("s", .placeholder(dtype: .float32, shape: []))
            let t = try g.add("t", .binary(.mul), [a, s])
            try g.add("out", .unary(.tanh), [t])
            let (plan, _) = try checkGraph(g, outputs: ["out"], tolerance: .accumulation(.float32, k: 36))
            XCTAssertEqual(plan.kernels.count, 1, "\(name)\n\(plan)")
            XCTAssertEqual(plan.kernels.first?.kind, .compute(anchor: node(g, name), body: [node(g, "t"), node(g, "out")]), name)
        }
    }

    /// A value whose consumers are all in one kernel is computed once per element inside it, not
    /// stored: a diamond of element-wise ops, an anchor with two epilogue ops, x·x.
    func testValueWithTwoConsumersInOneKernelIsComputedOnce() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [5, 6]))
        let shared = try g.add("shared", .unary(.exp), [x])
        let a = try g.add("a", .unary(.neg), [shared])
        let b = try g.add("b", .unary(.sqrt), [shared])
        try g.add("out", .binary(.add), [a, b])
        // -e^x + sqrt(e^x) cancels near x = 0: float32 rounding of e^x shows up absolutely.
        let (plan, _) = try checkGraph(g, outputs: ["out"], tolerance: Tolerance(rtol: 1e-6, atol: 1e-6))
        XCTAssertNil(plan.buffer(of: shared), "\(plan)")
        XCTAssertEqual(computeKernels(plan).count, 1, "exp, neg, sqrt and add in one loop\n\(plan)")
        XCTAssertEqual(plan.kernels.first?.kind, .compute(anchor: nil, body: [shared.node, a.node, b.node, node(g, "out")]))

        // An anchor with two consumers: both are its epilogue.
        var h = Graph()
        let p = try h.add("p", .placeholder(dtype: .float32, shape: [4, 8]))
        let q = try h.add("q", .placeholder(dtype: .float32, shape: [8, 3]))
        let mm = try h.add("mm", .matMul(transposeA: false, transposeB: false), [p, q])
        let r = try h.add("r", .unary(.relu), [mm])
        let n = try h.add("n", .unary(.neg), [mm])
        try h.add("out", .binary(.mul), [r, n])
        let (plan2, _) = try checkGraph(h, outputs: ["out"], tolerance: .accumulation(.float32, k: 8))
        XCTAssertEqual(plan2.kernels.first?.kind, .compute(anchor: mm.node, body: [r.node, n.node, node(h, "out")]), "\(plan2)")
        XCTAssertEqual(plan2.kernels.count, 1, "\(plan2)")

        // A value used twice by the same node (x * x through an Exp).
        var k = Graph()
        let kx = try k.add("x", .placeholder(dtype: .float32, shape: [3, 4]))
        let e = try k.add("e", .unary(.exp), [kx])
        try k.add("sq", .binary(.mul), [e, e])
        let (plan3, _) = try checkGraph(k, outputs: ["sq"], tolerance: .transcendental(.float32))
        XCTAssertNil(plan3.buffer(of: e), "\(plan3)")
        XCTAssertEqual(computeKernels(plan3).count, 1, "\(plan3)")
    }

    /// A value all of whose consumers are in one kernel joins it (swish, x·sigmoid(x), after a
    /// convolution is one kernel): each element of it is computed once and used by every reader.
    func testDiamondInsideOneKernelIsFused() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [5, 6]))
        let shared = try g.add("shared", .unary(.exp), [x])
        let a = try g.add("a", .unary(.neg), [shared])
        let b = try g.add("b", .unary(.sqrt), [shared])
        try g.add("out", .binary(.add), [a, b])
        // -e^x + sqrt(e^x) cancels near x = 0: float32 rounding of e^x shows up absolutely.
        let (plan, _) = try checkGraph(g, outputs: ["out"], tolerance: Tolerance(rtol: 1e-6, atol: 1e-6))
        XCTAssertEqual(plan.kernels.map(\.kind), [.compute(anchor: nil, body: [shared.node, a.node, b.node, b.node + 1])], "\(plan)")

        // An anchor read twice in its epilogue: MatMul, then relu(mm) * -mm in the same loop.
        var h = Graph()
        let p = try h.add("p", .placeholder(dtype: .float32, shape: [4, 8]))
        let q = try h.add("q", .placeholder(dtype: .float32, shape: [8, 3]))
        let mm = try h.add("mm", .matMul(transposeA: false, transposeB: false), [p, q])
        let r = try h.add("r", .unary(.relu), [mm])
        let n = try h.add("n", .unary(.neg), [mm])
        try h.add("out", .binary(.mul), [r, n])
        let (plan2, _) = try checkGraph(h, outputs: ["out"], tolerance: .accumulation(.float32, k: 8))
        XCTAssertEqual(plan2.kernels.map(\.kind), [.compute(anchor: mm.node, body: [r.node, n.node, n.node + 1])], "\(plan2)")
        XCTAssertEqual(plan2.arenaBytes, 0)

        // A value used twice by the same node (e · e) and swish after a convolution.
        var k = Graph()
        let kx = try k.add("x", .placeholder(dtype: .float32, shape: [3, 4]))
        let e = try k.add("e", .unary(.exp), [kx])
        try k.add("sq", .binary(.mul), [e, e])
        let (plan3, _) = try checkGraph(k, outputs: ["sq"], tolerance: .transcendental(.float32))
        XCTAssertEqual(plan3.kernels.count, 1, "\(plan3)")
        var c = Graph()
        let cx = try c.add("x", .placeholder(dtype: .float32, shape: [1, 6, 5, 8]))
        let conv = try c.add("conv", .conv2D(Conv2DAttributes(padding: .same)), [cx, try c.add("w", .placeholder(dtype: .float32, shape: [3, 3, 1, 8]))])
        let biased = try c.add("biased", .biasAdd(.nhwc), [conv, try c.add("bias", .placeholder(dtype: .float32, shape: [8]))])
        let sigmoid = try c.add("sigmoid", .unary(.sigmoid), [biased])
        let swish = try c.add("swish", .binary(.mul), [biased, sigmoid])
        let (plan4, _) = try checkGraph(c, outputs: ["swish"], tolerance: Tolerance(rtol: 1e-5, atol: 1e-5))
        XCTAssertEqual(plan4.kernels.map(\.kind), [.compute(anchor: conv.node, body: [biased.node, sigmoid.node, swish.node])], "\(plan4)")

        // A value read by the anchor and by the anchor's epilogue (a residual add) stays in memory:
        // the anchor reads its inputs from there.
        var residual = Graph()
        let rx = try residual.add("x", .placeholder(dtype: .float32, shape: [1, 5, 6, 8]))
        let relu = try residual.add("relu", .unary(.relu), [rx])
        let rconv = try residual.add("conv", .conv2D(Conv2DAttributes(padding: .same)), [relu, try residual.add("w", .placeholder(dtype: .float32, shape: [3, 3, 8, 8]))])
        let add = try residual.add("add", .binary(.add), [rconv, relu])
        let (plan5, _) = try checkGraph(residual, outputs: ["add"], tolerance: .accumulation(.float32, k: 72))
        XCTAssertNotNil(plan5.buffer(of: relu), "\(plan5)")
        XCTAssertEqual(plan5.kernels.map(\.kind), [.compute(anchor: nil, body: [relu.node]), .compute(anchor: rconv.node, body: [add.node])], "\(plan5)")
    }

    /// Broadcast operands are never fused into a consumer of another shape (they are materialised
    /// at their own size and read by coordinates).
    func testBroadcastProducerIsNotFusedAcrossShapes() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [3, 1]))
        let y = try g.add("y", .placeholder(dtype: .float32, shape: [1, 4]))
        let ex = try g.add("ex", .unary(.neg), [x])
        let ey = try g.add("ey", .unary(.abs), [y])
        let s = try g.add("s", .binary(.sub), [ex, ey])
        try g.add("out", .unary(.square), [s])
        let (plan, _) = try checkGraph(g, outputs: ["out"])
        XCTAssertEqual(plan.kernels.count, 3, "\(plan)")
        XCTAssertEqual(plan.kernels.last?.kind, .compute(anchor: nil, body: [s.node, s.node + 1]))
    }

    // MARK: memory

    /// Five MatMuls in a chain: each intermediate dies after the next layer reads it, so the arena holds
    /// two at a time, not four.
    func testArenaReusesMemoryAcrossAChain() throws {
        var g = Graph()
        var h = try g.add("x", .placeholder(dtype: .float32, shape: [16, 32]))
        for layer in 0..<5 {
            let w = try g.add("w\(layer)", .placeholder(dtype: .float32, shape: [32, 32]))
            h = try g.add("mm\(layer)", .matMul(transposeA: false, transposeB: false), [h, w])
            h = try g.add("act\(layer)", .unary(.tanh), [h])
        }
        let (plan, _) = try checkGraph(g, outputs: ["act4"], tolerance: Tolerance(rtol: 1e-4, atol: 1e-4))
        let arena = plan.buffers.filter { if case .arena = $0.kind { return true } else { return false } }
        XCTAssertEqual(arena.count, 4, "\(plan)")
        let total = arena.reduce(0) { $0 + $1.byteCount }
        XCTAssertLessThan(plan.arenaBytes, total, "\(plan)")
        XCTAssertEqual(plan.arenaBytes, 2 * 16 * 32 * 4, "\(plan)")
        // Buffers live at the same time never overlap.
        assertLiveBuffersDisjoint(plan)
    }

    /// A wider graph where liveness is not a simple chain: a long-lived value crosses several layers.
    func testArenaKeepsLongLivedValuesApart() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [8, 8]))
        let w = try g.add("w", .placeholder(dtype: .float32, shape: [8, 8]))
        let keep = try g.add("keep", .matMul(transposeA: false, transposeB: false), [x, w])
        var h = keep
        for layer in 0..<4 {
            h = try g.add("mm\(layer)", .matMul(transposeA: false, transposeB: true), [h, w])
            h = try g.add("sm\(layer)", .softmax, [h])
        }
        let sum = try g.add("sum", .binary(.add), [h, keep])
        try g.add("out", .reduce(.sum, axes: [1], keepDims: false), [sum])
        let (plan, _) = try checkGraph(g, outputs: ["out"], tolerance: Tolerance(rtol: 1e-5, atol: 1e-5))
        assertLiveBuffersDisjoint(plan)
        let arena = plan.buffers.filter { if case .arena = $0.kind { return true } else { return false } }
        XCTAssertLessThan(plan.arenaBytes, arena.reduce(0) { $0 + $1.byteCount }, "\(plan)")
    }

    /// Checks the memory plan directly: two arena buffers alive during the same kernel do not overlap.
    func assertLiveBuffersDisjoint(_ plan: ExecutionPlan, file: StaticString = #filePath, line: UInt = #line) {
        var first: [Int: Int] = [:], last: [Int: Int] = [:]
        for (k, kernel) in plan.kernels.enumerated() {
            if first[kernel.output] == nil { first[kernel.output] = k }
            last[kernel.output] = max(last[kernel.output] ?? k, k)
            for v in kernel.operands { if let b = plan.valueBuffer[v] { last[b] = k } }
        }
        let arena: [(Buffer, Int)] = plan.buffers.compactMap { b in
            if case .arena(let offset) = b.kind { return (b, offset) } else { return nil }
        }
        for (i, (a, ao)) in arena.enumerated() {
            XCTAssertLessThanOrEqual(ao + a.byteCount, plan.arenaBytes, file: file, line: line)
            XCTAssertEqual(ao % bufferAlignment, 0, file: file, line: line)
            for (b, bo) in arena[(i + 1)...] {
                guard let fa = first[a.id], let la = last[a.id], let fb = first[b.id], let lb = last[b.id] else { continue }
                let liveTogether = fa <= lb && fb <= la
                let overlap = ao < bo + b.byteCount && bo < ao + a.byteCount
                XCTAssertFalse(liveTogether && overlap, "b\(a.id) and b\(b.id) overlap while both live\n\(plan)", file: file, line: line)
            }
        }
    }

    // MARK: outputs

    func testIdentityOutputs() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [3, 4]))
        let e = try g.add("e", .unary(.exp), [x])
        try g.add("id", .identity, [e])
        let idx = try g.add("idx", .identity, [x])
        try g.add("idid", .identity, [idx])
        let (plan, out) = try checkGraph(g, outputs: ["id", "idx", "idid", "e"], tolerance: .transcendental(.float32))
        XCTAssertEqual(out[0].bytes, out[3].bytes)
        XCTAssertEqual(out[1].bytes, out[2].bytes)
        _ = plan
    }

    func testPlaceholderAndConstantOutputs() throws {
        var g = Graph()
        try g.add("x", .placeholder(dtype: .float32, shape: [2, 3]))
        try g.add("unused", .placeholder(dtype: .int32, shape: [4]))
        try g.add("c", .constant(Tensor(shape: [2, 2], int32s: [1, -2, 3, Int32.max])))
        try g.add("scalar", .constant(Tensor(shape: [], doubles: [-0.5])))
        let (plan, out) = try checkGraph(g, outputs: ["x", "c", "scalar", "unused"])
        XCTAssertEqual(plan.inputNames, ["x", "unused"])
        XCTAssertEqual(out[1].scalars(as: Int32.self), [1, -2, 3, Int32.max])
        XCTAssertEqual(out[2].scalars(as: Double.self), [-0.5])
    }

    func testSameNodeRequestedTwice() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [4, 5]))
        let w = try g.add("w", .placeholder(dtype: .float32, shape: [5, 3]))
        let mm = try g.add("mm", .matMul(transposeA: false, transposeB: false), [x, w])
        try g.add("r", .unary(.relu), [mm])
        let (_, out) = try checkGraph(g, outputs: ["r", "r", "x", "r", "x"], tolerance: .accumulation(.float32, k: 5))
        XCTAssertEqual(out[0].bytes, out[1].bytes)
        XCTAssertEqual(out[0].bytes, out[3].bytes)
        XCTAssertEqual(out[2].bytes, out[4].bytes)
    }

    func testReshapeOutputs() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2, 3, 4]))
        let e = try g.add("e", .unary(.abs), [x])
        let r = try g.add("r", .reshape([6, -1]), [e])
        try g.add("rx", .reshape([24]), [x])
        let rr = try g.add("rr", .reshape([4, 6]), [r])
        let v = try g.add("v", .placeholder(dtype: .float32, shape: [6]))
        try g.add("after", .binary(.mul), [rr, v])
        let (_, out) = try checkGraph(g, outputs: ["r", "rx", "rr", "after", "e"])
        XCTAssertEqual(out[0].shape, [6, 4])
        XCTAssertEqual(out[1].shape, [24])
        XCTAssertEqual(out[2].shape, [4, 6])
        XCTAssertEqual(out[0].bytes, out[4].bytes)
    }

    /// Bool and int64 tensors pass through copies and aliases byte for byte.
    func testBoolAndInt64PassThrough() throws {
        var g = Graph()
        let mask = try g.add("mask", .placeholder(dtype: .bool, shape: [3, 5]))
        let id = try g.add("id", .identity, [mask])
        try g.add("flat", .reshape([15]), [id])
        try g.add("cb", .constant(Tensor(shape: [3], bools: [true, false, true])))
        let big = try g.add("big", .placeholder(dtype: .int64, shape: [2, 2]))
        try g.add("bigT", .reshape([4, 1]), [big])
        let (_, out) = try checkGraph(g, outputs: ["flat", "id", "cb", "bigT", "mask"])
        XCTAssertEqual(out[0].bytes, out[1].bytes)
        XCTAssertEqual(out[2].bytes, [1, 0, 1])
    }

    /// Intermediates of what would be one fused kernel, requested as outputs, are still correct, and
    /// the rest of the chain still matches.
    func testInnerNodesOfFusedChainsAsOutputs() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [1, 6, 6, 2]))
        let w = try g.add("w", .placeholder(dtype: .float32, shape: [3, 3, 2, 4]))
        let bias = try g.add("bias", .placeholder(dtype: .float32, shape: [4]))
        let conv = try g.add("conv", .conv2D(Conv2DAttributes(padding: .same)), [x, w])
        let biased = try g.add("biased", .biasAdd(.nhwc), [conv, bias])
        let relu = try g.add("relu", .unary(.relu), [biased])
        let sq = try g.add("sq", .unary(.square), [relu])
        try g.add("out", .unary(.neg), [sq])
        let tol = Tolerance.accumulation(.float32, k: 18)
        for outputs in [["biased", "out"], ["conv", "out"], ["relu"], ["out", "conv", "biased", "relu", "sq"], ["sq", "conv"]] {
            let (plan, _) = try checkGraph(g, outputs: outputs, tolerance: tol)
            for name in outputs {
                XCTAssertNotNil(plan.buffer(of: g.value(named: name)!), "\(outputs): \(name) must be materialised\n\(plan)")
            }
        }
        _ = (relu, sq)
    }

    /// Values no output needs are allowed in the graph (and do not disturb the outputs).
    func testUnneededNodes() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [4]))
        try g.add("dead", .unary(.exp), [x])
        let live = try g.add("live", .unary(.neg), [x])
        try g.add("dead2", .reduce(.sum, axes: [0], keepDims: false), [live])
        try checkGraph(g, outputs: ["live"])
    }

    /// A zero-sized tensor flows through element-wise ops, a reduction and MatMul.
    func testZeroSizedTensors() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [0, 3]))
        let y = try g.add("y", .unary(.exp), [x])
        try g.add("s", .reduce(.sum, axes: [0], keepDims: false), [y])
        try g.add("m", .reduce(.max, axes: [0], keepDims: true), [y])
        let w = try g.add("w", .placeholder(dtype: .float32, shape: [3, 2]))
        try g.add("mm", .matMul(transposeA: false, transposeB: false), [y, w])
        let a = try g.add("a", .placeholder(dtype: .float32, shape: [2, 0]))
        let b = try g.add("b", .placeholder(dtype: .float32, shape: [0, 3]))
        try g.add("k0", .matMul(transposeA: false, transposeB: false), [a, b])
        let (_, out) = try checkGraph(g, outputs: ["y", "s", "m", "mm", "k0"])
        XCTAssertEqual(out[1].scalars(as: Float.self), [0, 0, 0])
        XCTAssertEqual(out[2].scalars(as: Float.self), [-.infinity, -.infinity, -.infinity])
        XCTAssertEqual(out[4].scalars(as: Float.self), [0, 0, 0, 0, 0, 0])
    }

    // MARK: repeated runs

    /// A compiled function runs many times with the same arena: every run gives the same bits, and
    /// runs with other inputs in between do not leak into it.
    func testRepeatedRunsAreIdentical() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [3, 8]))
        let w = try g.add("w", .placeholder(dtype: .float32, shape: [8, 5]))
        let mm = try g.add("mm", .matMul(transposeA: false, transposeB: false), [x, w])
        let sm = try g.add("sm", .softmax, [mm])
        let t = try g.add("t", .unary(.tanh), [sm])
        try g.add("sum", .reduce(.sum, axes: [0], keepDims: false), [t])
        try g.add("ex", .unary(.exp), [mm])
        let c = try jit(g, outputs: ["sum", "ex"], level: 3)
        var rng = SeededGenerator(seed: 42)
        let inputs = try [randomTensor(.float32, [3, 8], using: &rng), randomTensor(.float32, [8, 5], using: &rng)]
        let other = try [randomTensor(.float32, [3, 8], using: &rng), randomTensor(.float32, [8, 5], using: &rng)]
        let first = try c.executable.run(inputs)
        let expected = try evaluate(g, feeds: ["x": inputs[0], "w": inputs[1]], fetch: [g.value(named: "sum")!, g.value(named: "ex")!])
        XCTAssertNil(mismatch(first[0], expected[0], relativeTolerance: 1e-5, absoluteTolerance: 1e-5))
        XCTAssertNil(mismatch(first[1], expected[1], relativeTolerance: 1e-5, absoluteTolerance: 1e-5))
        var differing = 0
        for i in 0..<1000 {
            if i % 100 == 50 { _ = try c.executable.run(other) }
            let again = try c.executable.run(inputs)
            if again.map(\.bytes) != first.map(\.bytes) { differing += 1 }
        }
        XCTAssertEqual(differing, 0)
    }
}
