/// The op table: GraphJIT's closed set of primitive ops with typed attributes.
/// Importers map TensorFlow ops onto these; every concern (shape rule, lowering, reference,
/// gradient) is one exhaustive `switch` over this enum, so adding a case is checked by the compiler.
public enum Op: Hashable, Sendable {
    /// A graph input; `shape` entries of -1 (or a nil shape) are fixed at compile time.
    case placeholder(dtype: DType, shape: [Int]?)
    /// A constant tensor.
    case constant(Tensor)
    /// Forwards its input.
    case identity
    /// Element-wise function of one input.
    case unary(UnaryOp)
    /// Element-wise function of two inputs with NumPy broadcasting.
    case binary(BinaryOp)
    /// `[m,k] x [k,n]`, optionally transposing either operand.
    case matMul(transposeA: Bool, transposeB: Bool)
    /// 2-D convolution of input `[N,H,W,C]` (or NCHW) with filter `[KH,KW,C,F]` (always HWIO).
    case conv2D(Conv2DAttributes)
    /// Max or average pooling over a spatial window.
    case pool(PoolAttributes)
    /// Adds a rank-1 bias along the channel axis of `dataFormat`.
    case biasAdd(DataFormat)
    /// Softmax over the last axis, computed stably (max subtracted).
    case softmax
    /// Same elements, new shape; one entry may be -1.
    case reshape([Int])
    /// Reduction over `axes` (non-negative, sorted, unique); `keepDims` keeps them as size 1.
    case reduce(ReduceKind, axes: [Int], keepDims: Bool)

    // MARK: training

    /// A trainable variable (TensorFlow's `VariableV2`): state that lives across runs.
    case variable(dtype: DType, shape: [Int])
    /// Writes input 1 into the variable that is input 0, after everything else in the run has read
    /// the old value; its value is the new one.
    case assign
    /// Dropout (our own op, `Dropout` with attribute `rate`): identity at inference; in a training
    /// step each element is zeroed with probability `rate` and the rest scaled by 1 / (1 - rate).
    case dropout(rate: Double)
    /// Uniform floats in [0, 1) from a counter-based generator: element i is a hash of
    /// (`seed`, the int64 scalar input, i), so a run is reproducible and steps differ.
    case randomUniform(seed: UInt64, shape: [Int])
    /// `(logits [N,C], labels [N] int)` -> `(loss [N], backprop [N,C])`, computed from the logits stably.
    case sparseSoftmaxCrossEntropy
    /// `(logits [N,C], labels [N,C] probabilities)` -> `(loss [N], backprop [N,C])`.
    case softmaxCrossEntropy
    /// Index of the largest element along `axis` (first one on ties), as `outputType` (int32/int64).
    case argMax(axis: Int, outputType: DType)
    /// Element-wise comparison with broadcasting; the result is bool.
    case compare(CompareOp)
    /// `(condition bool, a, b)` -> `condition ? a : b`, all three broadcast (TensorFlow's SelectV2).
    case select
    /// Element-wise conversion (float <-> int truncates toward zero, bool is 0/1).
    case cast(DType)
    /// Broadcasts the input to `shape` (NumPy rules).
    case broadcastTo([Int])
    /// Permutes dimensions: output dimension i is input dimension `perm[i]`.
    case transpose([Int])
    /// Reverses the order of elements along `axes` (non-negative, sorted, unique); TensorFlow's `ReverseV2`.
    case reverse(axes: [Int])
    /// Gradient of Conv2D with respect to its input: `(filter, dy)` -> dx of `inputShape`.
    case conv2DBackpropInput(Conv2DAttributes, inputShape: [Int])
    /// Gradient of Conv2D with respect to its filter: `(x, dy)` -> dFilter of `filterShape`.
    case conv2DBackpropFilter(Conv2DAttributes, filterShape: [Int])
    /// Gradient of max pooling: `(x, y, dy)` -> dx; each window's gradient goes to its first maximum.
    case maxPoolGrad(PoolAttributes)
    /// Gradient of average pooling: `(dy)` -> dx of `inputShape`.
    case avgPoolGrad(PoolAttributes, inputShape: [Int])

    // MARK: shapes known only once the inputs are (TensorFlow's Shape -> StridedSlice -> Pack -> Reshape)

