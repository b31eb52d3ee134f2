import GraphIR

/// Conv, ConvTranspose, the pools and Resize: ONNX defines them on NCHW images (and OIHW
/// filters), so an NHWC op reads its image in that layout and leaves its result in it for the
/// next op (`ONNXGraphWriter+Layouts.swift`); the HWIO filter constant stays as it is, read
/// through a Transpose that runtimes fold. TensorFlow's SAME padding becomes explicit pads,
/// computed from the static image size.
extension ONNXGraphWriter {
    /// The spatial sizes of a rank-4 input in `format`, which must be known for SAME padding.
    private func spatial(_ n: Node, _ x: Value, _ format: DataFormat) throws -> (n: Int, h: Int, w: Int, c: Int) {
        guard let s = graph[x].shape, s.count == 4 else { throw fail(n, "needs a rank-4 image input, got \(formatShape(graph[x].shape))") }
        let ax = format.axes
        return (s[ax.n], s[ax.h], s[ax.w], s[ax.c])
    }

    /// ONNX's `pads` `[top, left, bottom, right]` for GraphIR's padding of one window.
    private func pads(_ n: Node, _ padding: Padding, height: Int, width: Int, window: (Int, Int), stride: (Int, Int),
                      dilation: (Int, Int) = (1, 1)) throws -> [Int] {
        switch padding {
        case .valid: return [0, 0, 0, 0]
        case let .explicit(top, bottom, left, right): return [top, left, bottom, right]
        case .same:
            guard height >= 0, width >= 0 else {
                throw fail(n, "SAME padding needs the image's height and width to be known (give the input's shape)")
            }
            let (top, bottom) = try samePads(n, height, window.0, stride.0, dilation.0, isHeight: true)
            let (left, right) = try samePads(n, width, window.1, stride.1, dilation.1, isHeight: false)
            return [top, left, bottom, right]
        }
    }

    /// TensorFlow's SAME padding of one axis; padding a last window would not reach (a stride
    /// larger than the window) is none, which gives the same output size.
    private func samePads(_ n: Node, _ size: Int, _ window: Int, _ stride: Int, _ dilation: Int, isHeight: Bool) throws -> (Int, Int) {
        do {
            let g = try AxisGeometry(input: size, window: window, stride: stride, dilation: dilation, padding: .same, isHeight: isHeight)
            return (g.padBefore, max(g.padAfter, 0))
        } catch let e as ShapeError {
            throw fail(n, e.message)
        }
    }

    /// The bias a Conv or Gemm may take as its third input: node `j`, the one reader of product
    /// `i`'s result, when it adds a vector along the channels (a BiasAdd in the product's
    /// `format`, or an Add of a vector as long as the last axis, as ONNX's Gemm imports) that is
    /// written before the product (an earlier node or a constant).
    func fusableBias(_ j: Int?, product i: Int, format: DataFormat) -> (node: Int, bias: Value)? {
        guard let j, graph.nodes[j].inputs.count == 2, graph.nodes[j].inputs[0] == Value(node: i) else { return nil }
        let b = graph.nodes[j].inputs[1]
        guard graph[b].rank == 1, b.node < i || isConstant(b) else { return nil }
        if case .biasAdd(let f) = graph.nodes[j].op, f == format || graph[Value(node: i)].rank == 2 { return (j, b) }
        if case .binary(.add) = graph.nodes[j].op, format == .nhwc, let length = graph[b].shape?.first, length >= 0,
           graph[Value(node: i)].shape?.last == length, graph[Value(node: j)].shape == graph[Value(node: i)].shape {
            return (j, b)
        }
        return nil
    }

    mutating func conv2D(_ n: Node, _ i: Int, _ c: Conv2DAttributes, fusingBias j: Int?) throws -> Bool {
        guard c.filterBlock == 0 else {
            throw fail(n, "has a filter packed for GraphJIT's kernels (an optimised graph): export the graph as loaded")
        }
        let x = n.inputs[0], w = n.inputs[1]
        let image = try spatial(n, x, c.dataFormat)
        guard let fs = graph[w].shape, fs.count == 4, fs.allSatisfy({ $0 > 0 }) else {
            throw fail(n, "needs the filter's shape to be known, got \(formatShape(graph[w].shape))")
        }
        guard image.c > 0 else { throw fail(n, "needs the input's channel count to be known (it gives the groups)") }
        let groups: Int
        do { groups = try convolutionGroups(channels: image.c, filter: fs) } catch let e as ShapeError { throw fail(n, e.message) }
        let pads = try self.pads(n, c.padding, height: image.h, width: image.w, window: (fs[0], fs[1]),
                                 stride: (c.strideH, c.strideW), dilation: (c.dilationH, c.dilationW))
        let layout = c.dataFormat == .nhwc ? Permutation.nchw : nil
        var inputs = [try name(x, layout), try name(w, Permutation.oihw)]
        var result = Value(node: i)
        let bias = fusableBias(j, product: i, format: c.dataFormat)
        if let bias {
            inputs.append(try name(bias.bias))
            result = Value(node: bias.node)
        }
        let out = outputName(result, layout)
        add("Conv", inputs, [out], name: n.name, main: true, [
            .ints("dilations", [c.dilationH, c.dilationW]), .int("group", groups), .ints("kernel_shape", [fs[0], fs[1]]),
            .ints("pads", pads), .ints("strides", [c.strideH, c.strideW]),
        ])
        define(result, layout, out)
        return bias != nil
    }

