import GraphIR

/// One node of the graph once every function call is inlined.
struct FlatNode {
    var def: NodeDef
    /// Set for a node that only passes its inputs on: `IdentityN`, and the arguments and results
    /// of an inlined call. Its output k is its input k; the importer makes no IR node for it.
    var forwarding: Forwarding?
}

/// The types a forwarding node's inputs must have, from the attribute that lists them.
struct Forwarding {
    /// One per input; nil where the type is not known (a polymorphic argument).
    var types: [DataType?]
    /// `T` (IdentityN), `Tin` or `Tout` (a call), or "the signature of 'f'".
    var source: String
    /// The TensorFlow node errors name: the IdentityN, or the call.
    var node: String
}

/// Inlines function calls, as TensorFlow's own function inliner does: a node that calls a library
/// function (`PartitionedCall`, `StatefulPartitionedCall` through their `f` attribute, or a node
/// whose op is the function's name) becomes the function body's nodes, named `CALL/NODE` (the
/// prefix made unique if taken), reading the call's inputs where the body reads its arguments.
/// The call itself becomes a forwarding node named as the call, whose outputs are the function's
/// results, so consumers reading `CALL:k` need no rewriting. Calls inside bodies inline the same
/// way, recursively; a function that calls itself, directly or through others, is refused.
/// Control flow ops are refused here too, since they are the one kind of function use that is
/// not a call.
struct FunctionInliner {
    /// More nodes than any real model has; a library whose calls fan out exponentially stops here.
    static let maxNodes = 1 << 21
    /// Deeper nesting than any real model has (the inliner recurses once per level).
    static let maxDepth = 64
    static let callOps: Set<String> = ["PartitionedCall", "StatefulPartitionedCall"]
    static let callAttributes: Set<String> = ["f", "Tin", "Tout", "config", "config_proto", "executor_type"]
    static let controlFlowOps: Set<String> = [
        "If", "StatelessIf", "_If", "While", "StatelessWhile", "_While", "Case", "StatelessCase",
        "Switch", "RefSwitch", "Merge", "RefMerge", "Enter", "RefEnter", "Exit", "RefExit",
        "NextIteration", "RefNextIteration", "LoopCond",
    ]

    private let functions: [String: FunctionDef]
    /// Every node name taken, so inlined names never collide with the graph's or each other's.
    private var used: Set<String>
    private var nodes: [FlatNode] = []

    /// The graph's nodes with every call inlined, in file order (bodies at their call).
    static func flatten(_ def: GraphDef, maxNodes: Int = maxNodes) throws -> [FlatNode] {
        var functions: [String: FunctionDef] = [:]
        for f in def.library.function {
            let name = f.signature.name
            if let other = functions.updateValue(f, forKey: name), other != f {
                throw GraphError(node: name, op: "FunctionDef", "the library defines two different functions of this name")
            }
        }
        var inliner = FunctionInliner(functions: functions, used: Set(def.node.map(\.name)), maxNodes: maxNodes)
        inliner.nodes.reserveCapacity(def.node.count)
        for n in def.node {
            try inliner.add(n, inputs: n.input.filter { !$0.hasPrefix("^") }, stack: [])
        }
        return inliner.nodes
    }

    private let maxNodes: Int

    private init(functions: [String: FunctionDef], used: Set<String>, maxNodes: Int) {
        self.functions = functions
        self.used = used
        self.maxNodes = maxNodes
    }

    /// Adds one node, of the graph or of a body being inlined; `inputs` are its data inputs,
    /// already in graph syntax (`node`, `node:k`). `stack` holds the functions being inlined.
    private mutating func add(_ n: NodeDef, inputs: [String], stack: [String]) throws {
        if Self.controlFlowOps.contains(n.op) {
            throw GraphError(node: n.name, op: n.op, "control flow is not supported")
        }
        if let (f, attrs) = try Self.callee(of: n, in: functions) {
            try inline(f, attrs, call: n, inputs: inputs, stack: stack)
            return
        }
        var def = n
        def.input = inputs
        var forwarding: Forwarding?
        if n.op == "IdentityN" { forwarding = try identityN(n, inputs: inputs.count) }
        try append(FlatNode(def: def, forwarding: forwarding))
    }

