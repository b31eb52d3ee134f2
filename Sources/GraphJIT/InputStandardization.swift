import Datasets
import Formats
import GraphIR

/// The pixel scaling a model was trained with (`x / 256`, then `(x - mean) / std`), re-exported
/// for users of the public API.
public typealias PixelScaling = Datasets.PixelScaling

/// `train --standardize` trains on standardised pixels; the mean and std travel with the model so
/// that `run` and `eval` see what training saw without being told: the checkpoint records them in
/// its metadata, and the frozen graph computes `(x - mean) / std` itself, right after the images
/// placeholder, so it takes the same [0, 1) pixels (`x / 256`) as a model trained without it.
extension PixelScaling {
    static let meanKey = "pixel_mean"
    static let stdKey = "pixel_std"

    /// Whether pixels are only divided by 256 (nothing for a graph or a checkpoint to record).
    public var isUnitInterval: Bool { mean == 0 && std == 1 }

    /// The checkpoint metadata recording this scaling (none for `x / 256`). Doubles print
    /// exactly (shortest round-trip form).
    var metadata: [String: String] {
        isUnitInterval ? [:] : [Self.meanKey: String(mean), Self.stdKey: String(std)]
    }

    /// The scaling a checkpoint's metadata records; nil when it records none.
    init?(metadata: [String: String], file: String) throws {
        guard metadata[Self.meanKey] != nil || metadata[Self.stdKey] != nil else { return nil }
        guard let mean = metadata[Self.meanKey].flatMap(Double.init), let std = metadata[Self.stdKey].flatMap(Double.init),
              mean.isFinite, std.isFinite, std > 0 else {
            throw GraphJITError("\(file): the metadata's \(Self.meanKey) / \(Self.stdKey) are not a finite mean and a positive std")
        }
        self.init(mean: mean, std: std)
    }
}

/// Node names of the standardisation inside a graph, under the input's name.
enum StandardizationNodes {
    static func mean(_ input: String) -> String { input + "/standardize/mean" }
    static func std(_ input: String) -> String { input + "/standardize/std" }
    static func centred(_ input: String) -> String { input + "/standardize/sub" }
    static func scaled(_ input: String) -> String { input + "/standardize/truediv" }
}

extension Graph {
    /// The graph with `(input - mean) / std` (float32 Sub and RealDiv by scalar Consts) between
    /// the placeholder `input` and every node that read it. Pixels fed to it are `x / 256`; with
    /// `mean` and `std` of those, the result is the standardised pixels training saw.
    public func standardizingInput(_ input: String, with scaling: PixelScaling) throws -> Graph {
        guard let inputIndex = index(of: input), case .placeholder(.float32, _) = nodes[inputIndex].op else {
            throw GraphJITError("cannot standardise '\(input)': it is not a float32 Placeholder of the graph")
        }
        guard inputStandardization(input) == nil else {
            throw GraphJITError("input '\(input)' is standardised by the graph already")
        }
        var result = Graph()
        var moved: [Int: Int] = [:]
        var standardized: Value?
        func map(_ v: Value) -> Value {
            if v.node == inputIndex, v.output == 0, let standardized { return standardized }
            return Value(node: moved[v.node] ?? v.node, output: v.output)
        }
        for (i, n) in nodes.enumerated() {
            let added = try result.add(n.name, n.op, n.inputs.map(map))
            moved[i] = added.node
            if i == inputIndex {
                let mean = try result.add(StandardizationNodes.mean(input), .constant(Tensor(shape: [], floats: [Float(scaling.mean)])))
                let std = try result.add(StandardizationNodes.std(input), .constant(Tensor(shape: [], floats: [Float(scaling.std)])))
                let centred = try result.add(StandardizationNodes.centred(input), .binary(.sub), [added, mean])
                standardized = try result.add(StandardizationNodes.scaled(input), .binary(.div), [centred, std])
            }
        }
        return result
    }

    /// The standardisation `standardizingInput` put after `input`, if the graph has it.
    public func inputStandardization(_ input: String) -> PixelScaling? {
        guard let m = index(of: StandardizationNodes.mean(input)), let s = index(of: StandardizationNodes.std(input)),
              case .constant(let mean) = nodes[m].op, case .constant(let std) = nodes[s].op,
              mean.elementCount == 1, std.elementCount == 1 else { return nil }
        return PixelScaling(mean: mean.double(at: 0), std: std.double(at: 0))
    }
}

extension Trainer {
    /// The scaling recorded in a checkpoint written by `saveCheckpoint(to:epoch:scaling:)`; nil
    /// when it records none (pixels `x / 256`).
    public static func checkpointScaling(at path: String) throws -> PixelScaling? {
        try PixelScaling(metadata: try Safetensors.read(path: path).metadata, file: path)
    }

    /// `frozenGraph()` taking unscaled [0, 1) pixels: with a standardising `scaling`, the graph
    /// standardises its images input itself.
    public func frozenGraph(standardizing scaling: PixelScaling?) throws -> Graph {
        let frozen = try frozenGraph()
        guard let scaling, !scaling.isUnitInterval else { return frozen }
        guard let images = model.inputNames.first else { throw GraphJITError("the graph has no input to standardise") }
        return try frozen.standardizingInput(images, with: scaling)
    }
}
