import GraphIR

/// Everything a caller of compiled code must know about it, and nothing of the graph it came
/// from: the tensors each argument slot takes, the weights table's tensors, the arena's size and
/// the kernels' names (for profiles). The JIT's `Executable` runs from it, and the compile cache
/// stores it beside the machine code, so an entry loaded from disk needs no graph, passes or
/// planning. `EntryArguments` (slot positions) follows from it.
public struct EntrySignature: Hashable, Sendable {
    /// One tensor a slot points to.
    public struct Tensor: Hashable, Sendable {
        public var name: String
        public var dtype: DType
        public var shape: [Int]

        public init(name: String, dtype: DType, shape: [Int]) {
            self.name = name; self.dtype = dtype; self.shape = shape
        }

        public var byteCount: Int { shape.reduce(1, *) * dtype.byteSize }
        public var type: TensorType { TensorType(dtype, shape) }
    }

    /// The caller's inputs, the outputs, the variables' state: each in slot order.
    public var inputs: [Tensor]
    public var outputs: [Tensor]
    public var states: [Tensor]
    /// The weights table's tensors, in table order (each named for its constant node).
    public var weights: [Tensor]
    /// Scratch bytes the arena slot must point to.
    public var arenaBytes: Int
    /// The kernels in the order the entry runs them (and numbers them for the profiling hook).
    public var kernelNames: [String]

    public init(inputs: [Tensor], outputs: [Tensor], states: [Tensor], weights: [Tensor], arenaBytes: Int,
                kernelNames: [String]) {
        self.inputs = inputs; self.outputs = outputs; self.states = states; self.weights = weights
        self.arenaBytes = arenaBytes
        self.kernelNames = kernelNames
    }

    /// The signature of `plan`'s entry point.
    public init(_ plan: ExecutionPlan) {
        func tensors(_ buffers: [Buffer], _ names: [String]) -> [Tensor] {
            zip(buffers, names).map { Tensor(name: $1, dtype: $0.dtype, shape: $0.shape) }
        }
        self.init(inputs: tensors(plan.inputBuffers, plan.inputNames),
                  outputs: tensors(plan.outputBuffers, plan.outputNames),
                  states: tensors(plan.stateBuffers, plan.stateNames),
                  weights: plan.weightNodes.map { i in
                      let node = plan.graph.nodes[i]
                      return Tensor(name: node.name, dtype: node.types[0].dtype, shape: node.types[0].shape ?? [])
                  },
                  arenaBytes: plan.arenaBytes, kernelNames: plan.kernels.map(\.name))
    }

    public var inputNames: [String] { inputs.map(\.name) }
    public var outputNames: [String] { outputs.map(\.name) }
    public var stateNames: [String] { states.map(\.name) }

    /// Where each argument goes in the entry's slot array.
    public var arguments: EntryArguments {
        EntryArguments(inputs: inputs.count, outputs: outputs.count, states: states.count)
    }

    /// Bytes the caller allocates to run it: the arena, inputs, outputs and states.
    public var workingBytes: Int {
        arenaBytes + (inputs + outputs + states).reduce(0) { $0 + $1.byteCount }
    }
}
