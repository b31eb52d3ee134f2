import GraphIR
import LLVMKit

/// The sizes a convolution and its two gradients share: input dimensions in the data format's
/// order, the HWIO filter's, and the geometry of each spatial axis.
struct ConvGeometry {
    let batch, height, width, channels: Int
    let kh, kw, filters: Int
    let gh, gw: AxisGeometry

    init(_ c: Conv2DAttributes, input xs: [Int], filter fs: [Int]) throws {
        let ax = c.dataFormat.axes
        (batch, height, width, channels) = (xs[ax.n], xs[ax.h], xs[ax.w], xs[ax.c])
        (kh, kw, filters) = (fs[0], fs[1], fs[3])
        gh = try AxisGeometry(input: height, window: kh, stride: c.strideH, dilation: c.dilationH, padding: c.padding, isHeight: true)
        gw = try AxisGeometry(input: width, window: kw, stride: c.strideW, dilation: c.dilationW, padding: c.padding, isHeight: false)
    }
}

extension KernelEmitter {
    /// The input coordinate under window position `k` of output `o` (may lie in the padding).
    func inputCoordinate(_ o: IRValue, _ k: IRValue, _ g: AxisGeometry) -> IRValue {
        let base = b.add(b.mulNSW(o, i64(g.stride)), i64(-g.padBefore))
        return b.addNSW(base, g.dilation == 1 ? k : b.mulNSW(k, i64(g.dilation)))
    }
}
