import GraphIR

extension GraphDefExporter {
    /// Image resizing and its gradients, as TensorFlow writes them (sizes as Const inputs); by
    /// ONNX's rule, as GraphJIT's own ops with the rule's attributes instead of TensorFlow's flags.
    static func resizeAttributes(_ n: Node, _ graph: Graph, _ def: inout NodeDef, _ out: inout ExportedNodes) {
        let r: ResizeAttributes
        switch n.op {
        case .resize(let attributes):
            r = attributes
            out.constantInput(&def, "size", [r.height, r.width])
        case let .resizeGrad(attributes, inputShape):
            r = attributes
            if r.method == .nearest {
                out.constantInput(&def, "size", [inputShape[1], inputShape[2]])
            } else {
                // ResizeBilinearGrad reads only the original image's shape; zeros carry it.
                let zeros = Tensor(shape: inputShape, floats: Array(repeating: 0, count: inputShape.reduce(1, *)))
                let name = out.freshName("\(def.name)/original_image")
                out.nodes.append(NodeDef(name: name, op: "Const", attr: ["dtype": type(.float32), "value": AttrValue(.tensor(tensorProto(zeros)))]))
                def.input.append(name)
            }
        default:
            return
        }
        def.attr["T"] = type(graph[n.inputs[0]].dtype)
        switch r.rule {
        case .tensorFlow:
            def.attr["align_corners"] = AttrValue(.b(r.alignCorners))
            def.attr["half_pixel_centers"] = AttrValue(.b(r.halfPixelCenters))
        case .onnx(let o):
            def.attr["coordinate_transformation_mode"] = string(o.coordinates.rawValue)
            def.attr["nearest_mode"] = string(o.nearest.rawValue)
            var scales = ListValue()
            scales.f = [o.scaleH, o.scaleW]
            def.attr["scales"] = AttrValue(.list(scales))
        }
    }
}
