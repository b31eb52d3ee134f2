import Foundation

/// Wall-clock time spent in each kernel of a compiled graph, summed over `runs` runs.
public struct Profile: Sendable {
    public struct Kernel: Sendable {
        /// The kernel's name in the plan and the IR (`--emit plan`).
        public var name: String
        public var nanoseconds: UInt64
        /// Floating-point operations per run of the nodes it computes (a multiply-add is two).
        public var flops: Double = 0

        public init(name: String, nanoseconds: UInt64, flops: Double = 0) {
            self.name = name
            self.nanoseconds = nanoseconds
            self.flops = flops
        }
    }

    public var runs: Int
    /// In plan order.
    public var kernels: [Kernel]

    public init(runs: Int, kernels: [Kernel]) {
        self.runs = runs
        self.kernels = kernels
    }

    /// Milliseconds per run of each kernel, slowest first, with its share of the total and the
    /// GFLOP/s it reached (blank for kernels that only move data): the `limit` slowest that take at
    /// least 0.5% of the time, the rest summed in one line; every kernel when `limit` is nil.
    public func table(limit: Int? = 40) -> String {
        let total = max(kernels.reduce(0) { $0 + $1.nanoseconds }, 1)
        let perRun = { (ns: UInt64) in Double(ns) / 1e6 / Double(max(self.runs, 1)) }
        let sorted = kernels.sorted { $0.nanoseconds > $1.nanoseconds }
        let shown = limit.map { n in sorted.prefix(max(n, 0)).filter { Double($0.nanoseconds) / Double(total) >= 0.005 } } ?? sorted[...]
        let restLabel = "(\(sorted.count - shown.count) more)"
        let width = max(shown.map(\.name.count).max() ?? 0, restLabel.count, 6)
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
            lines.append(restLabel.padding(toLength: width, withPad: " ", startingAt: 0)
                         + String(format: " %8.3f  %5.1f%%", perRun(ns), 100 * Double(ns) / Double(total)))
        }
        lines.append("total".padding(toLength: width, withPad: " ", startingAt: 0)
                     + String(format: " %8.3f   (%d runs)", perRun(total), runs))
        return lines.joined(separator: "\n")
    }
}
