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
}

public enum UnaryOp: String, Hashable, Sendable, CaseIterable {
    case neg, relu, exp, log, sqrt, rsqrt, square, abs, tanh, sigmoid
}

public enum BinaryOp: String, Hashable, Sendable, CaseIterable {
    case add, sub, mul, div, maximum, minimum
}

public enum ReduceKind: String, Hashable, Sendable, CaseIterable {
    case sum, mean, max
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

    public init(strideH: Int = 1, strideW: Int = 1, dilationH: Int = 1, dilationW: Int = 1,
                padding: Padding = .valid, dataFormat: DataFormat = .nhwc) {
        self.strideH = strideH; self.strideW = strideW
        self.dilationH = dilationH; self.dilationW = dilationW
        self.padding = padding; self.dataFormat = dataFormat
    }
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
            }
        case .binary(let b):
            switch b {
            case .add: return "Add"
            case .sub: return "Sub"
            case .mul: return "Mul"
            case .div: return "RealDiv"
            case .maximum: return "Maximum"
            case .minimum: return "Minimum"
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
            }
        }
    }

    /// Number of inputs the op takes.
    public var arity: Int {
        switch self {
        case .placeholder, .constant: return 0
        case .identity, .unary, .pool, .softmax, .reshape, .reduce: return 1
        case .binary, .matMul, .conv2D, .biasAdd: return 2
        }
    }

    /// True for ops computed independently per element (fusable into one loop).
    public var isElementwise: Bool {
        switch self {
        case .unary, .binary, .identity: return true
        default: return false
        }
    }
}