    /// The input's shape as a vector of `outType` (int32 or int64). Once the input's shape is
    /// static, the `shapes` pass replaces it by a constant.
    case shape(outType: DType)
    /// Reshape to the shape held in the int vector input 1 (one entry may be -1): the output's
    /// dimensions are unknown until that input is a constant, when the `shapes` pass makes it a `reshape`.
    case dynamicReshape
    /// Broadcast input 0 to the shape held in the int vector input 1 (TensorFlow's Fill and
    /// BroadcastTo with a computed shape); becomes `broadcastTo` once that input is a constant.
    case dynamicBroadcast
    /// Transpose by the permutation held in the int vector input 1 (Keras' tensordot computes it
    /// with ConcatV2); becomes `transpose` once that input is a constant.
    case dynamicTranspose
    /// A tensor of the input's shape and dtype with every element `value` (ZerosLike, OnesLike).
    case splat(Double)
    /// `count` values `start + i·delta` of `dtype` (TensorFlow's Range with constant bounds).
    case range(start: Double, delta: Double, count: Int, dtype: DType)
    // MARK: layout (data movement; see Op+Layout.swift)

    /// Pads each dimension with `before[d]` and `after[d]` elements: copies of the scalar input 1
    /// (constant mode, TensorFlow's Pad and PadV2) or the input mirrored at its edges (MirrorPad).
    case pad(before: [Int], after: [Int], mode: PadMode)
    /// Joins `count` inputs (all inputs of the op) along `axis` (non-negative).
    case concat(axis: Int, count: Int)
    /// Cuts the input along `axis` into pieces, one output each (TensorFlow's Split and SplitV).
    case split(axis: Int, pieces: SplitPieces)
    /// Drops dimensions of size 1: those at `axes` (non-negative, sorted, unique), or every one when
    /// `axes` is empty. Same bytes, another shape.
    case squeeze(axes: [Int])
    /// Inserts a dimension of size 1 at `axis` (non-negative, at most the input's rank). Same bytes.
    case expandDims(axis: Int)
    /// The block starting at `begin` of `size` elements per dimension (-1: to the end).
    case slice(begin: [Int], size: [Int])
    /// TensorFlow's StridedSlice, kept in TensorFlow's sparse form and resolved against the input
    /// shape by the shape rule (`StridedSliceSpec.resolve`).
    case stridedSlice(StridedSliceSpec)
    /// Repeats the input `multiples[d]` times along each dimension.
    case tile(multiples: [Int])
    /// Stacks `count` inputs of one shape along a new dimension `axis` (non-negative, at most their rank).
    case pack(axis: Int, count: Int)
    /// Splits dimension `axis` (non-negative) of size `count` into `count` outputs without it.
    case unpack(axis: Int, count: Int)
    /// `(params, indices)` -> params gathered at `indices` along `axis`, the first `batchDims`
    /// dimensions of both being batch dimensions (TensorFlow's GatherV2). An index outside the axis
    /// at run time gives zeros (generated code has no error channel; TensorFlow's CPU kernel fails).
    case gather(axis: Int, batchDims: Int)
    /// Gradient of `gather`: `(indices, dy)` -> d params of `paramsShape`, each dy slice added at its
    /// index (out-of-range indices add nothing).
    case gatherGrad(axis: Int, batchDims: Int, paramsShape: [Int])
    // MARK: element-wise and batched products of real models

    /// `log(softmax(x))` over the last axis, computed stably as `x - max - log(Σ exp(x - max))`.
    case logSoftmax
    /// `op(A) x op(B)` over the last two axes of tensors of rank >= 2, where `op` transposes when
    /// `adjX` / `adjY` (the adjoint of a real matrix); the leading (batch) axes broadcast NumPy-style.
    case batchMatMul(adjX: Bool, adjY: Bool)
    /// TensorFlow's `Cast` with `Truncate: true` to float32: a float64 loses the mantissa bits float32
    /// lacks by truncation (toward zero) instead of rounding; other conversions are `cast`'s.
    case truncatingCast(DType)
    // MARK: image resizing

    /// Resizes an NHWC image `[N,H,W,C]` to `[N,height,width,C]` with TensorFlow's coordinate rules
    /// or ONNX's (`ResizeAttributes.rule`) (bilinear: float32 only, as both compute it; nearest:
    /// any numeric dtype).
    case resize(ResizeAttributes)
    /// Gradient of `resize` with respect to its image: `(dy [N,height,width,C])` -> dx of `inputShape`.
    case resizeGrad(ResizeAttributes, inputShape: [Int])
    // MARK: Winograd convolution (inference, pass `winograd`)

