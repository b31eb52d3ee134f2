import Formats
import GraphIR

/// Kaggle's "Digit Recognizer" CSV files: a header `label,pixel0,...,pixel783` then one image per
/// line (the training file), or the same without the label column (the test file). Pixels are
/// integers 0-255. The header is optional: without it, the column count tells whether there are
/// labels. gzipped files are accepted. Errors are `FILE:LINE:COLUMN: message`.
public enum KaggleCSV {
    /// A parsed file: raw pixels `[N, imageShape...]` and, when the file has them, int32 labels `[N]`.
    public struct Contents: Hashable, Sendable {
        public var pixels: ByteTensor
        public var labels: Tensor?
    }

    /// Reads the file at `path`; labels are checked to be in `0..<classCount` (nil accepts any Int32).
    public static func read(path: String, imageShape: [Int] = [28, 28], classCount: Int? = 10) throws -> Contents {
        var bytes = try FileIO.readFile(path: path)
        if Gzip.isGzip(bytes) { bytes = try Gzip.decompress(bytes, filename: path) }
        return try parse(bytes, filename: path, imageShape: imageShape, classCount: classCount)
    }

    /// A labelled file as a dataset of float32 images (scaled by `scaling`, laid out as `layout`) and int32 labels.
    public static func loadDataset(path: String, scaling: PixelScaling = .unitInterval, layout: ImageLayout = .nhwc,
                                   imageShape: [Int] = [28, 28], classCount: Int? = 10) throws -> Dataset {
        let contents = try read(path: path, imageShape: imageShape, classCount: classCount)
        guard let labels = contents.labels else {
            throw FormatError(file: path, "has no label column (its header does not start with 'label'); read it with loadImages")
        }
        return try Dataset(images: scaling.images(contents.pixels, layout: layout), labels: labels)
    }

    /// The images of a file (labelled or not) as float32, scaled by `scaling` and laid out as `layout`.
    public static func loadImages(path: String, scaling: PixelScaling = .unitInterval, layout: ImageLayout = .nhwc,
                                  imageShape: [Int] = [28, 28]) throws -> Tensor {
        try scaling.images(read(path: path, imageShape: imageShape, classCount: nil).pixels, layout: layout)
    }

    /// Parses the bytes of a CSV file; `filename` is used in errors.
    public static func parse(_ bytes: [UInt8], filename: String, imageShape: [Int] = [28, 28],
                             classCount: Int? = 10) throws -> Contents {
        var parser = CSVParser(bytes: bytes, filename: filename)
        let perImage: Int
        do { perImage = try checkedElementCount(imageShape) } catch let e as ShapeError {
            throw FormatError(file: filename, "image shape: \(e.message)")
        }
        var hasLabels: Bool?
        var pixels: [UInt8] = []
        var labels: [Int32] = []
        pixels.reserveCapacity(bytes.count / 2)
        var row: [CSVParser.Field] = []
        while try parser.nextRow(into: &row) {
            if hasLabels == nil {
                if row.first.map({ parser.isNumber($0) }) == false {
                    // The header: names, not numbers.
                    let first = parser.text(row[0]).lowercased()
                    let labelled = first == "label"
                    let pixelColumns = row.count - (labelled ? 1 : 0)
                    guard pixelColumns == perImage else {
                        throw parser.error(at: row[0], "the header names \(pixelColumns) pixel columns, images of \(formatShape(imageShape)) need \(perImage)")
                    }
                    hasLabels = labelled
                    continue
                }
                switch row.count {
                case perImage + 1: hasLabels = true
                case perImage: hasLabels = false
                default:
                    throw parser.error(at: row[0], "\(row.count) columns; expected \(perImage) pixels, with or without a label column first")
                }
            }
            let labelled = hasLabels == true
            let expected = perImage + (labelled ? 1 : 0)
            guard row.count == expected else {
                let at = row.count > expected ? row[expected] : row[row.count - 1]
                throw parser.error(at: at, "\(row.count) columns, expected \(expected)")
            }
            var first = 0
            if labelled {
                let value = try parser.integer(row[0], what: "label")
                if let classCount, value < 0 || value >= classCount {
                    throw parser.error(at: row[0], "label \(value) is outside 0..<\(classCount)")
                }
                guard let label = Int32(exactly: value) else { throw parser.error(at: row[0], "label \(value) does not fit in int32") }
                labels.append(label)
                first = 1
            }
            for field in row[first...] {
                let value = try parser.integer(field, what: "pixel")
                guard value >= 0, value <= 255 else { throw parser.error(at: field, "pixel value \(value) is outside 0...255") }
                pixels.append(UInt8(value))
            }
        }
        let count = pixels.count / max(perImage, 1)
        return Contents(pixels: ByteTensor(shape: [count] + imageShape, bytes: pixels),
                        labels: hasLabels == true ? Tensor(shape: [count], int32s: labels) : nil)
    }
}

/// Splits CSV bytes into rows of fields (no quoting: the files hold only numbers and names),
/// tracking line numbers for errors. Blank lines are skipped; `\r\n` line ends are accepted.
struct CSVParser {
    /// A field: its byte range and where it starts.
    struct Field {
        var start: Int
        var end: Int
        var line: Int
        var column: Int
    }

    let bytes: [UInt8]
    let filename: String
    private var pos = 0
    private var line = 0

    init(bytes: [UInt8], filename: String) {
        self.bytes = bytes
        self.filename = filename
    }

    /// Fills `row` with the next non-blank line's fields; false at end of file.
    mutating func nextRow(into row: inout [Field]) throws -> Bool {
        while pos < bytes.count {
            line += 1
            let lineStart = pos
            var end = pos
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            pos = end + 1
            var lineEnd = end
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if bytes[lineStart..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            row.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            var i = lineStart
            while true {
                if i == lineEnd || bytes[i] == 0x2C {
                    row.append(Field(start: fieldStart, end: i, line: line, column: fieldStart - lineStart + 1))
                    if i == lineEnd { break }
                    fieldStart = i + 1
                }
                i += 1
            }
            return true
        }
        return false
    }

    func text(_ field: Field) -> String {
        String(decoding: bytes[field.start..<field.end], as: UTF8.self).trimmingSpaces
    }

    /// True when the field (spaces aside) is an optionally signed decimal integer.
    func isNumber(_ field: Field) -> Bool {
        let t = text(field)
        let digits = t.hasPrefix("-") || t.hasPrefix("+") ? t.dropFirst() : Substring(t)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The field as an integer (surrounding spaces allowed), or an error naming `what`.
    func integer(_ field: Field, what: String) throws -> Int {
        var i = field.start, end = field.end
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        var negative = false
        if i < end, bytes[i] == 0x2D || bytes[i] == 0x2B {
            negative = bytes[i] == 0x2D
            i += 1
        }
        guard i < end else {
            throw error(at: field, field.start == field.end ? "empty \(what) field" : "\(what) '\(text(field))' is not an integer")
        }
        var value = 0
        while i < end {
            let d = Int(bytes[i]) - 0x30
            guard d >= 0, d <= 9 else { throw error(at: field, "\(what) '\(text(field))' is not an integer") }
            guard value < 1 << 40 else { throw error(at: field, "\(what) '\(text(field))' is too large") }
            value = value * 10 + d
            i += 1
        }
        return negative ? -value : value
    }

    func error(at field: Field, _ message: String) -> FormatError {
        FormatError(file: filename, .text(line: field.line, column: field.column), message)
    }
}

private extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}
