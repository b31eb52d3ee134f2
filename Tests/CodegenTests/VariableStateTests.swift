import GraphIR
import Plan
import XCTest

/// Variables live in the executable between runs; Assign updates them in place after every other
/// kernel has read the old value.
final class VariableStateTests: XCTestCase {
    func testAssignUpdatesInPlaceAfterReads() throws {
        var g = Graph()
        let v = try g.add("v", .variable(dtype: .float32, shape: [3]))
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [3]))
        let prod = try g.add("prod", .binary(.mul), [v, x])
        try g.add("dot", .reduce(.sum, axes: [0], keepDims: false), [prod])
        let sum = try g.add("next", .binary(.add), [v, x])
        try g.add("update", .assign, [v, sum])
        for level in [0, 3] {
            let c = try jit(g, outputs: ["dot", "update"], level: level)
            let plan = c.plan
            XCTAssertEqual(plan.stateNames, ["v"])
            // The update is the last compute kernel and writes the variable's own memory.
            let updateKernel = try XCTUnwrap(plan.kernels.first { g.nodes[$0.root].name == "update" })
            XCTAssertEqual(plan.buffers[updateKernel.output].kind, .state(0))
            let input = Tensor(shape: [3], floats: [1, 2, 3])
            var out = try c.executable.run([input])
            XCTAssertEqual(out[0].scalars(as: Float.self), [0], "the dot product reads the old (zero) value")
            XCTAssertEqual(out[1].scalars(as: Float.self), [1, 2, 3])
            out = try c.executable.run([input])
            XCTAssertEqual(out[0].scalars(as: Float.self), [14])
            XCTAssertEqual(try c.executable.stateValues()[0].scalars(as: Float.self), [2, 4, 6], "O\(level)")
            try c.executable.setState("v", Tensor(shape: [3], floats: [10, 0, 0]))
            out = try c.executable.run([input])
            XCTAssertEqual(out[0].scalars(as: Float.self), [10])
            XCTAssertThrowsError(try c.executable.setState("v", Tensor(shape: [2], floats: [1, 2])))
            XCTAssertThrowsError(try c.executable.setState("w", input))
        }
    }

    /// Two updates that read each other's old values: the planner orders them so both see old values
    /// when possible, and refuses a cycle.
    func testUpdatesReadingOtherVariablesAreOrdered() throws {
        var g = Graph()
        let m = try g.add("m", .variable(dtype: .float32, shape: [2]))
        let p = try g.add("p", .variable(dtype: .float32, shape: [2]))
        let grad = try g.add("g", .placeholder(dtype: .float32, shape: [2]))
        // m' = m + g (materialised: two readers), p' = p + m'  (reads m', not m)
        let mNew = try g.add("m_new", .binary(.add), [m, grad])
        let pNew = try g.add("p_new", .binary(.add), [p, mNew])
        try g.add("assign_p", .assign, [p, pNew])
        try g.add("assign_m", .assign, [m, mNew])
        let c = try jit(g, outputs: ["assign_p", "assign_m"])
        _ = try c.executable.run([Tensor(shape: [2], floats: [1, 1])])
        _ = try c.executable.run([Tensor(shape: [2], floats: [1, 1])])
        let states = try c.executable.stateValues()
        XCTAssertEqual(states[0].scalars(as: Float.self), [2, 2])  // m
        XCTAssertEqual(states[1].scalars(as: Float.self), [3, 3])  // p: 1, then 1 + 2

        var cyclic = Graph()
        let a = try cyclic.add("a", .variable(dtype: .float32, shape: [1]))
        let b = try cyclic.add("b", .variable(dtype: .float32, shape: [1]))
        let aNew = try cyclic.add("a_new", .binary(.add), [a, b])
        let bNew = try cyclic.add("b_new", .binary(.sub), [b, a])
        try cyclic.add("assign_a", .assign, [a, aNew])
        try cyclic.add("assign_b", .assign, [b, bNew])
        XCTAssertThrowsError(try Planner.plan(cyclic, outputs: ["assign_a", "assign_b"])) {
            XCTAssertTrue("\($0)".contains("cycle"), "\($0)")
        }
    }

    func testAssignToANonVariableIsRefused() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2]))
        let y = try g.add("y", .unary(.neg), [x])
        try g.add("bad", .assign, [x, y])
        XCTAssertThrowsError(try Planner.plan(g, outputs: ["bad"])) {
            XCTAssertTrue("\($0)".contains("'bad' (Assign)"), "\($0)")
        }
    }
}
