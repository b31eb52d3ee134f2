import GraphIR
import LLVMKit

/// Comparisons and dtype conversions. A bool is an `i8` holding 0 or 1 in registers and memory.
extension KernelEmitter {
    /// `x op y` as a bool. Floats use ordered predicates, so NaN compares false, except `notEqual`
    /// (unordered: NaN != anything is true), as IEEE and TensorFlow define them.
    func emitCompare(_ op: CompareOp, _ x: IRValue, _ y: IRValue, _ dtype: DType) -> IRValue {
        let bit: IRValue
        if dtype.isFloatingPoint {
            let p: RealPredicate
            switch op {
            case .equal: p = .oeq
            case .notEqual: p = .une
            case .less: p = .olt
            case .lessEqual: p = .ole
            case .greater: p = .ogt
            case .greaterEqual: p = .oge
            }
            bit = b.fcmp(p, x, y)
        } else {
            // Bools are 0/1, so unsigned order is false < true.
            let signed = dtype != .bool
            let p: IntPredicate
            switch op {
            case .equal: p = .eq
            case .notEqual: p = .ne
            case .less: p = signed ? .slt : .ult
            case .lessEqual: p = signed ? .sle : .ule
            case .greater: p = signed ? .sgt : .ugt
            case .greaterEqual: p = signed ? .sge : .uge
            }
            bit = b.icmp(p, x, y)
        }
        return b.zext(bit, elementType(.bool))
    }

    /// Converts `x` from one dtype to another. Float -> int truncates toward zero and saturates at
    /// the integer's limits, NaN giving 0 (`llvm.fptosi.sat`, so out-of-range input never traps or
    /// yields poison); int -> narrower int wraps; bool -> number is 0/1; number -> bool is `x != 0`
    /// (NaN is true).
    func emitCast(_ x: IRValue, from: DType, to: DType) throws -> IRValue {
        let t = elementType(to)
        if from == to { return x }
        switch (from.isFloatingPoint, to.isFloatingPoint) {
        case _ where to == .bool:
            let nonZero = from.isFloatingPoint ? b.fcmp(.une, x, context.zero(from)) : b.icmp(.ne, x, context.zero(from))
            return b.zext(nonZero, t)
        case _ where from == .bool:
            return to.isFloatingPoint ? b.uiToFP(x, t) : b.zext(x, t)
        case (true, true):
            return b.fpCast(x, t)
        case (false, true):
            return b.siToFP(x, t)
        case (true, false):
            let (fn, fnType) = try module.intrinsic("llvm.fptosi.sat", overloads: [t, elementType(from)])
            return b.call(fnType, fn, [x])
        case (false, false):
            return b.intCast(x, t, signed: true)
        }
    }
}
