import GraphIR

extension Tensor {
    /// NumPy-style text: nested brackets, one innermost row per line; tensors with more than
    /// `limit` elements show their first and last rows with `...` between.
    public func formatted(limit: Int = 1000) -> String {
        if shape.isEmpty { return formatScalar(double(at: 0), dtype) }
        let rows = shape.count == 1 ? 1 : shape.dropLast().reduce(1, *)
        let rowLength = shape.last ?? 1
        let summarise = elementCount > limit
        func row(_ r: Int) -> String {
            let start = r * rowLength
            let items: [String]
            if summarise && rowLength > 6 {
                items = (0..<3).map { formatScalar(double(at: start + $0), dtype) } + ["..."]
                    + (rowLength - 3..<rowLength).map { formatScalar(double(at: start + $0), dtype) }
            } else {
                items = (0..<rowLength).map { formatScalar(double(at: start + $0), dtype) }
            }
            return "[" + items.joined(separator: ", ") + "]"
        }
        if shape.count == 1 { return row(0) }
        // Brackets open and close where a row index crosses an outer dimension boundary.
        let outer = Array(shape.dropLast())
        var lines: [String] = []
        let shown: [Int] = summarise && rows > 6 ? Array(0..<3) + [-1] + Array(rows - 3..<rows) : Array(0..<rows)
        for r in shown {
            if r < 0 { lines.append(String(repeating: " ", count: outer.count) + "..."); continue }
            var opening = 0, closing = 0, stride = 1
            for d in outer.indices.reversed() {
                stride *= outer[d]
                if r % stride == 0 { opening += 1 }
                if (r + 1) % stride == 0 { closing += 1 }
            }
            let prefix = String(repeating: " ", count: outer.count - opening) + String(repeating: "[", count: opening)
            lines.append(prefix + row(r) + String(repeating: "]", count: closing))
        }
        return lines.joined(separator: "\n")
    }
}
