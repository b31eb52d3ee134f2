import GraphIR
import Reference
import XCTest

final class ReferenceMatMulTests: XCTestCase {
    private let a = floats([2, 3], [1, 2, 3, 4, 5, 6])
    private let b = floats([3, 2], [7, 8, 9, 10, 11, 12])

    func testAllFourTransposeCombinations() throws {
        let product: [Double] = [58, 64, 139, 154]
        let aT = floats([3, 2], [1, 4, 2, 5, 3, 6])
        let bT = floats([2, 3], [7, 9, 11, 8, 10, 12])
        assertTensor(try apply(.matMul(transposeA: false, transposeB: false), a, b), [2, 2], product)
        assertTensor(try apply(.matMul(transposeA: true, transposeB: false), aT, b), [2, 2], product)
        assertTensor(try apply(.matMul(transposeA: false, transposeB: true), a, bT), [2, 2], product)
        assertTensor(try apply(.matMul(transposeA: true, transposeB: true), aT, bT), [2, 2], product)
    }

    func testIntegerAndEmptyInnerDimension() throws {
        assertInts(try apply(.matMul(transposeA: false, transposeB: false),
                           Tensor(shape: [1, 2], int64s: [2, 3]), Tensor(shape: [2, 1], int64s: [4, 5])), [1, 1], [23])
        assertTensor(try apply(.matMul(transposeA: false, transposeB: false),
                             try Tensor(zeros: .float32, shape: [2, 0]), try Tensor(zeros: .float32, shape: [0, 3])),
                     [2, 3], [0, 0, 0, 0, 0, 0])
        XCTAssertThrowsError(try apply(.matMul(transposeA: false, transposeB: false), a, a))
    }
}

final class ReferenceSoftmaxTests: XCTestCase {
    func testRowsOverTheLastAxis() throws {
        let e1 = 1 / (1 + M_E + M_E * M_E)
        assertTensor(try apply(.softmax, Tensor(shape: [2, 3], doubles: [1, 2, 3, 5, 5, 5])), [2, 3],
                     [e1, e1 * M_E, e1 * M_E * M_E, 1.0 / 3, 1.0 / 3, 1.0 / 3], accuracy: 1e-15)
    }

    func testLargeValuesDoNotOverflow() throws {
        assertTensor(try apply(.softmax, floats([1, 2], [1000, 1000])), [1, 2], [0.5, 0.5])
        assertTensor(try apply(.softmax, floats([3], [-1000, 0, 1000])), [3], [0, 0, 1])
        assertTensor(try apply(.softmax, floats([2, 0], [])), [2, 0], [])
    }
}

final class ReferenceReduceTests: XCTestCase {
    private let x = floats([2, 3], [1, 2, 3, 4, 5, 6])

    func testSumMeanMaxWithAndWithoutKeepDims() throws {
        assertTensor(try apply(.reduce(.sum, axes: [0], keepDims: false), x), [3], [5, 7, 9])
        assertTensor(try apply(.reduce(.mean, axes: [1], keepDims: true), x), [2, 1], [2, 5])
        assertTensor(try apply(.reduce(.max, axes: [0, 1], keepDims: false), x), [], [6])
        assertTensor(try apply(.reduce(.max, axes: [0, 1], keepDims: true), x), [1, 1], [6])
        assertTensor(try apply(.reduce(.sum, axes: [], keepDims: false), x), [2, 3], [1, 2, 3, 4, 5, 6])
        let cube = Tensor(shape: [2, 2, 2], doubles: (0..<8).map(Double.init))
        assertTensor(try apply(.reduce(.sum, axes: [0, 2], keepDims: false), cube), [2], [0 + 1 + 4 + 5, 2 + 3 + 6 + 7])
    }

    func testEmptyReductions() throws {
        let empty = try Tensor(zeros: .float32, shape: [0, 2])
        assertTensor(try apply(.reduce(.sum, axes: [0], keepDims: false), empty), [2], [0, 0])
        assertTensor(try apply(.reduce(.mean, axes: [0], keepDims: false), empty), [2], [.nan, .nan])
        assertTensor(try apply(.reduce(.max, axes: [0], keepDims: false), empty), [2], [-.infinity, -.infinity])
        assertInts(try apply(.reduce(.max, axes: [0], keepDims: false), try Tensor(zeros: .int32, shape: [0])), [], [Int(Int32.min)])
        XCTAssertThrowsError(try apply(.reduce(.mean, axes: [0], keepDims: false), try Tensor(zeros: .int64, shape: [0])))
    }

    func testIntegerMeanTruncatesAndSumWraps() throws {
        assertInts(try apply(.reduce(.mean, axes: [0], keepDims: false), Tensor(shape: [2], int32s: [1, 2])), [], [1])
        assertInts(try apply(.reduce(.mean, axes: [0], keepDims: false), Tensor(shape: [2], int32s: [-1, -2])), [], [-1])
        assertInts(try apply(.reduce(.sum, axes: [0], keepDims: false), Tensor(shape: [2], int32s: [.max, 1])), [], [Int(Int32.min)])
    }

    func testFloat32SumAccumulatesInDouble() throws {
        assertTensor(try apply(.reduce(.sum, axes: [0], keepDims: false), floats([3], [1e8, 1, -1e8])), [], [1])
        assertTensor(try apply(.reduce(.max, axes: [0], keepDims: false), floats([2], [1, .nan])), [], [.nan])
    }
}
