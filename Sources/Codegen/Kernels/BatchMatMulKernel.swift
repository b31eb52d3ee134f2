import GraphIR
import LLVMKit

/// How a BatchMatMul is computed: the matrices of its batch axes, and when they are one MatMul.
struct BatchMatMulLayout {
    let batch: [Int]
    let aBatch: [Int]
    let bBatch: [Int]
    /// The product of one batch entry.
    let product: MatrixProduct
    var count: Int { batch.reduce(1, *) }

    init(_ n: Node, _ graph: Graph, adjX: Bool, adjY: Bool) {
        let a = graph[n.inputs[0]].shape ?? [], b = graph[n.inputs[1]].shape ?? []
        let out = n.types[0].shape ?? []
        batch = Array(out.dropLast(2))
        aBatch = Array(a.dropLast(2))
        bBatch = Array(b.dropLast(2))
        let inner = adjX ? a[a.count - 2] : a[a.count - 1]
        product = MatrixProduct(rows: out[out.count - 2], cols: out[out.count - 1], inner: inner, transposeA: adjX,
                                transposeB: adjY, dtype: n.types[0].dtype)
    }

    /// The whole BatchMatMul as one MatMul, when it is one: a single batch entry, or one matrix B
    /// for every entry and A not transposed, whose batch of `[M,K]` rows is then one `[batch·M, K]`
    /// matrix (and the output one `[batch·M, N]`). Keras' Dense on a rank-3 input is this product.
    var asOneProduct: MatrixProduct? {
        let p = product
        if count == 1 { return p }
        guard bBatch.reduce(1, *) == 1, !p.transposeA else { return nil }
        return MatrixProduct(rows: count * p.rows, cols: p.cols, inner: p.inner, transposeA: false, transposeB: p.transposeB,
                             dtype: p.dtype)
    }

    /// Each entry's product as a 1x1 convolution of a `1 x M` image of K channels with its own
    /// `[K, N]` filter, on the blocked convolution's register tiles and with (entry, channel
    /// block) pairs as slices, when every entry has its own A and B, neither transposed, and the
    /// products are large (Winograd's 16 products, pass `winograd`). On 2 Zen 5 cores:
    /// 16 x [196, 512] x [512, 512] 6.7 -> 4.9 ms, 16 x [784, 256] x [256, 256] 6.5 -> 5.4 ms
    /// than the MatMul code per entry; with fewer rows or a shorter reduction the MatMul code was
    /// faster (16 x [49, 512] x [512, 512] 1.3 against 1.9 ms, 16 x [196, 128] x [128, 128] 0.34
    /// against 0.53 ms).
    func convolutions(vectorBytes: Int) -> (ConvGeometry, ConvBlocking)? {
        let p = product
        guard asOneProduct == nil, aBatch == batch, bBatch == batch, !p.transposeA, !p.transposeB, p.dtype.isFloatingPoint,
              p.rows >= 128, p.inner >= 256,
              let g = try? ConvGeometry(Conv2DAttributes(), input: [count, 1, p.rows, p.inner], filter: [1, 1, p.inner, p.cols]),
              let blocking = ConvBlocking(g, dtype: p.dtype, vectorBytes: vectorBytes, registers: RegisterTile.registers(vectorBytes: vectorBytes))
        else { return nil }
        return (g, blocking)
    }

    /// The parallel slices: the rows (or row tiles) of the one product, the convolutions' slices,
    /// else the batch entries.
    func slices(vectorBytes: Int) -> Int {
        asOneProduct?.rowSlices(vectorBytes: vectorBytes) ?? convolutions(vectorBytes: vectorBytes)?.1.slices ?? count
    }
}

extension KernelEmitter {
    /// `op(A) x op(B)` for every entry of the broadcast batch: one MatMul when the layout allows
    /// (`asOneProduct`, same kernel and speed as MatMul), otherwise the MatMul code per entry, on
    /// the entry's matrices, with the entries as the parallel slices.
    func emitBatchMatMul(_ n: Node, adjX: Bool, adjY: Bool) throws {
        let layout = BatchMatMulLayout(n, graph, adjX: adjX, adjY: adjY)
        let aPtr = try pointer(of: n.inputs[0]), bPtr = try pointer(of: n.inputs[1])
        let out = try outputPointer
        if let whole = layout.asOneProduct {
            return try emitMatrixProduct(whole, a: aPtr, b: bPtr, out: out)
        }
        if let (g, blocking) = layout.convolutions(vectorBytes: vectorBytes) {
            return try emitBlockedConv2D(g, blocking, dtype: layout.product.dtype, packed: 0, x: aPtr, w: bPtr, out: out,
                                         filterStride: layout.product.inner * layout.product.cols)
        }
        let p = layout.product
        let t = elementType(p.dtype)
        let (aSize, bSize, outSize) = (p.rows * p.inner, p.inner * p.cols, p.rows * p.cols)
        try batchLoop(layout.count, "batch") { entry in
            // The entry's matrix in each operand: its batch coordinates, broadcast.
            let index = ElementIndex(linear: entry, shape: layout.batch, emitter: self)
            let aStart = b.mulNSW(index.offset(broadcasting: layout.aBatch), i64(aSize))
            let bStart = b.mulNSW(index.offset(broadcasting: layout.bBatch), i64(bSize))
            let outStart = b.mulNSW(entry, i64(outSize))
            try emitMatrixProduct(p, a: b.gep(t, aPtr, [aStart]), b: b.gep(t, bPtr, [bStart]), out: b.gep(t, out, [outStart]),
                                  outStart: outStart, parallelRows: false)
        }
    }
}
