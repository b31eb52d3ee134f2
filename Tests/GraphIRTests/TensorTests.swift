import XCTest
@testable import GraphIR

final class TensorTests: XCTestCase {
    func testTypedInitialisersAndAccessors() throws {
        let f = Tensor(shape: [2, 2], floats: [1.5, -2, 0, 3.25])
        XCTAssertEqual(f.type, f32([2, 2]))
        XCTAssertEqual(f.elementCount, 4)
        XCTAssertEqual(f.bytes.count, 16)
        XCTAssertEqual(f.scalars(as: Float.self), [1.5, -2, 0, 3.25])
        XCTAssertEqual(f.doubles, [1.5, -2, 0, 3.25])
        XCTAssertEqual((0..<4).map(f.int(at:)), [1, -2, 0, 3], "floats truncate toward zero")

        let d = Tensor(shape: [1], doubles: [0.1])
        XCTAssertEqual(d.double(at: 0), 0.1)
        let i = Tensor(shape: [3], int32s: [-7, 0, .max])
        XCTAssertEqual((0..<3).map(i.int(at:)), [-7, 0, Int(Int32.max)])
        let l = Tensor(shape: [2], int64s: [.min, .max])
        XCTAssertEqual(l.int(at: 0), Int(Int64.min))
        XCTAssertEqual(l.int(at: 1), Int(Int64.max), "int64 is read exactly, not through Double")
        let b = Tensor(shape: [2], bools: [true, false])
        XCTAssertEqual(b.bytes, [1, 0])
        XCTAssertEqual(b.doubles, [1, 0])
        XCTAssertEqual(Tensor(shape: [], floats: [7]).elementCount, 1, "a scalar has one element")
    }

    func testIntOfNonFiniteFloatsIsClampedOrZero() {
        let t = Tensor(shape: [3], doubles: [.nan, .infinity, 1e30])
        XCTAssertEqual(t.int(at: 0), 0)
        XCTAssertEqual(t.int(at: 1), 0)
        XCTAssertEqual(t.int(at: 2), 9_000_000_000_000_000_000)
    }

    func testByteInitialiserChecksTheLength() throws {
        XCTAssertNoThrow(try Tensor(dtype: .int64, shape: [2], bytes: Array(repeating: 0, count: 16)))
        XCTAssertThrowsError(try Tensor(dtype: .int64, shape: [2], bytes: Array(repeating: 0, count: 15))) { error in
            XCTAssertEqual("\(error)", "15 bytes do not hold a int64[2] tensor")
        }
        XCTAssertThrowsError(try Tensor(dtype: .float32, shape: [-1], bytes: []))
        XCTAssertThrowsError(try Tensor(zeros: .float32, shape: [1 << 30, 1 << 30])) { error in
            XCTAssertTrue("\(error)".contains("more than 2^36 elements"))
        }
    }

    func testZerosAndReshape() throws {
        let z = try Tensor(zeros: .float64, shape: [2, 0, 3])
        XCTAssertEqual(z.elementCount, 0)
        let t = try Tensor(zeros: .int32, shape: [2, 3])
        XCTAssertEqual(t.bytes, Array(repeating: 0, count: 24))
        let r = try t.reshaped([3, 2])
        XCTAssertEqual(r.shape, [3, 2])
        XCTAssertEqual(r.bytes, t.bytes)
        XCTAssertThrowsError(try t.reshaped([4, 2]))
        XCTAssertEqual("\(t)", "Tensor(int32[2,3])")
    }

    func testEqualityIsByBytes() {
        XCTAssertEqual(Tensor(shape: [1], floats: [.nan]), Tensor(shape: [1], floats: [.nan]))
        XCTAssertNotEqual(Tensor(shape: [1], floats: [0]), Tensor(shape: [1], floats: [-0.0]))
        XCTAssertNotEqual(Tensor(shape: [2], floats: [1, 2]), Tensor(shape: [2, 1], floats: [1, 2]))
    }

    func testTensorTypeAndShapeHelpers() throws {
        XCTAssertEqual(TensorType(.float64, [2, 3]).byteCount, 48)
        XCTAssertEqual(TensorType(.bool, [5]).byteCount, 5)
        XCTAssertNil(TensorType(.float32, [-1, 3]).elementCount)
        XCTAssertNil(TensorType(.float32, nil).byteCount)
        XCTAssertFalse(TensorType(.float32, nil).isStatic)
        XCTAssertTrue(TensorType(.float32, []).isStatic)
        XCTAssertEqual(TensorType(.float32, []).elementCount, 1)
        XCTAssertEqual(TensorType(.int32, nil).rank, nil)
        XCTAssertEqual("\(TensorType(.int32, [-1, 4]))", "int32[?,4]")
        XCTAssertEqual(formatShape(nil), "[*]")
        XCTAssertEqual(try checkedElementCount([3, 0, 5]), 0)
        XCTAssertThrowsError(try checkedElementCount([Int.max, 2])) { error in
            XCTAssertTrue("\(error)".contains("more than 2^36"))
        }
        XCTAssertEqual(DType.allCases.map(\.byteSize), [4, 8, 4, 8, 1])
    }

    /// Storages of 8 MiB and more start on a 2 MiB boundary (so Linux can back them with huge
    /// pages); smaller ones on a cache line; either way the bytes are the ones given.
    func testLargeStoragesAreHugePageAligned() {
        let large = TensorStorage(copying: [UInt8](repeating: 7, count: 9 << 20))
        XCTAssertEqual(Int(bitPattern: large.address) % (1 << 21), 0)
        XCTAssertEqual(large.count, 9 << 20)
        XCTAssertEqual(large.address.load(fromByteOffset: (9 << 20) - 1, as: UInt8.self), 7)
        let small = TensorStorage(zeros: 100)
        XCTAssertEqual(Int(bitPattern: small.address) % TensorStorage.alignment, 0)
        XCTAssertEqual(small.count, 100)
    }
}
