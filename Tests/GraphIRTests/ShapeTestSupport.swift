import XCTest
@testable import GraphIR

/// The single output type `op` infers for `inputs`.
func infer(_ op: Op, _ inputs: TensorType..., file: StaticString = #filePath, line: UInt = #line) throws -> TensorType {
    let types = try op.inferTypes(inputs)
    XCTAssertEqual(types.count, 1, "ops have one output", file: file, line: line)
    return try XCTUnwrap(types.first, file: file, line: line)
}

/// Asserts that `op` rejects `inputs` with a message containing `fragment`.
func assertRejects(_ op: Op, _ inputs: TensorType..., mentioning fragment: String,
                   file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertThrowsError(try op.inferTypes(inputs), file: file, line: line) { error in
        XCTAssertTrue("\(error)".contains(fragment), "'\(error)' does not mention '\(fragment)'", file: file, line: line)
    }
}

func f32(_ shape: [Int]?) -> TensorType { TensorType(.float32, shape) }
func i32(_ shape: [Int]?) -> TensorType { TensorType(.int32, shape) }

func conv(strides: (Int, Int) = (1, 1), dilations: (Int, Int) = (1, 1), padding: Padding,
          format: DataFormat = .nhwc) -> Op {
    .conv2D(Conv2DAttributes(strideH: strides.0, strideW: strides.1, dilationH: dilations.0,
                             dilationW: dilations.1, padding: padding, dataFormat: format))
}

func pool(_ kind: PoolKind, window: (Int, Int), strides: (Int, Int), padding: Padding,
          format: DataFormat = .nhwc) -> Op {
    .pool(PoolAttributes(kind: kind, windowH: window.0, windowW: window.1, strideH: strides.0,
                         strideW: strides.1, padding: padding, dataFormat: format))
}
