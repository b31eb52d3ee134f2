import CLLVM

/// Hints LLVM's loop passes read from a loop's `!llvm.loop` metadata.
public enum LoopHint: Equatable {
    /// Do not vectorise this loop (`llvm.loop.vectorize.width 1`, what clang's
    /// `vectorize(disable)` means). For a loop over short contiguous rows: LLVM unrolls the short
    /// inner loop completely, which leaves the outer one innermost, and would vectorise that
    /// across rows with gathers and scatters; kept scalar, the unrolled row is vectorised in place
    /// (SLP) and the outer loop unrolled, so several rows' work overlaps.
    case noVectorize
    /// Do not unroll this loop (`llvm.loop.unroll.disable`). For a convolution's window columns
    /// over few input channels: unrolled, the columns' broadcasts of the same input values were
    /// merged and kept live across the whole window, and the accumulators spilled.
    case noUnroll
    /// Unroll this loop `n` times at most (`llvm.loop.unroll.count`): for a reduction whose body
    /// is already a register tile of multiply-adds, where unrolling it whole multiplies the code
    /// (and the compile time) for no measurable speed.
    case unrollCount(Int)
}

extension Builder {
    /// Attaches `hints` to the loop whose latch (back-edge branch) is `latch`. The loop ID must
    /// refer to itself (LLVM ignores it otherwise): built around a temporary node that is then
    /// replaced by the node itself, which also makes it distinct from other loops' IDs.
    public func setLoopHints(_ latch: IRValue, _ hints: [LoopHint]) {
        guard !hints.isEmpty else { return }
        let c = context.ref
        func property(_ name: String, _ value: Int) -> LLVMMetadataRef? {
            var operands: [LLVMMetadataRef?] = [LLVMMDStringInContext2(c, name, name.utf8.count),
                                                LLVMValueAsMetadata(context.i32(value).ref)]
            return LLVMMDNodeInContext2(c, &operands, operands.count)
        }
        func flag(_ name: String) -> LLVMMetadataRef? {
            var operands: [LLVMMetadataRef?] = [LLVMMDStringInContext2(c, name, name.utf8.count)]
            return LLVMMDNodeInContext2(c, &operands, operands.count)
        }
        var operands: [LLVMMetadataRef?] = [LLVMTemporaryMDNode(c, nil, 0)]
        for hint in hints {
            switch hint {
            case .noVectorize: operands.append(property("llvm.loop.vectorize.width", 1))
            case .noUnroll: operands.append(flag("llvm.loop.unroll.disable"))
            case .unrollCount(let n): operands.append(property("llvm.loop.unroll.count", n))
            }
        }
        let loopID = LLVMMDNodeInContext2(c, &operands, operands.count)
        LLVMMetadataReplaceAllUsesWith(operands[0], loopID)
        LLVMSetMetadata(latch.ref, LLVMGetMDKindIDInContext(c, "llvm.loop", 9), LLVMMetadataAsValue(c, loopID))
    }
}
