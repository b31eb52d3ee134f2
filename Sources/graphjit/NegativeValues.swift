import Foundation

/// `--lr -1` as `--lr=-1`. ArgumentParser reads a token starting with `-` as an option, so a
/// negative value after its option was reported as a missing value, never reaching the command's
/// own check ("--lr must be positive"). No option of graphjit is a dash and a digit, so a negative
/// number can only be a value; joining it to a long option before it is therefore never wrong (a
/// flag then says it takes no value, as it did about the unknown `-1`). `-O -1` becomes `-O-1`, the
/// joined form that short option takes. Tokens after `--` stay.
func joiningNegativeValues(_ arguments: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < arguments.count {
        let token = arguments[index]
        if token == "--" {
            result += arguments[index...]
            break
        }
        if index + 1 < arguments.count, isNegativeNumber(arguments[index + 1]) {
            if token.hasPrefix("--"), token.count > 2, !token.contains("=") {
                result.append(token + "=" + arguments[index + 1])
                index += 2
                continue
            }
            if token == "-O" {
                result.append(token + arguments[index + 1])
                index += 2
                continue
            }
        }
        result.append(token)
        index += 1
    }
    return result
}

/// `-1`, `-0.5`, `-1e-3`, `-inf`, or a comma-separated list starting with one (`-1,2`).
func isNegativeNumber(_ token: String) -> Bool {
    guard token.hasPrefix("-"), token.count > 1 else { return false }
    return token.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { Double($0.trimmingCharacters(in: .whitespaces)) != nil }
}
