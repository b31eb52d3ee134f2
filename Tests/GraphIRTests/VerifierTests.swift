import XCTest
@testable import GraphIR

final class VerifierTests: XCTestCase {
    private let vector = f32([2])

    private func node(_ name: String, _ op: Op, _ inputs: [Value] = [], _ types: [TensorType]) -> Node {
        Node(name: name, op: op, inputs: inputs, types: types)
    }

    private func assertVerifyFails(_ nodes: [Node], _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try Graph(uncheckedNodes: nodes).verify(), file: file, line: line) { error in
            XCTAssertEqual("\(error)", expected, file: file, line: line)
        }
    }

    func testGraphsBuiltWithAddVerify() throws {
        XCTAssertNoThrow(try smallConvNet(batch: 3).verify())
        XCTAssertNoThrow(try Graph().verify())
    }

    func testDuplicateNames() {
        assertVerifyFails([node("x", .placeholder(dtype: .float32, shape: [2]), [], [vector]),
                           node("x", .unary(.neg), [Value(node: 0)], [vector])],
                          "node 'x' (Neg): duplicate node name")
    }

    func testWrongInputCount() {
        assertVerifyFails([node("x", .placeholder(dtype: .float32, shape: [2]), [], [vector]),
                           node("y", .binary(.add), [Value(node: 0)], [vector])],
                          "node 'y' (Add): has 1 inputs, expected 2")
    }

    func testInputsMustComeFromEarlierNodes() {
        assertVerifyFails([node("y", .unary(.neg), [Value(node: 1)], [vector]),
                           node("x", .placeholder(dtype: .float32, shape: [2]), [], [vector])],
                          "node 'y' (Neg): input is not an earlier node's output")
        assertVerifyFails([node("y", .unary(.neg), [Value(node: 0)], [vector])],
                          "node 'y' (Neg): input is not an earlier node's output")
        assertVerifyFails([node("x", .placeholder(dtype: .float32, shape: [2]), [], [vector]),
                           node("y", .unary(.neg), [Value(node: 0, output: 1)], [vector])],
                          "node 'y' (Neg): input is not an earlier node's output")
        assertVerifyFails([node("x", .placeholder(dtype: .float32, shape: [2]), [], [vector]),
                           node("y", .unary(.neg), [Value(node: 0, output: -1)], [vector])],
                          "node 'y' (Neg): input is not an earlier node's output")
    }

    func testStoredTypesMustMatchInference() {
        assertVerifyFails([node("x", .placeholder(dtype: .float32, shape: [2]), [], [vector]),
                           node("y", .unary(.neg), [Value(node: 0)], [f32([3])])],
                          "node 'y' (Neg): stored types [float32[3]] differ from inferred [float32[2]]")
    }

    func testShapeRuleFailuresNameTheNode() {
        assertVerifyFails([node("x", .placeholder(dtype: .float32, shape: [2]), [], [vector]),
                           node("y", .placeholder(dtype: .int32, shape: [2]), [], [i32([2])]),
                           node("z", .binary(.add), [Value(node: 0), Value(node: 1)], [vector])],
                          "node 'z' (Add): input dtypes differ: float32 and int32")
    }
}
