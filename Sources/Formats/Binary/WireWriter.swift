/// Appends protobuf wire format. Proto3 rules: scalars equal to their default are not written
/// (the `…IfSet` methods), repeated scalars are packed, nested messages are length-prefixed.
package struct WireWriter {
    package init() {}
    package private(set) var bytes: [UInt8] = []

    package mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    package mutating func tag(_ number: Int, _ wire: WireType) {
        varint(UInt64(number) << 3 | UInt64(wire.rawValue))
    }

    package mutating func int64(_ number: Int, _ v: Int64) {
        tag(number, .varint)
        varint(UInt64(bitPattern: v))
    }

    /// Negative int32s are sign-extended to 64 bits, as protobuf requires.
    package mutating func int32(_ number: Int, _ v: Int32) { int64(number, Int64(v)) }

    package mutating func bool(_ number: Int, _ v: Bool) {
        tag(number, .varint)
        varint(v ? 1 : 0)
    }

    package mutating func float(_ number: Int, _ v: Float) {
        tag(number, .fixed32)
        fixed32(v.bitPattern)
    }

    package mutating func bytes(_ number: Int, _ v: [UInt8]) {
        tag(number, .lengthDelimited)
        varint(UInt64(v.count))
        bytes += v
    }

    /// A length-delimited value straight from memory (a tensor's storage), without an array copy.
    package mutating func bytes(_ number: Int, contentsOf raw: UnsafeRawBufferPointer) {
        tag(number, .lengthDelimited)
        varint(UInt64(raw.count))
        bytes.append(contentsOf: raw)
    }

    package mutating func string(_ number: Int, _ v: String) { bytes(number, Array(v.utf8)) }

    package mutating func message(_ number: Int, _ write: (inout WireWriter) -> Void) {
        var sub = WireWriter()
        write(&sub)
        bytes(number, sub.bytes)
    }

    package mutating func int64IfSet(_ number: Int, _ v: Int64) { if v != 0 { int64(number, v) } }
    package mutating func int32IfSet(_ number: Int, _ v: Int32) { if v != 0 { int32(number, v) } }
    package mutating func uint32IfSet(_ number: Int, _ v: UInt32) { if v != 0 { int64(number, Int64(v)) } }
    package mutating func boolIfSet(_ number: Int, _ v: Bool) { if v { bool(number, v) } }
    package mutating func bytesIfSet(_ number: Int, _ v: [UInt8]) { if !v.isEmpty { bytes(number, v) } }
    package mutating func stringIfSet(_ number: Int, _ v: String) { if !v.isEmpty { string(number, v) } }

    package mutating func fixed32(_ v: UInt32) {
        for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(k)))) }
    }

    package mutating func fixed64(_ v: UInt64) {
        for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) }
    }

    /// A packed repeated scalar: nothing when empty, else one length-delimited run.
    package mutating func packed<T>(_ number: Int, _ values: [T], _ write: (inout WireWriter, T) -> Void) {
        guard !values.isEmpty else { return }
        var sub = WireWriter()
        for v in values { write(&sub, v) }
        bytes(number, sub.bytes)
    }
}
