import ArgumentParser
import Figures
import Foundation
import GraphIR
import GraphJIT

/// What `saliency` and `occlusion` share: the model and its weights, one image (a file, or an
/// image of a data set) and the class to explain.
struct ImageSelection: ParsableArguments {
    @Option(name: .long, help: "The image as .npy: the input's shape after the batch dimension (e.g. 28,28,1), or with a batch of 1; for ONNX, NCHW (1,28,28) or NHWC.")
    var input: String?

    @Option(name: .long, help: "An MNIST directory or Kaggle CSV to take the image from (its test images when it has them), with --index.")
    var data: String?

    @Option(name: .long, help: "With --data: which image (0 is the first).")
    var index: Int?

    @Option(name: .customLong("class"), help: "The class to explain (default: the predicted class).")
    var classIndex: Int?

    @Option(name: .long, help: "The prediction node (default: the node nothing consumes); a Softmax's input gives the class scores.")
    var output: String?

    /// The image and, from a data set, its label.
    func image(for classifier: Classifier) throws -> (image: Tensor, label: Int?, source: String) {
        switch (input, data) {
        case let (path?, nil):
            guard index == nil else { throw ValidationError("--index picks an image of --data; with --input the file is the image") }
            // As the analyses take it: NHWC with a batch of 1 (an ONNX image may come NCHW).
            return (try classifier.batchOfOne(try TensorFile.read(path: path)), nil, (path as NSString).lastPathComponent)
        case let (nil, dir?):
            guard let index else { throw ValidationError("--data needs --index K: which image to use") }
            let (train, test) = try TrainingData.load(dir)
            let set = test ?? train
            guard index >= 0, index < set.count else {
                throw ValidationError("--index \(index) is out of range: the \(test == nil ? "training" : "test") set has \(set.count) images (0 to \(set.count - 1))")
            }
            let one = try set.slice(index..<(index + 1)).reshapingImages(to: classifier.imageShape)
            return (one.images, one.labels.int(at: 0), "\(test == nil ? "training" : "test") image \(index)")
        case (nil, nil):
            throw ValidationError("give the image: --input IMAGE.npy, or --data DIR --index K")
        case (_?, _?):
            throw ValidationError("give one image: --input or --data, not both")
        }
    }
}

/// `-o FILE.png|.svg` and where the numbers go beside it.
struct PictureOutput: ParsableArguments {
    @Option(name: .customShort("o"), help: ArgumentHelp("The picture to write: .png (rendered by rsvg-convert) or .svg.", valueName: "picture"))
    var picture: String

    @Option(name: .long, help: "Where to write the numbers as .npy (default: the picture's name with .npy).")
    var npy: String?

    func check() throws { try checkPictureName(picture) }

    var numbersPath: String {
        npy ?? ((picture as NSString).deletingPathExtension + ".npy")
    }
}

/// "0.9731" for a probability, "12.4" for a score.
func formatValue(_ v: Double) -> String { String(format: abs(v) < 10 && (abs(v) >= 0.01 || v == 0) ? "%.4f" : "%.4g", v) }

/// A picture is written as `.png` or `.svg`: refused before any work otherwise.
func checkPictureName(_ path: String, flag: String = "-o") throws {
    let lower = path.lowercased()
    guard lower.hasSuffix(".png") || lower.hasSuffix(".svg") else {
        throw ValidationError("\(flag) \(path): the picture is written as .png or .svg")
    }
}
