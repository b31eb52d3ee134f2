import GraphIR
import LLVMKit

/// The sizes a convolution and its two gradients share: input dimensions in the data format's
/// order, the HWIO filter's, and the geometry of each spatial axis.
struct ConvGeometry {
    let batch, height, width, channels: Int
    let kh, kw, filters: Int
    let gh, gw: AxisGeometry
    /// Grouped convolution (`convolutionGroups`): `groups` groups of `groupChannels` input and
    /// `groupFilters` output channels; 1, C and F for an ordinary convolution.
    let groups, groupChannels, groupFilters: Int

    /// Fewer than 8 input channels (RGB stems): the reduction at each window position is a few
    /// steps, which the blocked kernel's loops and blocks treat apart (`Conv2DBlocked`, `ConvBlocking`).
    var fewChannels: Bool { channels < 8 }

    /// `filter` is the stored filter's shape: HWIO, or packed when `c.filterBlock > 0`.
    init(_ c: Conv2DAttributes, input xs: [Int], filter stored: [Int]) throws {
        guard let fs = c.hwioFilterShape(stored), xs.count == 4 else {
            throw CodegenError("convolution of input \(formatShape(xs)) with filter \(formatShape(stored)) (filter block \(c.filterBlock))")
        }
        let ax = c.dataFormat.axes
        (batch, height, width, channels) = (xs[ax.n], xs[ax.h], xs[ax.w], xs[ax.c])
        (kh, kw, filters) = (fs[0], fs[1], fs[3])
        groups = try convolutionGroups(channels: channels, filter: fs)
        (groupChannels, groupFilters) = (fs[2], filters / groups)
        gh = try AxisGeometry(input: height, window: kh, stride: c.strideH, dilation: c.dilationH, padding: c.padding, isHeight: true)
        gw = try AxisGeometry(input: width, window: kw, stride: c.strideW, dilation: c.dilationW, padding: c.padding, isHeight: false)
    }
}

extension KernelEmitter {
    /// `base + g·stride`, the offset of group `g` in a grouped convolution; for an ungrouped one
    /// (where `g` is meaningless) `base` itself, so its code is what it was before groups.
    func grouped(_ base: IRValue, _ g: IRValue, _ stride: Int, _ geometry: ConvGeometry) -> IRValue {
        geometry.groups == 1 ? base : b.addNSW(base, b.mulNSW(g, i64(stride)))
    }

    /// Group and index within it of channel `c` of a group size `size` (`(c, c)` unused when ungrouped).
    func splitGroup(_ c: IRValue, _ size: Int, _ geometry: ConvGeometry) -> (group: IRValue, index: IRValue) {
        guard geometry.groups > 1 else { return (c, c) }
        return (b.div(c, i64(size)), b.remainder(c, i64(size)))
    }

    /// The output rows `(n, oh)` of an NHWC convolution, in order, as one loop over `N·OH` rows:
    /// the slices its threads share (`CodeGenerator.parallelBatch`), so a single image, as an
    /// inference runs, still uses every core. `row` is the row's index, `n·OH + oh`.
    func forEachOutputRow(_ g: ConvGeometry, _ body: (_ n: IRValue, _ oh: IRValue, _ row: IRValue) throws -> Void) rethrows {
        try batchLoop(g.batch * g.gh.output, "row") { r in
            let ni = b.div(r, i64(g.gh.output)), oh = b.remainder(r, i64(g.gh.output), "oh")
            try body(ni, oh, r)
        }
    }

    /// Visits the window positions `(kh, kw)` of output `(oh, ow)` whose input `(ih, iw)` lies
    /// inside the input, row-major: the walk convolutions, pooling and their gradients share.
    func forEachWindowTap(_ oh: IRValue, _ ow: IRValue, _ gh: AxisGeometry, _ gw: AxisGeometry,
                          _ body: (_ kh: IRValue, _ kw: IRValue, _ ih: IRValue, _ iw: IRValue) throws -> Void) rethrows {
        try loop(gh.window, "kh") { khi in
            let ih = inputCoordinate(oh, khi, gh)
            try ifThen(inRange(ih, gh.input), "ih.ok") {
                try loop(gw.window, "kw") { kwi in
                    let iw = inputCoordinate(ow, kwi, gw)
                    try ifThen(inRange(iw, gw.input), "iw.ok") { try body(khi, kwi, ih, iw) }
                }
            }
        }
    }

    /// The filter element where channel block `f0`'s vectors for window position `(kh, kw)` and
    /// input channel 0 begin; consecutive input channels follow `filterChannelStride` apart.
    /// `packed` is the filter's block width (`Conv2DAttributes.filterBlock`), 0 for HWIO.
    func filterTap(_ g: ConvGeometry, packed k: Int, kh: IRValue, kw: IRValue, f0: IRValue) -> IRValue {
        let tap = b.addNSW(b.mulNSW(kh, i64(g.kw)), kw)
        guard k > 0 else { return b.addNSW(b.mulNSW(tap, i64(g.channels * g.filters)), f0) }
        // [F/k, KH, KW, C, k]: block f0/k starts at f0·KH·KW·C.
        return b.addNSW(b.mulNSW(tap, i64(g.channels * k)), b.mulNSW(f0, i64(g.kh * g.kw * g.channels)))
    }

    func filterChannelStride(_ g: ConvGeometry, packed k: Int) -> Int { k > 0 ? k : g.filters }

    /// The input coordinate under window position `k` of output `o` (may lie in the padding).
    func inputCoordinate(_ o: IRValue, _ k: IRValue, _ g: AxisGeometry) -> IRValue {
        let base = b.add(b.mulNSW(o, i64(g.stride)), i64(-g.padBefore))
        return b.addNSW(base, g.dilation == 1 ? k : b.mulNSW(k, i64(g.dilation)))
    }
}