    /// One of the two transforms of Winograd's F(2x2, 3x3) convolution (`WinogradAttributes`):
    /// a 3x3 stride-1 NHWC convolution is `output(input(x) · U)`, 16 products of `[T, C] x [C, F]`
    /// between these transforms of the image's 4x4 tiles and the filter's transform `U = G g Gᵀ`.
    case winograd(WinogradAttributes)
}

/// Winograd's F(2x2, 3x3) transforms. Output tile `(ty, tx)` of image `n` is output pixels
/// `2ty..2ty+1 x 2tx..2tx+1`; tile index `t = (n·TH + ty)·TW + tx` with `TH = ⌈height/2⌉`,
/// `TW = ⌈width/2⌉`; position `ab = 4a + b` of the 4x4 transform.
/// - `input`: `x [N,H,W,C]` -> `V [16, N·TH·TW, C]`, `V[ab,t,c] = (Bᵀ d B)[a,b]` with `d` the 4x4
///   input patch from row `2ty - padTop`, column `2tx - padLeft` (zero outside the image) and
///   `Bᵀ = [[1,0,-1,0],[0,1,1,0],[0,-1,1,0],[0,1,0,-1]]`.
/// - `output`: `M [16, N·TH·TW, F]` -> `y [N,height,width,F]`, each tile `Aᵀ m A` with
///   `Aᵀ = [[1,1,1,0],[0,1,-1,-1]]`, the pixels past `height` / `width` dropped.
public struct WinogradAttributes: Hashable, Sendable {
    public enum Stage: String, Hashable, Sendable { case input, output }
    public var stage: Stage
    /// Padding rows and columns before the image (the convolution's top and left padding).
    public var padTop: Int, padLeft: Int
    /// The convolution's output size.
    public var height: Int, width: Int

    public init(stage: Stage, padTop: Int, padLeft: Int, height: Int, width: Int) {
        self.stage = stage
        self.padTop = padTop; self.padLeft = padLeft
        self.height = height; self.width = width
    }

    public var tilesH: Int { height / 2 + height % 2 }
    public var tilesW: Int { width / 2 + width % 2 }
    public var summary: String { "stage=\(stage.rawValue),pad=\(padTop)x\(padLeft),output=\(height)x\(width)" }
}

public enum ResizeMethod: String, Hashable, Sendable, CaseIterable { case bilinear, nearest }

/// A resize: the output size and how output pixel centres map to input coordinates, by
/// TensorFlow's `ResizeBilinear` / `ResizeNearestNeighbor` (`alignCorners`, `halfPixelCenters`,
/// not both set) or by ONNX's `Resize` (`rule`, with both flags false).
public struct ResizeAttributes: Hashable, Sendable {
    public var method: ResizeMethod
    public var height: Int, width: Int
    public var alignCorners: Bool
    public var halfPixelCenters: Bool
    public var rule: ResizeRule

    public init(method: ResizeMethod, height: Int, width: Int, alignCorners: Bool = false, halfPixelCenters: Bool = false,
                rule: ResizeRule = .tensorFlow) {
        self.method = method
        self.height = height; self.width = width
        self.alignCorners = alignCorners; self.halfPixelCenters = halfPixelCenters
        self.rule = rule
    }
}

/// Whose coordinate rules a resize follows. The two differ in more than names: TensorFlow
/// multiplies by `in / out` (or `(in-1) / (out-1)`), ONNX divides by the scale the model gives
/// (which `out / in` need not equal: a scale of 1.5 from 5 gives 7), rounds nearest pixels
/// its own four ways, and leaves an axis of scale 1 alone; each computes in float32, and every
/// index and weight must be the one its own runtime picks.
public enum ResizeRule: Hashable, Sendable {
    /// `ResizeBilinear` / `ResizeNearestNeighbor`, by `alignCorners` and `halfPixelCenters`.
    case tensorFlow
    /// ONNX's `Resize` (and `Upsample`) as onnxruntime computes it.
    case onnx(ONNXResizeRule)
}

