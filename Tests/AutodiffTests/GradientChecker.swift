import Autodiff
import GraphIR
import Reference
import XCTest

/// Checks gradients built by `Gradients.build` against central finite differences, both
/// evaluated with the Reference interpreter.
///
/// The output is projected to a scalar, `loss = Sum(output * R)` with a fixed random `R`, so every
/// output element matters. Graphs are built in float64 so the differences are accurate: with step
/// `h = 1e-6` the truncation error is O(h^2) and the rounding error about 1e-16 * |loss| / h, both far
/// below the tolerance `|analytic - numeric| <= 1e-7 + 1e-5 * |numeric|`.
struct GradientChecker {
    var step = 1e-6
    var relativeTolerance = 1e-5
    var absoluteTolerance = 1e-7

    /// Mismatch descriptions (empty when every element agrees). `tamper` may rewrite the built
    /// gradients before they are evaluated: the mutation guard uses it to prove the check can fail.
    func mismatches(_ forward: Graph, output: Value, wrt: [String], feeds: [String: Tensor], seed: UInt64 = 7,
                    tamper: ((inout GradientResult) throws -> Void)? = nil) throws -> [String] {
        var graph = forward
        var rng = SeededGenerator(seed: seed)
        guard output.node < graph.nodes.count, output.output < graph.nodes[output.node].types.count else {
            throw ReferenceError("output \(output) is not in the graph")
        }
        let outType = graph[output]
        guard let outShape = outType.shape, outType.isStatic else { throw ReferenceError("output shape must be static") }
        let r = try randomTensor(outType.dtype, outShape, using: &rng)
        let projection = try graph.add("projection", .constant(r))
        let product = try graph.add("projected", .binary(.mul), [output, projection])
        let loss = try graph.add("loss", .reduce(.sum, axes: Array(outShape.indices), keepDims: false), [product])

        var wrtValues: [Value] = []
        for name in wrt {
            guard let v = graph.value(named: name) else { throw ReferenceError("no node named \(name)") }
            wrtValues.append(v)
        }
        var result = try Gradients.build(graph, of: loss, wrt: wrtValues)
        try tamper?(&result)
        try result.graph.verify()
        let analytic = try evaluate(result.graph, feeds: feeds, fetch: result.gradients)

        var problems: [String] = []
        for (name, gradient) in zip(wrt, analytic) {
            guard let base = feeds[name] else { throw ReferenceError("wrt '\(name)' must be a fed placeholder") }
            guard gradient.shape == base.shape, gradient.dtype == base.dtype else {
                problems.append("\(name): gradient is \(gradient.type), the value is \(base.type)")
                continue
            }
            var values = base.doubles
            for i in values.indices {
                let original = values[i]
                func lossAt(_ x: Double) throws -> Double {
                    values[i] = x
                    var shifted = feeds
                    shifted[name] = Tensor(shape: base.shape, doubles: values)
                    return try evaluate(graph, feeds: shifted, fetch: [loss])[0].double(at: 0)
                }
                let numeric = (try lossAt(original + step) - lossAt(original - step)) / (2 * step)
                values[i] = original
                let a = gradient.double(at: i)
                if !(abs(a - numeric) <= absoluteTolerance + relativeTolerance * abs(numeric)) {
                    problems.append("d loss / d \(name)[\(i)]: analytic \(a), numeric \(numeric)")
                }
            }
        }
        return problems
    }
}

/// A float64 test graph under construction, with random feeds for its placeholders.
struct TestGraph {
    var graph = Graph()
    var feeds: [String: Tensor] = [:]
    var rng: SeededGenerator

    init(seed: UInt64 = 1) { rng = SeededGenerator(seed: seed) }

    /// A float64 placeholder fed with uniform values from `range`.
    mutating func input(_ name: String, _ shape: [Int], in range: ClosedRange<Double> = -1...1) throws -> Value {
        feeds[name] = try randomTensor(.float64, shape, in: range, using: &rng)
        return try graph.add(name, .placeholder(dtype: .float64, shape: shape))
    }

    /// A placeholder fed with a given tensor.
    mutating func input(_ name: String, _ value: Tensor) throws -> Value {
        feeds[name] = value
        return try graph.add(name, .placeholder(dtype: value.dtype, shape: value.shape))
    }

    mutating func add(_ name: String, _ op: Op, _ inputs: [Value]) throws -> Value {
        try graph.add(name, op, inputs)
    }

    /// Runs the checker on `output` with respect to the named placeholders; fails the test on a mismatch.
    func check(_ output: Value, wrt: [String], _ label: String = "", checker: GradientChecker = GradientChecker(),
               file: StaticString = #filePath, line: UInt = #line) {
        do {
            let problems = try checker.mismatches(graph, output: output, wrt: wrt, feeds: feeds)
            XCTAssertTrue(problems.isEmpty, "\(label): \(problems.count) mismatch(es), first: \(problems.prefix(3))",
                          file: file, line: line)
        } catch {
            XCTFail("\(label): \(error)", file: file, line: line)
        }
    }
}
