import GraphIR

/// One row of nolearn's layer table: a layer is a name scope (`layerScopes`: `conv2d1` for
/// `conv2d1/W`, `conv2d1/b` and the output `conv2d1`, as the builder names them; TensorFlow's and
/// Keras' scopes alike), and its parameters are the variables (or, frozen, the float constants) in it.
public struct LayerSummary: Sendable, Equatable {
    public var name: String
    /// The output shape without the batch dimension, channels first for images (`32x24x24`).
    public var size: String
    /// Output units per example.
    public var units: Int
    public var parameters: Int
    /// nolearn's learning capacity and image coverage in percent, (Y, X): the real filter size
    /// over the receptive field, and the receptive field over the image (Xudong Cao's measures).
    public var capacity: (y: Double, x: Double)
    public var coverage: (y: Double, x: Double)
    /// The filter size in input pixels (scaled by the pooling before it) and the receptive field.
    public var realFilter: (y: Double, x: Double)
    public var receptiveField: (y: Double, x: Double)

    public static func == (a: Self, b: Self) -> Bool {
        a.name == b.name && a.size == b.size && a.units == b.units && a.parameters == b.parameters
            && a.capacity == b.capacity && a.coverage == b.coverage && a.realFilter == b.realFilter
            && a.receptiveField == b.receptiveField
    }
}

extension Model {
    /// The layers in graph order, with nolearn's capacity and coverage. As nolearn computes them:
    /// convolutions count their filter size (not padding, stride or dilation), max pooling
    /// multiplies the scale of later filters by its window, and the first layer of any other kind
    /// (dense, dropout, average pooling, ...) ends the convolutional part: it and all later layers
    /// get 100%.
    public var layers: [LayerSummary] {
        let g = graph
        var rows: [LayerSummary] = []
        var image: (y: Double, x: Double)?
        var convolutional = true, firstConvolution = true
        var scale = (y: 1.0, x: 1.0)
        var real = (y: 0.0, x: 0.0), field = (y: 0.0, x: 0.0)
        for (name, n, members) in layerScopes() {
            let shape = Array((n.types.first?.shape ?? []).dropFirst())
            let dims = shape.map { $0 < 0 ? "?" : String($0) }
            // Images print channels first: an NHWC shape is reordered, a channels-first (ONNX) one is so already.
            let size = (dims.count == 3 && !channelsFirst ? [dims[2], dims[0], dims[1]] : dims).joined(separator: "x")
            // Variables of a trainable graph, or the float constants a frozen one holds in their place.
            let parameters = members.reduce(0) { $0 + Model.parameters(of: $1) }
            let filter = members.lazy.compactMap { m -> (Double, Double)? in
                guard case .conv2D = m.op, let fs = g[m.inputs[1]].shape, fs.count == 4 else { return nil }
                return (Double(fs[0]), Double(fs[1]))
            }.first
            let window = members.lazy.compactMap { m -> (Double, Double)? in
                guard case .pool(let p) = m.op, p.kind == .max else { return nil }
                return (Double(p.windowH), Double(p.windowW))
            }.first
            if image == nil {
                // The input layer: its image size (NHWC, or NCHW for ONNX) is what coverage is measured against.
                let (y, x) = channelsFirst ? (1, 2) : (0, 1)
                image = shape.count == 3 ? (Double(max(shape[y], 1)), Double(max(shape[x], 1))) : (1, 1)
                real = image ?? (1, 1)
                field = real
            } else if !convolutional {
                real = image ?? (1, 1); field = real
            } else if let (fy, fx) = filter {
                real = (fy * scale.y, fx * scale.x)
                field = firstConvolution ? (fy, fx) : (field.y + scale.y * (fy - 1), field.x + scale.x * (fx - 1))
                firstConvolution = false
            } else if let (wy, wx) = window {
                scale = (scale.y * wy, scale.x * wx)
            } else if channelsFirst, members.allSatisfy({ m in
                switch m.op { case .unary, .binary: return true; default: return false }
            }) {
                // An ONNX activation (Relu) is a layer of its own, where nolearn's is part of the
                // convolution's: it changes neither the filter size nor the field.
            } else {
                convolutional = false
                real = image ?? (1, 1); field = real
            }
            let img = image ?? (1, 1)
            let capacity = (y: field.y > 0 ? 100 * real.y / field.y : 100, x: field.x > 0 ? 100 * real.x / field.x : 100)
            rows.append(LayerSummary(name: name, size: size, units: shape.reduce(1, *), parameters: parameters,
                                     capacity: capacity, coverage: (100 * field.y / img.y, 100 * field.x / img.x),
                                     realFilter: real, receptiveField: field))
        }
        return rows
    }
}

extension Model {
    /// The layers: the first component of the node names (`conv2d1` for `conv2d1/W`,
    /// `conv2d1/Conv2D` and `conv2d1` itself), each layer's output being its scope's last node in
    /// graph order and its members every node of the scope. A scope that wraps nearly the whole
    /// graph (Keras' `vgg16_1/...`) is looked into: its sub-scopes are the layers. Scopes that hold
    /// only weights are not layers.
    func layerScopes() -> [(name: String, output: Node, members: [Node])] {
        func isWeight(_ n: Node) -> Bool {
            switch n.op {
            case .variable, .constant: return true
            default: return false
            }
        }
        // torch's ONNX value names are absolute scopes (`/conv1/Conv_output_0`): the scope is what
        // follows the leading slash.
        func path(_ n: Node) -> Substring { channelsFirst && n.name.hasPrefix("/") ? n.name.dropFirst() : Substring(n.name) }
        var prefix = ""
        while true {
            let inside = graph.nodes.filter { path($0).hasPrefix(prefix) && !isWeight($0) }
            var counts: [String: Int] = [:]
            for n in inside {
                let rest = path(n).dropFirst(prefix.count)
                guard let slash = rest.firstIndex(of: "/") else { continue }
                counts[String(rest[..<slash]), default: 0] += 1
            }
            // One scope holding at least 90% of the computing nodes wraps the model.
            guard let (top, count) = counts.max(by: { $0.value < $1.value }), inside.count >= 10,
                  Double(count) >= 0.9 * Double(inside.count) else { break }
            prefix += top + "/"
        }
        var order: [String] = []
        var scopes: [String: (last: Int, members: [Node])] = [:]
        for (i, n) in graph.nodes.enumerated() {
            let rest: Substring
            if path(n).hasPrefix(prefix) { rest = path(n).dropFirst(prefix.count) } else if case .placeholder = n.op { rest = Substring(n.name) } else if !n.name.contains("/") { rest = Substring(n.name) } else { continue }
            var name = String(rest.prefix { $0 != "/" })
            // torch names an ONNX file's weights by module (`conv1.weight`) and its values by
            // scope (`/conv1/Conv_output_0`): the weight belongs to the module's layer.
            if channelsFirst, isWeight(n), !n.name.contains("/"), let dot = n.name.lastIndex(of: ".") {
                name = String(n.name[..<dot])
            }
            if scopes[name] == nil { order.append(name); scopes[name] = (i, []) }
            scopes[name]?.members.append(n)
            if !isWeight(n) { scopes[name]?.last = i }
        }
        return order.compactMap { name in
            guard let s = scopes[name], !isWeight(graph.nodes[s.last]) else { return nil }
            return (name, graph.nodes[s.last], s.members)
        }.sorted { a, b in
            (graph.index(of: a.output.name) ?? 0) < (graph.index(of: b.output.name) ?? 0)
        }
    }
}

