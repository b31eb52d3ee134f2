import GraphIR

/// Data movement. Shapes, axes, pads and slice bounds, attributes in GraphIR, are int64 inputs
/// in ONNX from opset 13 (Squeeze and Unsqueeze axes, Split sizes included).
extension ONNXGraphWriter {
    /// ONNX's Slice bounds meaning "to the end" (and, going backwards, "past the start").
    static let end = Int(Int64.max), beforeStart = Int(Int64.min)

    /// The static shape of the result when it is known (no -1 left to infer), else the target.
    /// A 0 in ONNX's Reshape copies the input's dimension unless `allowzero` (opset 14) says it
    /// is a 0, as GraphIR's is.
    mutating func reshape(_ n: Node, _ i: Int, _ target: [Int]) throws {
        let shape = graph[Value(node: i)].shape.flatMap { $0.allSatisfy { $0 >= 0 } ? $0 : nil } ?? target
        var attributes: [AttributeProto] = []
        if shape.contains(0) {
            guard opset >= 14 else { throw fail(n, "reshapes to an empty dimension, which ONNX's Reshape says only from opset 14 (allowzero)") }
            attributes.append(.int("allowzero", 1))
        }
        try natural(n, i, "Reshape", [try name(n.inputs[0]), int64s(shape, n.name, "shape")], attributes)
    }

    /// No node: the result is the input in another layout, written when a consumer needs it.
    mutating func transpose(_ n: Node, _ i: Int, _ perm: [Int]) throws {
        let x = n.inputs[0]
        if forms[x] == nil { _ = try name(x) }  // a constant, written on first use
        let inverse = Permutation.inverse(perm)
        // Layout q of x is layout p⁻¹∘q of the result: transpose(result, r) = transpose(x, perm∘r).
        for f in forms[x] ?? [] where f.broadcast == nil && f.perm.count == perm.count {
            define(Value(node: i), f.perm.map { inverse[$0] }, f.name)
        }
    }

    mutating func concat(_ n: Node, _ i: Int, axis: Int) throws {
        let rank = graph[Value(node: i)].rank
        // A layout every input has (DenseNet's channel concatenations after NCHW convolutions).
        var layout: [Int]?
        if let rank, let first = n.inputs.first {
            layout = layouts(first).first { p in p.count == rank && n.inputs.allSatisfy { layouts($0).contains(p) } }
            if let p = layout, Permutation.isIdentity(p) { layout = nil }
        }
        let moved = layout.map { Permutation.inverse($0)[axis] } ?? axis
        let out = Value(node: i)
        let name = outputName(out, layout)
        add("Concat", try n.inputs.map { try self.name($0, layout) }, [name], name: n.name, main: true, [.int("axis", moved)])
        define(out, layout, name)
    }

    mutating func split(_ n: Node, _ i: Int, axis: Int, pieces: SplitPieces) throws {
        let x = n.inputs[0]
        let layout = anyLayout(x)
        let moved = layout.map { Permutation.inverse($0)[axis] } ?? axis
        var inputs = [try name(x, layout)]
        var attributes: [AttributeProto] = [.int("axis", moved)]
        let sizes: [Int]
        do { sizes = try pieces.sizes(along: graph[x].shape?[axis] ?? -1) } catch let e as ShapeError { throw fail(n, e.message) }
        switch pieces {
        case .equal(let count):
            // Equal pieces: the outputs' count before opset 18, num_outputs from it.
            if opset >= 18 { attributes.append(.int("num_outputs", count)) }
        case .sizes:
            guard !sizes.contains(-1) else { throw fail(n, "needs the split axis's size to resolve its -1 piece") }
            inputs.append(int64s(sizes, n.name, "split"))
        }
        let outputs = (0..<pieces.count).map { outputName(Value(node: i, output: $0), layout) }
        add("Split", inputs, outputs, name: n.name, main: true, attributes)
        for (k, o) in outputs.enumerated() { define(Value(node: i, output: k), layout, o) }
    }

    mutating func pad(_ n: Node, _ i: Int, before: [Int], after: [Int], mode: PadMode) throws {
        let x = n.inputs[0]
        // Nothing to pad (a scalar, which onnxruntime's Pad refuses): the input as it is.
        if (before + after).allSatisfy({ $0 == 0 }) { return try elementwise(n, i, "Identity", inputs: [x]) }
        let layout = anyLayout(x)
        let order = layout ?? Permutation.identity(before.count)
        let pads = int64s(order.map { before[$0] } + order.map { after[$0] }, n.name, "pads")
        var inputs = [try name(x, layout), pads]
        var attributes: [AttributeProto] = []
        switch mode {
        case .constant:
            inputs.append(try name(n.inputs[1]))
            attributes.append(.string("mode", "constant"))
        case .reflect:
            attributes.append(.string("mode", "reflect"))
        case .edge:
            attributes.append(.string("mode", "edge"))
        case .symmetric:
            throw fail(n, "mirrors with the edge repeated (SYMMETRIC), which no ONNX Pad mode does")
        }
        let out = Value(node: i)
        let name = outputName(out, layout)
        add("Pad", inputs, [name], name: n.name, main: true, attributes)
        define(out, layout, name)
    }

