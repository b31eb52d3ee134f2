import Foundation

/// Wall-clock time per kernel, summed over runs, for a module generated with profiling hooks:
/// the entry function calls `hook(context, -1)` before its first kernel and `hook(context, k)`
/// after kernel `k`, so each kernel is charged the time since the previous call.
public final class KernelProfile {
    /// Kernel names in plan order.
    public let kernels: [String]
    /// Nanoseconds charged to each kernel so far.
    public private(set) var nanoseconds: [UInt64]
    /// Runs recorded so far.
    public private(set) var runs = 0
    private var last: UInt64 = 0

    init(kernels: [String]) {
        self.kernels = kernels
        nanoseconds = Array(repeating: 0, count: kernels.count)
    }

    /// Forgets what was recorded (after warm-up runs, say).
    public func reset() {
        nanoseconds = Array(repeating: 0, count: kernels.count)
        runs = 0
    }

    private func record(_ kernel: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        if kernel < 0 {
            runs += 1
        } else if kernel < nanoseconds.count {
            nanoseconds[kernel] += now &- last
        }
        last = now
    }

    typealias Hook = @convention(c) (UnsafeMutableRawPointer?, Int64) -> Void
    static let hook: Hook = { context, kernel in
        guard let context else { return }
        Unmanaged<KernelProfile>.fromOpaque(context).takeUnretainedValue().record(Int(kernel))
    }
    static let hookPointer = unsafeBitCast(hook, to: UnsafeMutableRawPointer.self)
}
