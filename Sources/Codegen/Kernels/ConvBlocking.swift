import GraphIR

/// How the blocked NHWC convolution covers its output: output channels in blocks of
/// `vectors x lanes` (the register tile's width), pixels of an output row in tiles of `rows`.
/// Its slices — (image, output row, channel block) triples, channel block fastest — are what
/// threads share, so a batch of one still runs on every core, and a thread's consecutive slices
/// reuse the same input rows from L2 (each thread sweeps the input once, not once per block:
/// Xception's 147x147x128 pointwise layer 122 -> 156 GFLOP/s in the model; filter-heavy layers
/// such as VGG's 28x28x512 3x3 were unchanged, their filter blocks stream from L2 either way).
/// Computed from shapes and the target alone, by the emitter and by
/// `CodeGenerator.parallelBatch`, so both agree on the slice count.
struct ConvBlocking {
    let lanes: Int
    /// Vectors of output channels per block (the tile's width in registers).
    let vectors: Int
    /// Pixels per tile.
    let rows: Int
    /// Output channel blocks, the last of `tailVectors` when that is not 0.
    let blocks: Int
    /// Vectors of the last block when `vectors` does not divide the channels' vectors, else 0.
    let tailVectors: Int
    /// Lanes of the last block's last vector that hold output channels: `lanes`, or fewer when
    /// the vectors are wider than the channels divide (see `lanes(_:dtype:vectorBytes:registers:paddedFilters:)`).
    let lastLanes: Int
    let spans: [TileSpan]
    /// Slices for threads: blocks x batch x output rows.
    let slices: Int

    init?(_ g: ConvGeometry, dtype: DType, vectorBytes: Int, registers: Int, paddedFilters: Bool = false) {
        guard dtype.isFloatingPoint, g.filters > 0, g.gw.output > 0, g.gh.output > 0, g.batch > 0,
              let lanes = Self.lanes(g.filters, dtype: dtype, vectorBytes: vectorBytes, registers: registers,
                                     paddedFilters: paddedFilters, fewChannels: g.fewChannels) else { return nil }
        let total = (g.filters + lanes - 1) / lanes
        // Two vectors per block when they divide the filters: up to 12 x 2 accumulators with
        // AVX-512 (5 x 2 with 16 registers), so each loaded filter vector feeds up to 12 FMAs.
        let vectors = Self.blockVectors(total, registers: registers, tail: true, fewChannels: g.fewChannels)
        // Registers: the accumulators, the block's filter vectors and the broadcasts LLVM keeps in
        // flight (it schedules two or three ahead); at most 24 accumulators, since 28 spilled.
        let budget = Self.accumulatorBudget(vectors: vectors, registers: registers)
        let most = max(min(budget / vectors, g.gw.output), 1)
        // The row in as few tiles as the registers allow, as equal as they can be (28 pixels are
        // 10, 9 and 9), each an edge tile when its windows reach into the padding (it then visits
        // each window column with only the pixels valid there). Tiles of single edge pixels and a
        // short remainder (28 were 1, 12, 12, 2 and 1) left a seventh of VGG16's 28x28 pixels in
        // tiles of 2 to 4 accumulators, which cannot hide the FMA latency.
        guard let spans = TileSpan.covering(g.gw, tiles: RegisterTile.equalRuns(of: g.gw.output, atMost: most)) else { return nil }
        rows = spans.map(\.rows).max() ?? 1
        self.lanes = lanes
        self.vectors = vectors
        self.blocks = (total + vectors - 1) / vectors
        self.tailVectors = total % vectors
        lastLanes = g.filters - (total - 1) * lanes
        self.spans = spans
        slices = blocks * g.batch * g.gh.output
    }

    var blockWidth: Int { lanes * vectors }

    /// Whether the last channel block needs its own code: fewer vectors, or a last vector that is
    /// partly past the channels (it stores only `lastLanes` of them).
    var lastBlockDiffers: Bool { tailVectors > 0 || lastLanes < lanes }