    private mutating func append(_ node: FlatNode) throws {
        guard nodes.count < maxNodes else {
            throw GraphError(node: node.def.name, op: node.def.op,
                             "inlining the graph's function calls makes more than \(maxNodes) nodes")
        }
        nodes.append(node)
    }

    /// The function a node calls and the attributes it instantiates it with, or nil for an op.
    static func callee(of n: NodeDef, in functions: [String: FunctionDef]) throws -> (FunctionDef, [String: AttrValue])? {
        let given: [String: AttrValue]
        let f: FunctionDef
        if Self.callOps.contains(n.op) {
            for key in n.attr.keys.sorted() where !key.hasPrefix("_") && !Self.callAttributes.contains(key) {
                throw GraphError(node: n.name, op: n.op, "unknown attribute '\(key)'")
            }
            guard let a = n.attr["f"] else { throw GraphError(node: n.name, op: n.op, "missing required attribute 'f'") }
            guard case .func(let call)? = a.value else {
                throw GraphError(node: n.name, op: n.op, "attribute 'f' must be a function, got \(a.kindName)")
            }
            guard let found = functions[call.name] else {
                throw GraphError(node: n.name, op: n.op, "calls function '\(call.name)', which the graph's library does not define")
            }
            (f, given) = (found, call.attr)
        } else if let found = functions[n.op] {
            (f, given) = (found, n.attr.filter { !$0.key.hasPrefix("_") })
        } else {
            return nil
        }
        // Attributes start from the signature's defaults; only declared ones may be set.
        var attrs: [String: AttrValue] = [:]
        for a in f.signature.attr { attrs[a.name] = a.defaultValue }
        for (key, value) in given.sorted(by: { $0.key < $1.key }) where !key.hasPrefix("_") {
            guard f.signature.attr.contains(where: { $0.name == key }) else {
                throw GraphError(node: n.name, op: n.op, "function '\(f.signature.name)' has no attribute '\(key)'")
            }
            attrs[key] = value
        }
        return (f, attrs)
    }

