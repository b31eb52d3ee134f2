/// One entry of `NodeDef.input`: `name` (output 0), `name:k` (output k) or `^name` (a control
/// dependency, which only orders execution and carries no value).
struct InputReference: Hashable {
    var node: String
    var output: Int
    var isControl: Bool

    init(_ spec: String) {
        if spec.hasPrefix("^") {
            node = String(spec.dropFirst())
            output = 0
            isControl = true
            return
        }
        isControl = false
        if let colon = spec.lastIndex(of: ":"),
           case let digits = spec[spec.index(after: colon)...],
           !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
           let k = Int(digits) {
            node = String(spec[..<colon])
            output = k
        } else {
            node = spec
            output = 0
        }
    }
}
