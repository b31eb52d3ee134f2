@testable import GraphIR
@testable import Passes
import Reference
import XCTest

final class PassManagerTests: XCTestCase {
    /// A graph every pass has work in: identities, duplicates, constants to fold, dead nodes.
    private func messyGraph() throws -> Graph {
        var g = Graph()
        let x = try g.add("x", placeholder([2, 3]))
        try g.add("unused", placeholder([1]))
        let xi = try g.add("x_id", .identity, [x])
        let c1 = try g.add("c1", vector([1, 2, 3]))
        let c2 = try g.add("c2", vector([1, 2, 3]))
        let c = try g.add("c", .binary(.add), [c1, c2])
        let a1 = try g.add("a1", .binary(.mul), [xi, c])
        let a2 = try g.add("a2", .binary(.mul), [x, c])
        try g.add("dead", .unary(.exp), [a2])
        let s = try g.add("s", .binary(.sub), [a1, a2])
        let t = try g.add("t", .unary(.tanh), [a2])
        let sum = try g.add("sum", .binary(.add), [s, t])
        try g.add("out", .identity, [sum])
        return g
    }

    func testStandardPipelineSimplifiesAndPreservesMeaning() throws {
        let g = try messyGraph()
        let manager = PassManager(PassName.standardPipeline, constantEvaluator: ReferenceConstantEvaluator())
        let result = try manager.run(g, keepingNames: ["out"])
        XCTAssertEqual(result.graph.description, """
        %x = Placeholder() : float32[2,3]
        %c = Const[2.0,4.0,6.0]() : float32[3]
        %a1 = Mul(%x, %c) : float32[2,3]
        %s = Sub(%a1, %a1) : float32[2,3]
        %t = Tanh(%a1) : float32[2,3]
        %sum = Add(%s, %t) : float32[2,3]
        %out = Identity(%sum) : float32[2,3]
        """)
        try assertEquivalent(g, keeping: [try XCTUnwrap(g.value(named: "out"))], result)
    }

    func testTheComposedMapFindsOutputsAndPlaceholders() throws {
        let g = try messyGraph()
        let manager = PassManager(PassName.standardPipeline, constantEvaluator: ReferenceConstantEvaluator())
        let kept = try keptValues(named: ["out", "t"], in: g)
        let result = try manager.run(g, keeping: kept)
        let map = result.valueMap
        XCTAssertEqual(kept.map { map[$0] }, result.kept.map { Optional($0) })
        XCTAssertEqual(map[Value(node: 0)].map(result.graph.name(of:)), "x")
        XCTAssertNil(map[Value(node: 1)], "the unused placeholder is gone")
        XCTAssertEqual(map[try XCTUnwrap(g.value(named: "a2"))].map(result.graph.name(of:)), "a1", "merged by CSE")
        XCTAssertEqual(map[try XCTUnwrap(g.value(named: "x_id"))].map(result.graph.name(of:)), "x", "identity bypassed")
        XCTAssertNil(map[try XCTUnwrap(g.value(named: "dead"))])
    }

    func testPrintAfterSeesEveryPassInOrder() throws {
        var seen: [(PassName, Int)] = []
        let manager = PassManager([.commonSubexpressionElimination, .identityElimination, .deadNodeElimination],
                                  printAfter: { seen.append(($0, $1.nodes.count)) })
        _ = try manager.run(try messyGraph(), keepingNames: ["out"])
        XCTAssertEqual(seen.map(\.0), [.commonSubexpressionElimination, .identityElimination, .deadNodeElimination])
        XCTAssertEqual(seen.map(\.1), [12, 11, 9], "c2 merged; x_id bypassed; unused and dead removed")
    }

    func testAnEmptyPipelineReturnsTheGraphAndAnIdentityMap() throws {
        let g = try messyGraph()
        let result = try PassManager([]).run(g, keepingNames: ["s"])
        XCTAssertEqual(result.graph.description, g.description)
        XCTAssertEqual(result.valueMap, ValueMap.identity(of: g))
        XCTAssertEqual(result.kept, [Value(node: 9)])
    }

    func testFoldingWithoutAnEvaluatorNamesThePass() throws {
        XCTAssertThrowsError(try PassManager([.deadNodeElimination, .constantFolding]).run(try messyGraph(), keepingNames: ["out"])) { error in
            XCTAssertEqual("\(error)", "pass 'fold': constant folding needs a constant evaluator")
        }
        XCTAssertThrowsError(try PassManager([.deadNodeElimination]).run(try messyGraph(), keepingNames: ["nope"])) { error in
            XCTAssertNil((error as? PassError)?.pass)
        }
    }

