import Runtime

/// How many threads compiled kernels run on: `GRAPHJIT_THREADS`, else every available processor,
/// unless set here. Results never depend on it (no kernel reduces across threads).
public enum Parallelism {
    public static var threads: Int { Threads.count }
    /// Sets the thread count for every compiled graph from now on (nil: back to the default).
    public static func setThreads(_ n: Int?) { Threads.set(n) }
}
