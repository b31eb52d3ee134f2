import GraphIR
import LLVMKit
import XCTest

/// Every op of the table, JIT-compiled at O3 (with and without a fused epilogue, and a sample at
/// O0), against the Reference evaluator. One test per family so a failure says where to look.
final class OpMatrixTests: XCTestCase {
    func testUnary() { runMatrix(OpMatrix.unary) }
    func testUnarySpecialValues() { runMatrix(OpMatrix.unarySpecial) }
    func testBinaryBroadcasting() { runMatrix(OpMatrix.binary) }
    func testBinarySpecialValues() { runMatrix(OpMatrix.binarySpecial) }
    func testIdentity() { runMatrix(OpMatrix.identity) }
    func testMatMul() { runMatrix(OpMatrix.matMul) }
    func testConv2D() { runMatrix(OpMatrix.conv2D) }
    func testPool() { runMatrix(OpMatrix.pool) }
    func testBiasAdd() { runMatrix(OpMatrix.biasAdd) }
    func testSoftmax() { runMatrix(OpMatrix.softmax) }
    func testReshape() { runMatrix(OpMatrix.reshape) }
    func testReduce() { runMatrix(OpMatrix.reduce) }
    func testCompare() { runMatrix(OpMatrix.compare) }
    func testSelect() { runMatrix(OpMatrix.select) }
    func testCast() { runMatrix(OpMatrix.cast) }
    func testBroadcastTo() { runMatrix(OpMatrix.broadcastTo) }
    func testRandomUniform() { runMatrix(OpMatrix.randomUniform) }
    func testCrossEntropy() { runMatrix(OpMatrix.crossEntropy) }
    func testArgMax() { runMatrix(OpMatrix.argMax) }
    func testTranspose() { runMatrix(OpMatrix.transpose) }
    func testReverse() { runMatrix(OpMatrix.reverse) }
    func testConv2DBackprop() { runMatrix(OpMatrix.convGrad) }
    func testPoolGrad() { runMatrix(OpMatrix.poolGrad) }
    func testGroupedConv2D() { runMatrix(OpMatrix.groupedConv) }
    func testGroupedConv2DBackprop() { runMatrix(OpMatrix.groupedConvGrad) }
    func testResize() { runMatrix(OpMatrix.resize) }
    func testResizeGrad() { runMatrix(OpMatrix.resizeGrad) }
    func testWinograd() { runMatrix(OpMatrix.winograd) }

    /// The convolution and MatMul kernels' register tiles depend on the vector width and register count:
    /// run them again as code for this x86-64 host with AVX-512, then AVX, switched off.
    func testConvolutionsOnNarrowerVectors() throws {
        for target in try narrowedHostTargets() {
            // Packed filters are packed for one target's block width: those of the host give way to the narrowed target's.
            let unpacked = OpMatrix.conv2D.filter { if case .conv2D(let c) = $0.op { return c.filterBlock == 0 } else { return true } }
            runMatrix(unpacked + OpMatrix.packedConv2D(for: target) + OpMatrix.convGrad + OpMatrix.matMul + OpMatrix.groupedConv, target: target)
        }
    }

