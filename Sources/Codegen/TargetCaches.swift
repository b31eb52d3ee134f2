#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LLVMKit

/// Cache sizes of the machine code is generated for. LLVM's C API does not say them, so for the
/// host they come from the operating system; for another target (an ahead-of-time bundle built
/// elsewhere) they are not known, and the fallbacks, the smallest caches of the x86-64 and AArch64
/// server cores in use, only make tiles smaller or splits rarer than they could be. Anything that
/// caches generated code must key it on these as on the target.
enum TargetCaches {
    static let fallbackLevel1Bytes = 32 * 1024
    static let fallbackLevel2Bytes = 1024 * 1024

    /// The level-1 data cache of one core, in bytes.
    static func level1DataBytes(_ target: TargetDescription) -> Int {
        target.isHost ? host.level1 : fallbackLevel1Bytes
    }

    /// The level-2 cache of one core, in bytes.
    static func level2Bytes(_ target: TargetDescription) -> Int {
        target.isHost ? host.level2 : fallbackLevel2Bytes
    }

    private static let host = (level1: query(level1: true) ?? fallbackLevel1Bytes, level2: query(level1: false) ?? fallbackLevel2Bytes)

    private static func query(level1: Bool) -> Int? {
        #if os(Linux)
        let bytes = sysconf(Int32(level1 ? _SC_LEVEL1_DCACHE_SIZE : _SC_LEVEL2_CACHE_SIZE))
        return bytes > 0 ? bytes : nil
        #elseif canImport(Darwin)
        var bytes: Int64 = 0
        var size = MemoryLayout<Int64>.size
        let ok = sysctlbyname(level1 ? "hw.l1dcachesize" : "hw.l2cachesize", &bytes, &size, nil, 0) == 0
        return ok && bytes > 0 ? Int(bytes) : nil
        #else
        return nil
        #endif
    }
}

extension CodeGenerator {
    /// What code generation reads of the machine beyond the target (cache sizes, which size tiles
    /// and splits), for keys of cached code: the same target with other caches gets other code.
    public static func machineTuning(_ target: TargetDescription) -> String {
        "l1d=\(TargetCaches.level1DataBytes(target)),l2=\(TargetCaches.level2Bytes(target))"
    }
}
