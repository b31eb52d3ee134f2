import ArgumentParser
import GraphJIT

struct NetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "net",
        abstract: "Write one of the seeds' networks as a trainable GraphDef (weights as VariableV2).")

    enum Preset: String, ExpressibleByArgument, CaseIterable {
        case seed000, seed002, seed001net4
        var network: Network {
            switch self {
            case .seed000: return .seed000
            case .seed002: return .seed002
            case .seed001net4: return .seed001net4
            }
        }
    }

    @Argument(help: "seed000 (Q&A net, 217,706 params), seed002 (blog net with dropout, 160,362), seed001net4 (353,738).")
    var preset: Preset

    @Option(name: .shortAndLong, help: "Output file (.pbtxt text, .pb binary; - writes the text to standard output).")
    var outputFile: String

    func run() throws {
        try reportingErrors {
            if OutputDestination(outputFile) == .standardOutput {
                try OutputDestination.standardOutput.write(Array(try preset.network.graphDefText().utf8), what: "the graph")
            } else {
                try preset.network.save(to: outputFile)
            }
        }
    }
}
