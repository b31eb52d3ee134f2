import GraphIR
import LLVMKit

/// Pad, PadV2, MirrorPad, ONNX's edge Pad and Tile, written one output row at a time. A row runs
/// along the last padded (or tiled) dimension together with the unpadded dimensions inside it,
/// which are contiguous in both tensors: NHWC spatial padding copies `W · C` elements per row (ResNet's and
/// MobileNet's zero padding before strided convolutions), with the padding filled around the copy.
/// The epilogue follows each row.
extension KernelEmitter {
    func emitPad(_ n: Node, before: [Int], after: [Int], mode: PadMode) throws {
        let xs = graph[n.inputs[0]].shape ?? [], os = n.types[0].shape ?? []
        guard !os.contains(0) else { return }
        let dtype = n.types[0].dtype
        let x = try pointer(of: n.inputs[0]), out = try outputPointer
        guard let p = xs.indices.last(where: { before[$0] != 0 || after[$0] != 0 }) else {
            return try emitPlainCopy(n)
        }
        let inner = xs[(p + 1)...].reduce(1, *)
        let inStrides = Self.strides(xs)
        let rowLength = os[p] * inner
        let value = mode.takesValue ? load(dtype, try pointer(of: n.inputs[1]), i64(0)) : nil
        func fill(_ start: IRValue, _ count: Int) {
            guard let value else { return }
            loop(count, "fill") { j in store(dtype, value, out, b.addNSW(start, j)) }
        }
        try outerRows(os, count: p) { coords in
            let rowStart = linear(coords + Array(repeating: i64(0), count: os.count - p), os)
            var source = i64(0)
            var inside: IRValue?
            for (d, c) in coords.enumerated() {
                let padded = before[d] != 0 || after[d] != 0
                var i = before[d] == 0 ? c : b.add(c, i64(-before[d]))
                if padded {
                    switch mode {
                    case .constant:
                        // The row is the input's only when every coordinate is inside it.
                        let ok = inRange(i, xs[d])
                        inside = inside.map { b.and($0, ok) } ?? ok
                    case .reflect, .symmetric, .edge:
                        i = padSource(i, size: xs[d], mode)
                    }
                }
                if xs[d] != 1 { source = b.addNSW(source, b.mulNSW(i, i64(inStrides[d]))) }
            }
            let middle = b.addNSW(rowStart, i64(before[p] * inner))
            func row() throws {
                // The block after the input's run (built where each branch first needs it, which
                // keeps the instruction order, and so the IR, of the modes before `edge`).
                let end = { self.b.addNSW(middle, self.i64(xs[p] * inner)) }
                switch mode {
                case .constant:
                    fill(rowStart, before[p] * inner)
                    fill(end(), after[p] * inner)
                case .reflect, .symmetric:
                    // Mirrored blocks next to each edge, read backwards (REFLECT skips the edge itself).
                    let skip = mode == .reflect ? 1 : 0
                    try emitStridedCopy(dtype, from: x, at: b.addNSW(source, i64((before[p] - 1 + skip) * inner)),
                                        strides: [-inner, 1], to: out, at: rowStart, strides: [inner, 1],
                                        shape: [before[p], inner])
                    try emitStridedCopy(dtype, from: x, at: b.addNSW(source, i64((xs[p] - 1 - skip) * inner)),
                                        strides: [-inner, 1], to: out, at: end(), strides: [inner, 1], shape: [after[p], inner])
                case .edge:
                    // The first and last blocks repeated (a source stride of 0), as Tile repeats a run.
                    try emitStridedCopy(dtype, from: x, at: source, strides: [0, 1], to: out, at: rowStart,
                                        strides: [inner, 1], shape: [before[p], inner])
                    try emitStridedCopy(dtype, from: x, at: b.addNSW(source, i64((xs[p] - 1) * inner)), strides: [0, 1],
                                        to: out, at: end(), strides: [inner, 1], shape: [after[p], inner])
                }
                try emitStridedCopy(dtype, from: x, at: source, strides: [1], to: out, at: middle, strides: [1],
                                    shape: [xs[p] * inner])
            }
            if let inside {
                try ifThenElse(inside, "inside", then: row, else: { fill(rowStart, rowLength) })
            } else {
                try row()
            }
            try emitEpilogue(start: rowStart, count: rowLength)
        }
    }

    /// The input coordinate a padded output coordinate `i` (already shifted by the padding before)
    /// reads where the mode copies the input: REFLECT maps -k to k and n-1+k to n-1-k; SYMMETRIC
    /// maps -k to k-1 and n-1+k to n-k; EDGE clamps into 0..<n. (Constant padding reads none.)
    private func padSource(_ i: IRValue, size: Int, _ mode: PadMode) -> IRValue {
        let below = b.icmp(.slt, i, i64(0)), beyond = b.icmp(.sge, i, i64(size))
        switch mode {
        case .reflect, .symmetric:
            let (low, high) = mode == .reflect ? (0, 2 * (size - 1)) : (-1, 2 * size - 1)
            return b.select(below, b.sub(i64(low), i), b.select(beyond, b.sub(i64(high), i), i))
        case .edge:
            return b.select(below, i64(0), b.select(beyond, i64(size - 1), i))
        case .constant:
            return i
        }
    }

    func emitTile(_ n: Node, multiples: [Int]) throws {
        let xs = graph[n.inputs[0]].shape ?? [], os = n.types[0].shape ?? []
        guard !os.contains(0) else { return }
        guard let p = xs.indices.last(where: { multiples[$0] != 1 }) else { return try emitPlainCopy(n) }
        let dtype = n.types[0].dtype
        let x = try pointer(of: n.inputs[0]), out = try outputPointer
        let inner = xs[(p + 1)...].reduce(1, *)
        let inStrides = Self.strides(xs)
        let run = xs[p] * inner
        try outerRows(os, count: p) { coords in
            let rowStart = linear(coords + Array(repeating: i64(0), count: os.count - p), os)
            var source = i64(0)
            for (d, c) in coords.enumerated() where xs[d] != 1 {
                let i = multiples[d] == 1 ? c : b.remainder(c, i64(xs[d]), signed: false)
                source = b.addNSW(source, b.mulNSW(i, i64(inStrides[d])))
            }
            // The same run of the input, `multiples[p]` times (a source stride of 0).
            try emitStridedCopy(dtype, from: x, at: source, strides: [0, 1], to: out, at: rowStart, strides: [run, 1],
                                shape: [multiples[p], run])
            try emitEpilogue(start: rowStart, count: multiples[p] * run)
        }
    }

    /// The input copied unchanged (padding or tiling that changes nothing), with the epilogue.
    func emitPlainCopy(_ n: Node) throws {
        let shape = n.types[0].shape ?? []
        try emitStridedCopy(n.types[0].dtype, from: try pointer(of: n.inputs[0]), at: i64(0), strides: Self.strides(shape),
                            to: try outputPointer, at: i64(0), strides: Self.strides(shape), shape: shape,
                            afterRow: { start, count in try self.emitEpilogue(start: start, count: count) })
    }

    /// Loops over the first `count` dimensions of `shape`, calling `body` with their coordinates.
    func outerRows(_ shape: [Int], count: Int, _ body: ([IRValue]) throws -> Void) throws {
        func nest(_ d: Int, _ coords: [IRValue]) throws {
            guard d < count else { return try body(coords) }
            try loop(shape[d], "row\(d)") { i in try nest(d + 1, coords + [i]) }
        }
        try nest(0, [])
    }
}
