/// One output of one node.
public struct Value: Hashable, Sendable {
    public var node: Int
    public var output: Int
    public init(node: Int, output: Int = 0) {
        self.node = node
        self.output = output
    }
}

/// A typed dataflow node. Its index in `Graph.nodes` is its identity.
public struct Node: Hashable, Sendable {
    public var name: String
    public var op: Op
    public var inputs: [Value]
    /// Types of the node's outputs, as inferred.
    public var types: [TensorType]
}

/// A dataflow graph whose nodes are kept in topological order: every input refers to an earlier node.
/// This makes cycles unrepresentable; importers sort (and reject cycles) before building.
public struct Graph: Sendable {
    public private(set) var nodes: [Node] = []
    private var indexByName: [String: Int] = [:]

    public init() {}

    /// Nodes taken as given, unchecked: only for tests that need a broken graph to verify.
    init(uncheckedNodes nodes: [Node]) {
        self.nodes = nodes
        for (i, n) in nodes.enumerated() where indexByName[n.name] == nil { indexByName[n.name] = i }
    }

    /// Appends a node after checking its inputs and inferring its types.
    @discardableResult
    public mutating func add(_ name: String, _ op: Op, _ inputs: [Value] = []) throws -> Value {
        guard indexByName[name] == nil else {
            throw GraphError(node: name, op: op.name, "a node with this name already exists")
        }
        var inputTypes: [TensorType] = []
        for v in inputs {
            guard v.node >= 0, v.node < nodes.count, v.output >= 0, v.output < nodes[v.node].types.count else {
                throw GraphError(node: name, op: op.name, "input refers to a missing node output")
            }
            inputTypes.append(nodes[v.node].types[v.output])
        }
        let types: [TensorType]
        do {
            types = try op.inferTypes(inputTypes)
        } catch let e as ShapeError {
            throw GraphError(node: name, op: op.name, e.message)
        }
        indexByName[name] = nodes.count
        nodes.append(Node(name: name, op: op, inputs: inputs, types: types))
        return Value(node: nodes.count - 1)
    }

    /// A name not yet used in the graph, derived from `base`.
    public func uniqueName(_ base: String) -> String {
        if indexByName[base] == nil { return base }
        var i = 1
        while indexByName["\(base)_\(i)"] != nil { i += 1 }
        return "\(base)_\(i)"
    }

    /// A name from `base` that the graph does not use and `reserved` (names an importer keeps for
    /// nodes of the file still to come) does not hold.
    public func uniqueName(_ base: String, avoiding reserved: Set<String>) -> String {
        var candidate = uniqueName(base), k = 0
        while reserved.contains(candidate) {
            k += 1
            candidate = uniqueName("\(base)_\(k)")
        }
        return candidate
    }

    public func index(of name: String) -> Int? { indexByName[name] }

    /// The value named `name` or `name:k` (TensorFlow's notation for a node's k-th output).
    public func value(named spec: String) -> Value? {
        if let i = indexByName[spec] { return Value(node: i) }
        guard let colon = spec.lastIndex(of: ":"),
              let k = Int(spec[spec.index(after: colon)...]),
              let i = indexByName[String(spec[..<colon])],
              k >= 0, k < nodes[i].types.count else { return nil }
        return Value(node: i, output: k)
    }

    /// `name` or `name:k`, the inverse of `value(named:)`.
    public func name(of v: Value) -> String {
        v.output == 0 ? nodes[v.node].name : "\(nodes[v.node].name):\(v.output)"
    }

    public subscript(v: Value) -> TensorType { nodes[v.node].types[v.output] }

    /// Indices of the nodes of op `placeholder`, in graph order.
    public var placeholders: [Int] {
        nodes.indices.filter { if case .placeholder = nodes[$0].op { return true } else { return false } }
    }

    /// For each node, the nodes that use one of its outputs.
    public func consumers() -> [[Int]] {
        var result = Array(repeating: [Int](), count: nodes.count)
        for (i, n) in nodes.enumerated() {
            for v in n.inputs where !result[v.node].contains(i) { result[v.node].append(i) }
        }
        return result
    }

    /// The same graph with placeholders bound to concrete shapes and every type re-inferred.
    /// Placeholders not in `inputShapes` keep their declared shape, which must then be complete.
    public func specialized(inputShapes: [String: [Int]]) throws -> Graph {
        var g = Graph()
        for n in nodes {
            var op = n.op
            if case let .placeholder(dtype, declared) = n.op, let given = inputShapes[n.name] {
                if let declared {
                    guard declared.count == given.count,
                          zip(declared, given).allSatisfy({ $0 == -1 || $0 == $1 }) else {
                        throw GraphError(node: n.name, op: n.op.name,
                                         "input of shape \(formatShape(given)) does not match the declared shape \(formatShape(declared))")
                    }
                }
                do { _ = try checkedElementCount(given) } catch let e as ShapeError {
                    throw GraphError(node: n.name, op: n.op.name, e.message)
                }
                op = .placeholder(dtype: dtype, shape: given)
            }
            try g.add(n.name, op, n.inputs)
        }
        return g
    }

    /// Checks the invariants every pass must keep: topological order, unique names,
    /// and stored types equal to what the shape rules infer.
    public func verify() throws {
        var seen: Set<String> = []
        for (i, n) in nodes.enumerated() {
            guard seen.insert(n.name).inserted else {
                throw GraphError(node: n.name, op: n.op.name, "duplicate node name")
            }
            guard n.inputs.count == n.op.arity else {
                throw GraphError(node: n.name, op: n.op.name, "has \(n.inputs.count) inputs, expected \(n.op.arity)")
            }
            var types: [TensorType] = []
            for v in n.inputs {
                guard v.node < i, v.node >= 0, v.output >= 0, v.output < nodes[v.node].types.count else {
                    throw GraphError(node: n.name, op: n.op.name, "input is not an earlier node's output")
                }
                types.append(nodes[v.node].types[v.output])
            }
            let inferred: [TensorType]
            do { inferred = try n.op.inferTypes(types) } catch let e as ShapeError {
                throw GraphError(node: n.name, op: n.op.name, e.message)
            }
            guard inferred == n.types else {
                throw GraphError(node: n.name, op: n.op.name, "stored types \(n.types) differ from inferred \(inferred)")
            }
        }
    }
}