    /// No axes squeezes every dimension of size 1, in both; known ones are written out.
    mutating func squeeze(_ n: Node, _ i: Int, _ given: [Int]) throws {
        var axes = given
        if axes.isEmpty, let s = graph[n.inputs[0]].shape, s.allSatisfy({ $0 >= 0 }) { axes = s.indices.filter { s[$0] == 1 } }
        let (inputs, attributes) = axes.isEmpty ? ([], []) : self.axes(axes, inputFrom: 13, n.name)
        try natural(n, i, "Squeeze", [try name(n.inputs[0])] + inputs, attributes)
    }

    /// An Unsqueeze at `axis` of `inputs[0]` into `output`: node `i`'s result, or a helper.
    @discardableResult
    mutating func unsqueeze(_ n: Node, _ i: Int, _ inputs: [Value], axis: Int, into output: String?) throws -> String {
        let (axisInputs, attributes) = axes([axis], inputFrom: 13, n.name)
        let x = try name(inputs[0])
        guard let output else { return helper("Unsqueeze", [x] + axisInputs, n.name, attributes) }
        add("Unsqueeze", [x] + axisInputs, [output], name: n.name, main: true, attributes)
        define(Value(node: i), nil, output)
        return output
    }

    /// The block `begin ..< begin + size` (-1: to the end) of each axis that is not taken whole.
    mutating func slice(_ n: Node, _ i: Int, begin: [Int], size: [Int]) throws {
        let axes = begin.indices.filter { begin[$0] != 0 || size[$0] != -1 }
        guard !axes.isEmpty else { return try natural(n, i, "Identity", [try name(n.inputs[0])]) }
        let ends = axes.map { size[$0] == -1 ? Self.end : begin[$0] + size[$0] }
        try natural(n, i, "Slice", [try name(n.inputs[0]), int64s(axes.map { begin[$0] }, n.name, "starts"),
                                    int64s(ends, n.name, "ends"), int64s(axes, n.name, "axes")])
    }