/// ONNX's `coordinate_transformation_mode`, `nearest_mode` and scales for the two spatial axes.
/// Output pixel `o` of an axis of `in` inputs, `out` outputs and scale `s` reads coordinate `x`
/// (float32): `half_pixel` `(o+0.5)/s - 0.5`; `asymmetric` `o/s`; `pytorch_half_pixel` that of
/// half_pixel, or 0 when `out` is 1; `tf_half_pixel_for_nn` `(o+0.5)/s`; `align_corners`
/// `o·(in-1)/(out-1)`, or 0 when `out` is 1; `half_pixel_symmetric` half_pixel's shifted by
/// `in/2 · (1 - out/(s·in))`. An axis whose scale is 1 reads `x = o`. Nearest rounds `x` by
/// `nearest`, linear clamps it into `[0, in-1]` and interpolates between `⌊x⌋` and the next
/// pixel; indices are clamped into the input.
public struct ONNXResizeRule: Hashable, Sendable {
    public enum Coordinates: String, Hashable, Sendable, CaseIterable {
        case halfPixel = "half_pixel", halfPixelSymmetric = "half_pixel_symmetric", pytorchHalfPixel = "pytorch_half_pixel"
        case alignCorners = "align_corners", asymmetric = "asymmetric", tfHalfPixelForNN = "tf_half_pixel_for_nn"
    }

    /// How nearest picks a pixel from `x`: halves down or up (`round_prefer_ceil` is C's
    /// `round`, halves away from zero), always down or up, or `legacy`: Upsample's and opset 10
    /// Resize's rule, toward zero on an axis that grows and up on one that shrinks.
    public enum Nearest: String, Hashable, Sendable, CaseIterable {
        case roundPreferFloor = "round_prefer_floor", roundPreferCeil = "round_prefer_ceil", floor, ceil, legacy
    }

    public var coordinates: Coordinates
    public var nearest: Nearest
    /// The scales of the height and width axes (output size over input size, as the model gives them).
    public var scaleH: Float, scaleW: Float

    public init(coordinates: Coordinates, nearest: Nearest, scaleH: Float, scaleW: Float) {
        self.coordinates = coordinates
        self.nearest = nearest
        self.scaleH = scaleH; self.scaleW = scaleW
    }
}

public enum CompareOp: String, Hashable, Sendable, CaseIterable {
    case equal, notEqual, less, lessEqual, greater, greaterEqual
}

public enum UnaryOp: String, Hashable, Sendable, CaseIterable {
    case neg, relu, exp, log, sqrt, rsqrt, square, abs, tanh, sigmoid
    /// `x > 0 ? x : e^x - 1`.
    case elu
    /// `log(1 + e^x)` with TensorFlow's cut-offs: `x` above `-log(ε) - 2`, `e^x` below `log(ε) + 2`.
    case softplus
    /// The error function and its complement `1 - erf(x)`, each accurate on its own (no cancellation).
    case erf, erfc
    /// `log(1 + x)` and `e^x - 1`, accurate near 0.
    case log1p, expm1
    /// Rounding to an integer value: down, up, and to the nearest with ties to even (TensorFlow's `Round`).
    case floor, ceil, round
    /// -1, 0 or 1 (NaN stays NaN; -0 gives 0).
    case sign
    /// `1 / x` (TensorFlow's `Reciprocal` and `Inv`).
    case reciprocal
    case sin, cos

    /// Whether the op is defined on int32 and int64 (the others need a floating-point input).
    public var takesIntegers: Bool {
        switch self {
        case .neg, .relu, .square, .abs, .sign, .round: return true
        case .exp, .log, .sqrt, .rsqrt, .tanh, .sigmoid, .elu, .softplus, .erf, .erfc, .log1p, .expm1, .floor,
             .ceil, .reciprocal, .sin, .cos: return false
        }
    }
}

public enum BinaryOp: String, Hashable, Sendable, CaseIterable {
    case add, sub, mul, div, maximum, minimum
    /// TensorFlow's `ReluGrad(dy, x)`: `x > 0 ? dy : 0`.
    case reluGrad
    /// `x^y`; for integers by repeated squaring, wrapping (TensorFlow refuses negative exponents).
    case pow
    /// Division rounded toward -infinity, and the remainder with the divisor's sign (Python's `//`, `%`).
    case floorDiv, floorMod
}

public enum ReduceKind: String, Hashable, Sendable, CaseIterable {
    case sum, mean, max
    case min, prod
    /// Logical and / or of bools.
    case all, any
}

