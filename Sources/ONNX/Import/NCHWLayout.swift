import GraphIR

/// ONNX images are NCHW and its filters OIHW; GraphJIT's fast kernels are NHWC with HWIO
/// filters. A lowering that needs the NHWC form wraps its op in transposes: the image into NHWC
/// before, the result back to NCHW after, the filter to HWIO (a constant transpose that constant
/// folding does once). Every ONNX value keeps ONNX's layout, so `--output` of any inner value is
/// what onnxruntime gives; the `layout` pass then cancels the transposes that meet between two
/// such ops and moves the rest through element-wise ops, so a chain of convolutions runs without
/// a transpose per layer.
enum NCHWLayout {
    /// `[N,C,H,W]` -> `[N,H,W,C]`.
    static let toNHWC = [0, 2, 3, 1]
    /// `[N,H,W,C]` -> `[N,C,H,W]`.
    static let toNCHW = [0, 3, 1, 2]
    /// `[O,I,KH,KW]` -> `[KH,KW,I,O]`.
    static let toHWIO = [2, 3, 1, 0]
}

extension ONNXNode {
    mutating func nhwc(_ v: Value) throws -> Value { try add("nhwc", .transpose(NCHWLayout.toNHWC), [v]) }
    mutating func hwio(_ v: Value) throws -> Value { try add("hwio", .transpose(NCHWLayout.toHWIO), [v]) }
    /// The NHWC value `v` back in NCHW, as the node's result.
    mutating func nchwResult(_ v: Value) throws -> Value { try result(.transpose(NCHWLayout.toNCHW), [v]) }

    /// Runs `body` on input 0 seen as a 4-D NHWC image: a 3-D `[N,C,L]` input (1-D convolution or
    /// pooling) is treated as `[N,C,1,L]` and its result reshaped back.
    mutating func spatial2D(_ x: Value, _ body: (inout ONNXNode, Value) throws -> Value) throws -> Value {
        guard let r = type(x).rank else { throw fail("the rank of the input is unknown") }
        switch r {
        case 4:
            return try nchwResult(try body(&self, try nhwc(x)))
        case 3:
            let four = try add("as_2d", .expandDims(axis: 2), [x])
            let y = try add("nchw", .transpose(NCHWLayout.toNCHW), [try body(&self, try nhwc(four))])
            return try result(.squeeze(axes: [2]), [y])
        default:
            throw fail("input of rank \(r) is not supported (GraphJIT handles 1-D and 2-D images: rank 3 or 4)")
        }
    }
}
