import GraphIR
import Reference
import XCTest

/// Runs one op through the reference evaluator and returns its single output.
func apply(_ op: Op, _ inputs: Tensor..., file: StaticString = #filePath, line: UInt = #line) throws -> Tensor {
    let outputs = try Reference.evaluate(op, inputs)
    XCTAssertEqual(outputs.count, 1, file: file, line: line)
    return try XCTUnwrap(outputs.first, file: file, line: line)
}

/// Asserts a float tensor's shape and elements (exactly, unless a tolerance is given).
func assertTensor(_ t: Tensor, _ shape: [Int], _ expected: [Double], accuracy: Double = 0,
                  file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(t.shape, shape, file: file, line: line)
    XCTAssertEqual(t.elementCount, expected.count, file: file, line: line)
    for (i, (a, e)) in zip(t.doubles, expected).enumerated() {
        if a.isNaN && e.isNaN { continue }
        XCTAssertEqual(a, e, accuracy: accuracy, "element \(i)", file: file, line: line)
    }
}

/// Asserts an integer tensor's shape and elements.
func assertInts(_ t: Tensor, _ shape: [Int], _ expected: [Int], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(t.shape, shape, file: file, line: line)
    XCTAssertEqual((0..<t.elementCount).map(t.int(at:)), expected, file: file, line: line)
}

func floats(_ shape: [Int], _ values: [Float]) -> Tensor { Tensor(shape: shape, floats: values) }

func convOp(strides: (Int, Int) = (1, 1), dilations: (Int, Int) = (1, 1), padding: Padding,
            format: DataFormat = .nhwc) -> Op {
    .conv2D(Conv2DAttributes(strideH: strides.0, strideW: strides.1, dilationH: dilations.0,
                             dilationW: dilations.1, padding: padding, dataFormat: format))
}

func poolOp(_ kind: PoolKind, window: (Int, Int), strides: (Int, Int), padding: Padding,
            format: DataFormat = .nhwc) -> Op {
    .pool(PoolAttributes(kind: kind, windowH: window.0, windowW: window.1, strideH: strides.0,
                         strideW: strides.1, padding: padding, dataFormat: format))
}

/// NHWC <-> NCHW by moving elements, for checking that both layouts give the same numbers.
func nhwcToNCHW(_ t: Tensor) throws -> Tensor {
    let (n, h, w, c) = (t.shape[0], t.shape[1], t.shape[2], t.shape[3])
    var out = [Double](repeating: 0, count: t.elementCount)
    for b in 0..<n { for y in 0..<h { for x in 0..<w { for ch in 0..<c {
        out[((b * c + ch) * h + y) * w + x] = t.double(at: ((b * h + y) * w + x) * c + ch)
    } } } }
    return t.dtype == .float32 ? Tensor(shape: [n, c, h, w], floats: out.map { Float($0) })
                               : Tensor(shape: [n, c, h, w], doubles: out)
}
