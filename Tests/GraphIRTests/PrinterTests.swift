import XCTest
@testable import GraphIR

final class PrinterTests: XCTestCase {
    func testOneLinePerNodeWithAttributesAndTypes() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [-1, 4, 4, 2]))
        let w = try g.add("w", .constant(Tensor(shape: [1, 1, 2, 3], floats: [1, 2, 3, 4, 5, 6])))
        let c = try g.add("c", conv(strides: (2, 2), padding: .same), [x, w])
        let p = try g.add("p", pool(.avg, window: (2, 2), strides: (1, 1), padding: .valid, format: .nhwc), [c])
        let s = try g.add("s", .reduce(.sum, axes: [1, 2], keepDims: true), [p])
        try g.add("r", .reverse(axes: [0, 3]), [s])
        XCTAssertEqual(g.description, """
        %x = Placeholder() : float32[?,4,4,2]
        %w = Const[1.0,2.0,3.0,4.0,…]() : float32[1,1,2,3]
        %c = Conv2D[strides=2x2,dilations=1x1,padding=same,NHWC](%x, %w) : float32[?,2,2,3]
        %p = AvgPool[ksize=2x2,strides=1x1,padding=valid,NHWC](%c) : float32[?,1,1,3]
        %s = Sum[axes=[1, 2],keep_dims=true](%p) : float32[?,1,1,3]
        %r = ReverseV2[axes=[0, 3]](%s) : float32[?,1,1,3]
        """)
    }

    func testIntegerConstantsPrintExactly() throws {
        var g = Graph()
        try g.add("big", .constant(Tensor(shape: [3], int64s: [.max, .min, -3])))
        try g.add("flags", .constant(Tensor(shape: [2], bools: [true, false])))
        XCTAssertEqual(g.description, """
        %big = Const[9223372036854775807,-9223372036854775808,-3]() : int64[3]
        %flags = Const[true,false]() : bool[2]
        """)
    }
}
