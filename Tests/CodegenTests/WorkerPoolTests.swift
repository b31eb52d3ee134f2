import Foundation
@testable import Runtime
import XCTest

/// The worker threads that kernels' slices run on: every slice exactly once, whatever the number
/// of pieces and helpers, when workers have gone to sleep, and with two callers at once.
final class WorkerPoolTests: XCTestCase {
    /// Adds 1 to `counts[i]` for every slice i of the run (slices are disjoint, so no two threads
    /// touch one counter).
    private static let countSlices: WorkerPool.Task = { context, begin, end in
        guard let counts = context?.assumingMemoryBound(to: Int.self) else { return }
        for i in Int(begin)..<Int(end) { counts[i] += 1 }
    }

    /// The same, a slice every 200 µs: pieces are still running on the workers when the caller
    /// has taken the last one.
    private static let countSlowly: WorkerPool.Task = { context, begin, end in
        guard let counts = context?.assumingMemoryBound(to: Int.self) else { return }
        for i in Int(begin)..<Int(end) {
            usleep(200)
            counts[i] += 1
        }
    }

    private func coverage(count: Int, pieces: Int64, helpers: Int, task: WorkerPool.Task = countSlices,
                          pool: WorkerPool = .shared) -> [Int] {
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: max(count, 1))
        counts.initialize(repeating: 0, count: max(count, 1))
        defer { counts.deallocate() }
        pool.run(task, context: UnsafeMutableRawPointer(counts), count: Int64(count), pieces: pieces, helpers: helpers)
        return Array(UnsafeBufferPointer(start: counts, count: count))
    }

    func testEverySliceRunsOnceForAnyPiecesAndHelpers() {
        for helpers in [0, 1, 3] {
            for count in [1, 2, 7, 64, 1000] {
                for pieces in [Int64(1), 3, 8, Int64(count)] where pieces <= count {
                    let got = coverage(count: count, pieces: pieces, helpers: helpers)
                    XCTAssertEqual(got, Array(repeating: 1, count: count), "count \(count), pieces \(pieces), helpers \(helpers)")
                }
            }
        }
    }

    func testTheCallerWaitsForPiecesStillRunningOnWorkers() {
        for _ in 0..<5 {
            XCTAssertEqual(coverage(count: 48, pieces: 16, helpers: 3, task: Self.countSlowly), Array(repeating: 1, count: 48))
        }
    }

    func testWorkersThatWentToSleepWakeForTheNextKernel() {
        XCTAssertEqual(coverage(count: 100, pieces: 8, helpers: 1), Array(repeating: 1, count: 100))
        // Longer than the polling time: the workers now wait on the condition.
        Thread.sleep(forTimeInterval: Double(WorkerPool.spinTime) * 3e-9)
        XCTAssertEqual(coverage(count: 100, pieces: 8, helpers: 1), Array(repeating: 1, count: 100))
    }

    func testTwoCallersAtOnceBothFinishWithEverySlice() {
        let failures = ManagedCounter()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<200 where coverage(count: 257, pieces: 8, helpers: 1) != Array(repeating: 1, count: 257) {
                failures.increment()
            }
        }
        XCTAssertEqual(failures.value, 0)
    }

    func testParallelForHonoursTheThreadCount() {
        defer { Threads.set(nil) }
        for threads in [1, 2, 4] {
            Threads.set(threads)
            let counts = UnsafeMutablePointer<Int>.allocate(capacity: 333)
            counts.initialize(repeating: 0, count: 333)
            defer { counts.deallocate() }
            ParallelFor.function(Self.countSlices, UnsafeMutableRawPointer(counts), 333)
            XCTAssertEqual(Array(UnsafeBufferPointer(start: counts, count: 333)), Array(repeating: 1, count: 333), "\(threads) threads")
        }
    }
}

private final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