    private mutating func inline(_ f: FunctionDef, _ attrs: [String: AttrValue], call: NodeDef, inputs: [String], stack: [String]) throws {
        let fname = f.signature.name
        func fail(_ message: String) -> GraphError { GraphError(node: call.name, op: call.op, message) }
        if let first = stack.firstIndex(of: fname) {
            let cycle = (stack[first...] + [fname]).map { "'\($0)'" }.joined(separator: " -> ")
            throw fail("function '\(fname)' calls itself (\(cycle)): recursive functions are not supported")
        }
        guard stack.count < Self.maxDepth else {
            throw fail("function calls are nested more than \(Self.maxDepth) deep")
        }
        let signature = try Signature(f.signature, attrs, call: call)
        guard inputs.count == signature.inputTypes.count else {
            throw fail("has \(inputs.count) data input(s), function '\(fname)' takes \(signature.inputTypes.count)")
        }
        let inputTypes = try Self.declaredTypes(call, "Tin", signature.inputTypes, fname)
        let outputTypes = try Self.declaredTypes(call, "Tout", signature.outputTypes, fname)

        var body: [String: NodeDef] = [:]
        for var b in f.nodeDef {
            b.attr = try Self.instantiated(b.attr, attrs, node: call, function: fname)
            guard body.updateValue(b, forKey: b.name) == nil else {
                throw fail("function '\(fname)' has two nodes named '\(b.name)'")
            }
        }
        let prefix = reservePrefix(call.name, body: f.nodeDef.map(\.name))
        let argumentsNode = reserve("\(prefix)/input")
        try append(FlatNode(def: NodeDef(name: argumentsNode, op: call.op, input: inputs),
                            forwarding: Forwarding(types: inputTypes, source: Self.typesSource(call, "Tin", fname), node: call.name)))
        var arguments: [String: [String]] = [:]
        var k = 0
        for (arg, length) in zip(f.signature.inputArg, signature.inputLengths) {
            arguments[arg.name] = (k..<(k + length)).map { "\(argumentsNode):\($0)" }
            k += length
        }
        let scope = BodyScope(function: fname, prefix: prefix, arguments: arguments, body: body, functions: functions)
        for b in f.nodeDef {
            guard let def = body[b.name] else { continue }
            var inner = def
            inner.name = "\(prefix)/\(b.name)"
            var resolved: [String] = []
            for spec in def.input where !spec.hasPrefix("^") {
                resolved += try scope.resolve(spec, for: inner)
            }
            try add(inner, inputs: resolved, stack: stack + [fname])
        }
        var results: [String] = []
        for (arg, length) in zip(f.signature.outputArg, signature.outputLengths) {
            guard let spec = f.ret[arg.name] else {
                throw fail("function '\(fname)' returns nothing for its output '\(arg.name)'")
            }
            let refs = try scope.resolve(spec, for: call)
            guard refs.count == length else {
                throw fail("function '\(fname)' returns \(refs.count) tensor(s) for its output '\(arg.name)', which holds \(length)")
            }
            results += refs
        }
        try append(FlatNode(def: NodeDef(name: call.name, op: call.op, input: results),
                            forwarding: Forwarding(types: outputTypes, source: Self.typesSource(call, "Tout", fname), node: call.name)))
    }

    /// The first of `base`, `base_1`, ... under which no body node's name is taken; takes them all.
    private mutating func reservePrefix(_ base: String, body: [String]) -> String {
        var prefix = base, k = 0
        while body.contains(where: { used.contains("\(prefix)/\($0)") }) {
            k += 1
            prefix = "\(base)_\(k)"
        }
        for name in body { used.insert("\(prefix)/\(name)") }
        return prefix
    }

    private mutating func reserve(_ base: String) -> String {
        var name = base, k = 0
        while used.contains(name) {
            k += 1
            name = "\(base)_\(k)"
        }
        used.insert(name)
        return name
    }

    /// The types a call's `Tin`/`Tout` declares, checked against the signature's; the signature's
    /// when the call has no such attribute (a call by the function's name).
    private static func declaredTypes(_ call: NodeDef, _ attribute: String, _ signature: [DataType?], _ fname: String) throws -> [DataType?] {
        guard callOps.contains(call.op) else { return signature }
        guard let a = call.attr[attribute] else {
            throw GraphError(node: call.name, op: call.op, "missing required attribute '\(attribute)'")
        }
        guard let types = typeList(a) else {
            throw GraphError(node: call.name, op: call.op, "attribute '\(attribute)' must be a list of types, got \(a.kindName)")
        }
        guard types.count == signature.count else {
            throw GraphError(node: call.name, op: call.op,
                             "attribute '\(attribute)' lists \(types.count) type(s), function '\(fname)' has \(signature.count)")
        }
        for (k, (given, declared)) in zip(types, signature).enumerated() {
            if let declared, declared != given {
                throw GraphError(node: call.name, op: call.op,
                                 "\(attribute)[\(k)] is \(given) but function '\(fname)' declares \(declared)")
            }
        }
        return types
    }

    /// The types of a list attribute holding only types (an empty list of any kind counts).
    private static func typeList(_ a: AttrValue) -> [DataType]? {
        guard case .list(let l)? = a.value, l.s.isEmpty, l.i.isEmpty, l.f.isEmpty, l.b.isEmpty, l.shape.isEmpty,
              l.tensor.isEmpty, l.func.isEmpty else { return nil }
        return l.type
    }

