import GraphIR
import XCTest
@testable import Formats

final class TextParserTests: XCTestCase {
    func testParsesTensorFlowLayout() throws {
        let text = """
        node {
          name: "x"
          op: "Placeholder"
          device: "/device:CPU:0"
          attr {
            key: "dtype"
            value {
              type: DT_FLOAT
            }
          }
          attr {
            key: "shape"
            value {
              shape {
                dim {
                  size: -1
                }
                dim {
                  size: 3
                }
              }
            }
          }
        }
        node {
          name: "y"
          op: "Relu"
          input: "x"
          input: "^x"
        }
        versions {
          producer: 1645
          min_consumer: 12
          bad_consumers: 3
        }
        """
        let def = try GraphDef(text: text)
        XCTAssertEqual(def.node.count, 2)
        XCTAssertEqual(def.node[0].device, "/device:CPU:0")
        XCTAssertEqual(def.node[0].attr["dtype"], AttrValue(.type(.float)))
        XCTAssertEqual(def.node[0].attr["shape"],
                       AttrValue(.shape(TensorShapeProto(dim: [.init(size: -1), .init(size: 3)]))))
        XCTAssertEqual(def.node[1].input, ["x", "^x"])
        XCTAssertEqual(def.versions, VersionDef(producer: 1645, minConsumer: 12, badConsumers: [3]))
    }

    func testCommentsSeparatorsAndDelimiters() throws {
        let text = """
        # a comment line
        node < name: 'a'; op: "Const", attr: { key: "k" value: < i: 7 > } >  # trailing comment
        node: { name: "b" }
        """
        let def = try GraphDef(text: text)
        XCTAssertEqual(def.node.map(\.name), ["a", "b"])
        XCTAssertEqual(def.node[0].op, "Const")
        XCTAssertEqual(def.node[0].attr["k"], AttrValue(.i(7)))
    }

    func testEmptyAndCommentOnlyDocuments() throws {
        XCTAssertEqual(try GraphDef(text: ""), GraphDef())
        XCTAssertEqual(try GraphDef(text: "# nothing\n\n  # here\n"), GraphDef())
        XCTAssertEqual(try GraphDef(text: "\u{FEFF}node { name: \"a\" }").node.map(\.name), ["a"])
    }

