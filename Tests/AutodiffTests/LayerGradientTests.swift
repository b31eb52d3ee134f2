import Autodiff
import GraphIR
import Reference
import XCTest

/// MatMul, Conv2D, pooling and BiasAdd, over their attribute combinations.
final class LayerGradientTests: XCTestCase {
    func testMatMulAllTransposes() throws {
        let (m, k, n) = (2, 3, 4)
        for ta in [false, true] {
            for tb in [false, true] {
                var t = TestGraph(seed: 21)
                let a = try t.input("a", ta ? [k, m] : [m, k])
                let b = try t.input("b", tb ? [n, k] : [k, n])
                let y = try t.add("mm", .matMul(transposeA: ta, transposeB: tb), [a, b])
                t.check(y, wrt: ["a", "b"], "transpose_a=\(ta) transpose_b=\(tb)")
            }
        }
    }

    /// (input H, W, kernel KH, KW, attributes): every padding kind, strides including ones larger
    /// than the kernel, dilation 2, in both data formats.
    static let convCases: [(Int, Int, Int, Int, Conv2DAttributes)] = {
        var cases: [(Int, Int, Int, Int, Conv2DAttributes)] = []
        for format in DataFormat.allCases {
            cases += [
                (5, 5, 3, 3, Conv2DAttributes(padding: .valid, dataFormat: format)),
                (5, 6, 3, 2, Conv2DAttributes(padding: .same, dataFormat: format)),
                (4, 5, 2, 3, Conv2DAttributes(padding: .explicit(top: 1, bottom: 0, left: 2, right: 1), dataFormat: format)),
                (6, 7, 3, 3, Conv2DAttributes(strideH: 2, strideW: 2, padding: .same, dataFormat: format)),
                (7, 6, 2, 2, Conv2DAttributes(strideH: 3, strideW: 3, padding: .valid, dataFormat: format)),
                (7, 8, 2, 2, Conv2DAttributes(strideH: 3, strideW: 4, padding: .same, dataFormat: format)),
                (6, 6, 2, 3, Conv2DAttributes(dilationH: 2, dilationW: 2, padding: .valid, dataFormat: format)),
                (5, 6, 3, 2, Conv2DAttributes(dilationH: 2, dilationW: 2, padding: .same, dataFormat: format)),
                (6, 5, 2, 2, Conv2DAttributes(strideH: 2, strideW: 1, dilationH: 2, dilationW: 2,
                                              padding: .explicit(top: 0, bottom: 2, left: 1, right: 1), dataFormat: format)),
            ]
        }
        return cases
    }()

    func testConv2DInputAndFilter() throws {
        let (batch, channels, filters) = (2, 2, 3)
        for (h, w, kh, kw, attributes) in Self.convCases {
            var t = TestGraph(seed: 22)
            let shape = attributes.dataFormat == .nhwc ? [batch, h, w, channels] : [batch, channels, h, w]
            let x = try t.input("x", shape)
            let f = try t.input("f", [kh, kw, channels, filters])
            let y = try t.add("conv1/Conv2D", .conv2D(attributes), [x, f])
            t.check(y, wrt: ["x", "f"], "\(h)x\(w) kernel \(kh)x\(kw) \(attributes)")
        }
    }

    func testPools() throws {
        var cases: [(Int, Int, PoolAttributes)] = []
        for format in DataFormat.allCases {
            for kind in [PoolKind.max, .avg] {
                cases += [
                    (4, 4, PoolAttributes(kind: kind, windowH: 2, windowW: 2, strideH: 2, strideW: 2, padding: .valid, dataFormat: format)),
                    (5, 5, PoolAttributes(kind: kind, windowH: 3, windowW: 3, strideH: 2, strideW: 2, padding: .same, dataFormat: format)),
                    (5, 6, PoolAttributes(kind: kind, windowH: 2, windowW: 3, strideH: 1, strideW: 1, padding: .same, dataFormat: format)),
                    (7, 7, PoolAttributes(kind: kind, windowH: 2, windowW: 2, strideH: 3, strideW: 3, padding: .valid, dataFormat: format)),
                ]
            }
            cases.append((4, 5, PoolAttributes(kind: .max, windowH: 2, windowW: 2, strideH: 2, strideW: 2,
                                               padding: .explicit(top: 1, bottom: 0, left: 1, right: 1), dataFormat: format)))
        }
        for (h, w, p) in cases {
            var t = TestGraph(seed: 23)
            let x = try t.input("x", p.dataFormat == .nhwc ? [2, h, w, 3] : [2, 3, h, w])
            let out = try t.add("pool", .pool(p), [x])
            t.check(out, wrt: ["x"], "\(h)x\(w) \(p)")
        }
    }

    func testBiasAddReducesAllButTheChannelAxis() throws {
        let cases: [([Int], DataFormat, Int)] = [([2, 3, 4, 5], .nhwc, 5), ([2, 3, 4, 5], .nchw, 3), ([4, 3], .nhwc, 3),
                                                 ([2, 3, 4], .nchw, 3), ([3, 2], .nchw, 2)]
        for (shape, format, channels) in cases {
            var t = TestGraph(seed: 24)
            let x = try t.input("x", shape)
            let b = try t.input("b", [channels])
            let out = try t.add("bias", .biasAdd(format), [x, b])
            t.check(out, wrt: ["x", "b"], "\(shape) \(format)")
        }
    }
}
