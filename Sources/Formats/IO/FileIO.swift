import GraphIR
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and atomic writes, with one-line errors naming the file.
public enum FileIO {
    /// The bytes of the file at `path`.
    public static func readFile(path: String) throws -> [UInt8] {
        let (fd, size) = try openForReading(path)
        defer { close(fd) }
        // The size is only a hint (the file may change or be a pipe): read until end of file.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// `count` bytes of the file at `path` from byte `offset`, in aligned tensor storage (ONNX's
    /// external weights); a file too short for them is an error naming it, with `describe` giving
    /// the caller's words for what was being read.
    package static func readStorage(path: String, offset: Int, count: Int,
                                    describe: (String) -> FormatError) throws -> TensorStorage {
        let (fd, size) = try openForReading(path)
        defer { close(fd) }
        guard offset <= size, count <= size - offset else {
            throw describe("external data file '\(path)' has \(size) bytes, too few for \(count) bytes from offset \(offset)")
        }
        return try TensorStorage(count: count) { out in
            var done = 0
            while done < count {
                guard let base = out.baseAddress else { return }
                let n = pread(fd, base + done, count - done, off_t(offset + done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, "cannot read")
                }
                if n == 0 { throw describe("external data file '\(path)' ended early") }
                done += n
            }
        }
    }

    /// Up to `count` bytes from the start of the file at `path` (for sniffing its format).
    public static func readPrefix(path: String, count: Int) throws -> [UInt8] {
        let (fd, _) = try openForReading(path)
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, count) }
        guard n >= 0 else { throw failure(path, "cannot read") }
        return Array(bytes[0..<n])
    }

    /// A descriptor open for reading and the file's size as `fstat` gives it (0 for a pipe).
    static func openForReading(_ path: String) throws -> (fd: Int32, size: Int) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot open for reading") }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let e = failure(path, "cannot read")
            close(fd)
            throw e
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else {
            close(fd)
            throw FormatError(file: path, "cannot read: is a directory")
        }
        return (fd, max(0, Int(info.st_size)))
    }

    /// Writes `bytes` to `path` so that readers see either the old file or the complete new one,
    /// never a partial write: the data goes to a temporary file in the same folder, is flushed
    /// to disk, then renamed over `path`.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try writeAtomically(pieces: [$0], to: path, durable: true) }
    }

    /// Writes `pieces` one after the other into a temporary file beside `path`, then renames it
    /// over `path`: a reader sees the old file or the new one, whole. `durable` flushes the file
    /// and the rename to disk first (what the user saves); a compile cache entry, which a digest
    /// checks on every read, skips the flush (seconds for a 600 MB VGG16 entry).
    package static func writeAtomically(pieces: [UnsafeRawBufferPointer], to path: String, durable: Bool) throws {
        let (folder, base) = splitPath(path)
        guard !base.isEmpty else { throw FormatError(file: path, "cannot write: not a file name") }
        var fd: Int32 = -1
        var temp = ""
        for attempt in 0..<100 {
            temp = folder + ".\(base).tmp\(getpid())-\(attempt)-\(UInt32.random(in: 0...UInt32.max))"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(path, "cannot create a temporary file next to it") }
        var committed = false
        defer {
            if !committed { unlink(temp) }
        }
        do {
            defer { close(fd) }
            for piece in pieces {
                guard let start = piece.baseAddress else { continue }
                var written = 0
                while written < piece.count {
                    let n = write(fd, start + written, piece.count - written)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw failure(path, "cannot write")
                    }
                    written += n
                }
            }
            if durable { guard fsync(fd) == 0 else { throw failure(path, "cannot flush to disk") } }
        }
        guard rename(temp, path) == 0 else { throw failure(path, "cannot replace") }
        committed = true
        guard durable else { return }
        // Makes the rename itself durable; best effort, since some file systems refuse it.
        let dirfd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if dirfd >= 0 {
            _ = fsync(dirfd)
            close(dirfd)
        }
    }

    /// `("dir/", "name")` for `dir/name`, `("", "name")` for a bare name.
    private static func splitPath(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    static func failure(_ path: String, _ what: String) -> FormatError {
        let code = errno
        let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
        return FormatError(file: path, "\(what): \(reason)")
    }
}
