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

    func testFieldsGraphJITDoesNotKeepAreCheckedAndSkipped() throws {
        let text = """
        node {
          name: "x"
          op: "Placeholder"
          experimental_debug_info { original_node_names: "orig" original_func_names: ['g'] }
          experimental_type { type_id: TFT_PRODUCT args { type_id: TFT_TENSOR s: "a" i: -3 } }
          attr { key: "dtype" value { type: DT_FLOAT } }
          attr {
            key: "v"
            value { tensor { dtype: DT_RESOURCE scomplex_val: [1, 2] uint64_val: 7 float8_val: "\\377"
                             resource_handle_val { device: "cpu" hash_code: 5 dtypes_and_shapes { dtype: DT_FLOAT shape { dim { size: 2 } } } }
                             variant_val { type_name: "t" metadata: "\\377" tensors { dtype: DT_INT32 int_val: 1 } } } }
          }
        }
        version: 3
        versions { producer: 27 }
        debug_info {
          files: "x.py"
          traces { key: "x" value { file_line_cols { file_index: 0 line: 3 col: 1 func: "f" code: "y = x" } frame_id: 9 } }
          frames_by_id { key: 1 value { line: 2 } }
          traces_by_id { key: 2 value { frame_id: [1, 2] } }
          name_to_trace_id { key: "x" value: 2 }
        }
        """
        let def = try GraphDef(text: text)
        XCTAssertEqual(def.node.map(\.name), ["x"])
        XCTAssertEqual(def.node[0].attr["dtype"], AttrValue(.type(.float)))
        XCTAssertEqual(def.versions?.producer, 27)
        // Skipped fields are still checked by type.
        assertTextError("node { experimental_debug_info { original_node_names: 5 } }", at: 1, 55, "expected a quoted string for field 'original_node_names'")
        assertTextError("debug_info { files: \"\\377\" }", at: 1, 21, "'tensorflow.GraphDebugInfo.files' is not valid UTF-8")
        assertTextError("node { experimental_type: 5 }", at: 1, 27, "expected '{' to start the message 'experimental_type'")
    }

    func testUnknownFieldsAreErrorsListedTogether() {
        let text = """
        node {
          name: "x"
          inputt: "y"
          attr { key: "a" value { i: 1 j: 2 } }
        }
        versions { producer: 1 future: [1, 2] }
        unknown_message_list: [{ a: 1 }, < b: "2" >]
        [some.extension] { x: 1 }
        [type.googleapis.com/some.Type]: 5
        """
        assertTextError(text, at: 3, 3, "unknown field 'inputt' in tensorflow.NodeDef; 5 more unknown fields: 'j' at 4:32, 'future' at 6:24, 'unknown_message_list' at 7:1, and 2 more")
        assertTextError("node { attr { key: \"a\" value { i: 1 } valu { } } }", at: 1, 39, "unknown field 'valu' in an attr map entry")
        assertTextError("[some.ext] { }", at: 1, 1, "unknown field '[some.ext]' in tensorflow.GraphDef")
    }

    /// Every message GraphJIT keeps refuses a field it does not have, at the field's position.
    func testEveryMessageRefusesUnknownFields() {
        let cases: [(String, String)] = [
            ("bogus: 1", "tensorflow.GraphDef"),
            ("node { bogus: 1 }", "tensorflow.NodeDef"),
            ("node { attr { bogus: 1 } }", "an attr map entry"),
            ("node { attr { value { bogus: 1 } } }", "tensorflow.AttrValue"),
            ("node { attr { value { list { bogus: 1 } } } }", "tensorflow.AttrValue.ListValue"),
            ("node { attr { value { func { bogus: 1 } } } }", "tensorflow.NameAttrList"),
            ("node { attr { value { tensor { bogus: 1 } } } }", "tensorflow.TensorProto"),
            ("node { attr { value { shape { bogus: 1 } } } }", "tensorflow.TensorShapeProto"),
            ("node { attr { value { shape { dim { bogus: 1 } } } } }", "tensorflow.TensorShapeProto.Dim"),
            ("node { experimental_debug_info { bogus: 1 } }", "tensorflow.NodeDef.ExperimentalDebugInfo"),
            ("node { experimental_type { args { bogus: 1 } } }", "tensorflow.FullTypeDef"),
            ("versions { bogus: 1 }", "tensorflow.VersionDef"),
            ("debug_info { traces { value { file_line_cols { bogus: 1 } } } }", "tensorflow.GraphDebugInfo.FileLineCol"),
            ("library { bogus: 1 }", "tensorflow.FunctionDefLibrary"),
            ("library { gradient { bogus: 1 } }", "tensorflow.GradientDef"),
            ("library { registered_gradients { bogus: 1 } }", "tensorflow.RegisteredGradient"),
            ("library { function { bogus: 1 } }", "tensorflow.FunctionDef"),
            ("library { function { ret { bogus: 1 } } }", "a map<string, string> entry"),
            ("library { function { arg_attr { value { bogus: 1 } } } }", "tensorflow.FunctionDef.ArgAttrs"),
            ("library { function { resource_arg_unique_id { bogus: 1 } } }", "a resource_arg_unique_id map entry"),
            ("library { function { signature { bogus: 1 } } }", "tensorflow.OpDef"),
            ("library { function { signature { input_arg { bogus: 1 } } } }", "tensorflow.OpDef.ArgDef"),
            ("library { function { signature { attr { bogus: 1 } } } }", "tensorflow.OpDef.AttrDef"),
            ("library { function { signature { deprecation { bogus: 1 } } } }", "tensorflow.OpDeprecation"),
            ("library { function { node_def { bogus: 1 } } }", "tensorflow.NodeDef"),
        ]
        for (text, message) in cases {
            let column = Array(text.utf8).firstRange(of: Array("bogus".utf8)).map { $0.lowerBound + 1 } ?? 0
            assertTextError(text, at: 1, column, "unknown field 'bogus' in \(message)")
        }
    }

    func testStringFieldsMustBeUTF8AfterUnescaping() {
        assertTextError("node {\n  name: \"\\377\"\n}", at: 2, 9, "string field 'tensorflow.NodeDef.name' is not valid UTF-8 (byte 0xFF at offset 0 of the value)")
        assertTextError("node { op: \"ok\" \"\\xC3\" }", at: 1, 12, "'tensorflow.NodeDef.op' is not valid UTF-8 (byte 0xC3 at offset 2")
        assertTextError("node { input: [\"a\", \"\\355\\240\\200\"] }", at: 1, 21, "'tensorflow.NodeDef.input' is not valid UTF-8")  // a surrogate
        assertTextError("node { device: \"\\300\\200\" }", at: 1, 16, "NodeDef.device")  // overlong NUL
        assertTextError("node { attr { key: \"\\377\" } }", at: 1, 20, "string field 'an attr map entry.key'")
        assertTextError("node { attr { value { placeholder: \"\\377\" } } }", at: 1, 36, "'tensorflow.AttrValue.placeholder'")
        assertTextError("node { attr { value { func { name: \"\\377\" } } } }", at: 1, 36, "'tensorflow.NameAttrList.name'")
        assertTextError("node { attr { value { shape { dim { name: \"\\377\" } } } } }", at: 1, 43, "'tensorflow.TensorShapeProto.Dim.name'")
        assertTextError("library { function { signature { name: \"\\377\" } } }", at: 1, 40, "'tensorflow.OpDef.name'")
        assertTextError("library { function { ret { value: \"\\377\" } } }", at: 1, 35, "map<string, string> entry.value")
        // bytes fields hold anything; valid UTF-8 beyond ASCII is fine in strings.
        XCTAssertNoThrow(try GraphDef(text: "node { name: \"é€😀\\303\\251\" attr { value { s: \"\\377\" tensor { tensor_content: \"\\377\" string_val: \"\\377\" } } } }"))
    }

    func testFunctionLibraryParses() throws {
        let text = """
        library {
          function {
            signature {
              name: "f"
              input_arg { name: "a" type: DT_FLOAT }
              input_arg { name: "n" description: "list" type_attr: "T" number_attr: "N" }
              output_arg { name: "out" type_list_attr: "Tout" is_ref: false }
              control_output: "c"
              attr { name: "T" type: "type" default_value { type: DT_FLOAT } allowed_values { list { type: [DT_FLOAT] } } }
              attr { name: "N" type: "int" has_minimum: true minimum: 1 description: "count" }
              deprecation { version: 3 explanation: "old" }
              summary: "s"
              description: "d"
              is_commutative: true
              is_aggregate: true
              is_stateful: true
              allows_uninitialized_input: true
              is_distributed_communication: true
            }
            node_def { name: "inner" op: "AddV2" input: ["a", "n:0"] attr { key: "T" value { placeholder: "T" } } }
            ret [{ key: "out" value: "inner:z:0" }]
            attr { key: "_noinline" value { b: true } }
            control_ret { key: "c" value: "inner" }
            arg_attr { key: 1 value { attr { key: "_user_specified_name" value { s: "n" } } } }
            resource_arg_unique_id { key: 0 value: 4 }
          }
          gradient { function_name: "f" gradient_func: "g" }
          registered_gradients { gradient_func: "h" registered_op_type: "Op" }
        }
        node { name: "call" op: "PartitionedCall" attr { key: "f" value { func { name: "f" attr { key: "T" value { type: DT_FLOAT } } } } }
               attr { key: "fs" value { list { func [{ name: "f" }, { name: "g" }] } } } }
        """
        let def = try GraphDef(text: text)
        XCTAssertEqual(def.library, FunctionDefLibrary(
            function: [FunctionDef(
                signature: OpDef(name: "f",
                                 inputArg: [.init(name: "a", type: .float), .init(name: "n", description: "list", typeAttr: "T", numberAttr: "N")],
                                 outputArg: [.init(name: "out", typeListAttr: "Tout")],
                                 controlOutput: ["c"],
                                 attr: [.init(name: "T", type: "type", defaultValue: AttrValue(.type(.float)),
                                              allowedValues: AttrValue(.list(ListValue(type: [.float])))),
                                        .init(name: "N", type: "int", description: "count", hasMinimum: true, minimum: 1)],
                                 deprecation: .init(version: 3, explanation: "old"), summary: "s", description: "d",
                                 isCommutative: true, isAggregate: true, isStateful: true, allowsUninitializedInput: true,
                                 isDistributedCommunication: true),
                attr: ["_noinline": AttrValue(.b(true))],
                argAttr: [1: ["_user_specified_name": AttrValue(.s(Array("n".utf8)))]],
                resourceArgUniqueID: [0: 4],
                nodeDef: [NodeDef(name: "inner", op: "AddV2", input: ["a", "n:0"], attr: ["T": AttrValue(.placeholder("T"))])],
                ret: ["out": "inner:z:0"], controlRet: ["c": "inner"])],
            gradient: [GradientDef(functionName: "f", gradientFunc: "g")],
            registeredGradients: [RegisteredGradient(gradientFunc: "h", registeredOpType: "Op")]))
        XCTAssertEqual(def.node[0].attr["f"], AttrValue(.func(NameAttrList(name: "f", attr: ["T": AttrValue(.type(.float))]))))
        XCTAssertEqual(def.node[0].attr["fs"], AttrValue(.list(ListValue(func: [NameAttrList(name: "f"), NameAttrList(name: "g")]))))
        // Every field survives text -> binary -> text.
        XCTAssertEqual(try GraphDef(binary: def.binaryFormat), def)
        XCTAssertEqual(try GraphDef(text: def.textFormat), def)
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
