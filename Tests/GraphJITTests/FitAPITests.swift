import GraphIR
import GraphJIT
import XCTest

/// The nolearn-style flow in Swift: layers -> graph (saved as .pbtxt) -> fit -> predict; and a
/// gradient through the public API.
final class FitAPITests: XCTestCase {
    func testLayersFitPredictAndSave() throws {
        let net = Network([.input(height: 28, width: 28, channels: 1), .conv(filters: 8, size: 3), .maxPool(size: 2),
                           .dense(units: 32), .dense(units: 10, nonlinearity: .softmax)])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("net-\(UUID().uuidString).pbtxt").path
        try net.save(to: file)
        let model = try Model(contentsOf: file)
        XCTAssertEqual(model.learnableParameterCount, (9 * 8 + 8) + (13 * 13 * 8 * 32 + 32) + (32 * 10 + 10))
        let data = try TrainingData.load(TrainingTests.mnistDirectory)
        let trainer = try Trainer(model: model, output: net.outputName,
                                  configuration: TrainingConfiguration(optimizer: .adamDefaults, learningRate: 0.002, seed: 5))
        var seen: [Int] = []
        let history = try trainer.fit(try data.train.slice(0..<2_000), validation: try data.train.slice(50_000..<50_500),
                                      epochs: 2, batchSize: 100) { seen.append($0.epoch) }
        XCTAssertEqual(seen, [1, 2])
        XCTAssertEqual(history.count, 2)
        XCTAssertLessThan(history[1].trainLoss, history[0].trainLoss)
        XCTAssertGreaterThan(history[1].validAccuracy, 0.7)
        let probs = try trainer.predict(try data.train.slice(50_000..<50_010).images)
        XCTAssertEqual(probs.shape, [10, 10])
        for row in 0..<10 {
            let sum = (0..<10).reduce(0.0) { $0 + probs.double(at: row * 10 + $1) }
            XCTAssertEqual(sum, 1, accuracy: 1e-5)
        }
    }

    func testLoadingWeightsChecksNamesAndShapes() throws {
        let net = Network([.input(height: 4, width: 4, channels: 1), .dense(units: 3, nonlinearity: .softmax)])
        let trainer = try Trainer(model: Model(graph: net.graph()), output: net.outputName)
        XCTAssertThrowsError(try trainer.load(["nosuch/W": Tensor(shape: [16, 3], floats: Array(repeating: 0, count: 48))]))
        XCTAssertThrowsError(try trainer.load(["dense1/W": Tensor(shape: [3, 16], floats: Array(repeating: 0, count: 48))]))
        try trainer.load(["dense1/W/velocity": Tensor(shape: [16, 3], floats: Array(repeating: 0, count: 48))])
        try trainer.load(["dense1/W": Tensor(shape: [16, 3], floats: Array(repeating: 1, count: 48))])
        XCTAssertEqual(try trainer.parameters()["dense1/W"]?.scalars(as: Float.self), Array(repeating: 1, count: 48))
    }

    func testGradientOfWorkedExample() throws {
        // f(x, y, z) = (x + y) * z at (-2, 5, -4): -12, gradients [-4, -4, 3].
        var g = Graph()
        let x = try g.add("x", .placeholder(dtype: .float32, shape: []))
        let y = try g.add("y", .placeholder(dtype: .float32, shape: []))
        let z = try g.add("z", .placeholder(dtype: .float32, shape: []))
        let q = try g.add("q", .binary(.add), [x, y])
        try g.add("f", .binary(.mul), [q, z])
        let feeds = ["x": Tensor(shape: [], floats: [-2]), "y": Tensor(shape: [], floats: [5]), "z": Tensor(shape: [], floats: [-4])]
        let model = Model(graph: g)
        XCTAssertEqual(try model.compile(outputs: ["f"]).run(feeds)["f"]?.scalars(as: Float.self), [-12])
        let grads = try model.gradient(of: "f", wrt: ["x", "y", "z"], feeds: feeds)
        XCTAssertEqual(grads["x"]?.scalars(as: Float.self), [-4])
        XCTAssertEqual(grads["y"]?.scalars(as: Float.self), [-4])
        XCTAssertEqual(grads["z"]?.scalars(as: Float.self), [3])
    }
}
