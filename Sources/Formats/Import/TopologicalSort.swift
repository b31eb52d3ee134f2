import GraphIR

/// Orders nodes so each comes after the nodes it reads, keeping file order where the edges allow
/// (a file already in order comes back unchanged). Iterative, so a long chain cannot overflow the
/// stack. `dependencies[i]` lists the nodes node `i` reads.
package func topologicalOrder(_ dependencies: [[Int]], names: [String], ops: [String]) throws -> [Int] {
    enum Mark { case unvisited, inProgress, done }
    var mark = Array(repeating: Mark.unvisited, count: dependencies.count)
    var order: [Int] = []
    order.reserveCapacity(dependencies.count)
    // Each frame is a node and how many of its dependencies have been visited.
    var stack: [(node: Int, next: Int)] = []
    for root in dependencies.indices where mark[root] == .unvisited {
        stack.append((root, 0))
        mark[root] = .inProgress
        while let top = stack.last {
            let deps = dependencies[top.node]
            if top.next == deps.count {
                stack.removeLast()
                mark[top.node] = .done
                order.append(top.node)
                continue
            }
            stack[stack.count - 1].next += 1
            let d = deps[top.next]
            switch mark[d] {
            case .done:
                continue
            case .unvisited:
                mark[d] = .inProgress
                stack.append((d, 0))
            case .inProgress:
                // The stack from `d` up is a chain where each node reads the next, and the top
                // reads `d`; reversed, it is the cycle in the direction values flow.
                let start = stack.lastIndex { $0.node == d } ?? 0
                var path = stack[start...].map { names[$0.node] }.reversed().map { $0 }
                if path.count > 8 { path = Array(path.prefix(4)) + ["…"] + Array(path.suffix(3)) }
                throw GraphError(node: names[d], op: ops[d],
                                 "is on a cycle: " + ([names[d]] + path).map { "'\($0)'" }.joined(separator: " -> "))
            }
        }
    }
    return order
}
