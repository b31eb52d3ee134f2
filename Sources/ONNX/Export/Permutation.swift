/// Permutations as GraphIR's `transpose` and ONNX's Transpose read them: output dimension i is
/// input dimension `perm[i]`.
enum Permutation {
    static func identity(_ rank: Int) -> [Int] { Array(0..<rank) }

    static func isIdentity(_ p: [Int]) -> Bool { p.enumerated().allSatisfy { $0.offset == $0.element } }

    /// `q` with `transpose(transpose(x, p), q) == x`.
    static func inverse(_ p: [Int]) -> [Int] {
        var q = p
        for (i, d) in p.enumerated() { q[d] = i }
        return q
    }

    /// [N,H,W,C] -> [N,C,H,W]: ONNX's images from GraphIR's.
    static let nchw = [0, 3, 1, 2]
    /// [KH,KW,I,O] -> [O,I,KH,KW]: ONNX's filters from GraphIR's HWIO ones.
    static let oihw = [3, 2, 0, 1]

    /// A word for a value name holding `x` transposed by `p`.
    static func label(_ p: [Int]) -> String {
        switch p {
        case nchw: return "nchw"
        case oihw: return "oihw"
        default: return "perm" + p.map(String.init).joined()
        }
    }
}
