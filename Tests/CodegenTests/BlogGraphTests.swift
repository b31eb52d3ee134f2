import GraphIR
import XCTest

final class BlogGraphTests: XCTestCase {
    /// output = ((input - 2) + 5) + 100, the LLVM JIT blog's graph.
    func blogGraph() throws -> Graph {
        var g = Graph()
        let input = try g.add("input", .placeholder(dtype: .int32, shape: [1]))
        let two = try g.add("two", .constant(Tensor(shape: [], int32s: [2])))
        let five = try g.add("five", .constant(Tensor(shape: [], int32s: [5])))
        let hundred = try g.add("hundred", .constant(Tensor(shape: [], int32s: [100])))
        let sub = try g.add("sub", .binary(.sub), [input, two])
        let add = try g.add("add", .binary(.add), [sub, five])
        try g.add("output", .binary(.add), [add, hundred])
        return g
    }

    func testRunsAtO0AndO3() throws {
        for level in [0, 3] {
            let c = try jit(blogGraph(), outputs: ["output"], level: level, name: "blog")
            let out = try c.executable.run([Tensor(shape: [1], int32s: [10])])
            XCTAssertEqual(out[0].scalars(as: Int32.self), [113], "O\(level)")
        }
    }

    func testO3FoldsConstantsInto103() throws {
        let c = try jit(blogGraph(), outputs: ["output"], level: 3, name: "blog")
        XCTAssertTrue(c.irBefore.contains("sub"), c.irBefore)
        XCTAssertTrue(c.assembly.contains("103"), c.assembly)
        XCTAssertFalse(c.assembly.contains("sub"), c.assembly)
        print(c.assembly)
    }
}
