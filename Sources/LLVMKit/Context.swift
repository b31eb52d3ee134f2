import CLLVM

/// An LLVM context: owns types and constants. One per compilation, never global,
/// so compilations on different threads do not share state.
public final class Context {
    public let ref: LLVMContextRef

    public init() {
        LLVMInitialization.ensure()
        ref = LLVMContextCreate()
    }

    deinit { LLVMContextDispose(ref) }

    public var void: IRType { IRType(LLVMVoidTypeInContext(ref)) }
    public var float32: IRType { IRType(LLVMFloatTypeInContext(ref)) }
    public var float64: IRType { IRType(LLVMDoubleTypeInContext(ref)) }
    public var int1: IRType { IRType(LLVMInt1TypeInContext(ref)) }
    public var int8: IRType { IRType(LLVMInt8TypeInContext(ref)) }
    public var int32: IRType { IRType(LLVMInt32TypeInContext(ref)) }
    public var int64: IRType { IRType(LLVMInt64TypeInContext(ref)) }
    public func int(bits: Int) -> IRType { IRType(LLVMIntTypeInContext(ref, UInt32(bits))) }

    /// A pointer in address space 0 (typed in LLVM 14, opaque from LLVM 15 on).
    public func pointer(to element: IRType) -> IRType { IRType(LLVMPointerType(element.ref, 0)) }

    public func vector(of element: IRType, count: Int) -> IRType {
        IRType(LLVMVectorType(element.ref, UInt32(count)))
    }

    public func array(of element: IRType, count: Int) -> IRType {
        IRType(LLVMArrayType(element.ref, UInt32(count)))
    }

    public func function(_ result: IRType, _ params: [IRType], variadic: Bool = false) -> IRType {
        var refs: [LLVMTypeRef?] = params.map(\.ref)
        return IRType(LLVMFunctionType(result.ref, &refs, UInt32(refs.count), variadic ? 1 : 0))
    }

    public func constant(_ type: IRType, int value: Int) -> IRValue {
        IRValue(LLVMConstInt(type.ref, UInt64(bitPattern: Int64(value)), 1))
    }

    public func constant(_ type: IRType, real value: Double) -> IRValue {
        IRValue(LLVMConstReal(type.ref, value))
    }

    public func i64(_ v: Int) -> IRValue { constant(int64, int: v) }
    public func i32(_ v: Int) -> IRValue { constant(int32, int: v) }
    public func f32(_ v: Double) -> IRValue { constant(float32, real: v) }

    /// A constant array of raw little-endian bytes, read back as `element`s through a pointer cast.
    public func constantData(_ bytes: [UInt8]) -> IRValue {
        bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                IRValue(LLVMConstStringInContext(ref, chars.baseAddress, UInt32(chars.count), 1))
            }
        }
    }

    /// An integer constant from its bit pattern (values above `Int64.max`).
    public func constant(_ type: IRType, bits: UInt64) -> IRValue {
        IRValue(LLVMConstInt(type.ref, bits, 0))
    }

    /// The all-zero value of a type (a zero vector).
    public func null(_ type: IRType) -> IRValue { IRValue(LLVMConstNull(type.ref)) }

    public func undef(_ type: IRType) -> IRValue { IRValue(LLVMGetUndef(type.ref)) }

    /// A vector of `i32` constants (shuffle masks).
    public func i32Vector(_ values: [Int]) -> IRValue {
        var refs: [LLVMValueRef?] = values.map { i32($0).ref }
        return IRValue(LLVMConstVector(&refs, UInt32(refs.count)))
    }

    /// A string attribute such as `"target-cpu"="znver3"`.
    public func stringAttribute(_ key: String, _ value: String) -> Attribute {
        Attribute(ref: LLVMCreateStringAttribute(ref, key, UInt32(key.utf8.count), value, UInt32(value.utf8.count)))
    }

    /// An enum attribute such as `noalias` or `nounwind`.
    public func enumAttribute(_ name: String, _ value: UInt64 = 0) -> Attribute {
        let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
        return Attribute(ref: LLVMCreateEnumAttribute(ref, kind, value))
    }
}

/// A function or parameter attribute, owned by its context.
public struct Attribute {
    public let ref: LLVMAttributeRef
}

/// An LLVM type, owned by its context.
public struct IRType: Hashable {
    public let ref: LLVMTypeRef
    public init(_ ref: LLVMTypeRef) { self.ref = ref }

    /// Float scalars and vectors of them (so `Builder.add` emits `fadd` for both).
    public var isFloatingPoint: Bool {
        var k = LLVMGetTypeKind(ref)
        if k == LLVMVectorTypeKind, let element = LLVMGetElementType(ref) { k = LLVMGetTypeKind(element) }
        return k == LLVMFloatTypeKind || k == LLVMDoubleTypeKind || k == LLVMHalfTypeKind
    }

    public var description: String { takeMessage(LLVMPrintTypeToString(ref)) }
}

/// An LLVM value (instruction, constant, argument, function), owned by its module or context.
public struct IRValue: Hashable {
    public let ref: LLVMValueRef
    public init(_ ref: LLVMValueRef) { self.ref = ref }

    public var type: IRType { IRType(LLVMTypeOf(ref)) }
}
