import ArgumentParser
import Foundation
import GraphIR
import GraphJIT

/// Reads `--input NAME=FILE.npy` or `--input NAME=1,2,3` for a placeholder of the model.
func readInput(_ spec: String, model: Model) throws -> (String, Tensor) {
    let (name, valueText) = try splitAssignment(spec, what: "--input")
    guard let value = valueText, !value.isEmpty else {
        throw ValidationError("--input '\(spec)' needs a value: NAME=FILE.npy or NAME=1,2,3")
    }
    guard let i = model.graph.index(of: name), case let .placeholder(dtype, declared) = model.graph.nodes[i].op else {
        throw ValidationError("the graph has no input (Placeholder) named '\(name)'; inputs: \(model.inputNames.joined(separator: ", "))")
    }
    if value.hasSuffix(".npy") || FileManager.default.fileExists(atPath: value) {
        let t = try TensorFile.read(path: value)
        guard t.dtype == dtype else {
            throw ValidationError("input '\(name)': \(value) holds \(t.dtype) but the placeholder is \(dtype)")
        }
        return (name, t)
    }
    return (name, try literalTensor(value, name: name, dtype: dtype, declared: declared))
}

/// A small tensor typed on the command line; its shape is the declared one, with one unknown
/// dimension inferred from the number of values.
func literalTensor(_ text: String, name: String, dtype: DType, declared: [Int]?) throws -> Tensor {
    let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let shape: [Int]
    if let declared, declared.allSatisfy({ $0 >= 0 }) {
        shape = declared
    } else if let declared, declared.filter({ $0 < 0 }).count == 1 {
        let known = declared.filter { $0 >= 0 }.reduce(1, *)
        guard known > 0, items.count % known == 0 else {
            throw ValidationError("input '\(name)': \(items.count) values do not fill shape \(formatShape(declared))")
        }
        shape = declared.map { $0 < 0 ? items.count / known : $0 }
    } else if declared == nil {
        shape = [items.count]
    } else {
        throw ValidationError("input '\(name)' has shape \(formatShape(declared)) with several unknown dimensions: give a .npy file")
    }
    guard shape.reduce(1, *) == items.count else {
        throw ValidationError("input '\(name)' has shape \(formatShape(shape)) (\(shape.reduce(1, *)) values), got \(items.count) value(s)")
    }
    func bad(_ s: String) -> ValidationError {
        ValidationError("input '\(name)': '\(s)' is not a \(dtype) value (and not a .npy file)")
    }
    switch dtype {
    case .float32:
        return Tensor(shape: shape, floats: try items.map { s in guard let v = Float(s) else { throw bad(s) }; return v })
    case .float64:
        return Tensor(shape: shape, doubles: try items.map { s in guard let v = Double(s) else { throw bad(s) }; return v })
    case .int32:
        return Tensor(shape: shape, int32s: try items.map { s in guard let v = Int32(s) else { throw bad(s) }; return v })
    case .int64:
        return Tensor(shape: shape, int64s: try items.map { s in guard let v = Int64(s) else { throw bad(s) }; return v })
    case .bool:
        return Tensor(shape: shape, bools: try items.map { s in
            switch s.lowercased() {
            case "true", "1": return true
            case "false", "0": return false
            default: throw bad(s)
            }
        })
    }
}
