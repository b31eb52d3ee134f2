import CLLVM

/// Integer comparisons: signed or unsigned order.
public enum IntPredicate {
    case eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge

    var llvm: LLVMIntPredicate {
        switch self {
        case .eq: return LLVMIntEQ
        case .ne: return LLVMIntNE
        case .slt: return LLVMIntSLT
        case .sle: return LLVMIntSLE
        case .sgt: return LLVMIntSGT
        case .sge: return LLVMIntSGE
        case .ult: return LLVMIntULT
        case .ule: return LLVMIntULE
        case .ugt: return LLVMIntUGT
        case .uge: return LLVMIntUGE
        }
    }
}

/// Floating-point comparisons: ordered (`o…`, false when either side is NaN) or unordered
/// (`u…`, true then); `ord` and `uno` test for NaN alone.
public enum RealPredicate {
    case oeq, one, olt, ole, ogt, oge, ord, uno, une

    var llvm: LLVMRealPredicate {
        switch self {
        case .oeq: return LLVMRealOEQ
        case .one: return LLVMRealONE
        case .olt: return LLVMRealOLT
        case .ole: return LLVMRealOLE
        case .ogt: return LLVMRealOGT
        case .oge: return LLVMRealOGE
        case .ord: return LLVMRealORD
        case .uno: return LLVMRealUNO
        case .une: return LLVMRealUNE
        }
    }
}
