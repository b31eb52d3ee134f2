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

    /// The parallel slices: the rows (or row tiles) of the one product, else the batch entries.
    func slices(vectorBytes: Int) -> Int {
        asOneProduct?.rowSlices(vectorBytes: vectorBytes) ?? count
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
