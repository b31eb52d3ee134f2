#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a tensor: one immutable, 64-byte aligned allocation, shared by every copy of the
/// `Tensor` (and every graph, pass result and plan holding it) and never copied to be read.
/// Compiled code reads large constants (weights) straight from here, so the storage must not move
/// and must be aligned like the arena; an `Executable` keeps the plan, and with it the storage, alive.
public final class TensorStorage: Hashable, ExpressibleByArrayLiteral, CustomStringConvertible, @unchecked Sendable {
    /// Alignment of every storage: a cache line, as the arena's buffers.
    public static let alignment = 64

    public let count: Int
    private let base: UnsafeMutableRawPointer
    /// What owns the bytes when they are borrowed (a file read into memory); nil when this
    /// storage allocated them.
    private let owner: AnyObject?

    /// Copies `bytes` into a new aligned allocation.
    public init<C: Collection>(copying bytes: C) where C.Element == UInt8 {
        count = bytes.count
        base = Self.allocate(count)
        owner = nil
        let target = UnsafeMutableRawBufferPointer(start: base, count: count)
        let copied: Bool? = bytes.withContiguousStorageIfAvailable { source -> Bool in
            if let from = source.baseAddress, count > 0 { target.baseAddress?.copyMemory(from: from, byteCount: count) }
            return true
        }
        if copied == nil {
            _ = target.initializeMemory(as: UInt8.self, from: bytes)
        }
    }

    /// Copies `count` bytes from `source`.
    public init(copying source: UnsafeRawPointer, count: Int) {
        self.count = count
        base = Self.allocate(count)
        owner = nil
        if count > 0 { base.copyMemory(from: source, byteCount: count) }
    }

    /// `count` zero bytes.
    public init(zeros count: Int) {
        self.count = count
        base = Self.allocate(count)
        owner = nil
        base.initializeMemory(as: UInt8.self, repeating: 0, count: max(count, 1))
    }

    /// `count` bytes written once by `fill` (which must initialise all of them) before anyone reads them.
    public init(count: Int, fill: (UnsafeMutableRawBufferPointer) throws -> Void) rethrows {
        self.count = count
        base = Self.allocate(count)
        owner = nil
        do {
            try fill(UnsafeMutableRawBufferPointer(start: base, count: count))
        } catch {
            base.deallocate()
            throw error
        }
    }

    /// `count` bytes at `address` (aligned to `alignment`) that `owner` holds and keeps alive,
    /// read in place and never written: a compile cache entry's weights in the file's buffer.
    public init(borrowing address: UnsafeRawPointer, count: Int, owner: AnyObject) {
        precondition(Int(bitPattern: address) % Self.alignment == 0, "borrowed tensor bytes must be aligned")
        self.count = count
        base = UnsafeMutableRawPointer(mutating: address)
        self.owner = owner
    }

    deinit { if owner == nil { base.deallocate() } }

    /// Large storages (outputs of hundreds of MB: VGG16's hypercolumns) start on a 2 MiB boundary
    /// and ask Linux for transparent huge pages, so filling fresh memory takes one page fault per
    /// 2 MiB instead of one per 4 KiB; small ones are cache-line aligned.
    private static let hugePage = 1 << 21

    private static func allocate(_ count: Int) -> UnsafeMutableRawPointer {
        guard count >= 4 * hugePage else { return UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: alignment) }
        let rounded = (count + hugePage - 1) / hugePage * hugePage
        let base = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: hugePage)
        #if canImport(Glibc)
        _ = madvise(base, rounded, MADV_HUGEPAGE)
        #endif
        return base
    }

    /// The address compiled code reads: valid while this object lives.
    public var address: UnsafeRawPointer { UnsafeRawPointer(base) }

    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// The bytes as an array (a copy).
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    public convenience init(arrayLiteral elements: UInt8...) { self.init(copying: elements) }

    /// No bytes.
    public static let empty = TensorStorage(zeros: 0)

    public var isEmpty: Bool { count == 0 }

    public var description: String { "TensorStorage(\(count) bytes)" }

    public static func == (a: TensorStorage, b: TensorStorage) -> Bool { a.equals(b) }

    func equals(_ other: TensorStorage) -> Bool {
        guard count == other.count else { return false }
        if self === other || count == 0 { return true }
        return memcmp(base, other.base, count) == 0
    }

    /// Hashes the length and up to 256 bytes from each end: equal storages hash alike, and a
    /// 100 MB weight is not read whole every time a pass puts its op in a dictionary.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        withUnsafeBytes { raw in
            let edge = min(count, 256)
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[0..<edge]))
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[(count - edge)..<count]))
        }
    }
}

@_silgen_name("memcmp")
private func memcmp(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Int32
