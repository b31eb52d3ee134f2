import GraphIR

/// Element `index` of `randomUniform(seed:)` at step `counter`: the counter-based generator the
/// generated code implements (Sources/Codegen/Elemental+Random.swift), bit for bit.
public func randomUniformValue(seed: UInt64, counter: Int64, index: Int) -> Float {
    let golden: UInt64 = 0x9E37_79B9_7F4A_7C15
    func mix(_ z0: UInt64) -> UInt64 {
        var z = (z0 ^ (z0 >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    let key = mix(seed ^ mix(UInt64(bitPattern: counter) &+ golden))
    let bits = mix(key &+ UInt64(bitPattern: Int64(index)) &* golden)
    return Float(bits >> 40) * (1.0 / 16_777_216.0)
}

func randomUniform(seed: UInt64, shape: [Int], counter: Tensor) throws -> Tensor {
    guard counter.dtype == .int64, counter.elementCount == 1 else { throw ReferenceError("the counter must be an int64 scalar") }
    let c = Int64(counter.int(at: 0))
    return Tensor(shape: shape, floats: (0..<shape.reduce(1, *)).map { randomUniformValue(seed: seed, counter: c, index: $0) })
}
