/// A pass failed, or left a graph that breaks the pass contract; names the pass when there is one.
public struct PassError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The pass at fault; nil for problems found before any pass ran (an unknown kept name).
    public var pass: PassName?
    public var message: String

    public init(pass: PassName?, _ message: String) {
        self.pass = pass
        self.message = message
    }

    public var description: String { pass.map { "pass '\($0)': \(message)" } ?? message }
}
