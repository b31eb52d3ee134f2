/// `tensorflow.OpDef` (op_def.proto), a function's signature: `name = 1`, `input_arg = 2`,
/// `output_arg = 3`, `attr = 4`, `summary = 5`, `description = 6`, `deprecation = 8`,
/// `is_aggregate = 16`, `is_stateful = 17`, `is_commutative = 18`,
/// `allows_uninitialized_input = 19`, `control_output = 20`, `is_distributed_communication = 21`.
public struct OpDef: Hashable, Sendable {
    /// `OpDef.ArgDef`: `name = 1`, `description = 2`, `type = 3`, `type_attr = 4`,
    /// `number_attr = 5`, `type_list_attr = 6`, `is_ref = 16`. `handle_data = 7` and
    /// `experimental_full_type = 17` are read past.
    public struct ArgDef: Hashable, Sendable {
        public var name: String
        public var description: String
        /// The tensor's type when fixed; else `typeAttr` or `typeListAttr` names the attribute
        /// holding it, and `numberAttr` the attribute giving the length of a list argument.
        public var type: DataType
        public var typeAttr: String
        public var numberAttr: String
        public var typeListAttr: String
        public var isRef: Bool

        public init() { self.init(name: "") }

        public init(name: String, description: String = "", type: DataType = .invalid, typeAttr: String = "",
                    numberAttr: String = "", typeListAttr: String = "", isRef: Bool = false) {
            self.name = name
            self.description = description
            self.type = type
            self.typeAttr = typeAttr
            self.numberAttr = numberAttr
            self.typeListAttr = typeListAttr
            self.isRef = isRef
        }
    }

    /// `OpDef.AttrDef`: `name = 1`, `type = 2`, `default_value = 3`, `description = 4`,
    /// `has_minimum = 5`, `minimum = 6`, `allowed_values = 7`.
    public struct AttrDef: Hashable, Sendable {
        public var name: String
        public var type: String
        public var defaultValue: AttrValue?
        public var description: String
        public var hasMinimum: Bool
        public var minimum: Int64
        public var allowedValues: AttrValue?

        public init() { self.init(name: "", type: "") }

        public init(name: String, type: String, defaultValue: AttrValue? = nil, description: String = "",
                    hasMinimum: Bool = false, minimum: Int64 = 0, allowedValues: AttrValue? = nil) {
            self.name = name
            self.type = type
            self.defaultValue = defaultValue
            self.description = description
            self.hasMinimum = hasMinimum
            self.minimum = minimum
            self.allowedValues = allowedValues
        }
    }

    /// `OpDeprecation`: `version = 1`, `explanation = 2`.
    public struct Deprecation: Hashable, Sendable {
        public var version: Int32
        public var explanation: String

        public init() { self.init(version: 0) }

        public init(version: Int32, explanation: String = "") {
            self.version = version
            self.explanation = explanation
        }
    }

    public var name: String
    public var inputArg: [ArgDef]
    public var outputArg: [ArgDef]
    public var controlOutput: [String]
    public var attr: [AttrDef]
    public var deprecation: Deprecation?
    public var summary: String
    public var description: String
    public var isCommutative: Bool
    public var isAggregate: Bool
    public var isStateful: Bool
    public var allowsUninitializedInput: Bool
    public var isDistributedCommunication: Bool

    public init() { self.init(name: "") }

    public init(name: String, inputArg: [ArgDef] = [], outputArg: [ArgDef] = [], controlOutput: [String] = [],
                attr: [AttrDef] = [], deprecation: Deprecation? = nil, summary: String = "", description: String = "",
                isCommutative: Bool = false, isAggregate: Bool = false, isStateful: Bool = false,
                allowsUninitializedInput: Bool = false, isDistributedCommunication: Bool = false) {
        self.name = name
        self.inputArg = inputArg
        self.outputArg = outputArg
        self.controlOutput = controlOutput
        self.attr = attr
        self.deprecation = deprecation
        self.summary = summary
        self.description = description
        self.isCommutative = isCommutative
        self.isAggregate = isAggregate
        self.isStateful = isStateful
        self.allowsUninitializedInput = allowsUninitializedInput
        self.isDistributedCommunication = isDistributedCommunication
    }
}
