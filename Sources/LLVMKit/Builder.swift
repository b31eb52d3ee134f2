import CLLVM

/// Instruction builder: thin typed wrappers over `LLVMBuild*`, using the explicitly typed
/// variants (`Load2`, `GEP2`, `Call2`) that survive LLVM's move to opaque pointers.
public final class Builder {
    public let ref: LLVMBuilderRef
    public let context: Context

    public init(context: Context) {
        self.context = context
        ref = LLVMCreateBuilderInContext(context.ref)
    }

    deinit { LLVMDisposeBuilder(ref) }

    public func position(at block: BasicBlock) { LLVMPositionBuilderAtEnd(ref, block.ref) }

    public var insertBlock: BasicBlock { BasicBlock(ref: LLVMGetInsertBlock(ref)) }

    // MARK: arithmetic

    public func add(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue {
        IRValue(a.type.isFloatingPoint ? LLVMBuildFAdd(ref, a.ref, b.ref, name) : LLVMBuildAdd(ref, a.ref, b.ref, name))
    }
    public func sub(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue {
        IRValue(a.type.isFloatingPoint ? LLVMBuildFSub(ref, a.ref, b.ref, name) : LLVMBuildSub(ref, a.ref, b.ref, name))
    }
    public func mul(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue {
        IRValue(a.type.isFloatingPoint ? LLVMBuildFMul(ref, a.ref, b.ref, name) : LLVMBuildMul(ref, a.ref, b.ref, name))
    }
    /// Floating-point division, or signed integer division truncating toward zero.
    public func div(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue {
        IRValue(a.type.isFloatingPoint ? LLVMBuildFDiv(ref, a.ref, b.ref, name) : LLVMBuildSDiv(ref, a.ref, b.ref, name))
    }
    public func neg(_ a: IRValue, _ name: String = "") -> IRValue {
        IRValue(a.type.isFloatingPoint ? LLVMBuildFNeg(ref, a.ref, name) : LLVMBuildNeg(ref, a.ref, name))
    }
    /// The remainder of a division: `frem` for floats, else signed (`srem`) or unsigned (`urem`).
    public func remainder(_ a: IRValue, _ b: IRValue, signed: Bool = true, _ name: String = "") -> IRValue {
        if a.type.isFloatingPoint { return IRValue(LLVMBuildFRem(ref, a.ref, b.ref, name)) }
        return IRValue(signed ? LLVMBuildSRem(ref, a.ref, b.ref, name) : LLVMBuildURem(ref, a.ref, b.ref, name))
    }
    /// Integer add known not to wrap (index arithmetic).
    public func addNSW(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildNSWAdd(ref, a.ref, b.ref, name))
    }
    public func mulNSW(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildNSWMul(ref, a.ref, b.ref, name))
    }

    // MARK: bits

    public func shiftLeft(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue { binary(LLVMBuildShl, a, b, name) }
    /// Arithmetic (`signed`, copies the sign bit) or logical shift right.
    public func shiftRight(_ a: IRValue, _ b: IRValue, signed: Bool, _ name: String = "") -> IRValue {
        binary(signed ? LLVMBuildAShr : LLVMBuildLShr, a, b, name)
    }
    public func and(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue { binary(LLVMBuildAnd, a, b, name) }
    public func or(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue { binary(LLVMBuildOr, a, b, name) }
    public func xor(_ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue { binary(LLVMBuildXor, a, b, name) }

    private typealias BinaryBuild = (LLVMBuilderRef?, LLVMValueRef?, LLVMValueRef?, UnsafePointer<CChar>?) -> LLVMValueRef?
    private typealias CastBuild = (LLVMBuilderRef?, LLVMValueRef?, LLVMTypeRef?, UnsafePointer<CChar>?) -> LLVMValueRef?

    private func binary(_ build: BinaryBuild, _ a: IRValue, _ b: IRValue, _ name: String) -> IRValue {
        name.withCString { IRValue(build(ref, a.ref, b.ref, $0)!) }
    }
    private func cast(_ build: CastBuild, _ v: IRValue, _ t: IRType, _ name: String) -> IRValue {
        name.withCString { IRValue(build(ref, v.ref, t.ref, $0)!) }
    }

    // MARK: vectors

    public func extractElement(_ vector: IRValue, _ index: IRValue, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildExtractElement(ref, vector.ref, index.ref, name))
    }
    public func insertElement(_ vector: IRValue, _ element: IRValue, _ index: IRValue, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildInsertElement(ref, vector.ref, element.ref, index.ref, name))
    }
    /// Lanes of `a` (indices below its width) and `b` (the rest) in the order `mask` gives.
    public func shuffle(_ a: IRValue, _ b: IRValue, mask: [Int], _ name: String = "") -> IRValue {
        IRValue(LLVMBuildShuffleVector(ref, a.ref, b.ref, context.i32Vector(mask).ref, name))
    }

    // MARK: comparison and selection

    public func icmp(_ p: IntPredicate, _ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildICmp(ref, p.llvm, a.ref, b.ref, name))
    }
    public func fcmp(_ p: RealPredicate, _ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildFCmp(ref, p.llvm, a.ref, b.ref, name))
    }
    public func select(_ c: IRValue, _ a: IRValue, _ b: IRValue, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildSelect(ref, c.ref, a.ref, b.ref, name))
    }

    // MARK: conversion

    public func siToFP(_ v: IRValue, _ t: IRType, _ name: String = "") -> IRValue { cast(LLVMBuildSIToFP, v, t, name) }
    public func uiToFP(_ v: IRValue, _ t: IRType, _ name: String = "") -> IRValue { cast(LLVMBuildUIToFP, v, t, name) }
    public func fpToSI(_ v: IRValue, _ t: IRType, _ name: String = "") -> IRValue { cast(LLVMBuildFPToSI, v, t, name) }
    public func fpCast(_ v: IRValue, _ t: IRType, _ name: String = "") -> IRValue { cast(LLVMBuildFPCast, v, t, name) }
    public func intCast(_ v: IRValue, _ t: IRType, signed: Bool = true, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildIntCast2(ref, v.ref, t.ref, signed ? 1 : 0, name))
    }
    public func zext(_ v: IRValue, _ t: IRType, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildZExt(ref, v.ref, t.ref, name))
    }
    public func bitCast(_ v: IRValue, _ t: IRType, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildBitCast(ref, v.ref, t.ref, name))
    }

    // MARK: memory

    public func load(_ type: IRType, _ pointer: IRValue, alignment: Int? = nil, _ name: String = "") -> IRValue {
        let v = LLVMBuildLoad2(ref, type.ref, pointer.ref, name)!
        if let alignment { LLVMSetAlignment(v, UInt32(alignment)) }
        return IRValue(v)
    }

    @discardableResult
    public func store(_ value: IRValue, _ pointer: IRValue, alignment: Int? = nil) -> IRValue {
        let v = LLVMBuildStore(ref, value.ref, pointer.ref)!
        if let alignment { LLVMSetAlignment(v, UInt32(alignment)) }
        return IRValue(v)
    }

    /// `&base[index]` for a pointer to `element`s, in bounds.
    public func gep(_ element: IRType, _ base: IRValue, _ indices: [IRValue], _ name: String = "") -> IRValue {
        var idx: [LLVMValueRef?] = indices.map(\.ref)
        return IRValue(LLVMBuildInBoundsGEP2(ref, element.ref, base.ref, &idx, UInt32(idx.count), name))
    }

    public func alloca(_ type: IRType, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildAlloca(ref, type.ref, name))
    }

    // MARK: control flow

    public func br(_ block: BasicBlock) { LLVMBuildBr(ref, block.ref) }

    /// The branch instruction is returned so a loop's latch can carry loop hints.
    @discardableResult
    public func condBr(_ c: IRValue, _ then: BasicBlock, _ else: BasicBlock) -> IRValue {
        IRValue(LLVMBuildCondBr(ref, c.ref, then.ref, `else`.ref))
    }

    /// `switch value`: to the block of the case equal to it, else to `otherwise`.
    public func switchOn(_ value: IRValue, otherwise: BasicBlock, cases: [(IRValue, BasicBlock)]) {
        let instruction = LLVMBuildSwitch(ref, value.ref, otherwise.ref, UInt32(cases.count))
        for (constant, block) in cases { LLVMAddCase(instruction, constant.ref, block.ref) }
    }

    public func phi(_ type: IRType, _ name: String = "") -> IRValue {
        IRValue(LLVMBuildPhi(ref, type.ref, name))
    }

    public func addIncoming(_ phi: IRValue, _ value: IRValue, from block: BasicBlock) {
        var v: LLVMValueRef? = value.ref
        var b: LLVMBasicBlockRef? = block.ref
        LLVMAddIncoming(phi.ref, &v, &b, 1)
    }

    public func retVoid() { LLVMBuildRetVoid(ref) }
    public func ret(_ v: IRValue) { LLVMBuildRet(ref, v.ref) }

    @discardableResult
    public func call(_ fnType: IRType, _ fn: IRValue, _ args: [IRValue], _ name: String = "") -> IRValue {
        var a: [LLVMValueRef?] = args.map(\.ref)
        return IRValue(LLVMBuildCall2(ref, fnType.ref, fn.ref, &a, UInt32(a.count), name))
    }
}
