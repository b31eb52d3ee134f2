import XCTest

final class CompileCommandTests: XCTestCase {
    func testAssemblyIsOneAddOf103() throws {
        let r = try graphjit(["compile", "graphs/blog_addsub.pbtxt", "--emit", "asm"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("$103"), r.stdout)
        XCTAssertFalse(r.stdout.contains("sub"), r.stdout)
        #if arch(x86_64)
        // The by-value form, as the blog compiled it: the whole graph is one lea.
        XCTAssertTrue(r.stdout.contains("graph_scalar:\n\tleal\t103(%rdi), %eax\n\tretq"), r.stdout)
        #endif
    }

    func testIRBeforeAndAfterOptimisation() throws {
        let before = try graphjit(["compile", "graphs/blog_addsub.pbtxt", "--emit", "llvm"])
        let after = try graphjit(["compile", "graphs/blog_addsub.pbtxt", "--emit", "llvm-opt"])
        XCTAssertTrue(before.stdout.contains("define void @graph"), before.stdout)
        XCTAssertTrue(before.stdout.contains("sub "), "unoptimised IR still subtracts 2")
        XCTAssertTrue(after.stdout.contains("103"), after.stdout)
        XCTAssertFalse(after.stdout.contains("sub "), after.stdout)
    }

    func testAArch64Assembly() throws {
        let r = try graphjit(["compile", "graphs/blog_addsub.pbtxt", "--target", "aarch64-linux-gnu", "--emit", "asm"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("add\t") && r.stdout.contains("#103"), r.stdout)
    }

    func testObjectFile() throws {
        let file = try temporaryFolder().appendingPathComponent("blog.o")
        let r = try graphjit(["compile", "graphs/blog_addsub.pbtxt", "--emit", "obj", "-o", file.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let bytes = try [UInt8](Data(contentsOf: file))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x7F, 0x45, 0x4C, 0x46], "ELF magic")
    }

    func testPlanShowsFusedKernels() throws {
        let r = try graphjit(["compile", "graphs/cnn.pbtxt", "--emit", "plan", "--input-shape", "images=4,28,28,1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Conv2D(conv1/Conv2D) -> BiasAdd(conv1/BiasAdd) -> Relu(conv1/Relu)"), r.stdout)
    }
}