/// Where the channel axis is: NHWC (TensorFlow's default) or NCHW (Theano's "bc01", the seeds' layout).
public enum DataFormat: String, Hashable, Sendable, CaseIterable {
    case nhwc = "NHWC", nchw = "NCHW"

    /// Axis indices of (batch, height, width, channel) in a rank-4 tensor.
    public var axes: (n: Int, h: Int, w: Int, c: Int) {
        switch self {
        case .nhwc: return (0, 1, 2, 3)
        case .nchw: return (0, 2, 3, 1)
        }
    }

    /// The channel axis of a tensor of rank `rank` (BiasAdd accepts rank >= 2).
    public func channelAxis(rank: Int) -> Int { self == .nhwc ? rank - 1 : 1 }
}

/// Spatial padding. `explicit` gives (top, bottom, left, right).
public enum Padding: Hashable, Sendable {
    case valid, same
    case explicit(top: Int, bottom: Int, left: Int, right: Int)
}

public struct Conv2DAttributes: Hashable, Sendable {
    public var strideH: Int, strideW: Int
    public var dilationH: Int, dilationW: Int
    public var padding: Padding
    public var dataFormat: DataFormat
    /// The filter's layout. 0: TensorFlow's HWIO `[KH,KW,C,F]`. k > 0: packed by the inference
    /// pass `pack` as `[F/k, KH, KW, C, k]`, each block of k output channels one contiguous run, so
    /// a kernel computing one block streams its filter instead of reading k of every F elements
    /// (which, a page apart for F >= 1024, the hardware prefetchers do not follow).
    public var filterBlock: Int
    /// Zero output channels that fill a packed filter's last block when k does not divide F
    /// (Xception's 728 channels in blocks of 16: 8): the packed shape is `[ceil(F/k), KH, KW, C, k]`
    /// and F its blocks times k less this. 0 when unpacked.
    public var filterPadding: Int

    public init(strideH: Int = 1, strideW: Int = 1, dilationH: Int = 1, dilationW: Int = 1,
                padding: Padding = .valid, dataFormat: DataFormat = .nhwc, filterBlock: Int = 0, filterPadding: Int = 0) {
        self.strideH = strideH; self.strideW = strideW
        self.dilationH = dilationH; self.dilationW = dilationW
        self.padding = padding; self.dataFormat = dataFormat
        self.filterBlock = filterBlock
        self.filterPadding = filterPadding
    }

    /// The HWIO shape `[KH,KW,C,F]` of a filter stored as `stored` in this layout; nil when the
    /// stored shape does not fit it (rank, a packed block of another width, or padding that is not
    /// less than a block).
    public func hwioFilterShape(_ stored: [Int]) -> [Int]? {
        guard filterBlock > 0 else { return stored.count == 4 && filterPadding == 0 ? stored : nil }
        guard stored.count == 5, stored[4] == filterBlock, (0..<filterBlock).contains(filterPadding),
              stored[0] * filterBlock > filterPadding else { return nil }
        return [stored[1], stored[2], stored[3], stored[0] * filterBlock - filterPadding]
    }

    /// The zero filters that make `filters` output channels whole blocks of `block`.
    public static func filterPadding(filters: Int, block: Int) -> Int { (block - filters % block) % block }
}

public enum PoolKind: String, Hashable, Sendable { case max, avg }

public struct PoolAttributes: Hashable, Sendable {
    public var kind: PoolKind
    public var windowH: Int, windowW: Int
    public var strideH: Int, strideW: Int
    /// `.valid`, `.same`, or `.explicit` (MaxPool only, as in TensorFlow).
    public var padding: Padding
    public var dataFormat: DataFormat

    public init(kind: PoolKind, windowH: Int, windowW: Int, strideH: Int, strideW: Int,
                padding: Padding = .valid, dataFormat: DataFormat = .nhwc) {
        self.kind = kind
        self.windowH = windowH; self.windowW = windowW
        self.strideH = strideH; self.strideW = strideW
        self.padding = padding; self.dataFormat = dataFormat
    }
}