    func testStringEscapes() throws {
        let def = try GraphDef(text: #"node { attr { key: "s" value { s: "\n\t\r\\\'\"\a\b\f\v\?|\101\0\12|\x41\x7e\xff|\u00e9" } } }"#)
        let expected: [UInt8] = [0x0A, 0x09, 0x0D, 0x5C, 0x27, 0x22, 0x07, 0x08, 0x0C, 0x0B, 0x3F, 0x7C,
                                 0x41, 0x00, 0x0A, 0x7C, 0x41, 0x7E, 0xFF, 0x7C, 0xC3, 0xA9]
        XCTAssertEqual(def.node[0].attr["s"], AttrValue(.s(expected)))
    }

    func testSingleQuotesAndAdjacentStringsConcatenate() throws {
        let def = try GraphDef(text: """
        node { name: 'it\\'s' "-" 'a "b"'
               op: "Re"
                   "lu" }
        """)
        XCTAssertEqual(def.node[0].name, "it's-a \"b\"")
        XCTAssertEqual(def.node[0].op, "Relu")
    }

    func testTensorContentDecodesToRawBytes() throws {
        // 1.0f and -2.0f little-endian, escaped as TensorFlow writes them.
        let def = try GraphDef(text: #"node { attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 2 } } tensor_content: "\000\000\200?" "\000\000\000\300" } } } }"#)
        guard case .tensor(let t)? = def.node[0].attr["value"]?.value else { return XCTFail("no tensor") }
        XCTAssertEqual(t.tensorContent, [0, 0, 0x80, 0x3F, 0, 0, 0, 0xC0])
        let g = try GraphDefFile.parse(text: constText("c", "DT_FLOAT", [2], #"tensor_content: "\000\000\200?\000\000\000\300""#))
        guard case .constant(let tensor) = g.nodes[0].op else { return XCTFail("not a constant") }
        XCTAssertEqual(tensor.scalars(as: Float.self), [1, -2])
    }

    func testListSyntax() throws {
        let def = try GraphDef(text: """
        node { name: "n" input: ["a", "b:1"] input: "c"
          attr { key: "l" value { list { i: [1, -2, 0x10] i: 4 f: [] b: [true, false] type: [DT_FLOAT, DT_INT32] s: ["x"] } } }
          attr { key: "t" value { tensor { tensor_shape { dim [{ size: 1 }, { size: 2 }] } float_val: [1, 2.5] } } }
        }
        node [{ name: "p" }, { name: "q" }]
        """)
        XCTAssertEqual(def.node.map(\.name), ["n", "p", "q"])
        XCTAssertEqual(def.node[0].input, ["a", "b:1", "c"])
        XCTAssertEqual(def.node[0].attr["l"], AttrValue(.list(ListValue(s: [Array("x".utf8)], i: [1, -2, 16, 4],
                                                                          b: [true, false], type: [.float, .int32]))))
        guard case .tensor(let t)? = def.node[0].attr["t"]?.value else { return XCTFail("no tensor") }
        XCTAssertEqual(t.tensorShape?.sizes, [1, 2])
        XCTAssertEqual(t.floatVal, [1, 2.5])
    }

    func testNumbers() throws {
        let def = try GraphDef(text: """
        node { attr { key: "t" value { tensor {
          int64_val: -9223372036854775808 int64_val: 9223372036854775807 int64_val: 0x7f int64_val: 017 int64_val: - 5
          int_val: -2147483648 int_val: 2147483647
          double_val: 1.5e3 double_val: -2E-2 double_val: .5 double_val: 5. double_val: 1.5f double_val: 2F
          double_val: 7 double_val: inf double_val: -inf double_val: Infinity double_val: -INF
          double_val: 1e+2 double_val: 0x10
          float_val: 0.1 float_val: 3.4028235e38 float_val: 1e-45
        } } } }
        """)
        guard case .tensor(let t)? = def.node[0].attr["t"]?.value else { return XCTFail("no tensor") }
        XCTAssertEqual(t.int64Val, [.min, .max, 127, 15, -5])
        XCTAssertEqual(t.intVal, [.min, .max])
        XCTAssertEqual(t.doubleVal, [1500, -0.02, 0.5, 5, 1.5, 2, 7, .infinity, -.infinity, .infinity, -.infinity, 100, 16])
        // Float fields are rounded once, straight from the text.
        XCTAssertEqual(t.floatVal, [Float(0.1), Float.greatestFiniteMagnitude, Float.leastNonzeroMagnitude])
        let nan = try GraphDef(text: #"node { attr { key: "f" value { f: nan } } attr { key: "g" value { f: -NaN } } }"#)
        guard case .f(let f)? = nan.node[0].attr["f"]?.value, case .f(let g)? = nan.node[0].attr["g"]?.value else {
            return XCTFail("no floats")
        }
        XCTAssertTrue(f.isNaN)
        XCTAssertTrue(g.isNaN)
    }

    func testBooleanSpellings() throws {
        let def = try GraphDef(text: """
        node { attr { key: "l" value { list { b: true b: True b: t b: 1 b: false b: False b: f b: 0 } } } }
        """)
        XCTAssertEqual(def.node[0].attr["l"], AttrValue(.list(ListValue(b: [true, true, true, true, false, false, false, false]))))
    }

    func testEnumsByNameAndNumber() throws {
        let def = try GraphDef(text: """
        node { attr { key: "a" value { type: DT_DOUBLE } } attr { key: "b" value { type: 9 } }
               attr { key: "c" value { type: DT_FLOAT_REF } } attr { key: "d" value { type: 77 } } }
        """)
        XCTAssertEqual(def.node[0].attr["a"], AttrValue(.type(.double)))
        XCTAssertEqual(def.node[0].attr["b"], AttrValue(.type(.int64)))
        XCTAssertEqual(def.node[0].attr["c"], AttrValue(.type(DataType(rawValue: 101))))
        XCTAssertEqual(def.node[0].attr["d"], AttrValue(.type(DataType(rawValue: 77))))
        XCTAssertEqual(DataType(rawValue: 77).description, "DataType(77)")
    }

    func testUnknownFieldsAreSkipped() throws {
        let text = """
        library {
          function {
            signature { name: "f" input_arg { name: "a" type: DT_FLOAT } }
            node_def { name: "inner" op: "Add" input: ["a", "a"] }
            ret [{ key: "out" value: "inner:z:0" }]
          }
        }
        node {
          name: "x"
          op: "Placeholder"
          experimental_debug_info { original_node_names: "orig" original_func_names: ['g'] }
          experimental_type { type_id: TFT_PRODUCT args { type_id: TFT_TENSOR } }
          attr { key: "dtype" value { type: DT_FLOAT } }
          attr { key: "f" value { func { name: "f" attr { key: "T" value { type: DT_FLOAT } } } } }
          [some.extension] { x: 1 }
          [type.googleapis.com/some.Type]: 5
          unknown_scalar: -inf
          unknown_number: 1.5e-3f
          unknown_list: [1, 2, 3]
          unknown_message_list: [{ a: 1 }, < b: "2" >]
          unknown_string: "abc" 'def'
        }
        versions { producer: 27 future_field: 3 }
        debug_info { files: "x.py" }
        """
        let def = try GraphDef(text: text)
        XCTAssertEqual(def.node.map(\.name), ["x"])
        XCTAssertEqual(def.node[0].attr["dtype"], AttrValue(.type(.float)))
        XCTAssertEqual(def.node[0].attr["f"], AttrValue())
        XCTAssertEqual(def.versions?.producer, 27)
    }

    func testRepeatedMapKeyKeepsLastValue() throws {
        let def = try GraphDef(text: #"node { attr { key: "a" value { i: 1 } } attr { key: "a" value { i: 2 } } }"#)
        XCTAssertEqual(def.node[0].attr, ["a": AttrValue(.i(2))])
    }

    func testTensorFlowWrittenFileParses() throws {
        let path = fixturesDirectory.appendingPathComponent("tf/cnn/graph.pbtxt").path
        let def = try GraphDefFile.readGraphDef(path: path)
        XCTAssertFalse(def.node.isEmpty)
        XCTAssertTrue(def.node.contains { $0.op == "Conv2D" })
    }
}
