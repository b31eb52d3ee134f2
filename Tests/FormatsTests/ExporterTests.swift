import GraphIR
import XCTest
@testable import Formats

final class ExporterTests: XCTestCase {
    /// A graph using every `Op` case, with the attribute variants that change what is written.
    static func everyOpGraph() throws -> Graph {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [-1, 6, 6, 2]))
        let xc = try g.add("xc", .placeholder(dtype: .float32, shape: [1, 2, 6, 6]))
        try g.add("any", .placeholder(dtype: .int64, shape: nil))
        let w = try g.add("w", .constant(Tensor(shape: [3, 3, 2, 4], floats: (0..<72).map { Float($0) / 7 })))
        let bias = try g.add("bias", .constant(Tensor(shape: [4], floats: [1, -2, 0.5, .infinity])))
        try g.add("flags", .constant(Tensor(shape: [2], bools: [true, false])))
        try g.add("wide", .constant(Tensor(shape: [], doubles: [.pi])))
        let counts = try g.add("counts", .constant(Tensor(shape: [1, 2], int64s: [.min, .max])))
        try g.add("ints", .constant(Tensor(shape: [2], int32s: [-1, 7])))
        let same = try g.add("same", .conv2D(Conv2DAttributes(strideH: 2, padding: .same)), [x, w])
        try g.add("explicit", .conv2D(Conv2DAttributes(dilationW: 2, padding: .explicit(top: 1, bottom: 0, left: 2, right: 3))), [x, w])
        try g.add("nchw", .conv2D(Conv2DAttributes(strideW: 2, padding: .explicit(top: 0, bottom: 1, left: 1, right: 0),
                                                   dataFormat: .nchw)), [xc, w])
        let biased = try g.add("biased", .biasAdd(.nhwc), [same, bias])
        try g.add("biased_nchw", .biasAdd(.nchw), [xc, try g.add("cbias", .constant(Tensor(shape: [2], floats: [1, 2])))])
        let pooled = try g.add("pooled", .pool(PoolAttributes(kind: .max, windowH: 2, windowW: 3, strideH: 1, strideW: 2, padding: .same)), [biased])
        try g.add("avg", .pool(PoolAttributes(kind: .avg, windowH: 2, windowW: 2, strideH: 2, strideW: 2, dataFormat: .nchw)), [xc])
        var v = pooled
        for u in UnaryOp.allCases { v = try g.add("u_\(u.rawValue)", .unary(u), [v]) }
        for b in BinaryOp.allCases { v = try g.add("b_\(b.rawValue)", .binary(b), [v, pooled]) }
        let flat = try g.add("flat", .reshape([-1, 24]), [v])
        let square = try g.add("square", .reshape([24, -1]), [flat])
        let m = try g.add("m", .matMul(transposeA: true, transposeB: false), [square, square])
        try g.add("mt", .matMul(transposeA: false, transposeB: true), [m, m])
        try g.add("soft", .softmax, [m])
        try g.add("id", .identity, [m])
        try g.add("mean", .reduce(.mean, axes: [0, 2], keepDims: true), [pooled])
        try g.add("sum", .reduce(.sum, axes: [1], keepDims: false), [counts])
        try g.add("max", .reduce(.max, axes: [], keepDims: false), [m])
        // A name the exporter would otherwise pick for a helper constant.
        try g.add("flat/shape", .constant(Tensor(shape: [1], int32s: [3])))
        return g
    }

    func testEveryOpSurvivesExportAndImport() throws {
        let g = try Self.everyOpGraph()
        let def = GraphDefExporter.graphDef(from: g)
        XCTAssertEqual(try GraphDefImporter.graph(from: def).nodes, g.nodes)
        XCTAssertEqual(try GraphDefFile.parse(text: def.textFormat).nodes, g.nodes)
        XCTAssertEqual(try GraphDefFile.decode(binary: def.binaryFormat).nodes, g.nodes)
    }

    func testExportWritesTensorFlowAttributes() throws {
        let def = GraphDefExporter.graphDef(from: try Self.everyOpGraph())
        func find(_ name: String) -> NodeDef? { def.node.first { $0.name == name } }
        XCTAssertEqual(def.versions, VersionDef(producer: GraphDefExporter.defaultProducer))
        XCTAssertEqual(find("b_add")?.op, "AddV2")
        XCTAssertEqual(find("b_div")?.op, "RealDiv")
        XCTAssertEqual(find("b_add")?.attr["T"], AttrValue(.type(.float)))
        XCTAssertEqual(find("any")?.attr["shape"], AttrValue(.shape(TensorShapeProto(dim: [], unknownRank: true))))
        XCTAssertEqual(find("w")?.attr["value"].flatMap {
            if case .tensor(let t)? = $0.value { return t.tensorContent.count } else { return nil }
        }, 72 * 4)
        XCTAssertEqual(find("nchw")?.attr["explicit_paddings"],
                       AttrValue(.list(ListValue(i: [0, 0, 0, 0, 0, 1, 1, 0]))))
        XCTAssertEqual(find("nchw")?.attr["strides"], AttrValue(.list(ListValue(i: [1, 1, 1, 2]))))
        XCTAssertEqual(find("same")?.attr["padding"], AttrValue(.s(Array("SAME".utf8))))
        XCTAssertEqual(find("pooled")?.attr["ksize"], AttrValue(.list(ListValue(i: [1, 2, 3, 1]))))
        // Attribute-valued inputs become Const nodes just before their consumer, named uniquely.
        XCTAssertEqual(find("flat")?.input, ["b_minimum", "flat/shape_1"])
        XCTAssertEqual(find("flat")?.attr["Tshape"], AttrValue(.type(.int32)))
        XCTAssertEqual(find("mean")?.input, ["pooled", "mean/reduction_indices"])
        XCTAssertEqual(find("mean")?.attr["keep_dims"], AttrValue(.b(true)))
        XCTAssertEqual(find("mean/reduction_indices")?.op, "Const")
        let names = def.node.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertLessThan(names.firstIndex(of: "flat/shape_1") ?? .max, names.firstIndex(of: "flat") ?? -1)
    }

    func testWideReshapeTargetsUseInt64() throws {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: nil))
        try g.add("r", .reshape([1 << 33, -1]), [x])
        let def = GraphDefExporter.graphDef(from: g)
        XCTAssertEqual(def.node.first { $0.name == "r" }?.attr["Tshape"], AttrValue(.type(.int64)))
        XCTAssertEqual(try GraphDefImporter.graph(from: def).nodes, g.nodes)
    }

    func testTensorFlowFixturesSurviveImportExportImport() throws {
        for dir in try fixtureCases() {
            let path = dir.appendingPathComponent("graph.pbtxt").path
            let g = try GraphDefFile.load(path: path)
            let again = try GraphDefImporter.graph(from: GraphDefExporter.graphDef(from: g))
            XCTAssertEqual(again.nodes, g.nodes, path)
        }
    }
}