    private static func typesSource(_ call: NodeDef, _ attribute: String, _ fname: String) -> String {
        callOps.contains(call.op) ? attribute : "the signature of '\(fname)'"
    }

    /// Body attributes with the function's attribute placeholders (`placeholder: "T"`) replaced
    /// by the values the call instantiates them with.
    private static func instantiated(_ attr: [String: AttrValue], _ values: [String: AttrValue],
                                     node: NodeDef, function: String) throws -> [String: AttrValue] {
        func substitute(_ v: AttrValue, _ key: String) throws -> AttrValue {
            switch v.value {
            case .placeholder(let p)?:
                guard let value = values[p] else {
                    throw GraphError(node: node.name, op: node.op,
                                     "function '\(function)' uses its attribute '\(p)', which the call does not set")
                }
                return value
            case .func(var f)?:
                f.attr = try f.attr.mapValues { try substitute($0, key) }
                return AttrValue(.func(f))
            default:
                return v
            }
        }
        guard attr.values.contains(where: { if case .placeholder? = $0.value { true } else if case .func? = $0.value { true } else { false } }) else {
            return attr
        }
        var out: [String: AttrValue] = [:]
        for (key, value) in attr { out[key] = try substitute(value, key) }
        return out
    }

    /// IdentityN's forwarding: `T` lists its inputs' types.
    private func identityN(_ n: NodeDef, inputs: Int) throws -> Forwarding {
        for key in n.attr.keys.sorted() where !key.hasPrefix("_") && key != "T" {
            throw GraphError(node: n.name, op: n.op, "unknown attribute '\(key)'")
        }
        guard let a = n.attr["T"] else { throw GraphError(node: n.name, op: n.op, "missing required attribute 'T'") }
        guard let types = Self.typeList(a) else {
            throw GraphError(node: n.name, op: n.op, "attribute 'T' must be a list of types, got \(a.kindName)")
        }
        guard types.count == inputs, inputs > 0 else {
            throw GraphError(node: n.name, op: n.op, "has \(inputs) data input(s) but 'T' lists \(types.count) type(s)")
        }
        return Forwarding(types: types, source: "T", node: n.name)
    }

    /// The output arguments of a body node with their lengths: its op's (`PartitionedCall` has
    /// one, `output`, a list of `Tout`), or for a call by name its function's signature; nil for
    /// an op with one output argument of one tensor (most ops).
    fileprivate static func outputArguments(of n: NodeDef, in functions: [String: FunctionDef]) throws -> [(name: String, length: Int)]? {
        if !callOps.contains(n.op), let (f, attrs) = try callee(of: n, in: functions) {
            let s = try Signature(f.signature, attrs, call: n)
            return zip(f.signature.outputArg, s.outputLengths).map { ($0.name, $1) }
        }
        guard let args = outputArgumentTable[n.op] else { return nil }
        return try args.map { ($0.name, try Signature.length($0.length, n.attr, node: n, what: "op '\(n.op)'")) }
    }
}

/// A function signature's arguments as tensors: each argument's length (a list argument holds
/// `number_attr` or `len(type_list_attr)` tensors) and each tensor's type where known.
private struct Signature {
    var inputLengths: [Int], outputLengths: [Int]
    var inputTypes: [DataType?], outputTypes: [DataType?]

    /// Lists longer than this are refused: a hostile attribute could otherwise ask for billions.
    static let maxLength = 1 << 20

