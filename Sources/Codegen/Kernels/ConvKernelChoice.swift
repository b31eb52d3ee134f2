import GraphIR
import LLVMKit

extension CodeGenerator {
    /// The output channels per block that `target`'s kernel for this convolution computes (the
    /// width its filter may be packed in, pass `pack`), or nil when the kernel does not read the
    /// filter by channel blocks. `filter` is HWIO.
    public static func convolutionBlockWidth(_ c: Conv2DAttributes, input: [Int], filter: [Int], dtype: DType,
                                             target: TargetDescription) -> Int? {
        guard let g = try? ConvGeometry(c, input: input, filter: filter) else { return nil }
        // Asked before packing, for the kernel the packed filter will get.
        return ConvKernelChoice(c, g, dtype: dtype, vectorBytes: vectorBytes(features: target.features), packing: true).blockWidth
    }
}

extension CodeGenerator {
    /// Whether this target runs a 3x3 stride-1 NHWC convolution (input shape, HWIO filter)
    /// faster as Winograd's transforms and products (pass `winograd`) than directly: 64 input and
    /// output channels or more, so that the products (which run on the blocked convolution's
    /// tiles, `BatchMatMulLayout.convolutions`) outweigh the transforms' memory traffic, and
    /// images of 14x14 or more (49 tiles or more). On 2 Zen 5 cores (AVX-512) VGG16's layers from
    /// 224x224x64 to 14x14x512 and ResNet50's from 56x56x64 to 14x14x256 ran 5-45% faster
    /// (VGG16 78 -> 53 ms); ResNet50's 7x7x512 ones, whose 16 tiles make short products, ran
    /// slower (1.50 -> 1.78 ms for the three). Only with 512-bit vectors, where it was measured:
    /// on AVX2 the direct convolutions were already ahead of TensorFlow and the rule is unmeasured.
    public static func winogradProfitable(input: [Int], filter: [Int], dtype: DType, target: TargetDescription) -> Bool {
        guard input.count == 4, filter.count == 4, dtype == .float32, vectorBytes(features: target.features) >= 64 else { return false }
        return filter[2] >= 64 && filter[3] >= 64 && input[1] * input[2] >= 196
    }
}

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

    /// `packing`: the filter is or will be packed (pass `pack`), padded with zero filters to whole
    /// channel blocks, so a block's vectors may reach past the channels.
    init(_ c: Conv2DAttributes, _ g: ConvGeometry, dtype: DType, vectorBytes: Int, packing: Bool? = nil) {
        let registers = RegisterTile.registers(vectorBytes: vectorBytes)
        if let tiling = KernelEmitter.depthwiseTiling(c, g, dtype: dtype, vectorBytes: vectorBytes, registers: registers) {
            self = .depthwise(tiling)
        } else if c.dataFormat == .nhwc, let tiling = PixelTiling(g, dtype: dtype, vectorBytes: vectorBytes, registers: registers) {
            self = .pixels(tiling)
        } else if c.dataFormat == .nhwc, g.groups == 1,
                  let blocking = ConvBlocking(g, dtype: dtype, vectorBytes: vectorBytes, registers: registers,
                                              paddedFilters: packing ?? (c.filterBlock > 0)) {
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

    /// The output channels one slice computes, for the kernels that read the filter one channel
    /// block at a time, so that it may be packed in blocks of this width (pass `pack`).
    var blockWidth: Int? {
        switch self {
        case .pixels(let tiling): return tiling.blockWidth
        case .blocked(let blocking): return blocking.blockWidth
        case .depthwise, .tiled, .direct: return nil
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
