import GraphIR
/// Protobuf wire types (groups, 3 and 4, are recognised only to be rejected).
package enum WireType: UInt8 {
    case varint = 0, fixed64 = 1, lengthDelimited = 2, startGroup = 3, endGroup = 4, fixed32 = 5
}

/// Reads one message's bytes, `bytes[position..<end]`, of a larger buffer so offsets in errors
/// are absolute. Every read checks the bound first: nothing is allocated from a length the data
/// cannot back. The buffer must outlive the reader (it is only used inside a decode call).
package struct WireReader {
    private let bytes: UnsafeRawBufferPointer
    private let filename: String
    package private(set) var position: Int
    private let end: Int
    /// Where the current field's tag starts, for errors about its value.
    private(set) var fieldStart = 0
    /// The message being read (`tensorflow.NodeDef`), for errors about its fields.
    package var messageName = ""
    /// Set when the decoder owns the buffer and reads it once: the pages of large `bytes` values
    /// are handed back to the system as they are copied out, so a file of weights is never held
    /// twice.
    private let owner: FileBuffer?

    package init(_ bytes: UnsafeRawBufferPointer, filename: String, owner: FileBuffer? = nil) {
        self.init(bytes, filename: filename, range: 0..<bytes.count, owner: owner)
    }

    private init(_ bytes: UnsafeRawBufferPointer, filename: String, range: Range<Int>, owner: FileBuffer?) {
        self.bytes = bytes
        self.filename = filename
        position = range.lowerBound
        end = range.upperBound
        self.owner = owner
    }

    package var isAtEnd: Bool { position >= end }

    /// `truncated` when the whole buffer ran out; running out inside a nested message that claims
    /// fewer bytes than its fields need is malformed rather than cut short.
    package func ranOut(at offset: Int, _ message: String) -> FormatError {
        if end == bytes.count {
            return FormatError(file: filename, .protobuf(byte: offset, truncated: true), message)
        }
        return FormatError(file: filename, .protobuf(byte: offset, truncated: false),
                           message + " (past the end of the enclosing message)")
    }

    package func invalid(at offset: Int, _ message: String) -> FormatError {
        FormatError(file: filename, .protobuf(byte: offset, truncated: false), message)
    }

    package func invalidField(_ message: String) -> FormatError { invalid(at: fieldStart, message) }

    package mutating func varint() throws -> UInt64 {
        let start = position
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end else { throw ranOut(at: start, "varint runs past the end") }
            let b = bytes[position]
            position += 1
            if shift == 63, b > 1 { throw invalid(at: start, "varint does not fit in 64 bits") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
            if shift > 63 { throw invalid(at: start, "varint is longer than 10 bytes") }
        }
    }

    package mutating func fixed32() throws -> UInt32 {
        guard end - position >= 4 else { throw ranOut(at: position, "fixed32 value needs 4 bytes") }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[position + k]) << (8 * UInt32(k)) }
        position += 4
        return v
    }

    package mutating func fixed64() throws -> UInt64 {
        guard end - position >= 8 else { throw ranOut(at: position, "fixed64 value needs 8 bytes") }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[position + k]) << (8 * UInt64(k)) }
        position += 8
        return v
    }

    /// The next field's number and wire type, or nil at the end of the message.
    package mutating func nextField() throws -> (number: Int, wire: WireType)? {
        guard !isAtEnd else { return nil }
        fieldStart = position
        let key = try varint()
        let number = key >> 3
        guard number >= 1, number <= 536_870_911 else {
            throw invalid(at: fieldStart, "field number \(number) is out of range")
        }
        guard let wire = WireType(rawValue: UInt8(key & 7)) else {
            throw invalid(at: fieldStart, "unknown wire type \(key & 7) for field \(number)")
        }
        if wire == .startGroup || wire == .endGroup {
            throw invalid(at: fieldStart, "field \(number) is a group, which is not supported")
        }
        return (Int(number), wire)
    }

    /// The byte range of a length-delimited value, checked against the bytes left.
    package mutating func lengthDelimitedRange() throws -> Range<Int> {
        let start = position
        let length = try varint()
        guard length <= UInt64(end - position) else {
            throw ranOut(at: start, "length \(length) is more than the \(end - position) bytes left")
        }
        let range = position..<(position + Int(length))
        position = range.upperBound
        return range
    }

    /// The bytes of `range` as an array. Large values are copied in chunks, each handed back to
    /// the system right after when the buffer allows it, so at no time are both copies resident.
    package func copy(_ range: Range<Int>) -> [UInt8] {
        guard let owner, range.count >= FileBuffer.releaseThreshold, let base = bytes.baseAddress else {
            return Array(bytes[range])
        }
        return [UInt8](unsafeUninitializedCapacity: range.count) { out, initialized in
            var done = 0
            while done < range.count {
                let n = min(FileBuffer.releaseChunk, range.count - done)
                let from = range.lowerBound + done
                out.baseAddress.map { UnsafeMutableRawPointer($0 + done).copyMemory(from: base + from, byteCount: n) }
                owner.release(from..<(from + n))
                done += n
            }
            initialized = range.count
        }
    }

    /// The bytes of `range` in aligned tensor storage, released from the buffer as `copy` does.
    package func copyToStorage(_ range: Range<Int>) -> TensorStorage {
        guard let base = bytes.baseAddress else { return .empty }
        return TensorStorage(count: range.count) { out in
            guard let target = out.baseAddress else { return }
            var done = 0
            while done < range.count {
                let n = owner == nil || range.count < FileBuffer.releaseThreshold ? range.count - done
                    : min(FileBuffer.releaseChunk, range.count - done)
                let from = range.lowerBound + done
                (target + done).copyMemory(from: base + from, byteCount: n)
                if range.count >= FileBuffer.releaseThreshold { owner?.release(from..<(from + n)) }
                done += n
            }
        }
    }

    /// The bytes of `range`, for UTF-8 checks.
    package func view(_ range: Range<Int>) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: bytes[range]) }

    /// A reader for a nested message or packed list that stops at its end.
    package mutating func nested() throws -> WireReader {
        var sub = WireReader(bytes, filename: filename, range: try lengthDelimitedRange(), owner: owner)
        sub.messageName = messageName
        return sub
    }

    package mutating func skip(_ wire: WireType) throws {
        switch wire {
        case .varint: _ = try varint()
        case .fixed64: _ = try fixed64()
        case .fixed32: _ = try fixed32()
        case .lengthDelimited: _ = try lengthDelimitedRange()
        case .startGroup, .endGroup: throw invalidField("groups are not supported")
        }
    }
}
