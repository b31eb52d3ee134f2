import Autodiff
import GraphIR
import Reference
import XCTest

/// Grouped and depthwise convolutions, inference batch norm as the importer writes it, and
/// image resizing, against finite differences.
final class ConvolutionFamilyGradientTests: XCTestCase {
    /// (input H, W, channels, filter [KH,KW,C/G,F], attributes) in both data formats.
    static let groupedCases: [(Int, Int, Int, [Int], Conv2DAttributes)] = DataFormat.allCases.flatMap { format in
        [
            (5, 5, 4, [3, 3, 1, 4], Conv2DAttributes(padding: .same, dataFormat: format)),
            (6, 5, 3, [3, 2, 1, 6], Conv2DAttributes(strideH: 2, strideW: 2, padding: .same, dataFormat: format)),
            (7, 6, 2, [2, 2, 1, 4], Conv2DAttributes(dilationH: 2, dilationW: 2, padding: .valid, dataFormat: format)),
            (5, 6, 4, [3, 3, 2, 6], Conv2DAttributes(padding: .explicit(top: 1, bottom: 0, left: 0, right: 2), dataFormat: format)),
        ]
    }

    func testGroupedConv2DInputAndFilter() throws {
        for (h, w, c, filter, attributes) in Self.groupedCases {
            var t = TestGraph(seed: 41)
            let x = try t.input("x", attributes.dataFormat == .nhwc ? [2, h, w, c] : [2, c, h, w])
            let f = try t.input("f", filter)
            let y = try t.add("conv", .conv2D(attributes), [x, f])
            t.check(y, wrt: ["x", "f"], "\(h)x\(w)x\(c) filter \(filter) \(attributes)")
        }
    }

    /// DepthwiseConv2dNative as imported: the filter [KH,KW,C,M] seen as [KH,KW,1,C·M].
    func testDepthwiseWithMultiplierThroughTheFilterReshape() throws {
        for (multiplier, attributes) in [(1, Conv2DAttributes(padding: .same)), (2, Conv2DAttributes(strideH: 2, strideW: 2, padding: .valid)),
                                         (3, Conv2DAttributes(dilationH: 2, dilationW: 1, padding: .same, dataFormat: .nchw))] {
            var t = TestGraph(seed: 42)
            let x = try t.input("x", attributes.dataFormat == .nhwc ? [1, 6, 5, 3] : [1, 3, 6, 5])
            let f = try t.input("f", [3, 3, 3, multiplier])
            let grouped = try t.add("filter_grouped", .reshape([3, 3, 1, 3 * multiplier]), [f])
            let y = try t.add("depthwise", .conv2D(attributes), [x, grouped])
            t.check(y, wrt: ["x", "f"], "multiplier \(multiplier) \(attributes)")
        }
    }

    /// FusedBatchNorm's composite: `x·s + (offset - mean·s)`, `s = scale·rsqrt(variance + eps)`,
    /// the vectors reshaped to [C,1,1] for NCHW; every input differentiates through primitives.
    func testFusedBatchNormComposite() throws {
        for format in DataFormat.allCases {
            var t = TestGraph(seed: 43)
            let x = try t.input("x", format == .nhwc ? [2, 3, 2, 4] : [2, 4, 3, 2])
            let scale = try t.input("scale", [4]), offset = try t.input("offset", [4]), mean = try t.input("mean", [4])
            let variance = try t.input("variance", [4], in: 0.2...2)
            let eps = try t.add("eps", .constant(Tensor(shape: [], doubles: [0.001])), [])
            let inverse = try t.add("rsqrt", .unary(.rsqrt), [try t.add("add_eps", .binary(.add), [variance, eps])])
            var factor = try t.add("factor", .binary(.mul), [scale, inverse])
            var shift = try t.add("shift", .binary(.sub), [offset, try t.add("mean_scaled", .binary(.mul), [mean, factor])])
            if format == .nchw {
                factor = try t.add("factor_nchw", .reshape([-1, 1, 1]), [factor])
                shift = try t.add("shift_nchw", .reshape([-1, 1, 1]), [shift])
            }
            let y = try t.add("bn", .binary(.add), [try t.add("scaled", .binary(.mul), [x, factor]), shift])
            t.check(y, wrt: ["x", "scale", "offset", "mean", "variance"], "\(format)")
        }
    }

    func testResizeWithRespectToTheImage() throws {
        let sizes: [([Int], Int, Int)] = [([2, 3, 4, 2], 5, 7), ([1, 6, 5, 1], 4, 2), ([1, 1, 2, 3], 3, 3)]
        for (shape, h, w) in sizes {
            for method in ResizeMethod.allCases {
                for (align, half) in [(false, false), (true, false), (false, true)] {
                    var t = TestGraph(seed: 44)
                    let r = ResizeAttributes(method: method, height: h, width: w, alignCorners: align, halfPixelCenters: half)
                    // Bilinear is float32 in TensorFlow; the checker needs float64, so cast around it.
                    let x = try t.input("x", shape)
                    let y: Value
                    if method == .bilinear {
                        let image = try t.add("to_float", .cast(.float32), [x])
                        y = try t.add("back", .cast(.float64), [try t.add("resize", .resize(r), [image])])
                    } else {
                        y = try t.add("resize", .resize(r), [x])
                    }
                    let checker = method == .bilinear ? GradientChecker(step: 1e-2, relativeTolerance: 1e-3, absoluteTolerance: 1e-4)
                                                      : GradientChecker()
                    t.check(y, wrt: ["x"], "\(shape) -> \(h)x\(w) \(method) align=\(align) half=\(half)", checker: checker)
                }
            }
        }
    }

    /// ONNX's rules use the same taps for the gradient: a non-ratio scale, downsampling, an axis of scale 1.
    func testONNXResizeWithRespectToTheImage() throws {
        let sizes: [([Int], Int, Int, Float, Float)] = [([1, 5, 4, 2], 7, 9, 1.5, 2.3), ([2, 6, 5, 1], 3, 5, 0.6, 1)]
        for (shape, h, w, sh, sw) in sizes {
            for coordinates in ONNXResizeRule.Coordinates.allCases {
                for method in ResizeMethod.allCases {
                    var t = TestGraph(seed: 45)
                    let rule = ONNXResizeRule(coordinates: coordinates, nearest: .roundPreferCeil, scaleH: sh, scaleW: sw)
                    let r = ResizeAttributes(method: method, height: h, width: w, rule: .onnx(rule))
                    let x = try t.input("x", shape)
                    let image = try t.add("to_float", .cast(.float32), [x])
                    let y = try t.add("back", .cast(.float64), [try t.add("resize", .resize(r), [image])])
                    let checker = GradientChecker(step: 1e-2, relativeTolerance: 1e-3, absoluteTolerance: 1e-4)
                    t.check(y, wrt: ["x"], "\(shape) -> \(h)x\(w) \(method) \(coordinates)", checker: checker)
                }
            }
        }
    }
}
