import GraphIR
import XCTest

/// The layout ops of the op matrix, JIT against the Reference, one test per family.
final class LayoutMatrixTests: XCTestCase {
    func testPad() { runMatrix(OpMatrix.pad) }
    func testConcat() { runMatrix(OpMatrix.concat) }
    func testPack() { runMatrix(OpMatrix.pack) }
    func testSplit() { runMatrix(OpMatrix.split) }
    func testUnpack() { runMatrix(OpMatrix.unpack) }
    func testSqueezeAndExpandDims() { runMatrix(OpMatrix.squeezeAndExpand) }
    func testSlice() { runMatrix(OpMatrix.slice) }
    func testStridedSlice() { runMatrix(OpMatrix.stridedSlice) }
    func testTile() { runMatrix(OpMatrix.tile) }
    func testGather() { runMatrix(OpMatrix.gather) }
    func testGatherGrad() { runMatrix(OpMatrix.gatherGrad) }

    /// Every layout op, pad mode, split form and StridedSlice mask appears, each op with every dtype.
    func testLayoutCasesCoverEveryOpAndAttribute() {
        let cases = OpMatrix.layout
        func has(_ test: (Op) -> Bool) -> Bool { cases.contains { test($0.op) } }
        for mode in PadMode.allCases {
            XCTAssertTrue(has { if case .pad(_, _, mode) = $0 { return true } else { return false } }, "no \(mode) pad")
        }
        XCTAssertTrue(has { if case .split(_, .equal) = $0 { return true } else { return false } })
        XCTAssertTrue(has { if case .split(_, .sizes(let s)) = $0 { return s.contains(-1) } else { return false } })
        let specs = cases.compactMap { c -> StridedSliceSpec? in if case .stridedSlice(let s) = c.op { return s } else { return nil } }
        for mask in [\StridedSliceSpec.beginMask, \.endMask, \.ellipsisMask, \.newAxisMask, \.shrinkAxisMask] {
            XCTAssertTrue(specs.contains { $0[keyPath: mask] != 0 }, "no case sets \(mask)")
        }
        XCTAssertTrue(specs.contains { $0.strides.contains { $0 < 0 } })
        XCTAssertTrue(has { if case .gather(_, let b) = $0 { return b > 0 } else { return false } })
        let families: [(String, (Op) -> Bool)] = [
            ("pad", { if case .pad = $0 { return true } else { return false } }),
            ("concat", { if case .concat = $0 { return true } else { return false } }),
            ("split", { if case .split = $0 { return true } else { return false } }),
            ("slice", { if case .slice = $0 { return true } else { return false } }),
            ("tile", { if case .tile = $0 { return true } else { return false } }),
            ("pack", { if case .pack = $0 { return true } else { return false } }),
            ("unpack", { if case .unpack = $0 { return true } else { return false } }),
            ("gather", { if case .gather = $0 { return true } else { return false } }),
        ]
        for (name, test) in families {
            for d in DType.allCases {
                XCTAssertTrue(cases.contains { test($0.op) && $0.inputs[0].dtype == d }, "no \(name) of \(d)")
            }
        }
        print("layout matrix: \(cases.count) cases")
    }
}
