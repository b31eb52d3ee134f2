import GraphIR
import XCTest
@testable import Formats

/// Function calls are inlined at import: bodies become nodes under the call's name.
final class FunctionInliningTests: XCTestCase {
    private let x = placeholderText("x", "DT_FLOAT", [2, 3])
    private let f32 = ("T", "type: DT_FLOAT")

    /// A FunctionDef; `body` holds `nodeText`s, whose inputs use FunctionDef syntax.
    private func function(_ name: String, inputs: [String], outputs: [String], body: [String], ret: [(String, String)],
                          signatureExtra: String = "") -> String {
        var s = "function {\n  signature {\n    name: \"\(name)\"\n"
        for a in inputs { s += "    input_arg { name: \"\(a)\" type: DT_FLOAT }\n" }
        for a in outputs { s += "    output_arg { name: \"\(a)\" type: DT_FLOAT }\n" }
        s += signatureExtra + "  }\n"
        for b in body { s += b.replacingOccurrences(of: "node {", with: "node_def {") }
        for (k, v) in ret { s += "  ret { key: \"\(k)\" value: \"\(v)\" }\n" }
        return s + "}\n"
    }

    private func library(_ functions: String...) -> String { "library {\n" + functions.joined() + "}\n" }

    /// A `PartitionedCall` (or another call op) of `f`, all inputs and outputs float.
    private func call(_ name: String, _ f: String, _ inputs: [String], outputs: Int = 1, op: String = "PartitionedCall",
                      extra: [(String, String)] = []) -> String {
        let types = { (n: Int) in "list { " + String(repeating: "type: DT_FLOAT ", count: n) + "}" }
        return nodeText(name, op, inputs, [("f", "func { name: \"\(f)\" }"), ("Tin", types(inputs.count)), ("Tout", types(outputs)),
                                          ("config", "s: \"\""), ("config_proto", "s: \"\""), ("executor_type", "s: \"\"")] + extra)
    }

    /// f(a) = relu(a) * 2, as tf.function writes it (output argument names, a Const in the body).
    private var double: String {
        function("double", inputs: ["a"], outputs: ["y"], body: [
            constText("two", "DT_FLOAT", [], "float_val: 2"),
            nodeText("relu", "Relu", ["a"], [f32]),
            nodeText("mul", "Mul", ["relu:activations:0", "two:output:0"], [f32]),
            nodeText("Identity", "Identity", ["mul:z:0", "^NoOp"], [f32]),
            nodeText("NoOp", "NoOp", ["^relu"]),
        ], ret: [("y", "Identity:output:0")])
    }

    private func inputName(_ g: Graph, _ name: String, _ k: Int = 0, file: StaticString = #filePath, line: UInt = #line) -> String? {
        guard let n = node(g, name, file: file, line: line), k < n.inputs.count else { return nil }
        return g.name(of: n.inputs[k])
    }

    func testPartitionedCallIsInlinedUnderTheCallsName() {
        for op in ["PartitionedCall", "StatefulPartitionedCall"] {
            let g = importText(library(double) + x + call("call", "double", ["x"], op: op, extra: [("_read_only_resource_inputs", "list { }")])
                               + nodeText("out", "Identity", ["call"], [f32]))
            XCTAssertEqual(inputName(g, "call/relu"), "x")
            XCTAssertEqual(inputName(g, "call/mul", 1), "call/two")
            XCTAssertEqual(inputName(g, "call/Identity"), "call/mul")
            XCTAssertEqual(inputName(g, "out"), "call/Identity")
            // The call forwards its results: it has no node of its own, nor do its arguments.
            XCTAssertNil(g.index(of: "call"))
            XCTAssertNil(g.index(of: "call/input"))
            XCTAssertNil(g.index(of: "call/NoOp"))
            XCTAssertEqual(g.nodes.map(\.name), ["x", "call/two", "call/relu", "call/mul", "call/Identity", "out"])
        }
    }

