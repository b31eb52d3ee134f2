import Atomics
import Foundation

/// The threads that share a parallel kernel's slices with the calling thread. They stay awake,
/// polling for the next kernel, for a while after each one: a model is a chain of kernels of a
/// fraction of a millisecond each, and waking a sleeping thread for every one of them
/// (`DispatchQueue.concurrentPerform`, before) cost about 30 µs a kernel on this 2-core VM, more
/// than the second core saved on a 1 MB pool (a chain of 50 ran in 2.3 ms on 2 threads, 1.7 ms on
/// one). Threads that find no kernel for `spinTime` sleep on a condition until the next one.
final class WorkerPool: @unchecked Sendable {
    /// What generated code hands `parallelFor`: `task(context, begin, end)`.
    typealias Task = ParallelFor.Task

    static let shared = WorkerPool()

    /// How long an idle worker polls before it sleeps: longer than the serial kernels between two
    /// parallel ones in a model, short enough not to hold a core long after a run.
    static let spinTime: UInt64 = 2_000_000  // ns

    /// One kernel's slices, cut into `pieces` contiguous runs that the threads take in turn.
    /// Each job has its own counters, so a worker that is late for one job can only find it
    /// finished, never take a piece of the next.
    private final class Job {
        let task: Task
        let context: UInt
        let count: Int64
        let pieces: Int64
        /// Workers (besides the caller) that may join: the thread count chosen for this call.
        let helpers: Int
        let next = ManagedAtomic<Int64>(0)
        let done = ManagedAtomic<Int64>(0)

        init(task: @escaping Task, context: UInt, count: Int64, pieces: Int64, helpers: Int) {
            (self.task, self.context, self.count, self.pieces, self.helpers) = (task, context, count, pieces, helpers)
        }

        /// Takes and computes pieces until none is left.
        func run() {
            while true {
                let p = next.loadThenWrappingIncrement(ordering: .relaxed)
                guard p < pieces else { return }
                task(UnsafeMutableRawPointer(bitPattern: context), p * count / pieces, (p + 1) * count / pieces)
                done.wrappingIncrement(ordering: .releasing)
            }
        }
    }

    /// Guards `current`, `workers` and the sleepers' wait.
    private let condition = NSCondition()
    private var current: Job?
    private var workers = 0
    /// Bumped (under `condition`) for every job; workers poll it.
    private let generation = ManagedAtomic<Int>(0)
    /// One caller at a time: a second thread running a graph meanwhile computes its kernel alone.
    private let inUse = ManagedAtomic<Bool>(false)

    /// Runs `task(context, begin, end)` over `0..<count` in `pieces` runs on the caller and up to
    /// `helpers` workers; returns when every run is done.
    func run(_ task: @escaping Task, context: UnsafeMutableRawPointer?, count: Int64, pieces: Int64, helpers: Int) {
        guard helpers > 0, inUse.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            return task(context, 0, count)
        }
        defer { inUse.store(false, ordering: .releasing) }
        let job = Job(task: task, context: UInt(bitPattern: context), count: count, pieces: pieces, helpers: helpers)
        condition.lock()
        while workers < helpers { startWorker(index: workers); workers += 1 }
        current = job
        generation.wrappingIncrement(ordering: .releasing)
        condition.broadcast()
        condition.unlock()
        job.run()
        // Acquiring the count makes the workers' results visible here.
        while job.done.load(ordering: .acquiring) < job.pieces {}
        condition.lock()
        current = nil
        condition.unlock()
    }

    private func startWorker(index: Int) {
        let thread = Thread { [self] in work(index: index) }
        // Generated kernels keep their register tiles' spills and loop state on the stack.
        thread.stackSize = 8 << 20
        thread.name = "graphjit-\(index + 1)"
        thread.start()
    }

    private func work(index: Int) {
        var seen = 0
        while true {
            waitForJob(after: seen)
            condition.lock()
            seen = generation.load(ordering: .relaxed)
            let job = current
            condition.unlock()
            if let job, index < job.helpers { job.run() }
        }
    }

    /// Polls until the generation moves past `seen`, then sleeps on the condition after `spinTime`.
    private func waitForJob(after seen: Int) {
        let start = DispatchTime.now().uptimeNanoseconds
        var polls = 0
        while generation.load(ordering: .acquiring) == seen {
            polls += 1
            guard polls & 1023 == 0, DispatchTime.now().uptimeNanoseconds - start > Self.spinTime else { continue }
            condition.lock()
            while generation.load(ordering: .relaxed) == seen { condition.wait() }
            condition.unlock()
            return
        }
    }
}
