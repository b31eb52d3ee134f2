import GraphIR
import LLVMKit

extension KernelEmitter {
    /// Sum, mean, max, min, product, all or any over `axes`: the output is initialised, then the
    /// input is walked once in memory order, each element folded into its output slot (when the
    /// last axis is kept the inner loop is contiguous in both and vectorises); mean scales at the end.
    func emitReduce(_ n: Node, _ kind: ReduceKind, _ axes: [Int]) throws {
        let x = graph[n.inputs[0]]
        let xs = x.shape ?? []
        let dtype = n.types[0].dtype
        let outCount = n.types[0].elementCount ?? 1
        let xPtr = try pointer(of: n.inputs[0])
        let out = try outputPointer
        // The output indexed as the input with reduced axes collapsed to size 1.
        let collapsed = xs.enumerated().map { axes.contains($0.offset) ? 1 : $0.element }
        loop(outCount, "init") { i in store(dtype, reductionIdentity(kind, dtype), out, i) }

        func nest(_ d: Int, _ coords: [IRValue]) throws {
            guard d == xs.count else {
                try loop(xs[d], "r\(d)") { i in try nest(d + 1, coords + [i]) }
                return
            }
            let v = load(dtype, xPtr, linear(coords, xs))
            let o = linear(coords.enumerated().map { axes.contains($0.offset) ? i64(0) : $0.element }, collapsed)
            store(dtype, try combine(kind, load(dtype, out, o), v, dtype), out, o)
        }
        try nest(0, [])

        if kind == .mean {
            let count = axes.reduce(1) { $0 * xs[$1] }
            if count == 0 && !dtype.isFloatingPoint {
                throw CodegenError("node '\(n.name)' (Mean): the mean of an empty integer axis is undefined")
            }
            loop(outCount, "mean") { i in
                let v = load(dtype, out, i)
                store(dtype, b.div(v, context.scalar(dtype, Double(count))), out, i)
            }
        }
        try emitEpilogue(start: i64(0), count: outCount)
    }
}

extension KernelEmitter {
    /// The value a reduction starts from: 0, the lowest or highest value, 1, true or false.
    func reductionIdentity(_ kind: ReduceKind, _ dtype: DType) -> IRValue {
        switch kind {
        case .sum, .mean, .any: return context.zero(dtype)
        case .max: return context.lowest(dtype)
        case .min: return context.highest(dtype)
        case .prod, .all: return context.scalar(dtype, 1)
        }
    }

    /// Folds one element into a running result (NaN-propagating max and min; bools are 0 or 1).
    func combine(_ kind: ReduceKind, _ acc: IRValue, _ v: IRValue, _ dtype: DType) throws -> IRValue {
        switch kind {
        case .sum, .mean: return b.add(acc, v)
        case .max: return try emitBinary(.maximum, acc, v, dtype)
        case .min: return try emitBinary(.minimum, acc, v, dtype)
        case .prod: return b.mul(acc, v)
        case .all: return b.and(acc, v)
        case .any: return b.or(acc, v)
        }
    }
}
