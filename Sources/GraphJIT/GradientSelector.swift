import Foundation
import GraphIR

/// `logits[0,7]` or `logits[:,7]`: a node's value narrowed to some elements, so the gradient of
/// one class score is one `--of`. An integer picks one index of an axis (negative counts from the
/// end, as in Python); `:` keeps the whole axis. The narrowed value is a Slice node added to the
/// graph, so the generated code selects it and its gradient scatters the seed back.
public struct GradientSelector: Sendable, Equatable {
    public enum Index: Sendable, Equatable {
        case all
        case at(Int)
    }

    /// The value's name (`node` or `node:k`).
    public var value: String
    /// One entry per axis; nil when no brackets were given.
    public var indices: [Index]?

    /// Parses `NAME` or `NAME[i,j,...]`; TensorFlow names never contain `[`.
    public init(parsing text: String) throws {
        guard let open = text.firstIndex(of: "[") else {
            value = text
            indices = nil
            return
        }
        guard text.hasSuffix("]"), open > text.startIndex else {
            throw GraphJITError("'\(text)' is not NODE or NODE[i,j,...] (an integer or ':' per axis)")
        }
        value = String(text[..<open])
        let body = text[text.index(after: open)..<text.index(before: text.endIndex)]
        indices = try body.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let item = part.trimmingCharacters(in: .whitespaces)
            if item == ":" { return .all }
            guard let i = Int(item) else {
                throw GraphJITError("'\(text)': '\(item)' is not an index (an integer, or ':' for a whole axis)")
            }
            return .at(i)
        }
    }

    /// The node name of a spec that may carry a selector.
    public static func nodeName(in text: String) -> String {
        text.firstIndex(of: "[").map { String(text[..<$0]) } ?? text
    }

    /// Adds the Slice that narrows `v` (of static `shape`) and returns it; `v` itself without brackets.
    func apply(to v: Value, in graph: inout Graph) throws -> Value {
        guard let indices else { return v }
        guard let shape = graph[v].shape else {
            throw GraphJITError("'\(value)' has an unknown shape: give the input shapes to select its elements")
        }
        guard indices.count == shape.count else {
            throw GraphJITError("'\(value)' has \(shape.count) axes (shape \(formatShape(shape))), the selector gives \(indices.count)")
        }
        var begin: [Int] = [], size: [Int] = []
        for (axis, (index, dim)) in zip(indices, shape).enumerated() {
            switch index {
            case .all:
                begin.append(0); size.append(dim)
            case .at(let i):
                let j = i < 0 ? i + dim : i
                guard j >= 0, j < dim else {
                    throw GraphJITError("'\(value)': index \(i) is out of range for axis \(axis) of size \(dim)")
                }
                begin.append(j); size.append(1)
            }
        }
        let name = graph.uniqueName(graph.nodes[v.node].name + "/selected")
        return try graph.add(name, .slice(begin: begin, size: size), [v])
    }
}
