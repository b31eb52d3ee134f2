import XCTest

/// Every bad input gets exactly one line on stderr naming the place, and a non-zero exit.
final class BadInputTests: XCTestCase {
    func check(_ args: [String], mentions expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try graphjit(args)
        XCTAssertEqual(r.status, 1, "exit status for \(args)", file: file, line: line)
        let lines = r.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one line for \(args): \(r.stderr)", file: file, line: line)
        XCTAssertTrue(r.stderr.hasPrefix("graphjit: error: "), r.stderr, file: file, line: line)
        for text in expected {
            XCTAssertTrue(r.stderr.contains(text), "\(args): expected '\(text)' in \(r.stderr)", file: file, line: line)
        }
    }

    func bad(_ name: String) -> String { "Tests/Fixtures/bad/\(name)" }

    func testSyntaxErrorsNameFileLineColumn() throws {
        // The missing '}' puts `versions` inside the node, as TensorFlow's parser reports it.
        try check(["info", bad("unbalanced_braces.pbtxt")], mentions: ["unbalanced_braces.pbtxt:12:1:", "unknown field 'versions' in tensorflow.NodeDef"])
        try check(["info", bad("unknown_field.pbtxt")], mentions: ["unknown_field.pbtxt:10:3: unknown field 'inputt' in tensorflow.NodeDef"])
        try check(["info", bad("invalid_utf8_name.pbtxt")], mentions: ["invalid_utf8_name.pbtxt:8:9: string field 'tensorflow.NodeDef.name' is not valid UTF-8"])
        try check(["info", bad("invalid_utf8_name.pb")], mentions: ["invalid_utf8_name.pb: invalid protobuf at byte 4: string field 'tensorflow.NodeDef.name' is not valid UTF-8"])
        try check(["info", bad("bad_string_escape.pbtxt")], mentions: ["bad_string_escape.pbtxt:8:11:", "escape"])
        try check(["info", bad("bad_number.pbtxt")], mentions: ["bad_number.pbtxt:5:67:", "3x"])
        try check(["info", bad("bad_number_int64_overflow.pbtxt")], mentions: ["bad_number_int64_overflow.pbtxt:5:67:"])
        try check(["info", bad("truncated.pb")], mentions: ["truncated.pb", "truncated"])
    }

    func testSemanticErrorsNameNodeAndOp() throws {
        try check(["info", bad("unknown_op.pbtxt")], mentions: ["1 unsupported op (1 node): FancyNewOp (y)"])
        try check(["info", bad("control_flow.pbtxt")], mentions: ["node 'switch' (Switch): control flow is not supported"])
        try check(["info", bad("recursive_function.pbtxt")], mentions: ["node 'call/again' (f): function 'f' calls itself"])
        try check(["info", bad("call_missing_function.pbtxt")], mentions: ["'call' (StatefulPartitionedCall)", "'nowhere'"])
        try check(["info", bad("unknown_attribute.pbtxt")], mentions: ["'y' (Relu)", "alpha"])
        try check(["info", bad("missing_attribute.pbtxt")], mentions: ["'conv' (Conv2D)", "strides"])
        try check(["info", bad("missing_attribute_placeholder_dtype.pbtxt")], mentions: ["'x' (Placeholder)", "dtype"])
        try check(["info", bad("missing_input_node.pbtxt")], mentions: ["'y' (Add)", "nonexistent"])
        try check(["info", bad("cycle.pbtxt")], mentions: ["cycle"])
        try check(["info", bad("matmul_shape_mismatch.pbtxt")], mentions: ["'matmul' (MatMul)", "[2,3]", "[4,5]"])
        try check(["info", bad("add_dtype_mismatch.pbtxt")], mentions: ["'add' (Add)", "int32"])
        try check(["info", bad("placeholder_huge_dim.pbtxt")], mentions: ["'x' (Placeholder)", "2^36"])
        try check(["info", bad("placeholder_dim_product_overflow.pbtxt")], mentions: ["'x' (Placeholder)"])
        try check(["info", "graphs/no_such_file.pbtxt"], mentions: ["no_such_file.pbtxt"])
    }

    /// run, compile and info alike list every unsupported op in one line.
    func testUnsupportedOpsAreListedByEveryCommand() throws {
        let list = "3 unsupported ops (4 nodes): MatrixInverse (inv1, inv2), MatrixDeterminant (det), FancyNewOp (y)"
        let file = bad("unsupported_ops.pbtxt")
        try check(["run", file, "--input", "x=1,2,3,4,5,6,7,8,9"], mentions: [list])
        try check(["compile", file], mentions: [list])
        try check(["info", file], mentions: [list])
    }

    func testBadInputsToRun() throws {
        let blog = "graphs/blog_addsub.pbtxt"
        try check(["run", blog], mentions: ["input", "not given"])
        try check(["run", blog, "--input", "nosuch=1"], mentions: ["nosuch"])
        try check(["run", blog, "--input", "input=1,2"], mentions: ["input", "[1]"])
        try check(["run", blog, "--input", "input=" + bad("corrupt.npy")], mentions: ["corrupt.npy"])
        try check(["run", blog, "--input", "input=" + bad("truncated_data.npy")], mentions: ["truncated_data.npy"])
        try check(["run", blog, "--input", "input=" + bad("corrupt_header.npy")], mentions: ["corrupt_header.npy"])
        try check(["run", blog, "--input", "input=" + bad("unsupported_dtype.npy")], mentions: ["unsupported_dtype.npy"])
        try check(["run", blog, "--input", "input=" + bad("wrong_dtype.npy")], mentions: ["float64", "int32"])
        try check(["run", blog, "--input", "input=1", "--output", "nosuch"], mentions: ["nosuch"])
        try check(["run", blog, "--input", "input=1", "--output", "output:3"], mentions: ["output:3"])
        try check(["run", "graphs/cnn.pbtxt", "--input", "images=Tests/Fixtures/tf/mlp/inputs/x.npy"], mentions: ["images", "[2,784]"])
        try check(["compile", blog, "--emit", "obj"], mentions: ["-o"])
        try check(["compile", blog, "--target", "nonsense-triple"], mentions: ["nonsense-triple"])
        try check(["compile", blog, "--passes", "cse,bogus"], mentions: ["bogus"])
        try check(["compile", "graphs/cnn.pbtxt"], mentions: ["images", "not fully known"])
    }
}
