import Foundation

/// Wall-clock time spent in each kernel of a compiled graph, summed over `runs` runs.
public struct Profile: Sendable {
    public struct Kernel: Sendable {
        /// The kernel's name in the plan and the IR (`--emit plan`).
        public var name: String
        public var nanoseconds: UInt64
        /// Floating-point operations per run of the nodes it computes (a multiply-add is two).
        public var flops: Double = 0
    }

    public var runs: Int
    /// In plan order.
    public var kernels: [Kernel]

    /// Milliseconds per run of each kernel, slowest first, with its share of the total and the
    /// GFLOP/s it reached (blank for kernels that only move data); kernels under 0.5% of the time
    /// are summed into one line.
    public func table(limit: Int = 40) -> String {
        let total = max(kernels.reduce(0) { $0 + $1.nanoseconds }, 1)
        let perRun = { (ns: UInt64) in Double(ns) / 1e6 / Double(max(self.runs, 1)) }
        let sorted = kernels.sorted { $0.nanoseconds > $1.nanoseconds }
        let shown = sorted.prefix(limit).filter { Double($0.nanoseconds) / Double(total) >= 0.005 }
        let width = max(shown.map(\.name.count).max() ?? 0, 6)
        var lines = ["kernel".padding(toLength: width, withPad: " ", startingAt: 0) + "   ms/run   share   GFLOP/s"]
        for k in shown {
            let ms = perRun(k.nanoseconds)
            let rate = k.flops > 0 && ms > 0 ? String(format: "  %8.1f", k.flops / ms / 1e6) : ""
            lines.append(k.name.padding(toLength: width, withPad: " ", startingAt: 0)
                         + String(format: " %8.3f  %5.1f%%", ms, 100 * Double(k.nanoseconds) / Double(total)) + rate)
        }
        let rest = sorted.dropFirst(shown.count)
        if !rest.isEmpty {
            let ns = rest.reduce(0) { $0 + $1.nanoseconds }
            lines.append("(\(rest.count) more)".padding(toLength: width, withPad: " ", startingAt: 0)
                         + String(format: " %8.3f  %5.1f%%", perRun(ns), 100 * Double(ns) / Double(total)))
        }
        lines.append("total".padding(toLength: width, withPad: " ", startingAt: 0)
                     + String(format: " %8.3f   (%d runs)", perRun(total), runs))
        return lines.joined(separator: "\n")
    }
}
