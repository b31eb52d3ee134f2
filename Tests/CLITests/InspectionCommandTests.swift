import Foundation
import GraphIR
import GraphJIT
import XCTest

/// The inspection commands from the command line, as a user runs them on the shipped nets.
final class InspectionCommandTests: XCTestCase {
    func isPNG(_ path: String) -> Bool {
        (try? Data(contentsOf: URL(fileURLWithPath: path)).prefix(8)).map(Array.init) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    }

    func expectOK(_ args: [String], _ file: StaticString = #filePath, _ line: UInt = #line) throws -> String {
        let r = try graphjit(args)
        XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)", file: file, line: line)
        return r.stdout
    }

    func testEveryCommandOnTheSeedNet() throws {
        let dir = try temporaryFolder()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let (graph, weights) = try trainedNet(in: dir)
        let image = path("image.npy")
        try TensorFile.write(Tensor(shape: [28, 28, 1], floats: (0..<784).map { Float(($0 * 31) % 256) / 256 }), to: image)

        let saliency = try expectOK(["saliency", graph, "--weights", weights, "--data", mnistFolder, "--index", "0", "-o", path("s.png")])
        XCTAssertTrue(saliency.contains("true class 7"), saliency)
        XCTAssertTrue(isPNG(path("s.png")))
        XCTAssertEqual(try TensorFile.read(path: path("s.npy")).shape, [28, 28])

        _ = try expectOK(["occlusion", graph, "--weights", weights, "--input", image, "--class", "3", "--stride", "4", "-o", path("o.svg")])
        XCTAssertTrue(try String(contentsOfFile: path("o.svg"), encoding: .utf8).contains("<svg"))
        XCTAssertEqual(try TensorFile.read(path: path("o.npy")).shape, [7, 7])

        let erf = try expectOK(["erf", graph, "--layer", "conv2d3", "--images", "10", "-o", path("e.png")])
        XCTAssertTrue(erf.contains("at initialisation"), erf)
        XCTAssertTrue(erf.contains("theoretical receptive field: rows 10-19, columns 10-19 (10x10)"), erf)
        XCTAssertTrue(isPNG(path("e.png")))

        let hc = try expectOK(["hypercolumns", graph, "--weights", weights, "--layers", "conv2d1,conv2d3", "--input", image,
                               "-o", path("hc.npy"), "--png", path("hc.png")])
        XCTAssertTrue(hc.contains("conv2d3: [10,10,32]"), hc)
        XCTAssertEqual(try TensorFile.read(path: path("hc.npy")).shape, [28, 28, 64])
        XCTAssertTrue(isPNG(path("hc.png")))

        XCTAssertTrue(try expectOK(["plot", "filters", graph, "--weights", weights, "-o", path("f.png")]).contains("32 filters 5x5 of conv2d1/Conv2D"))
        _ = try expectOK(["plot", "activations", graph, "--weights", weights, "--layer", "conv2d3", "--input", image, "-o", path("a.png")])
        XCTAssertTrue(try expectOK(["plot", "loss", path("history.csv"), "-o", path("l.svg")]).contains("2 epochs"))
        XCTAssertTrue(try expectOK(["plot", "confusion", graph, "--weights", weights, "--data", mnistFolder, "--limit", "300", "-o", path("c.png")])
            .contains("on 300 images"))
        for name in ["f.png", "a.png", "c.png"] { XCTAssertTrue(isPNG(path(name)), name) }

        let history = try String(contentsOfFile: path("history.csv"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(history.first, "epoch,train_loss,valid_loss,train_valid_ratio,valid_accuracy,seconds")
        XCTAssertEqual(history.count, 3)

        let layers = try expectOK(["info", graph, "--layers", "-vv"])
        XCTAssertTrue(layers.contains("217,706 learnable parameters"), layers)
        XCTAssertTrue(layers.contains("cap.Y") && layers.contains("field X"), layers)
    }

    /// TensorFlow's layers are name scopes (`conv1/Conv2D`, `conv1/kernel`, `conv1/Relu`): each is a
    /// row, its output the scope's last node, its parameters the scope's weights.
    func testLayerTableOfATensorFlowGraph() throws {
        let table = try expectOK(["info", "graphs/cnn.pbtxt", "--layers", "-vv"])
        let rows = table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let conv1 = try XCTUnwrap(rows.first { $0.first == "conv1" }, table)
        XCTAssertEqual(Array(conv1.prefix(4)), ["conv1", "8x24x24", "4608", "208"])
        let conv2 = try XCTUnwrap(rows.first { $0.first == "conv2" }, table)
        XCTAssertEqual(Array(conv2.prefix(4)), ["conv2", "8x12x12", "1152", "584"])
        // conv2's receptive field: 5 + (3 - 1) * 2 after the 2x2 pool = 9 pixels.
        XCTAssertEqual(conv2.suffix(2), ["9", "9"])
        XCTAssertTrue(table.contains("10,370 learnable parameters"), table)
    }

    /// DOT text that Graphviz's own parser accepts, for the graph, its plan and its gradient.
    func testDotIsAcceptedByGraphviz() throws {
        let dir = try temporaryFolder()
        for extra in [[], ["--plan"], ["--grad"]] {
            let text = try expectOK(["dot", "graphs/cnn.pbtxt"] + extra)
            XCTAssertTrue(text.hasPrefix("digraph graphjit {"))
            XCTAssertTrue(text.contains("conv1/Conv2D\\nConv2D"), text)
            let file = dir.appendingPathComponent("g.dot")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
            p.arguments = ["-Tsvg", file.path, "-o", dir.appendingPathComponent("g.svg").path]
            let err = Pipe()
            p.standardError = err
            try p.run()
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }
        XCTAssertTrue(try expectOK(["dot", "graphs/cnn.pbtxt", "--plan"]).contains("subgraph cluster_"))
        XCTAssertTrue(try expectOK(["dot", "graphs/mnist_blog.pbtxt", "--grad"]).contains("training step"))
        _ = try expectOK(["dot", "graphs/cnn.pbtxt", "-o", dir.appendingPathComponent("net.png").path])
        XCTAssertTrue(isPNG(dir.appendingPathComponent("net.png").path))
    }

    func testBadArgumentsAreOneClearLine() throws {
        let dir = try temporaryFolder()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let cnn = "graphs/cnn.pbtxt"
        let image = path("x.npy"), small = path("small.npy"), notHistory = path("h.csv")
        try TensorFile.write(Tensor(shape: [28, 28, 1], floats: Array(repeating: 0.5, count: 784)), to: image)
        try TensorFile.write(Tensor(shape: [14, 14, 1], floats: Array(repeating: 0.5, count: 196)), to: small)
        try "a,b\n1,2\n".write(toFile: notHistory, atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["saliency", cnn, "--input", image, "--class", "10", "-o", path("s.png")], "class 10 is out of range"),
            (["saliency", cnn, "--input", small, "-o", path("s.png")], "takes images of [28,28,1]"),
            (["saliency", cnn, "--input", image, "-o", path("s.jpg")], ".png or .svg"),
            (["saliency", cnn, "-o", path("s.png")], "--input IMAGE.npy, or --data DIR --index K"),
            (["saliency", cnn, "--data", mnistFolder, "--index", "99999", "-o", path("s.png")], "--index 99999 is out of range"),
            (["occlusion", cnn, "--input", image, "--patch", "0", "-o", path("o.png")], "--patch"),
            (["erf", cnn, "--layer", "nope", "-o", path("e.png")], "no node named 'nope'"),
            (["erf", cnn, "--layer", "dense/Relu", "-o", path("e.png")], "not an image layer"),
            (["hypercolumns", cnn, "--layers", "conv1/Relu,nope", "--input", image, "-o", path("h.npy")], "no node named 'nope'"),
            (["plot", "filters", cnn, "--layer", "nope", "-o", path("f.png")], "no convolution named 'nope'"),
            (["plot", "activations", cnn, "--layer", "logits", "--input", image, "-o", path("a.png")], "not an image layer"),
            (["plot", "loss", notHistory, "-o", path("l.png")], "not a training history"),
            (["dot", cnn, "--grad", "--plan"], "choose one"),
            (["dot", cnn, "-o", path("g.pdf")], "write .dot"),
            (["info", cnn, "-v"], "--layers"),
        ]
        for (args, expected) in cases {
            let r = try graphjit(args)
            XCTAssertEqual(r.status, 1, "\(args): \(r.stdout)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.hasPrefix("graphjit: error:") && r.stderr.contains(expected), "\(args): \(r.stderr)")
        }
        for name in ["s.png", "s.jpg", "o.png", "e.png", "h.npy", "f.png", "a.png", "l.png", "g.pdf"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: path(name)), "\(name) written by a failing command")
        }
    }
}