    init(_ op: OpDef, _ attrs: [String: AttrValue], call: NodeDef) throws {
        let what = "function '\(op.name)'"
        func arguments(_ args: [OpDef.ArgDef]) throws -> ([Int], [DataType?]) {
            var lengths: [Int] = [], types: [DataType?] = []
            for a in args {
                let rule: ArgumentLength = !a.numberAttr.isEmpty ? .number(a.numberAttr)
                    : !a.typeListAttr.isEmpty ? .typeList(a.typeListAttr) : .one
                let n = try Self.length(rule, attrs, node: call, what: what)
                lengths.append(n)
                if a.type != .invalid {
                    types += Array(repeating: a.type, count: n)
                } else if !a.typeListAttr.isEmpty, case .list(let l)? = attrs[a.typeListAttr]?.value {
                    types += l.type.map { $0 }
                } else if !a.typeAttr.isEmpty, case .type(let t)? = attrs[a.typeAttr]?.value {
                    types += Array(repeating: t, count: n)
                } else {
                    types += Array(repeating: nil, count: n)
                }
            }
            return (lengths, types)
        }
        (inputLengths, inputTypes) = try arguments(op.inputArg)
        (outputLengths, outputTypes) = try arguments(op.outputArg)
    }

    static func length(_ rule: ArgumentLength, _ attrs: [String: AttrValue], node: NodeDef, what: String) throws -> Int {
        func fail(_ message: String) -> GraphError { GraphError(node: node.name, op: node.op, message) }
        switch rule {
        case .one:
            return 1
        case .number(let name):
            guard case .i(let n)? = attrs[name]?.value else {
                throw fail("\(what) needs the int attribute '\(name)' for the length of a list argument")
            }
            guard n >= 0, n <= maxLength else { throw fail("attribute '\(name)' is \(n), outside 0...\(maxLength)") }
            return Int(n)
        case .typeList(let name):
            guard case .list(let l)? = attrs[name]?.value else {
                throw fail("\(what) needs the type-list attribute '\(name)' for the length of a list argument")
            }
            return l.type.count
        }
    }
}

/// Reads FunctionDef input syntax inside one inlined body: `arg`, `arg:k`, `node:out` and
/// `node:out:k` become graph references to the call's inputs and to `PREFIX/node:j`.
private struct BodyScope {
    let function: String
    let prefix: String
    let arguments: [String: [String]]
    let body: [String: NodeDef]
    let functions: [String: FunctionDef]

    func resolve(_ spec: String, for reader: NodeDef) throws -> [String] {
        func fail(_ message: String) -> GraphError {
            GraphError(node: reader.name, op: reader.op, "input '\(spec)': \(message)")
        }
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        func index(_ s: String) throws -> Int {
            guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }), let k = Int(s) else {
                throw fail("'\(s)' is not an index")
            }
            return k
        }
        if let tensors = arguments[parts[0]], parts.count <= 2 {
            guard parts.count == 2 else { return tensors }
            let k = try index(parts[1])
            guard k < tensors.count else { throw fail("argument '\(parts[0])' holds \(tensors.count) tensor(s)") }
            return [tensors[k]]
        }
        guard parts.count == 2 || parts.count == 3 else {
            throw fail(parts.count == 1 ? "function '\(function)' has no argument of this name"
                       : "expected arg, arg:index, node:output or node:output:index")
        }
        guard let node = body[parts[0]] else { throw fail("function '\(function)' has no node '\(parts[0])'") }
        let name = "\(prefix)/\(parts[0])"
        guard let args = try FunctionInliner.outputArguments(of: node, in: functions) else {
            // One output argument, whatever its name: `node:out` is output 0, `node:out:k` output k.
            let k = try parts.count == 3 ? index(parts[2]) : 0
            return ["\(name):\(k)"]
        }
        guard let a = args.firstIndex(where: { $0.name == parts[1] }) else {
            throw fail("'\(parts[0])' (\(node.op)) has no output '\(parts[1])' (it has \(args.map(\.name).joined(separator: ", ")))")
        }
        let start = args[..<a].reduce(0) { $0 + $1.length }, length = args[a].length
        guard parts.count == 3 else { return (start..<(start + length)).map { "\(name):\($0)" } }
        let k = try index(parts[2])
        guard k < length else { throw fail("output '\(parts[1])' of '\(parts[0])' holds \(length) tensor(s)") }
        return ["\(name):\(start + k)"]
    }
}
