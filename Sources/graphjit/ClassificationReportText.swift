import Foundation
import GraphJIT

/// scikit-learn's `classification_report(y_true, y_pred, digits=D)` text: a row per class
/// (precision, recall, f1-score, support), a blank line, then `accuracy`, `macro avg` and
/// `weighted avg`, right-aligned in columns of 9 after a name column as wide as "weighted avg".
func classificationReportText(_ r: ClassificationReport, digits: Int) -> String {
    let names = r.reportedClasses.map(String.init)
    let width = max(names.map(\.count).max() ?? 0, "weighted avg".count)
    func right(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(n - s.count, 0)) + s }
    func number(_ v: Double) -> String { right(String(format: "%.\(digits)f", v), 9) }
    func row(_ name: String, _ s: ClassificationReport.ClassScores) -> String {
        right(name, width) + " " + [number(s.precision), number(s.recall), number(s.f1), right(String(s.support), 9)].map { " " + $0 }.joined()
    }
    var lines = [right("", width) + " " + ["precision", "recall", "f1-score", "support"].map { " " + right($0, 9) }.joined(), ""]
    for (c, name) in zip(r.reportedClasses, names) { lines.append(row(name, r.perClass[c])) }
    lines.append("")
    lines.append(right("accuracy", width) + " " + " " + right("", 9) + " " + right("", 9) + " " + number(r.accuracy) + " " + right(String(r.count), 9))
    lines.append(row("macro avg", r.macroAverage))
    lines.append(row("weighted avg", r.weightedAverage))
    return lines.joined(separator: "\n")
}
