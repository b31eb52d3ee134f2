import ArgumentParser
import Foundation
import GraphJIT

/// Where `-o` sends a command's result: a file (written to a temporary file, then renamed) or,
/// for `-o -`, standard output, as compilers spell it.
enum OutputDestination: Equatable {
    case standardOutput
    case file(String)

    init(_ option: String?) {
        self = option.map { $0 == "-" ? .standardOutput : .file($0) } ?? .standardOutput
    }

    /// Writes `bytes`; `binary` output is refused on a terminal, where it would only garble it.
    func write(_ bytes: [UInt8], binary: Bool = false, what: String) throws {
        switch self {
        case .file(let path):
            try TensorFile.writeBytes(bytes, to: path)
        case .standardOutput:
            if binary && isatty(STDOUT_FILENO) != 0 {
                throw ValidationError("\(what) is binary: not written to a terminal (redirect standard output, or -o FILE)")
            }
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
