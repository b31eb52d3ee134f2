/// The offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode's
/// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or nil when all of
/// `bytes` is UTF-8. Protobuf refuses such bytes in `string` fields, in text and binary alike.
func invalidUTF8Offset(_ bytes: UnsafeRawBufferPointer) -> Int? {
    let n = bytes.count
    var i = 0
    while i < n {
        let b = bytes[i]
        if b < 0x80 {
            i += 1
            continue
        }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // bounds of the second byte
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return i
        }
        guard i + length <= n, bytes[i + 1] >= low, bytes[i + 1] <= high else { return i }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
        i += length
    }
    return nil
}

/// `invalidUTF8Offset` of an array.
func invalidUTF8Offset(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBytes { invalidUTF8Offset($0) }
}

/// How a byte of a string reads in an error message.
func hexByte(_ b: UInt8) -> String {
    let digits = String(b, radix: 16, uppercase: true)
    return "0x" + (digits.count == 1 ? "0" + digits : digits)
}
