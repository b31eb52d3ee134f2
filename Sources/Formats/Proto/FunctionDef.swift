/// `tensorflow.FunctionDefLibrary` (function.proto): `function = 1`, `gradient = 2`,
/// `registered_gradients = 3`.
public struct FunctionDefLibrary: Hashable, Sendable {
    public var function: [FunctionDef]
    public var gradient: [GradientDef]
    public var registeredGradients: [RegisteredGradient]

    public init() { self.init(function: []) }

    public init(function: [FunctionDef], gradient: [GradientDef] = [], registeredGradients: [RegisteredGradient] = []) {
        self.function = function
        self.gradient = gradient
        self.registeredGradients = registeredGradients
    }

    public var isEmpty: Bool { function.isEmpty && gradient.isEmpty && registeredGradients.isEmpty }
}

/// `tensorflow.FunctionDef`: `signature = 1`, `node_def = 3`, `ret = 4`, `attr = 5`,
/// `control_ret = 6`, `arg_attr = 7`, `resource_arg_unique_id = 8`.
///
/// Inside `node_def` and `ret`, inputs are written in FunctionDef syntax: `arg` (a function
/// input), `arg:k`, `node:output_arg` or `node:output_arg:k` (the k-th tensor of the node's output
/// argument of that name), `^node` (control).
public struct FunctionDef: Hashable, Sendable {
    public var signature: OpDef
    /// Attributes of the function itself (`_noinline`, `_XlaMustCompile`, ...).
    public var attr: [String: AttrValue]
    /// Attributes of each input argument, by its index.
    public var argAttr: [UInt32: [String: AttrValue]]
    public var resourceArgUniqueID: [UInt32: UInt32]
    public var nodeDef: [NodeDef]
    /// Output argument name -> the body output it returns.
    public var ret: [String: String]
    /// Control output name -> body node.
    public var controlRet: [String: String]

    public init() { self.init(signature: OpDef()) }

    public init(signature: OpDef, attr: [String: AttrValue] = [:], argAttr: [UInt32: [String: AttrValue]] = [:],
                resourceArgUniqueID: [UInt32: UInt32] = [:], nodeDef: [NodeDef] = [],
                ret: [String: String] = [:], controlRet: [String: String] = [:]) {
        self.signature = signature
        self.attr = attr
        self.argAttr = argAttr
        self.resourceArgUniqueID = resourceArgUniqueID
        self.nodeDef = nodeDef
        self.ret = ret
        self.controlRet = controlRet
    }
}

/// `tensorflow.GradientDef`: `function_name = 1`, `gradient_func = 2`.
public struct GradientDef: Hashable, Sendable {
    public var functionName: String
    public var gradientFunc: String

    public init() { self.init(functionName: "", gradientFunc: "") }

    public init(functionName: String, gradientFunc: String) {
        self.functionName = functionName
        self.gradientFunc = gradientFunc
    }
}

/// `tensorflow.RegisteredGradient`: `gradient_func = 1`, `registered_op_type = 2`.
public struct RegisteredGradient: Hashable, Sendable {
    public var gradientFunc: String
    public var registeredOpType: String

    public init() { self.init(gradientFunc: "", registeredOpType: "") }

    public init(gradientFunc: String, registeredOpType: String) {
        self.gradientFunc = gradientFunc
        self.registeredOpType = registeredOpType
    }
}
