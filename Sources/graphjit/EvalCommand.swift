import ArgumentParser
import Foundation
import GraphIR
import GraphJIT

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Test accuracy, confusion matrix and per-class precision/recall/F1 of a classifier.")

    @Argument(help: "A frozen GraphDef, or a trainable one with --weights.")
    var model: String

    @Option(help: "MNIST directory (its t10k test files; the training files need not be there) or a labelled Kaggle-style CSV.")
    var data: String

    @Option(help: "Prediction node (default: the node nothing consumes).") var output: String?
    @Option(help: "Checkpoint (safetensors) for a graph whose weights are VariableV2 nodes.") var weights: String?
    @Option(name: .customLong("batch-size"), help: "Images per compiled batch.") var batchSize: Int = 500
    @Flag(help: "Standardise pixels with the training images' mean and std (needs the training files), for a model trained with --standardize that does not record it; models train --standardize writes do.")
    var standardize = false
    @Flag(help: "One JSON object with keys accuracy, count, confusion_matrix, per_class, macro_avg, weighted_avg.") var json = false
    @Option(help: "Use only the first N test images.") var limit: Int?
    @Option(help: "Decimal places of the classification report (scikit-learn's digits).") var digits: Int = 2

    func run() throws {
        try reportingErrors {
            guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
            guard limit.map({ $0 >= 1 }) ?? true else { throw ValidationError("--limit must be at least 1") }
            guard (0...15).contains(digits) else { throw ValidationError("--digits must be 0 to 15") }
            try checkDataPath(data)
            var loaded = try Model(contentsOf: model)
            let outputName = try output ?? singleSink(loaded)
            // Before the data, which takes a while to load.
            try checkOutput(outputName, in: loaded)
            let hasVariables = loaded.graph.nodes.contains { if case .variable = $0.op { return true } else { return false } }
            if hasVariables {
                guard let weights else { throw ValidationError("the graph's weights are variables: give --weights CHECKPOINT.safetensors") }
                let trainer = try Trainer(model: loaded, output: outputName)
                try trainer.loadCheckpoint(from: weights)
                // A checkpoint of train --standardize records the scaling; the graph then applies it.
                loaded = Model(graph: try trainer.frozenGraph(standardizing: try Trainer.checkpointScaling(at: weights)))
            }
            let standardizedByModel = loaded.inputNames.contains { loaded.graph.inputStandardization($0) != nil }
            let all: LabelledImages
            if standardize && !standardizedByModel {
                let (train, test, _) = try TrainingData.loadScaled(data, standardize: true)
                all = test ?? train
            } else {
                all = try TrainingData.loadTest(data)
            }
            let set = try limit.map { try all.slice(0..<min($0, all.count)) } ?? all
            let predictions = try loaded.predictClasses(set.images, output: outputName, batchSize: batchSize)
            let labels = (0..<set.labels.elementCount).map { set.labels.int(at: $0) }
            let classCount = max((labels.max() ?? 0) + 1, (predictions.max() ?? 0) + 1, 2)
            let report = ClassificationReport(labels: labels, predictions: predictions, classCount: classCount)
            print(json ? jsonText(report) : text(report))
        }
    }

    func text(_ r: ClassificationReport) -> String {
        var lines = [String(format: "accuracy: %.5f (%d images)", r.accuracy, r.count), "", "confusion matrix (rows: true class, columns: predicted):"]
        let width = max(String(r.confusion.flatMap { $0 }.max() ?? 0).count, 3)
        func cell(_ s: String) -> String { String(repeating: " ", count: max(width - s.count, 0)) + s }
        lines.append("      " + (0..<r.confusion.count).map { cell(String($0)) }.joined(separator: " "))
        for (c, row) in r.confusion.enumerated() {
            lines.append(cell(String(c)) + "   " + row.map { cell(String($0)) }.joined(separator: " "))
        }
        lines += ["", classificationReportText(r, digits: digits)]
        return lines.joined(separator: "\n")
    }

    func jsonText(_ r: ClassificationReport) -> String {
        func scores(_ s: ClassificationReport.ClassScores) -> String {
            String(format: "\"precision\":%.6f,\"recall\":%.6f,\"f1\":%.6f,\"support\":%d", s.precision, s.recall, s.f1, s.support)
        }
        let perClass = r.perClass.enumerated().map { c, s in "{\"class\":\(c)," + scores(s) + "}" }
        let matrix = r.confusion.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }
        return String(format: "{\"accuracy\":%.6f,\"count\":%d,", r.accuracy, r.count)
            + "\"confusion_matrix\":[" + matrix.joined(separator: ",") + "],\"per_class\":[" + perClass.joined(separator: ",") + "],"
            + "\"macro_avg\":{" + scores(r.macroAverage) + "},\"weighted_avg\":{" + scores(r.weightedAverage) + "}}"
    }
}
