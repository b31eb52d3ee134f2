import Foundation
import GraphIR
import ONNX
import XCTest

/// Models wrong in one way each (Tests/Fixtures/onnx/errors, written by
/// scripts/onnx/make_op_fixtures.py): each import fails with one line naming what is wrong,
/// the node and op where a node is, never a crash.
final class ONNXImportErrorTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/onnx/errors")

    /// The import error of `name`.onnx, checked to be one line.
    func importError(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let path = Self.folder.appendingPathComponent("\(name).onnx").path
        do {
            _ = try ONNXFile.load(path: path)
            XCTFail("\(name) imported", file: file, line: line)
            return ""
        } catch {
            let text = "\(error)"
            XCTAssertFalse(text.contains("\n"), "\(name): more than one line: \(text)", file: file, line: line)
            return text.replacingOccurrences(of: path, with: "FILE")
        }
    }

    func testUnknownOpsAreListedAtOnce() {
        XCTAssertEqual(importError("unknown_ops"), "2 unsupported ops (2 nodes): FancyOp (first), OtherOp (second)")
    }

    func testUnsupportedDomainNamesTheDomain() {
        XCTAssertEqual(importError("unsupported_domain"), "1 unsupported op (1 node): com.example.Gelu (custom)")
    }

    func testWrongAttributeTypeSaysWhatItGot() {
        XCTAssertEqual(importError("wrong_attribute_type"),
                       "node 'leaky' (LeakyRelu): attribute 'alpha' must be a float, got a list of ints")
    }

    func testBadAttributeValueListsTheChoices() {
        XCTAssertEqual(importError("bad_attribute_value"), "node 'up' (Resize): mode 'cubic_spline' is not one of nearest, linear, cubic")
    }

    func testMissingRequiredAttribute() {
        XCTAssertEqual(importError("missing_attribute"), "node 'join' (Concat): missing required attribute 'axis'")
    }

    func testMissingRequiredInput() {
        XCTAssertEqual(importError("missing_required_input"), "node 'gemm' (Gemm): input 1 is required but missing")
    }

    func testInputNothingDefines() {
        XCTAssertEqual(importError("missing_input"), "node 'adder' (Add): input 1 'nowhere' is not defined in the graph")
    }

    func testValueDefinedTwice() {
        XCTAssertEqual(importError("defined_twice"), "FILE: value 'a' is defined twice (by node 'one' (Relu) and by node 'two' (Neg))")
    }

    func testCycle() {
        XCTAssertEqual(importError("cycle"), "node 'ping' (Add): is on a cycle: 'ping' -> 'pong' -> 'ping'")
    }

    func testRawDataOfTheWrongSize() {
        XCTAssertEqual(importError("raw_data_size"), "FILE: initializer 'w': raw_data holds 20 bytes but [2,3] of FLOAT needs 24")
    }

    func testMissingExternalDataFileIsNamed() {
        let message = importError("missing_external_data")
        XCTAssertTrue(message.hasPrefix("FILE: initializer 'w': external data file 'missing_weights.bin' ("), message)
        XCTAssertTrue(message.hasSuffix("missing_weights.bin) cannot be opened"), message)
    }

    func testTruncatedFile() {
        let message = importError("truncated")
        XCTAssertTrue(message.hasPrefix("FILE: truncated protobuf at byte "), message)
    }

    func testNotAnONNXFile() {
        let message = importError("not_onnx")
        XCTAssertTrue(message.hasPrefix("FILE: not an ONNX model (it does not begin with an ir_version field; "), message)
    }

    func testOpsetsOutsideSixToTwentyOne() {
        XCTAssertEqual(importError("opset5"), "FILE: opset 5 of the default domain is not supported (GraphJIT reads opsets 6 to 21)")
        XCTAssertEqual(importError("opset30"), "FILE: opset 30 of the default domain is not supported (GraphJIT reads opsets 6 to 21)")
    }

    func testIRVersionBeforeThree() {
        XCTAssertEqual(importError("ir_version_2"), "FILE: IR version 2 is older than 3, the oldest GraphJIT reads")
    }

    /// Scales fix the output's shape, so a graph input cannot give them.
    func testResizeScalesFromAnInput() {
        XCTAssertEqual(importError("scales_input"),
                       "node 'up' (Resize): scales (input 2, 'scales') must be a constant or computed from constants and static shapes, as it fixes the output's shape")
    }

    /// Without an evaluator (ONNXFile used alone), a value computed from constants is refused by
    /// name; GraphJIT's Model passes one (ONNXOpFixtureTests' resize_sizes_from_shape).
    func testComputedSizesNeedAnEvaluator() throws {
        let path = Self.folder.deletingLastPathComponent().appendingPathComponent("ops/resize_sizes_from_shape/model.onnx").path
        XCTAssertThrowsError(try ONNXFile.load(path: path)) { error in
            XCTAssertTrue("\(error)".hasPrefix("node 'y' (Resize): sizes (input 3, 'sizes') must be a constant"), "\(error)")
        }
    }
}
