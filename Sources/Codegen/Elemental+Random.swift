import GraphIR
import LLVMKit

/// The counter-based uniform generator of `randomUniform` (must match Tests/Reference bit for bit):
///
///     mix(z)  = SplitMix64's finaliser (xor-shift 30, multiply, xor-shift 27, multiply, xor-shift 31)
///     key     = mix(seed ^ mix(counter + golden))
///     bits(i) = mix(key + i * golden)          (SplitMix64's stream started at `key`)
///     value   = Float(bits >> 40) * 2^-24      (24 random bits: exactly representable, in [0, 1))
///
/// Only 64-bit integer ops per element and no state carried between elements, so the loop vectorises.
extension KernelEmitter {
    static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    func emitRandomUniform(seed: UInt64, counter: IRValue, index: IRValue) -> IRValue {
        // Loop-invariant: LLVM hoists the key out of the element loop.
        let counterMix = mix64(b.add(counter, u64(Self.golden)))
        let key = mix64(b.xor(u64(seed), counterMix))
        let bits = mix64(b.add(key, b.mul(index, u64(Self.golden))))
        let top = b.shiftRight(bits, u64(40), signed: false)
        let f = b.siToFP(top, context.float32)
        return b.mul(f, context.f32(1.0 / 16_777_216.0))
    }

    private func u64(_ v: UInt64) -> IRValue { context.constant(context.int64, bits: v) }

    private func mix64(_ z0: IRValue) -> IRValue {
        func xorShift(_ z: IRValue, _ s: UInt64) -> IRValue {
            b.xor(z, b.shiftRight(z, u64(s), signed: false))
        }
        var z = b.mul(xorShift(z0, 30), u64(0xBF58_476D_1CE4_E5B9))
        z = b.mul(xorShift(z, 27), u64(0x94D0_49BB_1331_11EB))
        return xorShift(z, 31)
    }
}
