import GraphIR

/// Which kernel a forward convolution gets, decided once from shapes and the target: the emitter
/// follows it and `CodeGenerator.parallelBatch` reads its slice count, so the two cannot disagree.
enum ConvKernelChoice {
    /// One input channel per group, NHWC: channel vectors multiplied lane by lane.
    case depthwise(DepthwiseTiling)
    /// A small NHWC output image: tiles of consecutive pixels across rows.
    case pixels(PixelTiling)
    /// NHWC, ungrouped: row tiles x channel blocks, sliced by channel block and row.
    case blocked(ConvBlocking)
    /// NHWC, grouped: register tiles along output rows.
    case tiled(ConvolutionTile, [TileSpan])
    /// Anything else (NCHW, channels that make no whole vector): scalar loops LLVM vectorises.
    case direct

    init(_ c: Conv2DAttributes, _ g: ConvGeometry, dtype: DType, vectorBytes: Int) {
        let registers = RegisterTile.registers(vectorBytes: vectorBytes)
        if let tiling = KernelEmitter.depthwiseTiling(c, g, dtype: dtype, vectorBytes: vectorBytes, registers: registers) {
            self = .depthwise(tiling)
        } else if c.dataFormat == .nhwc, let tiling = PixelTiling(g, dtype: dtype, vectorBytes: vectorBytes, registers: registers) {
            self = .pixels(tiling)
        } else if c.dataFormat == .nhwc, g.groups == 1,
                  let blocking = ConvBlocking(g, dtype: dtype, vectorBytes: vectorBytes, registers: registers) {
            self = .blocked(blocking)
        } else if c.dataFormat == .nhwc,
                  let tile = KernelEmitter.convolutionTile(dtype: dtype, filters: g.filters, groupFilters: g.groupFilters, count: g.gw.output,
                                                           vectorBytes: vectorBytes, registers: registers),
                  let spans = KernelEmitter.tileSpans(g.gw, rows: tile.rows) {
            self = .tiled(tile, spans)
        } else {
            self = .direct
        }
    }

    /// The slices the kernel's batch loop runs over: what threads share.
    func slices(_ g: ConvGeometry, _ c: Conv2DAttributes) -> Int {
        switch self {
        case .pixels(let tiling): return tiling.slices
        case .blocked(let blocking): return blocking.slices
        case .depthwise, .tiled: return g.batch * g.gh.output  // forEachOutputRow
        case .direct: return c.dataFormat == .nhwc ? g.batch * g.gh.output : g.batch
        }
    }
}