    /// The matrix reaches every op of the table and every attribute value.
    func testMatrixCoversEveryOpAndAttribute() {
        let ops = OpMatrix.all.map(\.op)
        for u in UnaryOp.allCases { XCTAssertTrue(ops.contains(.unary(u)), "no case for \(u)") }
        for b in BinaryOp.allCases { XCTAssertTrue(ops.contains(.binary(b)), "no case for \(b)") }
        for ta in [false, true] {
            for tb in [false, true] { XCTAssertTrue(ops.contains(.matMul(transposeA: ta, transposeB: tb))) }
        }
        for kind in ReduceKind.allCases {
            for keep in [false, true] {
                XCTAssertTrue(ops.contains { if case .reduce(kind, _, keep) = $0 { return true } else { return false } })
            }
        }
        for format in DataFormat.allCases {
            XCTAssertTrue(ops.contains(.biasAdd(format)))
            XCTAssertTrue(ops.contains { if case .conv2D(let c) = $0 { return c.dataFormat == format } else { return false } })
            for kind in [PoolKind.max, .avg] {
                for padding in [Padding.valid, .same] {
                    XCTAssertTrue(ops.contains {
                        if case .pool(let p) = $0 { return p.dataFormat == format && p.kind == kind && p.padding == padding }
                        return false
                    }, "no \(kind) pool \(format) \(padding)")
                }
            }
            for padding in [Padding.valid, .same] {
                XCTAssertTrue(ops.contains { if case .conv2D(let c) = $0 { return c.dataFormat == format && c.padding == padding } else { return false } })
            }
        }
        XCTAssertTrue(ops.contains { if case .conv2D(let c) = $0, case .explicit = c.padding { return true } else { return false } })
        XCTAssertTrue(ops.contains { if case .conv2D(let c) = $0 { return c.dilationH == 2 && c.dilationW == 2 } else { return false } })
        for c in CompareOp.allCases { XCTAssertTrue(ops.contains(.compare(c)), "no case for \(c)") }
        for from in DType.allCases {
            for to in DType.allCases {
                XCTAssertTrue(OpMatrix.all.contains { $0.op == .cast(to) && $0.inputs[0].dtype == from }, "no cast \(from) -> \(to)")
            }
        }
        for t in [DType.int32, .int64] {
            XCTAssertTrue(ops.contains { if case .argMax(_, t) = $0 { return true } else { return false } }, "no argmax to \(t)")
        }
        XCTAssertTrue(ops.contains(.select))
        XCTAssertTrue(ops.contains(.sparseSoftmaxCrossEntropy))
        XCTAssertTrue(ops.contains(.softmaxCrossEntropy))
        XCTAssertTrue(ops.contains { if case .randomUniform = $0 { return true } else { return false } })
        XCTAssertTrue(ops.contains { if case .broadcastTo = $0 { return true } else { return false } })
        XCTAssertTrue(ops.contains { if case .transpose = $0 { return true } else { return false } })
        for d in DType.allCases {
            XCTAssertTrue(OpMatrix.all.contains { if case .reverse = $0.op { return $0.inputs[0].dtype == d } else { return false } },
                          "no reverse of \(d)")
        }
        for format in DataFormat.allCases {
            for padding in [Padding.valid, .same] {
                XCTAssertTrue(ops.contains { if case .conv2DBackpropInput(let c, _) = $0 { return c.dataFormat == format && c.padding == padding } else { return false } })
                XCTAssertTrue(ops.contains { if case .conv2DBackpropFilter(let c, _) = $0 { return c.dataFormat == format && c.padding == padding } else { return false } })
                XCTAssertTrue(ops.contains { if case .maxPoolGrad(let p) = $0 { return p.dataFormat == format && p.padding == padding } else { return false } })
                XCTAssertTrue(ops.contains { if case .avgPoolGrad(let p, _) = $0 { return p.dataFormat == format && p.padding == padding } else { return false } })
            }
            XCTAssertTrue(ops.contains {
                if case .conv2DBackpropInput(let c, _) = $0, case .explicit = c.padding { return c.dataFormat == format && c.dilationW == 2 }
                return false
            })
            XCTAssertTrue(ops.contains {
                if case .conv2DBackpropFilter(let c, _) = $0, case .explicit = c.padding { return c.dataFormat == format && c.dilationW == 2 }
                return false
            })
            XCTAssertTrue(ops.contains { if case .maxPoolGrad(let p) = $0, case .explicit = p.padding { return p.dataFormat == format } else { return false } })
        }
        for method in ResizeMethod.allCases {
            for (align, half) in OpMatrix.resizeFlags {
                XCTAssertTrue(ops.contains { if case .resize(let r) = $0 { return r.method == method && r.alignCorners == align && r.halfPixelCenters == half } else { return false } })
                XCTAssertTrue(ops.contains { if case .resizeGrad(let r, _) = $0 { return r.method == method && r.alignCorners == align && r.halfPixelCenters == half } else { return false } })
            }
            for coordinates in ONNXResizeRule.Coordinates.allCases {
                XCTAssertTrue(ops.contains { if case .resize(let r) = $0, case .onnx(let o) = r.rule { return r.method == method && o.coordinates == coordinates } else { return false } })
            }
        }
        for mode in ONNXResizeRule.Nearest.allCases {
            XCTAssertTrue(ops.contains { if case .resize(let r) = $0, case .onnx(let o) = r.rule { return r.method == .nearest && o.nearest == mode } else { return false } }, "\(mode)")
        }
        XCTAssertTrue(OpMatrix.all.contains { if case .conv2D = $0.op { return $0.inputs[1].shape[2] == 1 && $0.inputs[0].shape.count == 4 } else { return false } },
                      "no depthwise convolution")
        XCTAssertTrue(ops.contains(.softmax))
        XCTAssertTrue(ops.contains(.identity))
        XCTAssertTrue(ops.contains { if case .reshape = $0 { return true } else { return false } })
        print("op matrix: \(OpMatrix.all.count) cases")
    }
}

/// This x86-64 host's target with AVX-512, then AVX (and the extensions that need it), switched off.
func narrowedHostTargets() throws -> [TargetDescription] {
    let host = TargetDescription.host
    guard host.triple.hasPrefix("x86_64") else { throw XCTSkip("narrowing features is written for x86-64 hosts") }
    return ["+avx512", "+avx"].map { family in
        let features = host.features.split(separator: ",").map { f in
            f.hasPrefix(family) || (family == "+avx" && (f.hasPrefix("+fma") || f.hasPrefix("+f16c") || f.hasPrefix("+vaes") || f.hasPrefix("+vpclmul")))
                ? "-" + f.dropFirst() : String(f)
        }.joined(separator: ",")
        return TargetDescription(triple: host.triple, cpu: "x86-64", features: features)
    }
}
