import Foundation
import ArgumentParser
import GraphIR
import GraphJIT

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print each node's op and output shape, and the learnable-parameter count.",
        discussion: """
        A graph with unsupported ops (or a node that fails to import) is still shown as far as it \
        imports: the nodes that do not depend on them, and every weight. The error then lists every \
        unsupported op and the exit status is 1.
        """)

    @Argument(help: "Model file: ONNX (.onnx) or GraphDef (.pbtxt text or .pb binary).")
    var graph: String

    @Option(name: .customLong("input-shape"), help: "NAME=D1,D2,...: fix an input's shape (e.g. the batch size).")
    var inputShapes: [String] = []

    @Flag(name: .long, help: "Print nolearn's layer table instead (as train does, no data needed).")
    var layers = false

    @Flag(name: .shortAndLong, help: "With --layers: nolearn's capacity and coverage columns; -vv also the real filter and receptive field sizes.")
    var verbose: Int

    func run() throws {
        try reportingErrors {
            guard layers || verbose == 0 else { throw ValidationError("-v adds columns to the layer table: use it with --layers") }
            let inspection = try Model.inspect(contentsOf: graph)
            let model = inspection.model
            if layers {
                if let problem = inspection.problem { throw problem }
                printLayerInformation(model, verbosity: verbose, color: isatty(STDOUT_FILENO) != 0)
                return
            }
            let shapes = try parseInputShapes(inputShapes)
            let rows = try model.summary(inputShapes: shapes)
            let nameWidth = min(max(rows.map(\.name.count).max() ?? 4, 4), 48)
            let opWidth = max(rows.map(\.op.count).max() ?? 2, 2)
            func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
            print(pad("node", nameWidth) + "  " + pad("op", opWidth) + "  output")
            for r in rows {
                let types = r.types.map(\.description).joined(separator: ", ")
                let params = r.parameters > 0 ? "  (\(r.parameters.formatted(grouping: true)) params)" : ""
                print(pad(r.name, nameWidth) + "  " + pad(r.op, opWidth) + "  " + types + params)
            }
            print("\(rows.count) nodes; inputs: \(model.inputNames.joined(separator: ", "))")
            print("learnable parameters: \(model.learnableParameterCount.formatted(grouping: true))")
            if let problem = inspection.problem {
                let n = inspection.nodesLeftOut
                print("not imported: \(n.formatted(grouping: true)) node\(n == 1 ? "" : "s") (see the error)")
                throw problem
            }
        }
    }
}

extension Int {
    /// 217706 -> "217,706".
    func formatted(grouping: Bool) -> String {
        let digits = String(abs(self))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (self < 0 ? "-" : "") + out
    }
}
