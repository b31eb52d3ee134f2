import GraphIR
import ONNX
import Passes

/// Folds constant subgraphs by compiling and running them like any graph, so even compile-time
/// math is generated code (and the ONNX importer's values computed from constants, such as a
/// Resize's sizes). Nested compilations skip folding (there is nothing left to fold).
struct JITConstantEvaluator: ConstantEvaluator, ONNXConstantEvaluator {
    func evaluate(_ graph: Graph, fetch: [Value]) throws -> [Tensor] {
        let names = fetch.map(graph.name(of:))
        let options = CompileOptions(optimizationLevel: 1, passes: [.deadNodeElimination])
        let compiled = try Model(graph: graph).compile(outputs: names, options: options)
        return try compiled.run([])
    }
}
