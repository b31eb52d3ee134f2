import CLLVM

/// An error reported by LLVM (verifier, pass pipeline, code emission, JIT).
public struct LLVMError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Takes ownership of an LLVM-allocated C string and returns it as a Swift string.
func takeMessage(_ p: UnsafeMutablePointer<CChar>?) -> String {
    guard let p else { return "" }
    defer { LLVMDisposeMessage(p) }
    return String(cString: p)
}

/// Consumes an `LLVMErrorRef`; throws when it holds an error.
func check(_ error: LLVMErrorRef?, _ context: String) throws {
    guard let error else { return }
    let msg = LLVMGetErrorMessage(error)
    defer { LLVMDisposeErrorMessage(msg) }
    throw LLVMError("\(context): \(msg.map { String(cString: $0) } ?? "unknown error")")
}
