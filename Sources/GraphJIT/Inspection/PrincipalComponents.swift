import GraphIR

extension Hypercolumns {
    /// The image's pixels projected on the first three principal components of their
    /// hypercolumns, each scaled to [-1, 1]: `[H, W, 3]`, a picture whose colours show which
    /// pixels the layers describe alike. All generated code: one program centres the columns and
    /// forms their covariance, one step of orthogonal (power) iteration with Gram-Schmidt runs
    /// `iterations` times from a fixed start, one program projects.
    public func principalComponents(iterations: Int = 100, options: CompileOptions = CompileOptions(optimizationLevel: 2)) throws -> Tensor {
        let (h, w, d) = (columns.shape[0], columns.shape[1], columns.shape[2])
        let k = min(3, d), pixels = h * w
        guard k >= 1, pixels >= 2 else { throw GraphJITError("principal components need at least 2 pixels and 1 channel") }

        var cg = Graph()
        let x = try cg.add("columns", .placeholder(dtype: .float32, shape: [pixels, d]))
        let mean = try cg.add("mean", .reduce(.mean, axes: [0], keepDims: true), [x])
        let centred = try cg.add("centred", .binary(.sub), [x, mean])
        let gram = try cg.add("gram", .matMul(transposeA: true, transposeB: false), [centred, centred])
        try cg.add("covariance", .binary(.div), [gram, try cg.add("count", .constant(Tensor(shape: [], floats: [Float(pixels)])))])
        let flat = try columns.reshaped([pixels, d])
        let covariance = try Model(graph: cg).compile(outputs: ["covariance"], options: options).run(["columns": flat])["covariance"]
            .orThrow("internal: no covariance")

        var sg = Graph()
        let c = try sg.add("covariance", .placeholder(dtype: .float32, shape: [d, d]))
        let v = try sg.add("basis", .placeholder(dtype: .float32, shape: [d, k]))
        let product = try sg.add("product", .matMul(transposeA: false, transposeB: false), [c, v])
        var basis: [Value] = []
        for j in 0..<k {
            var column = try sg.add("column\(j)", .slice(begin: [0, j], size: [d, 1]), [product])
            for (i, q) in basis.enumerated() {
                let overlap = try sg.add("overlap\(j)_\(i)", .reduce(.sum, axes: [0, 1], keepDims: false),
                                         [try sg.add("dot\(j)_\(i)", .binary(.mul), [column, q])])
                column = try sg.add("orthogonal\(j)_\(i)", .binary(.sub), [column, try sg.add("along\(j)_\(i)", .binary(.mul), [q, overlap])])
            }
            let norm = try sg.add("norm\(j)", .unary(.sqrt), [try sg.add("norm2_\(j)", .binary(.add), [
                try sg.add("square_sum\(j)", .reduce(.sum, axes: [0, 1], keepDims: false), [try sg.add("square\(j)", .unary(.square), [column])]),
                try sg.add("eps\(j)", .constant(Tensor(shape: [], floats: [1e-30])))])])
            basis.append(try sg.add("q\(j)", .binary(.div), [column, norm]))
        }
        try sg.add("next", .concat(axis: 1, count: k), basis)
        let step = try Model(graph: sg).compile(outputs: ["next"], options: options)
        // A fixed, generic start: no direction is orthogonal to it by accident.
        var random = SplitMix64(seed: 0x5EED)
        var current = Tensor(shape: [d, k], floats: (0..<(d * k)).map { _ in Float(Double(random.next() >> 11) / Double(1 << 53) - 0.5) })
        for _ in 0..<max(iterations, 1) {
            current = try step.run(["covariance": covariance, "basis": current])["next"].orThrow("internal: no basis")
        }

        var pg = Graph()
        let px = try pg.add("columns", .placeholder(dtype: .float32, shape: [pixels, d]))
        let pv = try pg.add("basis", .placeholder(dtype: .float32, shape: [d, k]))
        let pc = try pg.add("centred", .binary(.sub), [px, try pg.add("mean", .reduce(.mean, axes: [0], keepDims: true), [px])])
        let projected = try pg.add("projected", .matMul(transposeA: false, transposeB: false), [pc, pv])
        let largest = try pg.add("largest", .binary(.maximum), [
            try pg.add("peak", .reduce(.max, axes: [0], keepDims: true), [try pg.add("magnitude", .unary(.abs), [projected])]),
            try pg.add("tiny", .constant(Tensor(shape: [], floats: [1e-30])))])
        var scaled = try pg.add("scaled", .binary(.div), [projected, largest])
        if k < 3 {
            scaled = try pg.add("padded", .pad(before: [0, 0], after: [0, 3 - k], mode: .constant), [scaled, try pg.add("zero", .constant(Tensor(shape: [], floats: [0])))])
        }
        try pg.add("components", .reshape([h, w, 3]), [scaled])
        return try Model(graph: pg).compile(outputs: ["components"], options: options)
            .run(["columns": flat, "basis": current])["components"].orThrow("internal: no components")
    }
}