    /// The output channels of the last block.
    var lastBlockChannels: Int { (tailVectors > 0 ? tailVectors : vectors) * lanes - (lanes - lastLanes) }

    /// The vector width, in lanes: the widest whose lanes divide the channels, or, for a filter
    /// packed with zero filters to whole blocks (`paddedFilters`), the target's widest vector when
    /// that wastes at most an eighth of the channels and still makes two blocks or more (packing
    /// needs them): Xception's 728 channels are 45.5 vectors of 16 lanes, and 8-lane vectors ran at
    /// half the FMA throughput of machines with 512-bit FMA units. The zero filters make the
    /// last vector's extra lanes zero; they are not stored.
    static func lanes(_ filters: Int, dtype: DType, vectorBytes: Int, registers: Int, paddedFilters: Bool,
                      fewChannels: Bool = false) -> Int? {
        guard let exact = RegisterTile.lanes(dtype: dtype, dividing: filters, vectorBytes: vectorBytes) else { return nil }
        let wide = vectorBytes / dtype.byteSize
        guard paddedFilters, exact < wide else { return exact }
        let total = (filters + wide - 1) / wide
        let vectors = blockVectors(total, registers: registers, tail: true, fewChannels: fewChannels)
        let waste = total * wide - filters
        return waste * 8 <= filters && (total + vectors - 1) / vectors >= 2 ? wide : exact
    }

    /// Vectors per channel block for `total` vectors of output channels: the smallest divisor
    /// from 2 to 8 that leaves registers for 2 pixels or more (2 or 3 for most layers), so that
    /// each broadcast input value feeds several FMAs. Xception's 728 channels are 91 vectors
    /// of 8 lanes: one vector a block made its pointwise layers load-bound (a broadcast per FMA);
    /// with AVX-512's 32 registers, 7 vectors x 3 pixels share them. With 16 registers no divisor
    /// leaves room for 2 pixels (7 vectors need 7 + 14 + 4), so where a `tail` block of fewer
    /// vectors is allowed, blocks are 2 vectors and the last is 1 (91 = 45 x 2 + 1): AVX2's
    /// pointwise 728-channel layers 1 x 11 -> 2 x 5 accumulators.
    ///
    /// Over `fewChannels` input channels (RGB stems) the reduction at each window position is a
    /// few steps, so what a tile costs besides its FMAs and the input each block reads again
    /// weigh more: there the widest divisor that still leaves registers for 4 pixels (VGG16's
    /// 224x224 3 -> 64 stem on AVX-512: 4 vectors x 6 pixels instead of 2 x 12, 1.08-1.18 ->
    /// 0.75-0.87 ms on 2 Zen 5 cores; with 16 registers that is still 2 vectors). Elsewhere wider
    /// blocks were slower (VGG16's 14x14 layers 2.0 -> 2.3 ms).
    static func blockVectors(_ total: Int, registers: Int, tail: Bool = false, fewChannels: Bool = false) -> Int {
        if total <= 2 { return total }
        let fits = { (v: Int) in accumulatorBudget(vectors: v, registers: registers) / v >= 2 }
        if fewChannels,
           let v = stride(from: 8, through: 3, by: -1).first(where: { total % $0 == 0 && accumulatorBudget(vectors: $0, registers: registers) / $0 >= 4 }) {
            return v
        }
        if let v = (2...8).first(where: { total % $0 == 0 && fits($0) }) { return v }
        return tail && fits(2) ? 2 : 1
    }

    /// Accumulators a tile may hold: the registers less the block's filter vectors and the
    /// broadcasts LLVM keeps in flight (it schedules two or three ahead); at most 24, since 28 spilled.
    static func accumulatorBudget(vectors: Int, registers: Int) -> Int { min(registers - vectors - 4, 24) }
}
