import GraphIR

/// The inspection analyses are written for NHWC images (`[H, W, C]` pictures, HWIO filters), as
/// TensorFlow's GraphDefs have them. An ONNX model keeps ONNX's NCHW layout for every value, so
/// the analyses look at it through a view: a new NHWC placeholder, transposed to NCHW, feeding the
/// original graph; NCHW layers they read are transposed back to NHWC by nodes of the view. All of
/// it is graph nodes, so the generated code does the rearranging.
extension Model {
    /// The model seen with an NHWC image input (itself when it already has one), and `layers`
    /// named as NHWC values of it: a 4-D channels-first layer `L` becomes the view's node
    /// `L/nhwc` (its transpose), a layer already NHWC (an inner `NAME/conv` node) or of another
    /// rank keeps its name, and a name the graph lacks is kept for the caller's own error.
    /// A batch the file fixes (torch exports the batch it traced with) is left unknown in the
    /// view, so the analyses can specialise it to the batch they use, when the graph allows.
    func channelsLastView(exposing layers: [String] = []) throws -> (model: Model, layers: [String]) {
        guard channelsFirst else { return (self, layers) }
        let names = inputNames
        guard names.count == 1, let input = names.first, let shape = inputShapes[input] ?? nil, shape.count == 4,
              let index = graph.index(of: input), case .placeholder(let dtype, _) = graph.nodes[index].op else {
            // Not one image input: the analyses' own checks (`imageInput`) explain what is wrong.
            return (self, layers)
        }
        guard shape.dropFirst().allSatisfy({ $0 > 0 }) else {
            throw GraphJITError("input '\(input)' needs a known shape after the batch dimension (it is \(formatShape(shape)))")
        }
        var g = Graph()
        // The view's input takes the original's name, so feeds and messages name the same input.
        let nhwc = try g.add(input, .placeholder(dtype: dtype, shape: [-1, shape[2], shape[3], shape[1]]))
        let toNCHW = try g.add(graph.uniqueName("\(input)/nchw"), .transpose([0, 3, 1, 2]), [nhwc])
        // torch writes the batch it traced with into the file (1 unless asked otherwise), and the
        // importer bakes it into shapes: Flatten becomes a reshape to [1, 864]. The analyses run
        // batches of their own (occlusion's occluded images, the ERF's random ones), so a reshape
        // that keeps the file's batch first gets -1 there: at the file's batch it is the same
        // reshape, and at any other it keeps the batch.
        let batch = shape[0]
        try append(to: &g, replacing: input, with: toNCHW) { node in
            guard batch > 0, case .reshape(let target) = node.op, target.first == batch, target.dropFirst().allSatisfy({ $0 >= 0 }),
                  let source = node.inputs.first, graph[source].shape?.first == batch else { return node.op }
            return .reshape([-1] + target.dropFirst())
        }
        // A graph that still needs its batch (a batch-fixed op other than a reshape) says so here.
        if batch > 1, (try? g.specialized(inputShapes: [input: [1, shape[2], shape[3], shape[1]]])) == nil {
            throw GraphJITError("input '\(input)' is \(formatShape(shape)): the file fixes the batch to \(batch) and the graph needs it, but the analyses look at one image; export with batch 1 or a dynamic batch (torch.onnx.export(..., dynamic_axes={'\(input)': {0: 'batch'}}))")
        }
        var exposed: [String] = []
        for layer in layers {
            guard let v = g.value(named: layer), g[v].shape?.count == 4, !Self.isChannelsLast(v, in: g) else {
                exposed.append(layer)
                continue
            }
            let name = g.uniqueName("\(layer)/nhwc")
            try g.add(name, .transpose([0, 2, 3, 1]), [v])
            exposed.append(name)
        }
        return (Model(graph: g, declaredOutputs: declaredOutputs, symbolicDimensions: [:], channelsFirst: false), exposed)
    }

    /// Whether a 4-D value of an imported ONNX graph is NHWC: the output of an op GraphIR only has
    /// in NHWC (convolutions, pooling, NHWC bias), of a transpose to NHWC, or of an inner node
    /// (`OUTPUT/suffix`, an op the importer added) computing on such a value. Every ONNX value
    /// itself is NCHW.
    static func isChannelsLast(_ v: Value, in g: Graph) -> Bool {
        var node = v.node
        while true {
            let n = g.nodes[node]
            switch n.op {
            case .conv2D(let a), .conv2DBackpropInput(let a, _): return a.dataFormat == .nhwc
            case .pool(let p): return p.dataFormat == .nhwc
            case .biasAdd(let layout): return layout == .nhwc
            case .transpose(let perm): return perm == [0, 2, 3, 1]
            default:
                // An inner node (named after its ONNX value) looks through to its first input.
                guard let slash = n.name.lastIndex(of: "/"), g.index(of: String(n.name[..<slash])) != nil,
                      let first = n.inputs.first, g[first].shape?.count == 4 else { return false }
                node = first.node
            }
        }
    }

    /// `image` as the NHWC batch of one `[1, H, W, C]` the view takes: an image of a channels-first
    /// model may come in its own layout (`[C, H, W]` or `[1, C, H, W]`, as a torch user saves it),
    /// transposed by a tiny compiled graph, or already NHWC (`[H, W, C]`, as `--data` gives MNIST).
    /// When both readings fit (C = H = W) the model's own layout wins.
    func imageBatch(_ image: Tensor, input: String, imageShape: [Int]) throws -> Tensor {
        guard channelsFirst, imageShape.count == 3, image.dtype == .float32 else {
            return try batchOfOne(image, input: input, imageShape: imageShape)
        }
        let (h, w, c) = (imageShape[0], imageShape[1], imageShape[2])
        guard image.shape == [c, h, w] || image.shape == [1, c, h, w] else {
            guard image.shape == imageShape || image.shape == [1] + imageShape else {
                throw GraphJITError("the image is \(formatShape(image.shape)), '\(input)' takes images of \(formatShape([c, h, w])) (or \(formatShape([1, c, h, w])), or NHWC \(formatShape(imageShape)))")
            }
            return try batchOfOne(image, input: input, imageShape: imageShape)
        }
        var g = Graph()
        let x = try g.add("image", .placeholder(dtype: .float32, shape: [1, c, h, w]))
        try g.add("image/nhwc", .transpose([0, 2, 3, 1]), [x])
        let compiled = try Model(graph: g).compile(outputs: ["image/nhwc"], options: CompileOptions(optimizationLevel: 1))
        return try compiled.run(["image": try image.reshaped([1, c, h, w])])["image/nhwc"].orThrow("internal: no transposed image")
    }

    /// The image input as the analyses see it: its name and NHWC shape after the batch
    /// (`[28, 28, 1]` for an ONNX `[1, 1, 28, 28]` too), the shape data sets' images take.
    public func inspectionImageInput() throws -> (name: String, shape: [Int]) {
        try channelsLastView().model.imageInput()
    }

    /// The image as the analyses draw it: `[1, H, W, C]` in either layout `imageBatch` accepts.
    public func channelsLastImage(_ image: Tensor) throws -> Tensor {
        let (view, _) = try channelsLastView()
        let (input, imageShape) = try view.imageInput()
        return try imageBatch(image, input: input, imageShape: imageShape)
    }
}
