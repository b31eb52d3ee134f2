import GraphIR

/// Places arena buffers: each lives from the kernel that writes it to the last kernel that
/// reads it (aliases included), and a buffer's bytes are reused once it is dead (first fit).
enum MemoryPlanner {
    static func place(_ plan: inout ExecutionPlan) {
        var lastUse: [Int: Int] = [:]
        var firstDef: [Int: Int] = [:]
        for (k, kernel) in plan.kernels.enumerated() {
            for b in kernel.outputs where firstDef[b] == nil { firstDef[b] = k }
            for v in kernel.operands { if let b = plan.valueBuffer[v] { lastUse[b] = k } }
        }
        var live: [(offset: Int, size: Int, buffer: Int)] = []
        var arenaBytes = 0
        for (k, kernel) in plan.kernels.enumerated() {
            live.removeAll { (lastUse[$0.buffer] ?? firstDef[$0.buffer] ?? -1) < k }
            for b in kernel.outputs {
                guard case .arena = plan.buffers[b].kind, firstDef[b] == k else { continue }
                let size = align(max(plan.buffers[b].byteCount, 1))
                var offset = 0
                for slot in live.sorted(by: { $0.offset < $1.offset }) {
                    if offset + size <= slot.offset { break }
                    offset = max(offset, slot.offset + slot.size)
                }
                live.append((offset, size, b))
                plan.buffers[b].kind = .arena(offset: offset)
                arenaBytes = max(arenaBytes, offset + size)
            }
        }
        plan.arenaBytes = arenaBytes
    }

    static func align(_ n: Int) -> Int { (n + bufferAlignment - 1) / bufferAlignment * bufferAlignment }
}