    func testNestedCallsMultipleOutputsAndReturnedArguments() {
        // outer(a, b) = (double(a) + b, b): a nested call, an output that is an argument.
        let outer = function("outer", inputs: ["a", "b"], outputs: ["sum", "same"], body: [
            call("inner", "double", ["a"]),
            nodeText("add", "AddV2", ["inner:output:0", "b"], [f32]),
        ], ret: [("sum", "add:z:0"), ("same", "b")])
        let y = placeholderText("y", "DT_FLOAT", [2, 3])
        let g = importText(library(double, outer) + x + y + call("c", "outer", ["x", "y"], outputs: 2)
                           + nodeText("r0", "Identity", ["c"], [f32]) + nodeText("r1", "Identity", ["c:1"], [f32]))
        XCTAssertEqual(inputName(g, "c/inner/relu"), "x")
        XCTAssertEqual(inputName(g, "c/add"), "c/inner/Identity")
        XCTAssertEqual(inputName(g, "c/add", 1), "y")
        XCTAssertEqual(inputName(g, "r0"), "c/add")
        XCTAssertEqual(inputName(g, "r1"), "y")
        XCTAssertEqual(g.nodes.map(\.name), ["x", "y", "c/inner/two", "c/inner/relu", "c/inner/mul", "c/inner/Identity", "c/add", "r0", "r1"])
    }

    func testDirectCallByFunctionName() {
        // As tf.compat.v1's Defun writes it: the node's op is the function's name, no Tin/Tout.
        let f = function("scaled_add_UAAG", inputs: ["a", "b"], outputs: ["add"], body: [
            constText("mul/y", "DT_FLOAT", [], "float_val: 3"),
            nodeText("mul", "Mul", ["a", "mul/y:output:0"], [f32]),
            nodeText("add_0", "AddV2", ["mul:z:0", "b"], [f32]),
        ], ret: [("add", "add_0:z:0")])
        let g = importText(library(f) + x + nodeText("call", "scaled_add_UAAG", ["x", "x"]) + nodeText("out", "Identity", ["call"], [f32]))
        XCTAssertEqual(inputName(g, "out"), "call/add_0")
        XCTAssertEqual(inputName(g, "call/mul"), "x")
        assertImportError(library(f) + x + nodeText("call", "scaled_add_UAAG", ["x", "x"], [("N", "i: 2")]),
                          node: "call", "function 'scaled_add_UAAG' has no attribute 'N'")
    }

    func testPrefixIsMadeUniqueWhenTaken() {
        // The graph already has a node named like an inlined one.
        let g = importText(library(double) + x + nodeText("call/relu", "Relu", ["x"], [f32]) + call("call", "double", ["call/relu"])
                           + nodeText("out", "Identity", ["call"], [f32]))
        XCTAssertEqual(inputName(g, "call_1/relu"), "call/relu")
        XCTAssertEqual(inputName(g, "out"), "call_1/Identity")
    }

    func testListArgumentsAttributePlaceholdersAndIdentityNInBodies() {
        // f(xs: N x T) = IdentityN(xs)[1] * xs[0], T and N given by the call.
        let f = function("pick", inputs: [], outputs: [], body: [
            nodeText("idn", "IdentityN", ["xs"], [("T", "list { type: DT_FLOAT type: DT_FLOAT }")]),
            nodeText("mul", "Mul", ["idn:output:1", "xs:0"], [("T", "placeholder: \"T\"")]),
        ], ret: [("y", "mul:z:0")], signatureExtra: """
            input_arg { name: "xs" type_attr: "T" number_attr: "N" }
            output_arg { name: "y" type_attr: "T" }
            attr { name: "T" type: "type" }
            attr { name: "N" type: "int" default_value { i: 2 } }

        """)
        let y = placeholderText("y", "DT_FLOAT", [2, 3])
        let g = importText(library(f) + x + y + nodeText("call", "pick", ["x", "y"], [("T", "type: DT_FLOAT")])
                           + nodeText("out", "Identity", ["call"], [f32]))
        XCTAssertEqual(inputName(g, "call/mul"), "y")
        XCTAssertEqual(inputName(g, "call/mul", 1), "x")
        XCTAssertEqual(inputName(g, "out"), "call/mul")
        // Without T, the placeholder in the body has nothing to stand for.
        assertImportError(library(f) + x + y + nodeText("call", "pick", ["x", "y"]), node: "call",
                          "function 'pick' uses its attribute 'T', which the call does not set")
        assertImportError(library(f) + x + nodeText("call", "pick", ["x"], [("T", "type: DT_FLOAT")]), node: "call",
                          "has 1 data input(s), function 'pick' takes 2")
    }

