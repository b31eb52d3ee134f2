// swift-tools-version:5.9
import PackageDescription

// Layers, each depending only on those before it:
// CLLVM <- LLVMKit; GraphIR <- Formats <- ONNX; GraphIR <- Passes;
// GraphIR <- Plan; GraphIR <- Autodiff; GraphIR, Plan, LLVMKit <- Codegen; LLVMKit, Codegen <- Runtime; all <- GraphJIT <- Figures <- graphjit.
let package = Package(
    name: "GraphJIT",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GraphJIT", targets: ["GraphJIT"]),
        .executable(name: "graphjit", targets: ["graphjit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Lock-free counters for the kernels' worker threads (Runtime/WorkerPool.swift).
        .package(url: "https://github.com/apple/swift-atomics", from: "1.2.0"),
        // SHA-256 for the compile cache: entry names from the graph, shapes, options, LLVM and CPU,
        // and a digest over each entry so a corrupt one is recompiled, never loaded.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CLLVM", path: "Sources/CLLVM", pkgConfig: "graphjit-llvm",
                       providers: [.apt(["llvm-dev"])]),
        .target(name: "LLVMKit", dependencies: ["CLLVM"]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .target(name: "GraphIR"),
        .target(name: "Formats", dependencies: ["GraphIR"]),
        // ONNX: a second front end onto GraphIR, sharing Formats' protobuf wire layer.
        .target(name: "ONNX", dependencies: ["GraphIR", "Formats"]),
        .target(name: "Datasets", dependencies: ["GraphIR", "Formats", "CZlib"]),
        .target(name: "Passes", dependencies: ["GraphIR"]),
        .target(name: "Plan", dependencies: ["GraphIR"]),
        .target(name: "Codegen", dependencies: ["GraphIR", "Plan", "LLVMKit"]),
        .target(name: "Runtime", dependencies: ["GraphIR", "LLVMKit", "Codegen",
                                               .product(name: "Atomics", package: "swift-atomics")]),
        .target(name: "Autodiff", dependencies: ["GraphIR"]),
        .target(name: "Training", dependencies: ["GraphIR", "Autodiff"]),
        .target(name: "GraphJIT", dependencies: ["GraphIR", "Formats", "ONNX", "Passes", "Plan", "Codegen", "Runtime", "LLVMKit", "Autodiff", "Training", "Datasets",
                                               .product(name: "Crypto", package: "swift-crypto")]),
        // Pictures: SVG layout around PNGs of colours the generated code computed (GraphJIT's Heatmap).
        .target(name: "Figures", dependencies: ["GraphJIT", "GraphIR", "Formats", "CZlib"]),
        .executableTarget(name: "graphjit-bench", dependencies: ["GraphJIT", "GraphIR"]),
        .executableTarget(name: "graphjit", dependencies: [
            "GraphJIT", "Figures", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Test-only naive evaluator: the oracle the generated code is checked against.
        .target(name: "Reference", dependencies: ["GraphIR"], path: "Tests/Reference"),
        .testTarget(name: "GraphIRTests", dependencies: ["GraphIR"]),
        .testTarget(name: "FormatsTests", dependencies: ["Formats", "GraphIR"]),
        .testTarget(name: "ONNXTests", dependencies: ["ONNX", "Formats", "GraphIR"]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets", "Formats", "GraphIR"]),
        .testTarget(name: "PassesTests", dependencies: ["Passes", "GraphIR", "Reference"]),
        .testTarget(name: "CodegenTests", dependencies: ["Codegen", "Runtime", "LLVMKit", "Plan", "GraphIR", "Reference"]),
        .testTarget(name: "GraphJITTests", dependencies: ["GraphJIT", "GraphIR", "LLVMKit", "Plan", "Reference"]),
        .testTarget(name: "CLITests", dependencies: ["GraphJIT"]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "GraphJIT", "GraphIR", "CZlib"]),
        .testTarget(name: "AutodiffTests", dependencies: ["Autodiff", "GraphIR", "Reference", "Formats"]),
    ]
)