    func testPassNamesParseFromACommandLineList() throws {
        XCTAssertEqual(try PassName.parseList("cse,dce"), [.commonSubexpressionElimination, .deadNodeElimination])
        XCTAssertEqual(try PassName.parseList(" fold , identity,constantFolding"), [.constantFolding, .identityElimination, .constantFolding])
        XCTAssertEqual(try PassName.parseList(""), [])
        XCTAssertEqual(PassName(argument: "deadNodeElimination"), .deadNodeElimination)
        XCTAssertEqual(try PassName.parseList("convgrad,convBackpropInputAsConv"), [.convBackpropInputAsConv, .convBackpropInputAsConv])
        XCTAssertNil(PassName(argument: "CSE"))
        XCTAssertThrowsError(try PassName.parseList("cse,inline")) { error in
            XCTAssertEqual("\(error)", "unknown pass 'inline'; known passes: shapes, identity, layout, convgrad, fold, cse, dce, bnfold, pack, splitk, winograd")
        }
    }

    func testShapeSpecializationComposesWithThePipeline() throws {
        var g = Graph()
        let x = try g.add("x", placeholder([-1, 3]))
        let i = try g.add("i", .identity, [x])
        let out = try g.add("out", .reduce(.sum, axes: [1], keepDims: false), [i])
        let specialized = try ShapeSpecialization(inputShapes: ["x": [4, 3]]).run(g, keeping: [out])
        let optimized = try PassManager([.identityElimination]).run(specialized.graph, keeping: specialized.kept)
        let map = specialized.valueMap.then(optimized.valueMap)
        XCTAssertEqual(map[out], optimized.kept[0])
        XCTAssertEqual(optimized.graph[optimized.kept[0]], TensorType(.float32, [4]))
        XCTAssertEqual(map[i], Value(node: 0))
        XCTAssertThrowsError(try ShapeSpecialization(inputShapes: ["x": [4, 2]]).run(g, keeping: [out]))
    }
}

/// Pass doubles that break the contract in one specific way each.
private struct BrokenPass: GraphPass {
    enum Fault { case invalidGraph, renamedOutput, lostPlaceholderName, plainError }
    var fault: Fault
    var name: PassName { .deadNodeElimination }

    func run(_ graph: Graph, keeping kept: [Value]) throws -> PassResult {
        switch fault {
        case .invalidGraph:
            var nodes = graph.nodes
            nodes[nodes.count - 1].types = [TensorType(.float64, [1])]
            let broken = Graph(uncheckedNodes: nodes)
            return PassResult(graph: broken, valueMap: .identity(of: broken), kept: kept)
        case .renamedOutput:
            var g = Graph()
            let x = try g.add("x", .placeholder(dtype: .float32, shape: [2]))
            let y = try g.add("renamed", .unary(.neg), [x])
            return PassResult(graph: g, valueMap: ValueMap([Value(node: 0): x, Value(node: 1): y]), kept: [y])
        case .lostPlaceholderName:
            var g = Graph()
            let x = try g.add("other", .placeholder(dtype: .float32, shape: [2]))
            let y = try g.add("y", .unary(.neg), [x])
            return PassResult(graph: g, valueMap: ValueMap([Value(node: 0): x, Value(node: 1): y]), kept: [y])
        case .plainError:
            struct Boom: Error {}
            throw Boom()
        }
    }
}

final class PassManagerVerificationTests: XCTestCase {
    private func run(_ fault: BrokenPass.Fault) throws -> PassError? {
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: [2]))
        let y = try g.add("y", .unary(.neg), [x])
        var manager = PassManager([.identityElimination, .deadNodeElimination])
        manager.overrides[.deadNodeElimination] = BrokenPass(fault: fault)
        do {
            _ = try manager.run(g, keeping: [y])
            return nil
        } catch let e as PassError {
            return e
        }
    }

    func testAnInvalidGraphIsCaughtAndBlamedOnThePass() throws {
        let error = try XCTUnwrap(try run(.invalidGraph))
        XCTAssertEqual(error.pass, .deadNodeElimination)
        XCTAssertEqual("\(error)", "pass 'dce': verification failed after the pass: node 'y' (Neg): stored types [float64[1]] differ from inferred [float32[2]]")
    }

    func testARenamedOutputIsCaught() throws {
        let error = try XCTUnwrap(try run(.renamedOutput))
        XCTAssertEqual("\(error)", "pass 'dce': verification failed after the pass: kept value 'y' is now named 'renamed'")
    }

    func testARenamedPlaceholderIsCaught() throws {
        let error = try XCTUnwrap(try run(.lostPlaceholderName))
        XCTAssertEqual("\(error)", "pass 'dce': verification failed after the pass: placeholder 'x' now maps to 'other'")
    }

    func testOtherErrorsAreWrappedWithThePassName() throws {
        let error = try XCTUnwrap(try run(.plainError))
        XCTAssertEqual(error.pass, .deadNodeElimination)
        XCTAssertTrue(error.message.contains("Boom"), error.message)
    }
}
