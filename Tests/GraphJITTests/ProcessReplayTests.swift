import Foundation
import GraphJIT
import LLVMKit
import XCTest

/// Process replay: the LLVM IR generated for the example graphs is committed, so any change in
/// code generation shows up as a diff in review. Run with `GRAPHJIT_UPDATE_REPLAY=1` to rewrite the
/// files after an intended change, and commit them with it. The IR is generated for a generic
/// x86-64 (SSE2, the default caches), not the host: the kernels' tiles follow the vector width and
/// the caches, so the host's IR differed between this project's AVX-512 and AVX2 machines. Target
/// lines and attribute groups are left out. The IR's
/// spelling depends on LLVM's major version (typed pointers up to 14), so each has its own folder:
/// moving to another LLVM means generating and reviewing its corpus.
final class ProcessReplayTests: XCTestCase {
    let cases: [(graph: String, shapes: [String: [Int]], outputs: [String])] = [
        ("blog_addsub", [:], ["output"]),
        ("cnn", ["images": [1, 28, 28, 1]], ["softmax", "dense/Relu"]),
    ]

    /// An x86-64 triple other than the host's, which CompileOptions takes as a generic CPU.
    var genericTriple: String {
        TargetDescription.host.triple == "x86_64-unknown-linux-gnu" ? "x86_64-pc-linux-gnu" : "x86_64-unknown-linux-gnu"
    }

    func testGeneratedIRMatchesCommittedCorpus() throws {
        let update = ProcessInfo.processInfo.environment["GRAPHJIT_UPDATE_REPLAY"] == "1"
        for c in cases {
            let model = try Model(contentsOf: repositoryRoot.appendingPathComponent("graphs/\(c.graph).pbtxt").path)
            let compiled = try model.compile(outputs: c.outputs, inputShapes: c.shapes,
                                             options: CompileOptions(targetTriple: genericTriple, loadForExecution: false))
            let ir = try compiled.llvmIR.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("attributes #") && !$0.hasPrefix("target ") }
                .joined(separator: "\n")
            let file = repositoryRoot.appendingPathComponent("Tests/Fixtures/replay/llvm\(llvmMajorVersion)/\(c.graph).ll")
            if update {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try ir.write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            guard let committed = try? String(contentsOf: file, encoding: .utf8) else {
                XCTFail("no replay corpus for LLVM \(llvmMajorVersion) at \(file.path): generate it with GRAPHJIT_UPDATE_REPLAY=1")
                continue
            }
            XCTAssertEqual(ir, committed, "\(c.graph): generated IR changed; if intended, rerun with GRAPHJIT_UPDATE_REPLAY=1 and commit")
        }
    }
}
