/// How many tensors an output argument of a TensorFlow op holds.
enum ArgumentLength: Sendable {
    case one
    /// As many as the int attribute says (`Split`'s `num_split`).
    case number(String)
    /// As many as the type-list attribute lists (`IdentityN`'s `T`).
    case typeList(String)
}

/// The output arguments of TensorFlow ops with more than one, or with a list, from their OpDefs.
/// Inside a FunctionDef an input reads `node:argument:index`; the flat output index is the
/// lengths of the arguments before `argument` plus `index`. Every other op has one output
/// argument holding one tensor, whatever its name.
let outputArgumentTable: [String: [(name: String, length: ArgumentLength)]] = {
    let batchNorm = ["y", "batch_mean", "batch_variance", "reserve_space_1", "reserve_space_2"]
    let batchNormGrad = ["x_backprop", "scale_backprop", "offset_backprop", "reserve_space_3", "reserve_space_4"]
    let fixed: [String: [String]] = [
        "FusedBatchNorm": batchNorm,
        "FusedBatchNormV2": batchNorm,
        "FusedBatchNormV3": batchNorm + ["reserve_space_3"],
        "FusedBatchNormGrad": batchNormGrad,
        "FusedBatchNormGradV2": batchNormGrad,
        "FusedBatchNormGradV3": batchNormGrad + ["reserve_space_5"],
        "SparseSoftmaxCrossEntropyWithLogits": ["loss", "backprop"],
        "SoftmaxCrossEntropyWithLogits": ["loss", "backprop"],
        "TopK": ["values", "indices"],
        "TopKV2": ["values", "indices"],
        "Unique": ["y", "idx"],
        "UniqueV2": ["y", "idx"],
        "UniqueWithCounts": ["y", "idx", "count"],
        "MaxPoolWithArgmax": ["output", "argmax"],
        "BroadcastGradientArgs": ["r0", "r1"],
        "NonMaxSuppressionV4": ["selected_indices", "valid_outputs"],
        "NonMaxSuppressionV5": ["selected_indices", "selected_scores", "valid_outputs"],
        "Switch": ["output_false", "output_true"],
        "Merge": ["output", "value_index"],
    ]
    var table = fixed.mapValues { $0.map { (name: $0, length: ArgumentLength.one) } }
    table["IdentityN"] = [("output", .typeList("T"))]
    // A call's outputs are its op's one list argument, not the function's named outputs.
    table["PartitionedCall"] = [("output", .typeList("Tout"))]
    table["StatefulPartitionedCall"] = [("output", .typeList("Tout"))]
    table["ShapeN"] = [("output", .number("N"))]
    table["Split"] = [("output", .number("num_split"))]
    table["SplitV"] = [("output", .number("num_split"))]
    table["Unpack"] = [("output", .number("num"))]
    table["DynamicPartition"] = [("outputs", .number("num_partitions"))]
    return table
}()
