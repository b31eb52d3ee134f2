/// Grouped convolution, as TensorFlow defines it: no attribute, the shapes say it. A filter
/// `[KH,KW,Cg,F]` over an input of `C` channels, where `Cg` divides `C`, splits the channels into
/// `G = C / Cg` groups; output channel `f` belongs to group `f / (F / G)` and sums over input
/// channels `g·Cg ..< (g+1)·Cg` only. `G = 1` is the ordinary convolution, `Cg = 1` a depthwise one
/// (TensorFlow's `DepthwiseConv2dNative` with multiplier `M` is the filter reshaped to
/// `[KH,KW,1,C·M]`: output channel `c·M + m` reads input channel `c`).
///
/// Shapes rather than an attribute: TensorFlow's Conv2D has none, so an attribute could only
/// disagree with the shapes, and every later stage (gradients, folding, export) stays as it is.
public func convolutionGroups(channels: Int, filter fs: [Int]) throws -> Int {
    let (perGroup, outputs) = (fs[2], fs[3])
    if channels == perGroup { return 1 }
    guard perGroup > 0, channels % perGroup == 0 else {
        throw ShapeError("input has \(channels) channels but the filter expects \(perGroup)")
    }
    let groups = channels / perGroup
    if outputs >= 0, outputs % groups != 0 {
        throw ShapeError("the filter's \(outputs) output channels are not a multiple of the \(groups) groups (input \(channels) channels, filter \(perGroup) per group)")
    }
    return groups
}
