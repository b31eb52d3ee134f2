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

/// Other machines' code: each architecture's default CPU, `--cpu`, `--features`, and targets LLVM
/// does not know refused in one line before LLVM can abort.
final class CompileTargetTests: XCTestCase {
    let blog = "graphs/blog_addsub.pbtxt"

    func testRISCV64WithItsDefaultCPU() throws {
        // LLVM 14 aborted on RISC-V's "generic" CPU (signal 6).
        let r = try graphjit(["compile", blog, "--target", "riscv64-linux-gnu", "--emit", "asm"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("graph_scalar:\n\taddiw\ta0, a0, 103\n\tret"), r.stdout)
    }

    func testNamedCPUs() throws {
        let arm = try graphjit(["compile", blog, "--target", "aarch64-linux-gnu", "--cpu", "cortex-a72", "--emit", "llvm"])
        XCTAssertEqual(arm.status, 0, arm.stderr)
        XCTAssertTrue(arm.stdout.contains("\"target-cpu\"=\"cortex-a72\""), arm.stdout)
        let zen = try graphjit(["compile", blog, "--target", "x86_64-linux-gnu", "--cpu", "znver3", "--emit", "asm,llvm"])
        XCTAssertEqual(zen.status, 0, zen.stderr)
        XCTAssertTrue(zen.stdout.contains("\"target-cpu\"=\"znver3\""), zen.stdout)
        XCTAssertTrue(zen.stdout.contains("leal\t103(%rdi), %eax"), zen.stdout)
        let features = try graphjit(["compile", blog, "--target", "x86_64-linux-gnu", "--cpu", "x86-64", "--features", "+avx2", "--emit", "llvm"])
        XCTAssertEqual(features.status, 0, features.stderr)
        XCTAssertTrue(features.stdout.contains("\"target-features\"=\"+avx2\""), features.stdout)
    }

    func testCPUHelpListsTheTargetsCPUs() throws {
        let r = try graphjit(["compile", blog, "--target", "riscv64-linux-gnu", "--cpu", "help"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("generic-rv64"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Available features"), r.stdout)
    }

    func testUnknownTargetsCPUsAndFeaturesAreOneLine() throws {
        for (args, expected) in [
            (["--target", "nonsense-triple"], "nonsense-triple"),
            (["--target", "riscv64-linux-gnu", "--cpu", "foo"], "unknown CPU 'foo'"),
            // RISC-V's LLVM 14 aborts on "generic" while creating the target machine.
            (["--target", "riscv64-linux-gnu", "--cpu", "generic"], "'generic'"),
            // MIPS aborts on an unknown CPU, Hexagon crashes.
            (["--target", "mips64el-linux-gnuabi64", "--cpu", "foo"], "unknown CPU 'foo'"),
            (["--target", "hexagon", "--cpu", "foo"], "unknown CPU 'foo'"),
            (["--target", "x86_64-linux-gnu", "--cpu", "znver99"], "unknown CPU 'znver99'"),
            (["--target", "aarch64-linux-gnu", "--features", "+nosuchfeature"], "'+nosuchfeature'"),
        ] {
            let r = try graphjit(["compile", blog] + args)
            XCTAssertEqual(r.status, 1, "\(args): \(r.stdout) \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.hasPrefix("graphjit: error: ") && r.stderr.contains(expected), "\(args): \(r.stderr)")
            XCTAssertEqual(r.stdout, "", "\(args)")
        }
    }
}

/// `--emit` kinds as clang and rustc spell them, several at once, and `-o -`.
final class CompileEmitTests: XCTestCase {
    let blog = "graphs/blog_addsub.pbtxt"

    func testDashWritesToStandardOutput() throws {
        let dash = repositoryRoot.appendingPathComponent("-")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dash.path))
        let r = try graphjit(["compile", blog, "--emit", "asm", "-o", "-"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("graph_scalar:"), r.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dash.path), "-o - wrote a file named '-'")
        // Binary kinds too, when standard output is not a terminal.
        let bc = try graphjit(["compile", blog, "--emit", "bc", "-o", "-"])
        XCTAssertEqual(bc.status, 0, bc.stderr)
        XCTAssertTrue(bc.stdout.hasPrefix("BC"), "bitcode magic")
        let net = try graphjit(["net", "seed000", "-o", "-"])
        XCTAssertEqual(net.status, 0, net.stderr)
        XCTAssertTrue(net.stdout.contains("op: \"VariableV2\""), String(net.stdout.prefix(300)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dash.path), "-o - wrote a file named '-'")
    }

    /// Object files and bitcode would garble a terminal: refused there, in one line.
    func testBinaryKindsAreRefusedOnATerminal() throws {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { throw XCTSkip("no \(script) to give graphjit a terminal") }
        for kind in ["obj", "bc"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: script)
            // script runs the command on a pseudo-terminal; -e passes its exit status on.
            process.arguments = ["-qec", "'\(try graphjitBinary().path)' compile \(blog) --emit \(kind) -o -", "/dev/null"]
            process.currentDirectoryURL = repositoryRoot
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 1, text)
            XCTAssertTrue(text.hasPrefix("graphjit: error: --emit \(kind) is binary: not written to a terminal"), text)
            XCTAssertEqual(text.split(separator: "\n").count, 1, text)
        }
    }

    func testLLVMIRIsLLVM() throws {
        let ir = try graphjit(["compile", blog, "--emit", "llvm-ir"])
        XCTAssertEqual(ir.status, 0, ir.stderr)
        XCTAssertEqual(ir.stdout, try graphjit(["compile", blog, "--emit", "llvm"]).stdout)
    }

    func testSeveralKindsOnStandardOutput() throws {
        let listed = try graphjit(["compile", blog, "--emit", "asm,llvm-ir"])
        XCTAssertEqual(listed.status, 0, listed.stderr)
        XCTAssertTrue(listed.stdout.contains("graph_scalar:") && listed.stdout.contains("define void @graph"), listed.stdout)
        let repeated = try graphjit(["compile", blog, "--emit", "asm", "--emit", "llvm-ir"])
        XCTAssertEqual(repeated.stdout, listed.stdout)
        let mixed = try graphjit(["compile", blog, "--emit", "asm,obj", "-o", "-"])
        XCTAssertEqual(mixed.status, 1)
        XCTAssertEqual(mixed.stderr.split(separator: "\n").count, 1, mixed.stderr)
    }

    func testSeveralKindsToABaseName() throws {
        let dir = try temporaryFolder()
        let base = dir.appendingPathComponent("blog")
        let r = try graphjit(["compile", blog, "--emit", "asm,llvm-ir,obj,bc,plan", "-o", base.path + ".o"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(try String(contentsOf: base.appendingPathExtension("s"), encoding: .utf8).contains("graph_scalar:"))
        XCTAssertTrue(try String(contentsOf: base.appendingPathExtension("ll"), encoding: .utf8).contains("define void @graph"))
        XCTAssertEqual(Array(try Data(contentsOf: base.appendingPathExtension("o")).prefix(4)), [0x7F, 0x45, 0x4C, 0x46], "ELF magic")
        XCTAssertEqual(Array(try Data(contentsOf: base.appendingPathExtension("bc")).prefix(4)), [0x42, 0x43, 0xC0, 0xDE], "bitcode magic")
        XCTAssertTrue(try String(contentsOf: dir.appendingPathComponent("blog.plan.txt"), encoding: .utf8).contains("kernel"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).count, 5)
    }
}
