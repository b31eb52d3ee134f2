/// An input the reference evaluator refuses: missing or mismatched feeds, integer division by zero,
/// and other cases where the math has no defined answer.
public struct ReferenceError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
