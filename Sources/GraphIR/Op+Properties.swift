/// The properties every pass, the planner and code generation ask of an op. Each is one
/// exhaustive `switch` with no `default:`, so a new op does not compile until each property has
/// been decided for it.
extension Op {
    /// Number of inputs the op takes.
    public var arity: Int {
        switch self {
        case .placeholder, .constant, .variable: return 0
        case .identity, .unary, .pool, .softmax, .reshape, .reduce, .dropout, .randomUniform, .argMax,
             .cast, .broadcastTo, .transpose, .reverse, .avgPoolGrad: return 1
        case .resize, .resizeGrad, .winograd: return 1
        case .binary, .matMul, .conv2D, .biasAdd, .assign, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy,
             .compare, .conv2DBackpropInput, .conv2DBackpropFilter: return 2
        case .select, .maxPoolGrad: return 3
        case .range: return 0
        case .shape, .splat: return 1
        case .dynamicReshape, .dynamicBroadcast, .dynamicTranspose: return 2
        case .pad(_, _, let mode): return mode.takesValue ? 2 : 1
        case .concat(_, let count), .pack(_, let count): return count
        case .split, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .unpack: return 1
        case .gather, .gatherGrad: return 2
        case .logSoftmax, .truncatingCast: return 1
        case .batchMatMul: return 2
        }
    }

    /// Number of outputs.
    public var outputCount: Int {
        switch self {
        case .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy: return 2
        case .split(_, let pieces): return pieces.count
        case .unpack(_, let count): return count
        case .pad, .concat, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .pack, .gather, .gatherGrad: return 1
        case .placeholder, .constant, .identity, .unary, .binary, .matMul, .conv2D, .pool, .biasAdd, .softmax,
             .reshape, .reduce, .variable, .assign, .dropout, .randomUniform, .argMax, .compare, .select, .cast,
             .broadcastTo, .transpose, .reverse, .conv2DBackpropInput, .conv2DBackpropFilter, .maxPoolGrad,
             .avgPoolGrad: return 1
        case .shape, .dynamicReshape, .dynamicBroadcast, .dynamicTranspose, .splat, .range: return 1
        case .logSoftmax, .batchMatMul, .truncatingCast: return 1
        case .resize, .resizeGrad, .winograd: return 1
        }
    }

    /// True for ops computed independently per element from same-shaped (or broadcast) inputs.
    public var isElementwise: Bool {
        switch self {
        case .unary, .binary, .identity, .compare, .select, .cast: return true
        case .placeholder, .constant, .matMul, .conv2D, .pool, .biasAdd, .softmax, .reshape, .reduce, .variable,
             .assign, .dropout, .randomUniform, .argMax, .broadcastTo, .transpose, .reverse, .sparseSoftmaxCrossEntropy,
             .softmaxCrossEntropy, .conv2DBackpropInput, .conv2DBackpropFilter, .maxPoolGrad, .avgPoolGrad: return false
        case .splat: return true
        case .shape, .dynamicReshape, .dynamicBroadcast, .dynamicTranspose, .range: return false
        case .pad, .concat, .split, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .pack, .unpack, .gather,
             .gatherGrad: return false
        case .truncatingCast: return true
        case .logSoftmax, .batchMatMul: return false
        case .resize, .resizeGrad, .winograd: return false
        }
    }

    /// Variables and assignments: each node is its own piece of state, so passes must neither
    /// merge two of them nor treat them as constants.
    public var isStateful: Bool {
        switch self {
        case .variable, .assign: return true
        case .placeholder, .constant, .identity, .unary, .binary, .matMul, .conv2D, .pool, .biasAdd, .softmax,
             .reshape, .reduce, .dropout, .randomUniform, .argMax, .compare, .select, .cast, .broadcastTo, .transpose,
             .reverse, .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy, .conv2DBackpropInput, .conv2DBackpropFilter,
             .maxPoolGrad, .avgPoolGrad: return false
        case .shape, .dynamicReshape, .dynamicBroadcast, .dynamicTranspose, .splat, .range: return false
        case .pad, .concat, .split, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .pack, .unpack, .gather,
             .gatherGrad: return false
        case .logSoftmax, .batchMatMul, .truncatingCast: return false
        case .resize, .resizeGrad, .winograd: return false
        }
    }

