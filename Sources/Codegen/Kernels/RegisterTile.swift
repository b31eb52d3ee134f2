import GraphIR
import LLVMKit

/// A tile of `rows x vectors` vector accumulators that stays in registers across a whole
/// reduction: the convolution kernels multiply one broadcast input value into `vectors` loaded
/// filter (or gradient) vectors for each of `rows` outputs, so every loaded vector feeds `rows`
/// FMAs and `rows x vectors` independent FMA chains hide the FMA latency.
struct RegisterTile {
    let dtype: DType
    let lanes: Int
    let rows: Int
    let vectors: Int
    /// Stack slots, one per accumulator, that LLVM promotes to registers (they are only ever
    /// loaded and stored whole, from the function's entry block).
    let slots: [[IRValue]]

    /// Rows and vector width for output rows of `width` elements, or nil when the row is not a
    /// whole number of vectors of at least 16 bytes or needs more registers than the target has.
    /// At most `limit` rows; a divisor of `count` (the rows to cover) is preferred so no
    /// remainder tile is needed.
    static func shape(dtype: DType, width: Int, count: Int, limit: Int? = nil, vectorBytes: Int,
                      registers: Int) -> (lanes: Int, vectors: Int, rows: Int)? {
        guard dtype.isFloatingPoint, width > 0, count > 0,
              let lanes = lanes(dtype: dtype, dividing: width, vectorBytes: vectorBytes) else { return nil }
        let vectors = width / lanes
        // Leave registers for the loaded vectors and broadcast values (LLVM keeps broadcasts that
        // neighbouring window positions share); more accumulators spilled in the 5x5 convolution.
        let budget = min(registers - vectors - 1, registers * 5 / 8)
        guard vectors <= budget else { return nil }
        let most = max(min(budget / vectors, count, limit ?? count, 16), 1)
        let divisor = stride(from: most, through: 1, by: -1).first { count % $0 == 0 } ?? 1
        return (lanes, vectors, 2 * divisor >= most ? divisor : most)
    }
}

extension RegisterTile {
    static func registers(vectorBytes: Int) -> Int { vectorBytes >= 64 ? 32 : 16 }

    /// The largest divisor of `total` (at least 1) that is at most `limit`: how many vectors a
    /// block takes so that the blocks cover a row of `total` vectors with none partial.
    static func largestDivisor(of total: Int, atMost limit: Int) -> Int {
        stride(from: min(total, limit), through: 1, by: -1).first { total % $0 == 0 } ?? 1
    }

    /// `0..<total` in as few consecutive runs of at most `most` as possible, as equal as they can
    /// be (49 in runs of 12: 10, 10, 10, 10 and 9, not 12 x 4 and 1).
    static func equalRuns(of total: Int, atMost most: Int) -> [Range<Int>] {
        let count = (total + most - 1) / most
        var runs: [Range<Int>] = []
        var start = 0
        for k in 0..<count {
            let size = total / count + (k < total % count ? 1 : 0)
            runs.append(start..<start + size)
            start += size
        }
        return runs
    }

    /// The widest vector (at most `vectorBytes`) whose lane count divides `width`, or nil when that
    /// vector would be narrower than 16 bytes: the lane count every register tiling starts from.
    static func lanes(dtype: DType, dividing width: Int, vectorBytes: Int) -> Int? {
        var lanes = vectorBytes / dtype.byteSize
        while lanes > 1, width % lanes != 0 { lanes /= 2 }
        return lanes * dtype.byteSize >= 16 ? lanes : nil
    }
}

extension KernelEmitter {
    /// Vector registers of the target: 32 with AVX-512, else 16 (as many as x86-64 has with
    /// AVX or SSE; AArch64's 32 are not counted on, which only makes tiles smaller).
    var vectorRegisters: Int { RegisterTile.registers(vectorBytes: vectorBytes) }

    func registerTile(_ dtype: DType, lanes: Int, rows: Int, vectors: Int) -> RegisterTile {
        let vt = context.vector(of: elementType(dtype), count: lanes)
        let slots = (0..<rows).map { p in (0..<vectors).map { v in entryAlloca(vt, "acc.\(p).\(v)") } }
        return RegisterTile(dtype: dtype, lanes: lanes, rows: rows, vectors: vectors, slots: slots)
    }

    func vectorType(_ tile: RegisterTile) -> IRType { context.vector(of: elementType(tile.dtype), count: tile.lanes) }

    /// Sets the first `rows` rows of the tile to zero.
    func zeroTile(_ tile: RegisterTile, rows: Int) {
        let zero = context.null(vectorType(tile))
        for p in 0..<rows { for slot in tile.slots[p] { b.store(zero, slot) } }
    }