    func testRecursionIsRefusedNamingTheCallAndFunction() {
        let selfCall = function("f", inputs: ["a"], outputs: ["y"], body: [call("again", "f", ["a"])], ret: [("y", "again:output:0")])
        assertImportError(library(selfCall) + x + call("c", "f", ["x"]), node: "c/again",
                          "function 'f' calls itself ('f' -> 'f'): recursive functions are not supported")
        let g = function("g", inputs: ["a"], outputs: ["y"], body: [call("back", "h", ["a"])], ret: [("y", "back:output:0")])
        let h = function("h", inputs: ["a"], outputs: ["y"], body: [nodeText("direct", "g", ["a"])], ret: [("y", "direct:add:0")])
        assertImportError(library(g, h) + x + call("c", "g", ["x"]), node: "c/back/direct",
                          "function 'g' calls itself ('g' -> 'h' -> 'g')")
        // One line, as every import error.
        XCTAssertThrowsError(try GraphDefFile.parse(text: library(g, h) + x + call("c", "g", ["x"]))) {
            XCTAssertFalse("\($0)".contains("\n"))
        }
    }

    func testDeepAndExplosiveLibrariesStopWithAnError() throws {
        // f0 -> f1 -> ... -> f70: deeper than any model.
        var fs: [String] = []
        for k in 0..<70 {
            fs.append(function("f\(k)", inputs: ["a"], outputs: ["y"], body: [call("c", "f\(k + 1)", ["a"])], ret: [("y", "c:output:0")]))
        }
        fs.append(function("f70", inputs: ["a"], outputs: ["y"], body: [], ret: [("y", "a")]))
        assertImportError("library {\n" + fs.joined() + "}\n" + x + call("top", "f0", ["x"]), node: "top" + String(repeating: "/c", count: 64),
                          "nested more than 64 deep")
        // Each level calls the next twice: 2^k nodes.
        var wide: [String] = []
        for k in 0..<12 {
            wide.append(function("w\(k)", inputs: ["a"], outputs: ["y"], body: [call("l", "w\(k + 1)", ["a"]), call("r", "w\(k + 1)", ["l:output:0"])],
                                 ret: [("y", "r:output:0")]))
        }
        wide.append(function("w12", inputs: ["a"], outputs: ["y"], body: [nodeText("n", "Neg", ["a"], [f32])], ret: [("y", "n:y:0")]))
        let def = try GraphDef(text: "library {\n" + wide.joined() + "}\n" + x + call("top", "w0", ["x"]))
        XCTAssertThrowsError(try FunctionInliner.flatten(def, maxNodes: 1_000)) { error in
            XCTAssertTrue("\(error)".contains("makes more than 1000 nodes"), "\(error)")
        }
        XCTAssertEqual(try FunctionInliner.flatten(def).filter { $0.def.op == "Neg" }.count, 1 << 12)
    }

    func testBadCallsAreErrorsNamingTheCall() {
        let lib = library(double)
        assertImportError(lib + x + call("c", "nosuch", ["x"]), node: "c", "calls function 'nosuch', which the graph's library does not define")
        assertImportError(lib + x + nodeText("c", "PartitionedCall", ["x"]), node: "c", "missing required attribute 'f'")
        assertImportError(lib + x + nodeText("c", "PartitionedCall", ["x"], [("f", "s: \"double\"")]), node: "c", "attribute 'f' must be a function, got string")
        assertImportError(lib + x + call("c", "double", ["x"], extra: [("colour", "s: \"red\"")]), node: "c", "unknown attribute 'colour'")
        assertImportError(lib + x + call("c", "double", ["x", "x"]), node: "c", "has 2 data input(s), function 'double' takes 1")
        assertImportError(lib + x + call("c", "double", ["x"], outputs: 2), node: "c", "attribute 'Tout' lists 2 type(s), function 'double' has 1")
        assertImportError(lib + x + nodeText("c", "PartitionedCall", ["x"], [("f", "func { name: \"double\" }"), ("Tin", "list { type: DT_INT32 }"), ("Tout", "list { type: DT_FLOAT }")]),
                          node: "c", "Tin[0] is DT_INT32 but function 'double' declares DT_FLOAT")
        assertImportError(lib + x + nodeText("c", "PartitionedCall", ["x"], [("f", "func { name: \"double\" }"), ("Tout", "list { type: DT_FLOAT }")]),
                          node: "c", "missing required attribute 'Tin'")
        // The input's type is checked against Tin once it is known.
        let i = placeholderText("i", "DT_INT32", [2])
        let poly = function("poly", inputs: [], outputs: [], body: [], ret: [("y", "a")],
                            signatureExtra: "    input_arg { name: \"a\" type_attr: \"T\" }\n    output_arg { name: \"y\" type_attr: \"T\" }\n    attr { name: \"T\" type: \"type\" }\n")
        assertImportError(library(poly) + i + call("c", "poly", ["i"]), node: "c", "input 0 is DT_INT32 but Tin[0] is DT_FLOAT")
    }

