/// A dataset operation was given arguments that do not fit the data (a split larger than the
/// dataset, images and labels of different counts, a batch size of zero). One line.
public struct DatasetError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
