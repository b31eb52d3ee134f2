import GraphIR

/// Test-set metrics as scikit-learn's `confusion_matrix` and `classification_report` give them.
public struct ClassificationReport: Sendable {
    public struct ClassScores: Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public var accuracy: Double
    /// `confusion[true][predicted]` counts.
    public var confusion: [[Int]]
    public var perClass: [ClassScores]
    public var count: Int

    /// The classes scikit-learn reports: those among the labels or the predictions (`unique_labels`).
    public var reportedClasses: [Int] {
        perClass.indices.filter { c in perClass[c].support > 0 || confusion.contains { $0[c] > 0 } }
    }

    /// The unweighted mean of each score over `reportedClasses` (scikit-learn's `macro avg`);
    /// its support is every example.
    public var macroAverage: ClassScores { average { _ in 1 } }

    /// The mean of each score over `reportedClasses`, weighted by support (`weighted avg`).
    public var weightedAverage: ClassScores { average { Double($0.support) } }

    private func average(weight: (ClassScores) -> Double) -> ClassScores {
        let scores = reportedClasses.map { perClass[$0] }
        let total = scores.reduce(0) { $0 + weight($1) }
        func mean(_ f: (ClassScores) -> Double) -> Double {
            total > 0 ? scores.reduce(0) { $0 + f($1) * weight($1) } / total : 0
        }
        return ClassScores(precision: mean(\.precision), recall: mean(\.recall), f1: mean(\.f1), support: count)
    }

    /// Builds the report from true and predicted class indices.
    public init(labels: [Int], predictions: [Int], classCount: Int) {
        var confusion = Array(repeating: Array(repeating: 0, count: classCount), count: classCount)
        for (t, p) in zip(labels, predictions) where t >= 0 && t < classCount && p >= 0 && p < classCount {
            confusion[t][p] += 1
        }
        self.confusion = confusion
        count = labels.count
        let correct = (0..<classCount).reduce(0) { $0 + confusion[$1][$1] }
        accuracy = count > 0 ? Double(correct) / Double(count) : 0
        perClass = (0..<classCount).map { c in
            let tp = Double(confusion[c][c])
            let predicted = Double((0..<classCount).reduce(0) { $0 + confusion[$1][c] })
            let actual = confusion[c].reduce(0, +)
            let precision = predicted > 0 ? tp / predicted : 0
            let recall = actual > 0 ? tp / Double(actual) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            return ClassScores(precision: precision, recall: recall, f1: f1, support: actual)
        }
    }
}

extension Model {
    /// Predicted class of every image (the ArgMax of `output` along its last axis, computed by the
    /// compiled graph), in batches of `batchSize`.
    public func predictClasses(_ images: Tensor, output: String, batchSize: Int = 500,
                               options: CompileOptions = CompileOptions()) throws -> [Int] {
        guard let out = graph.value(named: output) else { throw GraphJITError(graph.missingValueMessage(output)) }
        guard let inputName = inputNames.first, inputNames.count == 1 else {
            throw GraphJITError("classification needs one input; the graph has \(inputNames.count) (\(inputNames.joined(separator: ", ")))")
        }
        var g = graph
        let classes = try g.add(g.uniqueName("\(output)/predicted_class"), .argMax(axis: 1, outputType: .int32), [out])
        let predictedName = g.nodes[classes.node].name
        let model = Model(graph: g)
        let n = images.shape.first ?? 0
        let rowBytes = images.byteCount / max(n, 1)
        var compiled: [Int: CompiledGraph] = [:]
        var result: [Int] = []
        result.reserveCapacity(n)
        var start = 0
        while start < n {
            let count = min(batchSize, n - start)
            let batch = try images.withUnsafeBytes { raw in
                try Tensor(dtype: images.dtype, shape: [count] + images.shape.dropFirst(),
                           bytes: raw[start * rowBytes..<(start + count) * rowBytes])
            }
            let c = try compiled[count] ?? model.compile(outputs: [predictedName], inputShapes: [inputName: batch.shape], options: options)
            compiled[count] = c
            guard let predicted = try c.run([inputName: batch])[predictedName] else { throw GraphJITError("no prediction") }
            result += (0..<count).map { predicted.int(at: $0) }
            start += count
        }
        return result
    }
}