    func testBadReferencesInBodiesNameTheBodyNode() {
        func body(_ input: String) -> String {
            library(function("f", inputs: ["a"], outputs: ["y"], body: [
                nodeText("split", "Split", [], [("num_split", "i: 2")]),
                nodeText("n", "Neg", [input], [f32]),
            ], ret: [("y", "n:y:0")])) + x + call("c", "f", ["x"])
        }
        assertImportError(body("b"), node: "c/n", "input 'b': function 'f' has no argument of this name")
        assertImportError(body("a:1"), node: "c/n", "input 'a:1': argument 'a' holds 1 tensor(s)")
        assertImportError(body("nosuch:y:0"), node: "c/n", "input 'nosuch:y:0': function 'f' has no node 'nosuch'")
        assertImportError(body("split:out:0"), node: "c/n", "'split' (Split) has no output 'out' (it has output)")
        assertImportError(body("split:output:2"), node: "c/n", "output 'output' of 'split' holds 2 tensor(s)")
        assertImportError(body("split:output:x"), node: "c/n", "'x' is not an index")
        assertImportError(body("a:b:c:d"), node: "c/n", "expected arg, arg:index, node:output or node:output:index")
        let noRet = library(function("f", inputs: ["a"], outputs: ["y"], body: [], ret: [])) + x + call("c", "f", ["x"])
        assertImportError(noRet, node: "c", "function 'f' returns nothing for its output 'y'")
        let twice = library(function("f", inputs: ["a"], outputs: ["y"], body: [nodeText("n", "Neg", ["a"], [f32]), nodeText("n", "Neg", ["a"], [f32])],
                                     ret: [("y", "n:y:0")])) + x + call("c", "f", ["x"])
        assertImportError(twice, node: "c", "function 'f' has two nodes named 'n'")
    }

    func testControlFlowIsRefusedInGraphsAndBodies() {
        for op in ["If", "StatelessIf", "While", "StatelessWhile", "Switch", "Merge", "Enter", "Exit", "NextIteration", "LoopCond", "Case"] {
            assertImportError(x + nodeText("cf", op, ["x"]), node: "cf", "control flow is not supported")
        }
        let f = function("f", inputs: ["a"], outputs: ["y"], body: [nodeText("loop", "While", ["a"])], ret: [("y", "loop:output:0")])
        assertImportError(library(f) + x + call("c", "f", ["x"]), node: "c/loop", "control flow is not supported")
        XCTAssertThrowsError(try GraphDefFile.parse(text: x + nodeText("cf", "StatelessWhile", ["x"]))) {
            XCTAssertEqual("\($0)", "node 'cf' (StatelessWhile): control flow is not supported")
        }
    }

    func testUnsupportedOpsInsideFunctionsAreListedWithInlinedNames() {
        let f = function("f", inputs: ["a"], outputs: ["y"], body: [nodeText("e", "FancyOp", ["a"], [f32]), nodeText("g", "OtherOp", ["e:y:0"])],
                         ret: [("y", "g:activations:0")])
        XCTAssertThrowsError(try GraphDefFile.parse(text: library(f) + x + call("c1", "f", ["x"]) + call("c2", "f", ["c1"]))) {
            XCTAssertEqual("\($0)", "2 unsupported ops (4 nodes): FancyOp (c1/e, c2/e), OtherOp (c1/g, c2/g)")
        }
    }
}
