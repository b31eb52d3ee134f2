import Dispatch
import LLVMKit
import Plan

/// Writes one compile cache entry in the background: generates the object file from the
/// optimised module's bitcode in a context and target machine of its own (LLVM contexts are not
/// thread-safe, and the compiling thread goes on using its own with MCJIT), then stores it.
final class CacheWriter: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written by the job before it signals `done`, read after `wait()`.
    private var problem: String?

    init(cache: CompileCache, key: CacheKey, bitcode: [UInt8], target: TargetDescription, optimizationLevel: Int,
         entryName: String, signature: EntrySignature, weights: [Tensor], constantNodes: [Int?], flops: Double,
         kernelFlops: [Double]) {
        DispatchQueue.global().async { [self] in
            defer { done.signal() }
            do {
                let module = try Module(bitcode: bitcode, context: Context())
                let object = try TargetMachine(target, optimizationLevel: optimizationLevel).emit(module, as: .object)
                try cache.store(CacheEntry(key: key.digest, entryName: entryName, signature: signature, weights: weights,
                                           constantNodes: constantNodes, object: object, flops: flops, kernelFlops: kernelFlops), as: key)
            } catch where cache.reportsWriteFailures {
                problem = "compile cache: could not write an entry in \(cache.directory) (\(error)); the compile itself succeeded"
            } catch {
                // The default folder, unwritable: compiled without a cache, quietly (see `reportsWriteFailures`).
            }
        }
    }

    /// Waits for the entry to be written; returns why it was not, if it was not.
    func wait() -> String? {
        done.wait()
        return problem
    }
}
