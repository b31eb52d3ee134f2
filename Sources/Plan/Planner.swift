import GraphIR

/// Arena buffers start at multiples of this, so vector loads are aligned.
public let bufferAlignment = 64

/// Turns a graph with static shapes into an execution plan: fusion, then buffer placement.
public enum Planner {
    /// Plans the computation of `outputs` (names `node` or `node:k`) from the graph's placeholders.
    public static func plan(_ graph: Graph, outputs: [String]) throws -> ExecutionPlan {
        var outputValues: [Value] = []
        for name in outputs {
            guard let v = graph.value(named: name) else {
                throw GraphError(node: name, op: "output", "no such node in the graph")
            }
            outputValues.append(v)
        }
        for n in graph.nodes where !(n.types.allSatisfy(\.isStatic)) {
            throw GraphError(node: n.name, op: n.op.name,
                             "shape \(n.types.map(\.description).joined(separator: ", ")) is not fully known; give the input shapes")
        }
        let placeholders = graph.placeholders
        var plan = ExecutionPlan(graph: graph, inputNames: placeholders.map { graph.nodes[$0].name },
                                 outputNames: outputs)
        for (k, i) in placeholders.enumerated() {
            plan.valueBuffer[Value(node: i)] = plan.addBuffer(graph, Value(node: i), .input(k))
        }
        let groups = Fusion.groups(graph, outputs: Set(outputValues))
        for (i, node) in graph.nodes.enumerated() {
            let v = Value(node: i)
            switch (node.op.kernelRole, node.op) {
            case (.source, .placeholder):
                continue
            case (.source, .variable):
                plan.valueBuffer[v] = plan.addBuffer(graph, v, .state(plan.stateNames.count))
                plan.stateNames.append(node.name)
            case (.source, _):
                if (node.types[0].byteCount ?? 0) > ExecutionPlan.inlineConstantBytes {
                    plan.valueBuffer[v] = plan.addBuffer(graph, v, .weight(plan.weightNodes.count, node: i))
                    plan.weightNodes.append(i)
                } else {
                    plan.valueBuffer[v] = plan.addBuffer(graph, v, .constant(node: i))
                }
            case (.alias, _):
                // Same bytes, another name or shape: share the input's buffer.
                if let b = plan.valueBuffer[node.inputs[0]] { plan.valueBuffer[v] = b }
            case (.elementwise, _), (.anchor, _), (.standalone, _):
                guard let group = groups[i] else { continue }  // fused into a later kernel
                // An op with no outputs (Unpack of an empty dimension) computes nothing.
                guard !node.types.isEmpty else { continue }
                let buffers: [Int]
                if case .assign = node.op {
                    // An assignment writes its variable's own memory.
                    guard let b = plan.valueBuffer[node.inputs[0]], case .state = plan.buffers[b].kind else {
                        throw GraphError(node: node.name, op: node.op.name, "the first input must be a variable (VariableV2)")
                    }
                    plan.valueBuffer[v] = b
                    buffers = [b]
                } else {
                    buffers = node.types.indices.map { k -> Int in
                        let value = Value(node: i, output: k)
                        let b = plan.addBuffer(graph, value, .arena(offset: -1))
                        plan.valueBuffer[value] = b
                        return b
                    }
                }
                let inside = Set(group.nodes)
                var operands: [Value] = []
                for m in group.nodes {
                    for input in graph.nodes[m].inputs where !inside.contains(input.node) && !operands.contains(input) {
                        operands.append(input)
                    }
                }
                plan.kernels.append(Kernel(name: kernelName(graph, i), kind: .compute(anchor: group.anchor, body: group.body),
                                           root: i, outputs: buffers, operands: operands, absorbed: group.absorbed))
            }
        }
        try plan.scheduleAssignmentsLast()
        try plan.bindOutputs(outputValues)
        MemoryPlanner.place(&plan)
        return plan
    }

    private static func kernelName(_ graph: Graph, _ i: Int) -> String {
        "k\(i)_" + symbolName(graph.nodes[i].name)
    }
}

extension ExecutionPlan {
    /// Moves the kernels that update variables after every other kernel, so everything in the run
    /// reads the old values; an update that reads another updated variable runs before that
    /// variable's own update.
    mutating func scheduleAssignmentsLast() throws {
        func isAssignment(_ k: Kernel) -> Bool {
            if case .assign = graph.nodes[k.root].op { return true }
            return false
        }
        var pending = kernels.filter(isAssignment)
        var ordered = kernels.filter { !isAssignment($0) }
        let assignedValues = Set(pending.map { Value(node: $0.root) })
        for k in ordered where k.operands.contains(where: assignedValues.contains) {
            throw GraphError(node: graph.nodes[k.root].name, op: graph.nodes[k.root].op.name,
                             "reads the result of an Assign; read the variable instead")
        }
        while !pending.isEmpty {
            // Ready: no other pending update still needs the old value of the variable this one writes.
            guard let next = pending.firstIndex(where: { candidate in
                !pending.contains { other in other.root != candidate.root
                    && other.operands.contains { valueBuffer[$0] == candidate.output } }
            }) else {
                let names = pending.map { graph.nodes[$0.root].name }.joined(separator: ", ")
                throw GraphError(node: graph.nodes[pending[0].root].name, op: "Assign",
                                 "assignments read each other's variables in a cycle: \(names)")
            }
            ordered.append(pending.remove(at: next))
        }
        kernels = ordered
    }

    mutating func addBuffer(_ graph: Graph, _ v: Value, _ kind: BufferKind) -> Int {
        let t = graph[v]
        buffers.append(Buffer(id: buffers.count, name: graph.name(of: v), dtype: t.dtype, shape: t.shape ?? [], kind: kind))
        return buffers.count - 1
    }

    /// Makes each requested output live in the caller's output tensor: the producing kernel writes
    /// there directly when it can; otherwise a copy kernel fills it.
    mutating func bindOutputs(_ outputs: [Value]) throws {
        var bound: Set<Int> = []
        for (k, v) in outputs.enumerated() {
            guard let b = valueBuffer[v] else {
                throw GraphError(node: graph.name(of: v), op: graph.nodes[v.node].op.name, "value is not computed")
            }
            let computedHere = kernels.contains { $0.outputs.contains(b) && $0.root == v.node }
            if computedHere, case .arena = buffers[b].kind, !bound.contains(b) {
                buffers[b].kind = .output(k)
                bound.insert(b)
                continue
            }
            let out = addBuffer(graph, v, .output(k))
            kernels.append(Kernel(name: "copy\(k)_" + symbolName(graph.name(of: v)),
                                  kind: .copy(source: v), root: v.node, outputs: [out], operands: [v]))
        }
    }
}

/// A node name as part of a function name: letters and digits kept, anything else `_`.
func symbolName(_ name: String) -> String {
    String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
}