extension Op {
    /// The op's name as TensorFlow users know it, for messages and printing.
    public var name: String {
        switch self {
        case .placeholder: return "Placeholder"
        case .constant: return "Const"
        case .identity: return "Identity"
        case .unary(let u):
            switch u {
            case .neg: return "Neg"
            case .relu: return "Relu"
            case .exp: return "Exp"
            case .log: return "Log"
            case .sqrt: return "Sqrt"
            case .rsqrt: return "Rsqrt"
            case .square: return "Square"
            case .abs: return "Abs"
            case .tanh: return "Tanh"
            case .sigmoid: return "Sigmoid"
            case .elu: return "Elu"
            case .softplus: return "Softplus"
            case .erf: return "Erf"
            case .erfc: return "Erfc"
            case .log1p: return "Log1p"
            case .expm1: return "Expm1"
            case .floor: return "Floor"
            case .ceil: return "Ceil"
            case .round: return "Round"
            case .sign: return "Sign"
            case .reciprocal: return "Reciprocal"
            case .sin: return "Sin"
            case .cos: return "Cos"
            }
        case .binary(let b):
            switch b {
            case .add: return "Add"
            case .sub: return "Sub"
            case .mul: return "Mul"
            case .div: return "RealDiv"
            case .maximum: return "Maximum"
            case .minimum: return "Minimum"
            case .reluGrad: return "ReluGrad"
            case .pow: return "Pow"
            case .floorDiv: return "FloorDiv"
            case .floorMod: return "FloorMod"
            }
        case .matMul: return "MatMul"
        case .conv2D: return "Conv2D"
        case .pool(let p): return p.kind == .max ? "MaxPool" : "AvgPool"
        case .biasAdd: return "BiasAdd"
        case .softmax: return "Softmax"
        case .reshape: return "Reshape"
        case .reduce(let k, _, _):
            switch k {
            case .sum: return "Sum"
            case .mean: return "Mean"
            case .max: return "Max"
            case .min: return "Min"
            case .prod: return "Prod"
            case .all: return "All"
            case .any: return "Any"
            }
        case .variable: return "VariableV2"
        case .assign: return "Assign"
        case .dropout: return "Dropout"
        case .randomUniform: return "RandomUniform"
        case .sparseSoftmaxCrossEntropy: return "SparseSoftmaxCrossEntropyWithLogits"
        case .softmaxCrossEntropy: return "SoftmaxCrossEntropyWithLogits"
        case .argMax: return "ArgMax"
        case .compare(let c):
            switch c {
            case .equal: return "Equal"
            case .notEqual: return "NotEqual"
            case .less: return "Less"
            case .lessEqual: return "LessEqual"
            case .greater: return "Greater"
            case .greaterEqual: return "GreaterEqual"
            }
        case .select: return "SelectV2"
        case .cast: return "Cast"
        case .broadcastTo: return "BroadcastTo"
        case .transpose: return "Transpose"
        case .reverse: return "ReverseV2"
        case .conv2DBackpropInput: return "Conv2DBackpropInput"
        case .conv2DBackpropFilter: return "Conv2DBackpropFilter"
        case .maxPoolGrad: return "MaxPoolGrad"
        case .avgPoolGrad: return "AvgPoolGrad"
        case .shape: return "Shape"
        case .dynamicReshape: return "Reshape"
        case .dynamicBroadcast: return "BroadcastTo"
        case .dynamicTranspose: return "Transpose"
        case .splat(let v): return v == 0 ? "ZerosLike" : v == 1 ? "OnesLike" : "Fill"
        case .range: return "Range"
        case .pad(_, _, let mode):
            switch mode {
            case .constant: return "PadV2"
            case .reflect, .symmetric: return "MirrorPad"
            case .edge: return "EdgePad"
            }
        case .concat: return "ConcatV2"
        case .split(_, let pieces):
            switch pieces {
            case .equal: return "Split"
            case .sizes: return "SplitV"
            }
        case .squeeze: return "Squeeze"
        case .expandDims: return "ExpandDims"
        case .slice: return "Slice"
        case .stridedSlice: return "StridedSlice"
        case .tile: return "Tile"
        case .pack: return "Pack"
        case .unpack: return "Unpack"
        case .gather: return "GatherV2"
        case .gatherGrad: return "GatherGrad"
        case .logSoftmax: return "LogSoftmax"
        case .batchMatMul: return "BatchMatMulV2"
        case .truncatingCast: return "Cast"
        case .resize(let r): return r.method == .bilinear ? "ResizeBilinear" : "ResizeNearestNeighbor"
        case .resizeGrad(let r, _): return r.method == .bilinear ? "ResizeBilinearGrad" : "ResizeNearestNeighborGrad"
        case .winograd(let w): return w.stage == .input ? "WinogradInputTransform" : "WinogradOutputTransform"
        }
    }
}