    /// TensorFlow's StridedSlice: each entry is a Python slice of one input axis. An axis of known
    /// size takes the range TensorFlow resolves; one of unknown size is written as the entry,
    /// which ONNX's Slice reads the same way but for a backwards start before the axis. A taken
    /// index is a slice of one, squeezed after; new axes are unsqueezed at their places.
    mutating func stridedSlice(_ n: Node, _ i: Int, _ spec: StridedSliceSpec) throws {
        let shape = graph[n.inputs[0]].shape
        guard let rank = shape?.count else { throw fail(n, "needs the input's rank") }
        let resolved: ResolvedSlice?
        do { resolved = try spec.resolve(shape) } catch let e as ShapeError { throw fail(n, e.message) }
        func bit(_ mask: Int, _ k: Int) -> Bool { k < 32 && (mask >> k) & 1 == 1 }
        let items = spec.strides.count
        let hasEllipsis = (0..<items).contains { bit(spec.ellipsisMask, $0) }
        var newAfterEllipsis = 0, seen = false
        for k in 0..<items {
            if seen && bit(spec.newAxisMask, k) { newAfterEllipsis += 1 }
            if bit(spec.ellipsisMask, k) { seen = true }
        }
        // As StridedSliceSpec.resolve: a missing ellipsis is one at the end.
        let count = hasEllipsis ? items : items + 1
        var starts: [Int] = [], ends: [Int] = [], axes: [Int] = [], steps: [Int] = []
        var shrunk: [Int] = [], newAxes: [Int] = []
        var dim = 0, outputRank = 0
        for k in 0..<count {
            if k == items || bit(spec.ellipsisMask, k) {
                let stop = min(rank - (count - k) + 1 + newAfterEllipsis, rank)
                while dim < stop { dim += 1; outputRank += 1 }
            } else if bit(spec.newAxisMask, k) {
                newAxes.append(outputRank)
                outputRank += 1
            } else {
                guard dim < rank else { throw fail(n, "slice entry \(k) needs input dimension \(dim) but the input has rank \(rank)") }
                let stride = spec.strides[k]
                if let resolved, let size = shape?[dim], size >= 0 {
                    // Known size: the range TensorFlow resolves (ONNX clamps a backwards start
                    // before the axis to 0 where Python makes the slice empty).
                    let (b, s, count) = (resolved.begin[dim], resolved.strides[dim], resolved.sizes[dim])
                    if bit(spec.shrinkAxisMask, k) {
                        shrunk.append(dim)
                    } else {
                        outputRank += 1
                    }
                    if !(b == 0 && s == 1 && count == size) {
                        starts.append(count == 0 ? 0 : b)
                        ends.append(count == 0 ? 0 : b + count * s < 0 ? Self.beforeStart : b + count * s)
                        steps.append(count == 0 ? 1 : s)
                        axes.append(dim)
                    }
                    dim += 1
                    continue
                }
                if bit(spec.shrinkAxisMask, k) {
                    let b = spec.begin[k]
                    starts.append(b)
                    ends.append(b == -1 ? Self.end : b + 1)
                    steps.append(1)
                    shrunk.append(dim)
                } else {
                    starts.append(bit(spec.beginMask, k) ? (stride > 0 ? 0 : Self.end) : spec.begin[k])
                    ends.append(bit(spec.endMask, k) ? (stride > 0 ? Self.end : Self.beforeStart) : spec.end[k])
                    steps.append(stride)
                    outputRank += 1
                }
                axes.append(dim)
                dim += 1
            }
        }
        var x = try name(n.inputs[0])
        let out = Value(node: i)
        let last = newAxes.isEmpty && shrunk.isEmpty
        if !axes.isEmpty {
            let inputs = [x, int64s(starts, n.name, "starts"), int64s(ends, n.name, "ends"), int64s(axes, n.name, "axes"),
                          int64s(steps, n.name, "steps")]
            x = last ? outputName(out, nil) : freshValue("\(n.name)/Slice")
            add("Slice", inputs, [x], name: last ? n.name : "\(n.name)/Slice", main: last)
        } else if last {
            let name = outputName(out, nil)
            add("Identity", [x], [name], name: n.name, main: true)
            x = name
        }
        if !shrunk.isEmpty {
            let (axisInputs, attributes) = self.axes(shrunk, inputFrom: 13, n.name)
            let final = newAxes.isEmpty
            let y = final ? outputName(out, nil) : freshValue("\(n.name)/Squeeze")
            add("Squeeze", [x] + axisInputs, [y], name: final ? n.name : "\(n.name)/Squeeze", main: final, attributes)
            x = y
        }
        if !newAxes.isEmpty {
            let (axisInputs, attributes) = self.axes(newAxes, inputFrom: 13, n.name)
            let y = outputName(out, nil)
            add("Unsqueeze", [x] + axisInputs, [y], name: n.name, main: true, attributes)
            x = y
        }
        define(out, nil, x)
    }

    /// Stacking is an Unsqueeze of each input and a Concat.
    mutating func pack(_ n: Node, _ i: Int, axis: Int, count: Int) throws {
        let result = graph.name(of: Value(node: i))
        guard count > 1 else {
            try unsqueeze(n, i, n.inputs, axis: axis, into: result)
            return
        }
        let pieces = try n.inputs.map { try unsqueeze(n, i, [$0], axis: axis, into: nil) }
        try natural(n, i, "Concat", pieces, [.int("axis", axis)])
    }

    /// Unstacking is a Split into pieces of one and a Squeeze of each.
    mutating func unpack(_ n: Node, _ i: Int, axis: Int, count: Int) throws {
        let pieces = (0..<count).map { _ in freshValue("\(n.name)/Split") }
        add("Split", [try name(n.inputs[0])], pieces, name: "\(n.name)/Split",
            [.int("axis", axis)] + (opset >= 18 ? [.int("num_outputs", count)] : []))
        for (k, piece) in pieces.enumerated() {
            let (axisInputs, attributes) = axes([axis], inputFrom: 13, n.name)
            let out = Value(node: i, output: k)
            let name = outputName(out, nil)
            add("Squeeze", [piece] + axisInputs, [name], name: n.name, main: true, attributes)
            define(out, nil, name)
        }
    }

    /// Reversing an axis is a Slice backwards over it.
    mutating func reverse(_ n: Node, _ i: Int, _ axes: [Int]) throws {
        guard !axes.isEmpty else { return try natural(n, i, "Identity", [try name(n.inputs[0])]) }
        let k = axes.count
        try natural(n, i, "Slice", [try name(n.inputs[0]), int64s(Array(repeating: -1, count: k), n.name, "starts"),
                                    int64s(Array(repeating: Self.beforeStart, count: k), n.name, "ends"),
                                    int64s(axes, n.name, "axes"), int64s(Array(repeating: -1, count: k), n.name, "steps")])
    }
}
