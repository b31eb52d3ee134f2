import GraphIR
import XCTest

/// Integer division must never trap the process (x86 `idiv` faults on `/ 0` and `min / -1`).
final class IntegerDivisionTests: XCTestCase {
    func testDivisionByZeroAndMinusOneDoNotTrap() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .int32, shape: [4]))
        let y = try g.add("y", .placeholder(dtype: .int32, shape: [4]))
        try g.add("q", .binary(.div), [x, y])
        for level in [0, 3] {
            let c = try jit(g, outputs: ["q"], level: level)
            let out = try c.executable.run([Tensor(shape: [4], int32s: [5, Int32.min, 7, -3]),
                                            Tensor(shape: [4], int32s: [0, -1, 2, 0])])
            XCTAssertEqual(out[0].scalars(as: Int32.self), [0, Int32.min, 3, 0], "O\(level)")
        }
    }

    func testIntegerMeanOverEmptyAxisIsACompileError() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .int32, shape: [0, 3]))
        try g.add("m", .reduce(.mean, axes: [0], keepDims: false), [x])
        XCTAssertThrowsError(try jit(g, outputs: ["m"])) { error in
            XCTAssertTrue("\(error)".contains("'m' (Mean)"), "\(error)")
        }
    }
}