    /// Whether constant folding may compute the op when all its inputs are constants: not for
    /// values that change between runs (inputs, variables, their updates).
    public var isFoldable: Bool {
        switch self {
        case .placeholder, .variable, .assign: return false
        case .constant, .identity, .unary, .binary, .matMul, .conv2D, .pool, .biasAdd, .softmax, .reshape, .reduce,
             .dropout, .randomUniform, .argMax, .compare, .select, .cast, .broadcastTo, .transpose, .reverse,
             .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy, .conv2DBackpropInput, .conv2DBackpropFilter,
             .maxPoolGrad, .avgPoolGrad: return true
        case .shape, .dynamicReshape, .dynamicBroadcast, .dynamicTranspose, .splat, .range: return true
        // Layout ops only move elements, so shape arithmetic on constants (Shape -> StridedSlice -> Pack) folds.
        case .pad, .concat, .split, .squeeze, .expandDims, .slice, .stridedSlice, .tile, .pack, .unpack, .gather,
             .gatherGrad: return true
        case .logSoftmax, .batchMatMul, .truncatingCast: return true
        case .resize, .resizeGrad, .winograd: return true
        }
    }

    /// How the planner materialises the op.
    public var kernelRole: KernelRole {
        switch self {
        case .placeholder, .constant, .variable: return .source
        // Dropout is the identity outside training steps (which rewrite it before planning).
        case .identity, .reshape, .dropout: return .alias
        // BiasAdd is a broadcast add along the channel axis; Assign's loop writes the variable.
        case .unary, .binary, .biasAdd, .compare, .select, .cast, .broadcastTo, .randomUniform, .assign:
            return .elementwise
        case .matMul, .conv2D, .pool, .softmax, .reduce, .argMax, .transpose, .reverse, .conv2DBackpropInput,
             .conv2DBackpropFilter, .maxPoolGrad, .avgPoolGrad:
            return .anchor
        case .logSoftmax, .batchMatMul:
            return .anchor
        case .truncatingCast:
            return .elementwise
        case .resize, .resizeGrad:
            return .anchor
        // The output transform writes whole pixels, which take the convolution's epilogue (bias,
        // activation); the input transform's 16 scattered rows feed a product, never an epilogue.
        case .winograd(let w):
            return w.stage == .output ? .anchor : .standalone
        case .sparseSoftmaxCrossEntropy, .softmaxCrossEntropy:
            // Two outputs: a kernel of its own that takes no epilogue.
            return .standalone
        // A constant's elements: one per element, like a broadcast scalar.
        case .splat: return .elementwise
        // Kernels of their own that write a few integers; the shapes pass usually folds them first.
        case .shape, .range: return .standalone
        // Never planned: their output shape is unknown until the shapes pass resolves them.
        case .dynamicReshape, .dynamicBroadcast, .dynamicTranspose: return .standalone
        // Squeeze and ExpandDims only rename dimensions of the same bytes.
        case .squeeze, .expandDims: return .alias
        // Index-remap kernels that write their output in row order: an epilogue follows each row.
        case .pad, .concat, .slice, .stridedSlice, .tile, .pack, .gather, .gatherGrad: return .anchor
        // Several outputs: a kernel of their own without an epilogue.
        case .split, .unpack: return .standalone
        }
    }

    /// Element-wise for fusion: one loop body per element, fusable into its consumer's loop.
    public var isFusableElementwise: Bool { kernelRole == .elementwise }

    /// Ops with a kernel of their own that can take an element-wise epilogue.
    public var isAnchor: Bool { kernelRole == .anchor }
}

/// What the planner makes of an op.
public enum KernelRole: Hashable, Sendable {
    /// No kernel: the value comes from outside the generated code (input, constant, variable).
    case source
    /// No kernel: same bytes as the first input under another name or shape.
    case alias
    /// A loop body per element, fused into a consumer's or producer's loop where possible.
    case elementwise
    /// A kernel of its own whose output loop can carry a fused element-wise epilogue.
    case anchor
    /// A kernel of its own without an epilogue.
    case standalone
}
