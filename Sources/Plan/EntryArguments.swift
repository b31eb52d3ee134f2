/// The compiled entry point `void NAME(i8** args)`: what each slot of `args` holds. The one
/// description of the calling convention, read by code generation (which loads the slots), the
/// JIT's `Executable` (which fills them) and anything else that calls compiled code.
///
/// Slots, in order: the inputs, the outputs and the variables' state (each in plan order), the
/// weights table (`i8**`, one pointer per `ExecutionPlan.weightNodes` entry), the arena, the
/// runtime's `parallelFor(task, context, count)`, then the profiling hook
/// `void (i8* context, i64 kernel)` and its context (read only when compiled with profiling).
public struct EntryArguments: Hashable, Sendable {
    public let inputs: Int
    public let outputs: Int
    public let states: Int

    public init(_ plan: ExecutionPlan) {
        self.init(inputs: plan.inputNames.count, outputs: plan.outputNames.count, states: plan.stateNames.count)
    }

    public init(inputs: Int, outputs: Int, states: Int) {
        self.inputs = inputs
        self.outputs = outputs
        self.states = states
    }

    public func input(_ k: Int) -> Int { k }
    public func output(_ k: Int) -> Int { inputs + k }
    public func state(_ k: Int) -> Int { inputs + outputs + k }
    public var weights: Int { inputs + outputs + states }
    public var arena: Int { weights + 1 }
    public var parallelFor: Int { weights + 2 }
    public var profileHook: Int { weights + 3 }
    public var profileContext: Int { weights + 4 }
    /// Number of slots.
    public var count: Int { weights + 5 }
}
