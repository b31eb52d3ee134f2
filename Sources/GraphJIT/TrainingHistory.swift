import Foundation
import Formats

/// The epochs of a training run, as nolearn's `train_history_`: what `train --history` writes
/// (CSV or JSON by the extension, rewritten atomically after every epoch, so a stopped run keeps
/// the epochs it finished) and `plot loss` draws.
public struct TrainingHistory: Sendable {
    public var epochs: [EpochRecord]

    public init(epochs: [EpochRecord] = []) { self.epochs = epochs }

    static let columns = ["epoch", "train_loss", "valid_loss", "train_valid_ratio", "valid_accuracy", "seconds"]

    /// CSV with a header row, or a JSON array of objects with the same keys.
    public func encoded(json: Bool) -> String {
        func row(_ r: EpochRecord) -> [String] {
            [String(r.epoch), String(r.trainLoss), String(r.validLoss), String(r.trainLoss / r.validLoss),
             String(r.validAccuracy), String(format: "%.3f", r.seconds)]
        }
        if json {
            let objects = epochs.map { r in
                "{" + zip(Self.columns, row(r)).map { "\"\($0)\": \(Self.jsonNumber($1))" }.joined(separator: ", ") + "}"
            }
            return "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
        }
        return ([Self.columns.joined(separator: ",")] + epochs.map { row($0).joined(separator: ",") }).joined(separator: "\n") + "\n"
    }

    /// Writes the history (`.json` as JSON, anything else CSV), atomically.
    public func write(to path: String) throws {
        try FileIO.writeAtomically(Array(encoded(json: path.lowercased().hasSuffix(".json")).utf8), to: path)
    }

    /// Reads a file `write(to:)` wrote (CSV or JSON, chosen by content).
    public static func read(path: String) throws -> TrainingHistory {
        let text = String(decoding: try FileIO.readFile(path: path), as: UTF8.self)
        func fail(_ line: Int, _ message: String) -> Error { FormatError(file: path, .text(line: line, column: 1), message) }
        var records: [EpochRecord] = []
        func record(_ values: [String: Double], line: Int) throws -> EpochRecord {
            guard let epoch = values["epoch"], let train = values["train_loss"], let valid = values["valid_loss"] else {
                throw fail(line, "a history row needs epoch, train_loss and valid_loss")
            }
            return EpochRecord(epoch: Int(epoch), trainLoss: train, validLoss: valid,
                               validAccuracy: values["valid_accuracy"] ?? .nan, seconds: values["seconds"] ?? .nan)
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("[") {
            guard let array = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [[String: Any]] else {
                throw fail(1, "not a JSON array of epoch objects (what train --history FILE.json writes)")
            }
            for (i, object) in array.enumerated() {
                records.append(try record(object.compactMapValues { ($0 as? NSNumber)?.doubleValue }, line: i + 1))
            }
        } else {
            let lines = trimmed.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            guard let header = lines.first?.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }),
                  header.contains("epoch") else {
                throw fail(1, "not a training history: the first row must name the columns (epoch,train_loss,valid_loss,...)")
            }
            for (i, line) in lines.dropFirst().enumerated() {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard cells.count == header.count else { throw fail(i + 2, "\(cells.count) values, the header has \(header.count)") }
                var values: [String: Double] = [:]
                for (name, cell) in zip(header, cells) {
                    guard let v = Double(cell) else { throw fail(i + 2, "'\(cell.prefix(40))' in column \(name) is not a number") }
                    values[name] = v
                }
                records.append(try record(values, line: i + 2))
            }
        }
        guard !records.isEmpty else { throw FormatError(file: path, "the history has no epochs") }
        return TrainingHistory(epochs: records)
    }

    private static func jsonNumber(_ s: String) -> String {
        Double(s).map { $0.isFinite ? s : "null" } ?? "null"
    }
}