    /// `vectors` consecutive vectors of `base` from element `start`.
    func loadVectors(_ tile: RegisterTile, _ base: IRValue, _ start: IRValue) -> [IRValue] {
        let t = elementType(tile.dtype), vt = vectorType(tile)
        return (0..<tile.vectors).map { v in
            let at = v == 0 ? start : b.addNSW(start, i64(v * tile.lanes))
            return b.load(vt, b.bitCast(b.gep(t, base, [at]), context.pointer(to: vt)), alignment: tile.dtype.byteSize)
        }
    }

    /// `scalar` in every lane of a vector of type `vt`.
    func splat(_ scalar: IRValue, _ vt: IRType, lanes: Int) -> IRValue {
        let one = b.insertElement(context.undef(vt), scalar, i64(0))
        return b.shuffle(one, context.undef(vt), mask: Array(repeating: 0, count: lanes))
    }

    /// Row `p` += scalar × vectors.
    func accumulate(_ tile: RegisterTile, row p: Int, _ scalar: IRValue, _ vectors: [IRValue]) throws {
        let vt = vectorType(tile)
        let splat = splat(scalar, vt, lanes: tile.lanes)
        for (v, w) in vectors.enumerated() {
            let slot = tile.slots[p][v]
            b.store(try intrinsic("llvm.fmuladd", vt, [splat, w, b.load(vt, slot)]), slot)
        }
    }

    /// The reduction over input channels every convolution tile runs: for each of `count`
    /// channels `c`, the block's filter vectors from element `filterAt(c)` of `filter`, times the
    /// input value `x[c]` of each pixel, added into that pixel's row of the tile.
    func accumulateChannels(_ tile: RegisterTile, count: Int, filter: IRValue, at filterAt: (IRValue) -> IRValue,
                            pixels: [(row: Int, x: IRValue)]) throws {
        // Unrolled twice, not whole: each step is already a tile of rows x vectors of
        // multiply-adds, and LLVM's full unroll of 32 channels made the seed-000 net's 3x3
        // convolution 40% of the training step's IR and of its compile time, for no speed
        // measurable here (the step compiled in 1.8 s instead of 3.0 s, images/s unchanged).
        try loop(count, "c", hints: count > 2 ? [.unrollCount(2)] : []) { ci in
            let wv = loadVectors(tile, filter, filterAt(ci))
            for (row, x) in pixels { try accumulate(tile, row: row, load(tile.dtype, x, ci), wv) }
        }
    }

    /// Loads row `p` of the tile from `base` at element `start`.
    func loadRow(_ tile: RegisterTile, row p: Int, _ base: IRValue, _ start: IRValue) {
        for (slot, value) in zip(tile.slots[p], loadVectors(tile, base, start)) { b.store(value, slot) }
    }

    /// Stores row `p` of the tile to `base` from element `start`: its first `count` elements (the
    /// row's `vectors` vectors when nil). A vector the count ends inside is stored in narrower
    /// pieces (8 + 4 of 16 lanes), which never touch the elements after the count.
    func storeRow(_ tile: RegisterTile, row p: Int, _ base: IRValue, _ start: IRValue, count: Int? = nil) {
        let t = elementType(tile.dtype), vt = vectorType(tile)
        let count = count ?? tile.vectors * tile.lanes
        // The value is made after its address, as whole rows always were (their IR unchanged).
        func store(_ value: () -> IRValue, _ type: IRType, at first: Int) {
            let at = first == 0 ? start : b.addNSW(start, i64(first))
            b.store(value(), b.bitCast(b.gep(t, base, [at]), context.pointer(to: type)), alignment: tile.dtype.byteSize)
        }
        for v in 0..<tile.vectors where v * tile.lanes < count {
            let valid = min(tile.lanes, count - v * tile.lanes)
            guard valid < tile.lanes else {
                store({ b.load(vt, tile.slots[p][v]) }, vt, at: v * tile.lanes)
                continue
            }
            let value = b.load(vt, tile.slots[p][v])
            var offset = 0
            for width in sequence(first: tile.lanes / 2, next: { $0 > 1 ? $0 / 2 : nil }) where valid - offset >= width {
                if width == 1 {
                    b.store(b.extractElement(value, i64(offset)), b.gep(t, base, [b.addNSW(start, i64(v * tile.lanes + offset))]),
                            alignment: tile.dtype.byteSize)
                } else {
                    let piece = b.shuffle(value, context.undef(vt), mask: Array(offset..<offset + width))
                    store({ piece }, context.vector(of: t, count: width), at: v * tile.lanes + offset)
                }
                offset += width
            }
        }
    }
}
