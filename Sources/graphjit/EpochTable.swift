import Foundation

struct TableStyle {
    var color: Bool
    var progress: Bool
}

/// nolearn's per-epoch table; the best losses so far are highlighted (colour on a terminal only).
struct EpochTable {
    let style: TableStyle
    private var bestTrain = Double.infinity
    private var bestValid = Double.infinity

    init(style: TableStyle) { self.style = style }

    func printHeader() {
        print("  epoch    train loss    valid loss    train/val    valid acc  dur")
        print("-------  ------------  ------------  -----------  -----------  -------")
    }

    mutating func printRow(epoch: Int, train: Double, valid: Double, accuracy: Double, seconds: Double) {
        let trainText = String(format: "%12.5f", train), validText = String(format: "%12.5f", valid)
        let trainBest = train < bestTrain, validBest = valid < bestValid
        bestTrain = min(bestTrain, train)
        bestValid = min(bestValid, valid)
        func paint(_ s: String, _ code: String, _ on: Bool) -> String { on && style.color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let line = String(format: "%7d  ", epoch) + paint(trainText, "36", trainBest) + "  " + paint(validText, "32", validBest)
            + String(format: "  %11.5f  %11.5f  %6.2fs", train / valid, accuracy, seconds)
        print(line)
        fflush(stdout)
    }
}

/// A one-line progress bar on stderr, redrawn in place; nothing when stderr is not a terminal.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    let epoch: Int

    func update(_ done: Int, loss: Double) {
        guard enabled else { return }
        let width = 30
        let filled = total > 0 ? done * width / total : width
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data(String(format: "\repoch %d [%@] %d/%d  loss %.4f", epoch, bar, done, total, loss).utf8))
    }

    mutating func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
