/// The graph passes a pipeline can name. Raw values are the short names a command line uses
/// (`--passes identity,fold,cse,dce`).
public enum PassName: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Part of specialisation: the compiler runs it first whatever the pipeline.
    case shapeFolding = "shapes"
    case identityElimination = "identity"
    /// Transposes moved through the ops that commute with them until they cancel (ONNX's NCHW
    /// values around NHWC convolutions).
    case layout = "layout"
    case convBackpropInputAsConv = "convgrad"
    case constantFolding = "fold"
    case commonSubexpressionElimination = "cse"
    case deadNodeElimination = "dce"
    case batchNormFolding = "bnfold"
    /// Inference: constant convolution filters packed by output-channel blocks for the target's kernels.
    case filterPacking = "pack"
    /// Few-row products by large matrices split along the inner dimension, for the target's kernels.
    case matMulSplitting = "splitk"
    /// Inference: 3x3 stride-1 convolutions as Winograd's F(2x2, 3x3) where the target's kernels gain.
    case winograd = "winograd"

    /// The default order: bypassing identities exposes folds and duplicates, and lets transposes
    /// meet; moving transposes comes before folding, so the constants it reshapes and transposes
    /// into the permuted layout fold, and before batch norm folding, which then finds an ONNX batch
    /// norm's per-channel Mul and Add right after the NHWC convolution; rewriting input
    /// gradients as convolutions comes before folding, so a constant filter's flip folds into a
    /// constant, and before CSE, so gradients sharing a filter share its flip; folding can create
    /// equal constants for CSE, and DCE sweeps up what the others disconnected. Batch norm folds
    /// into convolutions once folding has made their filters and per-channel terms constants; the
    /// second folding then computes the scaled filters and biases it wrote as arithmetic. Filters
    /// are packed last, once final, and DCE then drops the unpacked copies. Products are split
    /// after folding, so a constant weight is never copied into its segments (they are views).
    public static let standardPipeline: [PassName] = [
        .identityElimination, .layout, .convBackpropInputAsConv, .constantFolding, .batchNormFolding, .constantFolding,
        .commonSubexpressionElimination, .winograd, .filterPacking, .matMulSplitting, .deadNodeElimination,
    ]

    /// Accepts the short name (`cse`) or the case name (`commonSubexpressionElimination`).
    public init?(argument: String) {
        guard let pass = PassName(rawValue: argument) ?? PassName.allCases.first(where: { $0.caseName == argument })
        else { return nil }
        self = pass
    }

    /// Parses a comma-separated list such as `cse,dce`; an empty string is the empty pipeline.
    public static func parseList(_ list: String) throws -> [PassName] {
        try list.split(separator: ",", omittingEmptySubsequences: true).map { item in
            let word = String(item.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            guard let pass = PassName(argument: word) else {
                throw PassError(pass: nil, "unknown pass '\(word)'; known passes: "
                    + PassName.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return pass
        }
    }

    public var description: String { rawValue }

    private var caseName: String {
        switch self {
        case .shapeFolding: return "shapeFolding"
        case .identityElimination: return "identityElimination"
        case .layout: return "layout"
        case .convBackpropInputAsConv: return "convBackpropInputAsConv"
        case .constantFolding: return "constantFolding"
        case .commonSubexpressionElimination: return "commonSubexpressionElimination"
        case .deadNodeElimination: return "deadNodeElimination"
        case .batchNormFolding: return "batchNormFolding"
        case .filterPacking: return "filterPacking"
        case .matMulSplitting: return "matMulSplitting"
        case .winograd: return "winograd"
        }
    }
}
