import GraphIR

/// Where a buffer's memory comes from when the compiled function runs.
public enum BufferKind: Hashable, Sendable {
    /// The caller's k-th input tensor.
    case input(Int)
    /// The caller's k-th output tensor.
    case output(Int)
    /// A small constant baked into the generated module, where LLVM can fold it.
    case constant(node: Int)
    /// A large constant (a weight) read from its tensor's storage at run time: entry `k` of the
    /// weights table (`EntryArguments.weights`). Weights never pass through LLVM as IR constants,
    /// which would copy them and make compiling a 500 MB model slow and memory hungry.
    case weight(Int, node: Int)
    /// The k-th variable: state the executable keeps between runs, read and updated in place.
    case state(Int)
    /// Scratch memory at a fixed byte offset in the arena.
    case arena(offset: Int)
}

/// A contiguous row-major tensor in memory.
public struct Buffer: Hashable, Sendable {
    public var id: Int
    public var name: String
    public var dtype: DType
    public var shape: [Int]
    public var kind: BufferKind

    public var elementCount: Int { shape.reduce(1, *) }
    public var byteCount: Int { elementCount * dtype.byteSize }
}

/// What one kernel computes.
public enum KernelKind: Hashable, Sendable {
    /// An optional non-element-wise `anchor` node (MatMul, Conv2D, pool, Softmax, reduction)
    /// followed by element-wise nodes fused into the same loop nest (`body`, topological,
    /// the last one is the kernel's result). A kernel without an anchor is a pure element-wise loop.
    case compute(anchor: Int?, body: [Int])
    /// Copies a value's buffer into an output buffer (an output that is an input, a constant or an alias).
    case copy(source: Value)
}

/// One generated function: reads some buffers, writes one.
public struct Kernel: Hashable, Sendable {
    public var name: String
    public var kind: KernelKind
    /// The node whose value this kernel materialises.
    public var root: Int
    /// Buffers written, one per output of the root node (most ops have one).
    public var outputs: [Int]
    /// The buffer of the root's first output.
    public var output: Int { outputs[0] }
    /// Values read from other kernels' buffers (or inputs/constants), each with its buffer.
    public var operands: [Value]
    /// Producers of the anchor's inputs computed where the anchor reads them, never stored:
    /// resizes whose only consumer is a channel concatenation, which writes each resized pixel
    /// straight into its slice (hypercolumns: one pass over the result instead of three).
    public var absorbed: [Int] = []

    /// Nodes computed inside this kernel: absorbed producers, then the anchor, then the body.
    public var nodes: [Int] {
        switch kind {
        case let .compute(anchor, body): return absorbed + (anchor.map { [$0] } ?? []) + body
        case .copy: return []
        }
    }
}

/// The graph below the graph IR: an ordered list of kernels over buffers at fixed places.
/// Printable (`description`), so `--emit plan` shows fusion and memory reuse.
public struct ExecutionPlan: Sendable {
    /// The specialised, optimised graph the kernels refer to (every shape static).
    public let graph: Graph
    public internal(set) var buffers: [Buffer] = []
    public internal(set) var kernels: [Kernel] = []
    /// Buffer holding each materialised value (aliases such as Reshape share their input's).
    public internal(set) var valueBuffer: [Value: Int] = [:]
    /// Placeholder names, in the order of the compiled function's input arguments.
    public let inputNames: [String]
    /// Requested output names (`node` or `node:k`), in the order of its output arguments.
    public let outputNames: [String]
    /// Variable names, in the order of the state arguments (after the outputs).
    public internal(set) var stateNames: [String] = []
    /// The constant nodes bound at run time, in the order of the weights table.
    public internal(set) var weightNodes: [Int] = []
    /// Bytes of scratch memory the kernels need, all buffers placed with reuse.
    public internal(set) var arenaBytes: Int = 0

    /// Buffers of a kind, ordered by their argument index.
    public func buffers(where index: (BufferKind) -> Int?) -> [Buffer] {
        buffers.compactMap { b in index(b.kind).map { ($0, b) } }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The caller-visible buffers: inputs, outputs and states, each in argument order.
    public var inputBuffers: [Buffer] { buffers { if case .input(let k) = $0 { return k } else { return nil } } }
    public var outputBuffers: [Buffer] { buffers { if case .output(let k) = $0 { return k } else { return nil } } }
    public var stateBuffers: [Buffer] { buffers { if case .state(let k) = $0 { return k } else { return nil } } }

    /// The tensors of the weights table, in order.
    public var weights: [Tensor] {
        weightNodes.compactMap { if case .constant(let t) = graph.nodes[$0].op { return t } else { return nil } }
    }

    /// Constants up to this size (a cache line) are IR constants, so LLVM folds scalars and short
    /// vectors into the code; larger ones are weights, bound at run time. Not more: an inlined
    /// 64-float bias made each kernel's IR unique (no twin to share) and had LLVM unroll the loops
    /// that read it (folding ResNet50's batch norms took 1.1 s of LLVM at 1 KiB, 0.4 s at 64 B).
    public static let inlineConstantBytes = 64

    init(graph: Graph, inputNames: [String], outputNames: [String]) {
        self.graph = graph
        self.inputNames = inputNames
        self.outputNames = outputNames
    }

    /// The buffer a value lives in.
    public func buffer(of v: Value) -> Buffer? { valueBuffer[v].map { buffers[$0] } }
}
