import GraphIR
import XCTest
@testable import Formats

/// Mutated graphs must be rejected with an error or imported, never crash the process.
final class FuzzTests: XCTestCase {
    /// The every-op graph plus small TensorFlow-written ones (large ones only slow the mutation loops).
    private func seeds() throws -> [GraphDef] {
        var defs = [GraphDefExporter.graphDef(from: try ExporterTests.everyOpGraph())]
        for name in ["cnn", "const_encodings", "conv_nchw_explicit_d2", "sum_negative_axes_keepdims"] {
            let path = fixturesDirectory.appendingPathComponent("tf/\(name)/graph.pbtxt").path
            defs.append(try GraphDefFile.readGraphDef(path: path))
        }
        return defs
    }

    private func importSurvives(_ body: () throws -> Graph) {
        do {
            _ = try body()
        } catch is FormatError {
        } catch is GraphError {
        } catch is UnsupportedOpsError {
        } catch {
            XCTFail("unexpected error type \(type(of: error)): \(error)")
        }
    }

    func testMutatedTextNeverCrashes() throws {
        var rng = SplitMix64(state: 7)
        let alphabet = Array("{}<>[]:;,\"'\\-.0123456789eEfx_ #\nabcDT_FLOAT".utf8)
        for seed in try seeds() {
            let text = Array(seed.textFormat.utf8)
            for _ in 0..<300 {
                var bytes = text
                for _ in 0...rng.below(3) {
                    let i = rng.below(bytes.count)
                    switch rng.below(3) {
                    case 0: bytes[i] = alphabet[rng.below(alphabet.count)]
                    case 1: bytes.remove(at: i)
                    default: bytes.insert(alphabet[rng.below(alphabet.count)], at: i)
                    }
                }
                importSurvives { try GraphDefImporter.graph(from: GraphDef(textBytes: bytes, filename: "fuzz.pbtxt")) }
            }
        }
    }

    func testMutatedBinaryNeverCrashes() throws {
        var rng = SplitMix64(state: 11)
        for seed in try seeds() {
            let binary = seed.binaryFormat
            for _ in 0..<300 {
                var bytes = binary
                for _ in 0...rng.below(3) { bytes[rng.below(bytes.count)] = UInt8(truncatingIfNeeded: rng.next()) }
                importSurvives { try GraphDefFile.decode(binary: bytes, filename: "fuzz.pb") }
            }
        }
    }

    /// Numeric attributes set to extreme values, one at a time, on every node that has them.
    func testExtremeAttributeValuesNeverCrash() throws {
        let extremes: [Int64] = [0, -1, -2, 1 << 31, 1 << 40, 1 << 62, .max, .min]
        for seed in try seeds() {
            for (n, node) in seed.node.enumerated() {
                for (key, value) in node.attr {
                    for x in extremes {
                        var def = seed
                        switch value.value {
                        case .list(var l) where !l.i.isEmpty:
                            l.i[Int(x & 3) % l.i.count] = x
                            def.node[n].attr[key] = AttrValue(.list(l))
                        case .i:
                            def.node[n].attr[key] = AttrValue(.i(x))
                        case .shape(var s) where !s.dim.isEmpty:
                            s.dim[0].size = x
                            def.node[n].attr[key] = AttrValue(.shape(s))
                        case .tensor(var t):
                            t.tensorShape = TensorShapeProto(sizes: [Int(x), 2])
                            def.node[n].attr[key] = AttrValue(.tensor(t))
                        default:
                            continue
                        }
                        importSurvives { try GraphDefImporter.graph(from: def) }
                    }
                }
            }
        }
    }
}
