import GraphIR

/// The window attributes ONNX's Conv, ConvTranspose and pooling ops share, for 1-D (`[N,C,L]`,
/// taken as height 1) and 2-D images, resolved into GraphIR's explicit padding.
struct SpatialAttributes {
    var kernelH: Int, kernelW: Int
    var strideH: Int, strideW: Int
    var dilationH: Int, dilationW: Int
    var padding: Padding

    /// Reads `kernel_shape` (or `kernel` from the filter), `strides`, `dilations`, `pads` and
    /// `auto_pad` for an input of shape `input` (NCHW or NCL). SAME padding needs the spatial
    /// sizes; `ceilMode` widens the end padding so the last, partial window is computed.
    init(_ n: ONNXNode, input: [Int]?, kernel fromFilter: [Int]? = nil, ceilMode: Bool = false) throws {
        guard let rank = input?.count else { throw n.fail("the rank of the input is unknown") }
        guard rank == 3 || rank == 4 else {
            throw n.fail("input of rank \(rank) is not supported (GraphJIT handles 1-D and 2-D images: rank 3 or 4)")
        }
        let dims = rank - 2
        func pair(_ name: String, _ values: [Int]?, _ d: Int) throws -> (Int, Int) {
            let v = values ?? Array(repeating: d, count: dims)
            guard v.count == dims else { throw n.fail("\(name) has \(v.count) entries for \(dims) spatial dimensions") }
            return dims == 1 ? (d, v[0]) : (v[0], v[1])
        }
        guard let kernel = try n.ints("kernel_shape") ?? fromFilter else { throw n.fail("missing required attribute 'kernel_shape'") }
        (kernelH, kernelW) = try pair("kernel_shape", kernel, 1)
        if dims == 1 { kernelH = 1 }
        (strideH, strideW) = try pair("strides", try n.ints("strides"), 1)
        if dims == 1 { strideH = 1 }
        (dilationH, dilationW) = try pair("dilations", try n.ints("dilations"), 1)
        if dims == 1 { dilationH = 1 }
        for (name, v) in [("kernel_shape", min(kernelH, kernelW)), ("strides", min(strideH, strideW)),
                          ("dilations", min(dilationH, dilationW))] where v < 1 {
            throw n.fail("\(name) must be positive")
        }
        let spatial = Array((input ?? [])[2...])
        let sizeH = dims == 1 ? 1 : spatial[0], sizeW = spatial[dims - 1]

        let autoPad = try n.string("auto_pad", default: "NOTSET")
        var top = 0, left = 0, bottom = 0, right = 0
        switch autoPad {
        case "NOTSET":
            let pads = try n.ints("pads") ?? Array(repeating: 0, count: 2 * dims)
            guard pads.count == 2 * dims else { throw n.fail("pads has \(pads.count) entries for \(dims) spatial dimensions") }
            guard pads.allSatisfy({ $0 >= 0 }) else { throw n.fail("negative pads are not supported") }
            if dims == 1 { (left, right) = (pads[0], pads[1]) } else { (top, left, bottom, right) = (pads[0], pads[1], pads[2], pads[3]) }
        case "VALID":
            break
        case "SAME_UPPER", "SAME_LOWER":
            guard sizeH >= 0, sizeW >= 0 else { throw n.fail("auto_pad \(autoPad) needs the input's spatial size to be known") }
            func same(_ size: Int, _ k: Int, _ s: Int, _ d: Int) -> (Int, Int) {
                let out = (size + s - 1) / s
                let total = max((out - 1) * s + (k - 1) * d + 1 - size, 0)
                return autoPad == "SAME_UPPER" ? (total / 2, total - total / 2) : (total - total / 2, total / 2)
            }
            (top, bottom) = same(sizeH, kernelH, strideH, dilationH)
            (left, right) = same(sizeW, kernelW, strideW, dilationW)
        default:
            throw n.fail("auto_pad '\(autoPad)' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID")
        }
        if ceilMode {
            guard sizeH >= 0, sizeW >= 0 else { throw n.fail("ceil_mode needs the input's spatial size to be known") }
            bottom += Self.ceilExtra(sizeH, top, bottom, kernelH, strideH, dilationH)
            right += Self.ceilExtra(sizeW, left, right, kernelW, strideW, dilationW)
        }
        padding = top == 0 && left == 0 && bottom == 0 && right == 0
            ? .valid : .explicit(top: top, bottom: bottom, left: left, right: right)
    }

    /// The padding to add at the end so the floor formula gives ONNX's ceil-mode output size,
    /// `ceil((in + pads - span) / stride) + 1`, less a last window that would start in the end
    /// padding (PyTorch's rule, which onnxruntime follows).
    static func ceilExtra(_ size: Int, _ before: Int, _ after: Int, _ k: Int, _ s: Int, _ d: Int) -> Int {
        let span = (k - 1) * d + 1
        let padded = size + before + after
        guard padded >= span else { return 0 }
        var out = (padded - span + s - 1) / s + 1
        if (out - 1) * s >= size + before { out -= 1 }
        return max(0, (out - 1) * s + span - padded)
    }

    var paddingIsExplicit: Bool { if case .explicit = padding { return true } else { return false } }

    var explicitPads: (top: Int, bottom: Int, left: Int, right: Int) {
        if case let .explicit(t, b, l, r) = padding { return (t, b, l, r) }
        return (0, 0, 0, 0)
    }
}
