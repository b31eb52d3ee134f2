import Dispatch
import Foundation
import XCTest
@testable import GraphJIT

/// One compiled model, many threads: each thread runs in a session of its own (arena, buffers,
/// variables) over the same machine code, and every result equals the one-thread answer.
final class SharedRuntimeTests: XCTestCase {
    private func images(_ seed: UInt64) -> Tensor {
        var g = SplitMix64(seed: seed)
        return Tensor(shape: [3, 28, 28, 1], floats: (0..<(3 * 28 * 28)).map { _ in Float(g.nextUnit()) })
    }

    func testEightThreadsRunOneCompiledModel() throws {
        let model = try Model(contentsOf: repositoryRoot.appendingPathComponent("graphs/cnn.pbtxt").path)
        let compiled = try model.compile(outputs: ["softmax"], inputShapes: ["images": [3, 28, 28, 1]])
        let inputs = (0..<8).map { images(UInt64($0) + 40) }
        // Answers from the first session, one run at a time.
        let expected = try inputs.map { try compiled.run([$0])[0] }
        XCTAssertEqual(Set(expected.map { $0.scalars(as: Float.self) }).count, 8, "distinct inputs give distinct outputs")

        let threads = 8, runs = 25
        let sessions = try (0..<threads).map { _ in try compiled.makeSession() }
        // Eight threads of their own (not a pool sized to the cores), started together.
        let outcome = Outcome(threads)
        let finished = DispatchSemaphore(value: 0), start = DispatchSemaphore(value: 0)
        for t in 0..<threads {
            let thread = Thread {
                start.wait()
                do {
                    for r in 0..<runs {
                        // Each thread walks the inputs from its own start, so neighbours differ.
                        let k = (t + r) % inputs.count
                        if try sessions[t].run([inputs[k]])[0] != expected[k] { outcome.record(t, wrong: true) }
                    }
                } catch {
                    outcome.record(t, failure: "\(error)")
                }
                finished.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for _ in 0..<threads { start.signal() }
        for _ in 0..<threads { finished.wait() }
        XCTAssertEqual(outcome.failures.compactMap { $0 }, [])
        XCTAssertEqual(outcome.wrong, [Int](repeating: 0, count: threads), "runs with a wrong answer, per thread")
        // The first session is untouched by the others.
        XCTAssertEqual(try compiled.run([inputs[3]])[0], expected[3])
    }

    /// What the threads saw, under a lock.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var wrong: [Int]
        private(set) var failures: [String?]
        init(_ threads: Int) { (wrong, failures) = ([Int](repeating: 0, count: threads), [String?](repeating: nil, count: threads)) }
        func record(_ t: Int, wrong isWrong: Bool = false, failure: String? = nil) {
            lock.lock()
            defer { lock.unlock() }
            if isWrong { wrong[t] += 1 }
            if let failure { failures[t] = failure }
        }
    }

    func testSessionsKeepVariablesApart() throws {
        let text = """
            node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
            node { name: "v" op: "VariableV2" attr { key: "dtype" value { type: DT_FLOAT } }
              attr { key: "shape" value { shape { dim { size: 2 } } } } }
            node { name: "y" op: "Add" input: ["x", "v"] attr { key: "T" value { type: DT_FLOAT } } }
            """
        let compiled = try Model(text: text).compile(outputs: ["y"], inputShapes: ["x": [2]])
        try compiled.setVariable("v", Tensor(shape: [2], floats: [1, 2]))
        let copy = try compiled.makeSession()
        XCTAssertEqual(try copy.variableValues(), [Tensor(shape: [2], floats: [1, 2])], "a new session starts from the current values")
        try copy.setVariable("v", Tensor(shape: [2], floats: [10, 20]))
        let x = Tensor(shape: [2], floats: [0.5, 0.5])
        XCTAssertEqual(try copy.run([x]), [Tensor(shape: [2], floats: [10.5, 20.5])])
        XCTAssertEqual(try compiled.run([x]), [Tensor(shape: [2], floats: [1.5, 2.5])], "the first session keeps its own")
        XCTAssertThrowsError(try copy.run(["y": x])) { XCTAssertEqual("\($0)", "input 'x' was not given") }
    }

    func testACrossCompiledGraphHasNoSession() throws {
        var options = CompileOptions(targetTriple: "aarch64-linux-gnu")
        options.loadForExecution = true
        let compiled = try Model(text: """
            node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
            node { name: "y" op: "Relu" input: ["x"] attr { key: "T" value { type: DT_FLOAT } } }
            """).compile(outputs: ["y"], inputShapes: ["x": [2]], options: options)
        XCTAssertThrowsError(try compiled.makeSession()) { XCTAssertTrue("\($0)".contains("not this machine"), "\($0)") }
    }
}
