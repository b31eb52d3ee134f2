import GraphIR

/// The values `plot filters` and `plot activations` draw, rearranged by generated code into one
/// picture per filter or channel (`[count, h, w]`, the layout `Heatmap.colors` takes).
extension Model {
    /// The convolution `layer` names (a Conv2D node, or the first one under `layer/`); nil: the
    /// graph's first convolution. Returns the node's name.
    public func convolution(named layer: String?) throws -> String {
        let convs = graph.nodes.filter { if case .conv2D = $0.op { return true } else { return false } }
        guard let first = convs.first else { throw GraphJITError("the graph has no convolution (Conv2D)") }
        guard let layer else { return first.name }
        guard let found = convs.first(where: { $0.name == layer || $0.name.hasPrefix(layer + "/") }) else {
            let near = convs.prefix(4).map(\.name).joined(separator: ", ")
            throw GraphJITError("the graph has no convolution named '\(layer)' (--layer); convolutions: \(near)\(convs.count > 4 ? ", ..." : "")")
        }
        return found.name
    }

    /// The filters of convolution `name` as `[filters, kh, kw]` pictures of input channel
    /// `channel`, or `[filters, kh, kw, 3]` when the filters read three channels (RGB), and the
    /// filter's `[kh, kw, channels, filters]` shape.
    public func filterPictures(of name: String, channel: Int = 0) throws -> (pictures: Tensor, shape: [Int]) {
        guard let i = graph.index(of: name), case .conv2D(let a) = graph.nodes[i].op, graph.nodes[i].inputs.count > 1 else {
            throw GraphJITError("'\(name)' is not a convolution")
        }
        let filter = graph.nodes[i].inputs[1]
        guard let s = graph[filter].shape, s.count == (a.filterBlock > 0 ? 5 : 4), a.filterBlock == 0 else {
            throw GraphJITError("convolution '\(name)' has no HWIO filter of known shape")
        }
        try requireWeights(for: [graph.name(of: filter)])
        // The filter alone (a Const, perhaps behind Identity nodes, or for ONNX the transpose of an
        // OIHW constant to HWIO): the rest of the graph need not compile.
        var source = filter.node
        var permutation: [Int]?
        while true {
            let op = graph.nodes[source].op
            guard let next = graph.nodes[source].inputs.first else { break }
            if case .identity = op { source = next.node; continue }
            if case .transpose(let perm) = op, permutation == nil { permutation = perm; source = next.node; continue }
            break
        }
        guard case .constant(let weights) = graph.nodes[source].op else {
            throw GraphJITError("the filter of '\(name)' is computed ('\(graph.nodes[source].name)', \(graph.nodes[source].op.name)), not a constant")
        }
        let (kh, kw, c, f) = (s[0], s[1], s[2], s[3])
        var g = Graph()
        let stored = try g.add("filter", .constant(weights))
        let filterValue = try permutation.map { try g.add("filter/hwio", .transpose($0), [stored]) } ?? stored
        let out: Value
        if c == 3 {
            out = try g.add(g.uniqueName("plot/filters"), .transpose([3, 0, 1, 2]), [filterValue])
        } else {
            guard (0..<c).contains(channel) else {
                throw GraphJITError("--channel \(channel): the filters of '\(name)' read \(c) channels (0 to \(c - 1))")
            }
            let one = try g.add(g.uniqueName("plot/channel"), .slice(begin: [0, 0, channel, 0], size: [kh, kw, 1, f]), [filterValue])
            let planes = try g.add(g.uniqueName("plot/reshaped"), .reshape([kh, kw, f]), [one])
            out = try g.add(g.uniqueName("plot/filters"), .transpose([2, 0, 1]), [planes])
        }
        let compiled = try Model(graph: g).compile(outputs: [g.name(of: out)], options: CompileOptions(optimizationLevel: 1))
        return (try compiled.run([:])[g.name(of: out)].orThrow("internal: no filters"), s)
    }

    /// Layer `layer`'s activations for one image as `[channels, h, w]`.
    public func activationPictures(of layer: String, image: Tensor, options: CompileOptions = CompileOptions()) throws -> Tensor {
        if channelsFirst {
            // As `hypercolumns`: the NHWC view, the layer's NHWC transpose, the image in either layout.
            let (view, exposed) = try channelsLastView(exposing: [layer])
            let (input, imageShape) = try view.imageInput()
            return try view.activationPictures(of: exposed[0], image: try imageBatch(image, input: input, imageShape: imageShape), options: options)
        }
        let (input, imageShape) = try imageInput()
        let x = try batchOfOne(image, input: input, imageShape: imageShape)
        var g = try graph.specialized(inputShapes: [input: [1] + imageShape])
        guard let v = g.value(named: layer) else { throw GraphJITError("the graph has no node named '\(layer)' (--layer)") }
        guard let s = g[v].shape, s.count == 4, g[v].dtype.isFloatingPoint else {
            throw GraphJITError("layer '\(layer)' is \(g[v]), not an image layer [N, h, w, channels]")
        }
        try requireWeights(for: [layer])
        let planes = try g.add(g.uniqueName("plot/planes"), .transpose([0, 3, 1, 2]), [v])
        let out = try g.add(g.uniqueName("plot/activations"), .reshape([s[3], s[1], s[2]]), [planes])
        let compiled = try Model(graph: g).compile(outputs: [g.name(of: out)], options: options)
        return try compiled.run([input: x])[g.name(of: out)].orThrow("internal: no activations")
    }
}