    /// The input gradient of a convolution is ONNX's ConvTranspose with the forward convolution's
    /// padding; `output_padding` adds the rows past the last window the forward one never read.
    mutating func convTranspose(_ n: Node, _ i: Int, _ c: Conv2DAttributes, inputShape: [Int]) throws {
        guard c.filterBlock == 0 else {
            throw fail(n, "has a filter packed for GraphJIT's kernels (an optimised graph): export the graph as loaded")
        }
        let w = n.inputs[0], dy = n.inputs[1]
        guard let fs = graph[w].shape, fs.count == 4, fs.allSatisfy({ $0 > 0 }) else {
            throw fail(n, "needs the filter's shape to be known, got \(formatShape(graph[w].shape))")
        }
        let ax = c.dataFormat.axes
        let (h, wd, channels) = (inputShape[ax.h], inputShape[ax.w], inputShape[ax.c])
        let groups: Int
        do { groups = try convolutionGroups(channels: channels, filter: fs) } catch let e as ShapeError { throw fail(n, e.message) }
        var pads: [Int] = [], outputPadding: [Int] = []
        for (size, k, s, d, isHeight) in [(h, fs[0], c.strideH, c.dilationH, true), (wd, fs[1], c.strideW, c.dilationW, false)] {
            let g: AxisGeometry
            do { g = try AxisGeometry(input: size, window: k, stride: s, dilation: d, padding: c.padding, isHeight: isHeight) }
            catch let e as ShapeError { throw fail(n, e.message) }
            pads.append(g.padBefore)
            outputPadding.append(max(-g.padAfter, 0))
            pads.append(max(g.padAfter, 0))
        }
        let layout = c.dataFormat == .nhwc ? Permutation.nchw : nil
        let out = outputName(Value(node: i), layout)
        add("ConvTranspose", [try name(dy, layout), try name(w, Permutation.oihw)], [out], name: n.name, main: true, [
            .ints("dilations", [c.dilationH, c.dilationW]), .int("group", groups), .ints("kernel_shape", [fs[0], fs[1]]),
            .ints("output_padding", outputPadding), .ints("pads", [pads[0], pads[2], pads[1], pads[3]]),
            .ints("strides", [c.strideH, c.strideW]),
        ])
        define(Value(node: i), layout, out)
    }

    /// MaxPool and AveragePool; GraphIR's average, as TensorFlow's, divides by the window's
    /// pixels inside the image (count_include_pad = 0).
    mutating func pool(_ n: Node, _ i: Int, _ p: PoolAttributes) throws {
        let x = n.inputs[0]
        let image = try spatial(n, x, p.dataFormat)
        let pads = try self.pads(n, p.padding, height: image.h, width: image.w, window: (p.windowH, p.windowW),
                                 stride: (p.strideH, p.strideW))
        let layout = p.dataFormat == .nhwc ? Permutation.nchw : nil
        var attributes: [AttributeProto] = [.ints("kernel_shape", [p.windowH, p.windowW]), .ints("pads", pads),
                                            .ints("strides", [p.strideH, p.strideW])]
        if p.kind == .avg { attributes.insert(.int("count_include_pad", 0), at: 0) }
        let out = outputName(Value(node: i), layout)
        add(p.kind == .max ? "MaxPool" : "AveragePool", [try name(x, layout)], [out], name: n.name, main: true, attributes)
        define(Value(node: i), layout, out)
    }

    /// TensorFlow's resizes as ONNX's Resize over NCHW: bilinear is `linear` with the same
    /// coordinate transform; nearest rounds TensorFlow's way (floor of the source coordinate
    /// without half-pixel centres, round half up with them or with aligned corners).
    mutating func resize(_ n: Node, _ i: Int, _ r: ResizeAttributes) throws {
        let x = n.inputs[0]
        let image = try spatial(n, x, .nhwc)
        let transform = r.alignCorners ? "align_corners" : r.halfPixelCenters ? "half_pixel" : "asymmetric"
        var attributes: [AttributeProto] = [.string("coordinate_transformation_mode", transform)]
        switch r.method {
        case .bilinear:
            attributes.append(.string("mode", "linear"))
        case .nearest:
            attributes.append(.string("mode", "nearest"))
            attributes.append(.string("nearest_mode", r.alignCorners || r.halfPixelCenters ? "round_prefer_ceil" : "floor"))
        }
        let input = try name(x, Permutation.nchw)
        // Sizes of every axis, as opsets before 18 need them. Opset 18's `axes = [2, 3]` with
        // sizes of those alone would do, but onnxruntime 1.32 then fails to load the model
        // ("Number of elements of input 'sizes' (0) does not match the number of axes (2)") when
        // its transpose optimizer moves the Transposes around the Resize.
        let sizes: String
        if image.n >= 0, image.c >= 0 {
            sizes = int64s([image.n, image.c, r.height, r.width], n.name, "sizes")
        } else {
            // The batch and channels from the image's shape.
            let shape = helper("Shape", [input], n.name)
            let leading = helper("Slice", [shape, int64s([0], n.name, "starts"), int64s([2], n.name, "ends")], n.name)
            sizes = helper("Concat", [leading, int64s([r.height, r.width], n.name, "spatial")], n.name, [.int("axis", 0)])
        }
        let out = outputName(Value(node: i), Permutation.nchw)
        add("Resize", [input, "", "", sizes], [out], name: n.name, main: true, attributes)
        define(Value(node: i), Permutation.nchw, out)
    }
}
