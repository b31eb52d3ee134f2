import CLLVM

/// An LLVM module. Owned (and disposed) by this object until handed to an `ExecutionEngine`,
/// which consumes it: after that the module must not be used again.
public final class Module {
    public let context: Context
    public private(set) var ref: LLVMModuleRef
    private var owned = true

    public init(name: String, context: Context) {
        self.context = context
        ref = LLVMModuleCreateWithNameInContext(name, context.ref)
    }

    private init(ref: LLVMModuleRef, context: Context) {
        self.context = context
        self.ref = ref
    }

    deinit { if owned { LLVMDisposeModule(ref) } }

    /// Gives up ownership (the execution engine now owns the module).
    func consume() -> LLVMModuleRef {
        precondition(owned, "module already handed to an execution engine")
        owned = false
        return ref
    }

    /// A deep copy in the same context, e.g. to emit assembly without touching the JIT's copy.
    public func clone() -> Module {
        Module(ref: LLVMCloneModule(ref), context: context)
    }

    public var triple: String {
        get { String(cString: LLVMGetTarget(ref)) }
        set { LLVMSetTarget(ref, newValue) }
    }

    public var dataLayout: String {
        get { String(cString: LLVMGetDataLayoutStr(ref)) }
        set { LLVMSetDataLayout(ref, newValue) }
    }

    /// Declares a function (defined when blocks are appended).
    public func addFunction(_ name: String, type: IRType) -> Function {
        Function(ref: LLVMAddFunction(ref, name, type.ref), type: type, context: context)
    }

    public func function(named name: String) -> Function? {
        guard let f = LLVMGetNamedFunction(ref, name) else { return nil }
        return Function(ref: f, type: IRType(LLVMGlobalGetValueType(f)), context: context)
    }

    /// A private constant global holding `initializer`.
    public func addConstantGlobal(_ name: String, _ initializer: IRValue, alignment: Int = 64) -> IRValue {
        let g = LLVMAddGlobal(ref, LLVMTypeOf(initializer.ref), name)!
        LLVMSetInitializer(g, initializer.ref)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMPrivateLinkage)
        LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr)
        LLVMSetAlignment(g, UInt32(alignment))
        return IRValue(g)
    }

    /// The declaration of an overloaded intrinsic such as `llvm.exp` for the given types.
    public func intrinsic(_ name: String, overloads: [IRType]) throws -> (IRValue, IRType) {
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        guard id != 0 else { throw LLVMError("unknown intrinsic \(name)") }
        var types: [LLVMTypeRef?] = overloads.map(\.ref)
        let decl = LLVMGetIntrinsicDeclaration(ref, id, &types, types.count)!
        let fnType = LLVMIntrinsicGetType(context.ref, id, &types, types.count)!
        return (IRValue(decl), IRType(fnType))
    }

    /// Textual IR.
    public var ir: String { takeMessage(LLVMPrintModuleToString(ref)) }

    /// LLVM bitcode, the binary form of `ir` (what `llvm-dis` reads, `clang -c` compiles).
    public var bitcode: [UInt8] {
        guard let buffer = LLVMWriteBitcodeToMemoryBuffer(ref) else { return [] }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        let size = LLVMGetBufferSize(buffer)
        guard let start = LLVMGetBufferStart(buffer) else { return [] }
        return start.withMemoryRebound(to: UInt8.self, capacity: size) { Array(UnsafeBufferPointer(start: $0, count: size)) }
    }

    /// Reads `bitcode` (as `bitcode` wrote it) into `context`. The compiler uses it to hand a
    /// copy of a module to another thread: a context is not thread-safe, so each thread that
    /// generates code needs its own.
    public convenience init(bitcode: [UInt8], context: Context) throws {
        let buffer: LLVMMemoryBufferRef? = bitcode.withUnsafeBufferPointer { bytes in
            bytes.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    LLVMCreateMemoryBufferWithMemoryRangeCopy($0, bytes.count, "bitcode")
                }
            }
        }
        guard let buffer else { throw LLVMError("bitcode: empty") }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        var ref: LLVMModuleRef?
        guard LLVMParseBitcodeInContext2(context.ref, buffer, &ref) == 0, let ref else {
            throw LLVMError("bitcode: LLVM could not read it")
        }
        self.init(ref: ref, context: context)
    }

    /// Runs LLVM's verifier; throws its report.
    public func verify() throws {
        var message: UnsafeMutablePointer<CChar>?
        let failed = LLVMVerifyModule(ref, LLVMReturnStatusAction, &message)
        let text = takeMessage(message)
        if failed != 0 { throw LLVMError("LLVM verifier: \(text)") }
    }
}

/// A function in a module.
public struct Function {
    public let ref: LLVMValueRef
    public let type: IRType
    let context: Context

    init(ref: LLVMValueRef, type: IRType, context: Context) {
        self.ref = ref
        self.type = type
        self.context = context
    }

    public var value: IRValue { IRValue(ref) }

    public func parameter(_ i: Int) -> IRValue { IRValue(LLVMGetParam(ref, UInt32(i))) }

    public var parameterCount: Int { Int(LLVMCountParams(ref)) }

    public func appendBlock(_ name: String) -> BasicBlock {
        BasicBlock(ref: LLVMAppendBasicBlockInContext(context.ref, ref, name))
    }

    /// Adds a function attribute (index -1 in LLVM's numbering).
    public func addAttribute(_ attribute: Attribute) {
        LLVMAddAttributeAtIndex(ref, LLVMAttributeIndex(bitPattern: -1), attribute.ref)
    }

    /// Adds an attribute to parameter `i`.
    public func addParameterAttribute(_ i: Int, _ attribute: Attribute) {
        LLVMAddAttributeAtIndex(ref, LLVMAttributeIndex(i + 1), attribute.ref)
    }

    /// Internal linkage: visible only inside the module, so LLVM may inline, specialise or drop it.
    public func makeInternal() { LLVMSetLinkage(ref, LLVMInternalLinkage) }

    /// The function's definition as textual IR, without its own name: two functions with equal
    /// text compute the same thing, so one of them can stand for both.
    ///
    /// Metadata references (`!llvm.loop !356`) are numbered module-wide; they are renumbered
    /// from `!0` in order of appearance, so two functions with the same code and the same
    /// shape of metadata print alike. What the metadata nodes hold is not part of the text.
    public var anonymousDefinition: String {
        let text = takeMessage(LLVMPrintValueToString(ref))
        guard let open = text.firstIndex(of: "(") else { return text }
        var result = "", numbers: [Substring: Int] = [:]
        var rest = text[open...]
        while let bang = rest.firstIndex(of: "!") {
            result += rest[..<bang] + "!"
            let digits = rest[rest.index(after: bang)...].prefix(while: \.isNumber)
            if !digits.isEmpty {
                if numbers[digits] == nil { numbers[digits] = numbers.count }
                result += String(numbers[digits] ?? 0)
            }
            rest = rest[digits.endIndex...]
        }
        return result + rest
    }

    /// Removes the function from its module; no call to it may remain.
    public func delete() { LLVMDeleteFunction(ref) }
}

public struct BasicBlock {
    public let ref: LLVMBasicBlockRef
}
