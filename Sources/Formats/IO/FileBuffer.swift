#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file read into private anonymous memory that only the binary decoder reads, once,
/// front to back. Because nothing reads a range again once its value has been copied out, the
/// decoder hands the pages of large values (tensor weights) back to the system as it copies them
/// (`release`): decoding a 550 MB file of weights then holds about 550 MB, not twice that.
/// Plain `read(2)` rather than `mmap` of the file, so a file truncated meanwhile is a short read,
/// not a SIGBUS.
package final class FileBuffer {
    /// Values at least this long (16 pages) are released once copied, in chunks of `releaseChunk`.
    static let releaseThreshold = 1 << 16
    static let releaseChunk = 1 << 22
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    private(set) var count = 0

    /// The file's bytes; valid while the buffer lives.
    package var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    package init(path: String) throws {
        let (fd, size) = try FileIO.openForReading(path)
        defer { close(fd) }
        // One byte more than the size, so reaching the end of an unchanged file needs no growth.
        capacity = size + 1
        base = try Self.map(capacity, path)
        do {
            while true {
                if count == capacity { try grow(path) }
                let n = read(fd, base + count, capacity - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileIO.failure(path, "cannot read")
                }
                if n == 0 { break }
                count += n
            }
        } catch {
            munmap(base, capacity)
            throw error
        }
    }

    deinit { munmap(base, capacity) }

    private static func map(_ size: Int, _ path: String) throws -> UnsafeMutableRawPointer {
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_ANONYMOUS
        #else
        let flags = MAP_PRIVATE | MAP_ANON
        #endif
        guard let p = mmap(nil, size, PROT_READ | PROT_WRITE, flags, -1, 0),
              p != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw FileIO.failure(path, "cannot allocate \(size) bytes to read it")
        }
        return p
    }

    /// The file was longer than `fstat` said (it grew, or is a pipe): twice the room.
    private func grow(_ path: String) throws {
        let larger = max(2 * capacity, 1 << 16)
        let p = try Self.map(larger, path)
        p.copyMemory(from: base, byteCount: count)
        munmap(base, capacity)
        base = p
        capacity = larger
    }

    /// Returns the whole pages inside `range` to the system. They read as zeros afterwards, so the
    /// caller must be done with them.
    func release(_ range: Range<Int>) {
        let page = Self.pageSize
        guard page > 0 else { return }
        let start = Int(bitPattern: base) + range.lowerBound, end = Int(bitPattern: base) + range.upperBound
        let first = (start + page - 1) / page * page, last = end / page * page
        guard last > first, let p = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(p, last - first, MADV_DONTNEED)
    }
}
