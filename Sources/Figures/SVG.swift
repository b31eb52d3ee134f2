import Foundation

/// A small SVG document builder: the figures' layout (titles, axes, ticks, labels, where each
/// picture goes) is written as vector text; the pictures inside are PNGs whose pixels generated
/// code computed.
struct SVG {
    let width: Double, height: Double
    private var items: [String] = []
    static let font = "DejaVu Sans, Helvetica, Arial, sans-serif"

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
        items.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ s: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
                       bold: Bool = false, rotate: Double = 0, color: String = "#222") {
        let turn = rotate == 0 ? "" : " transform=\"rotate(\(f(rotate)) \(f(x)) \(f(y)))\""
        items.append("<text x=\"\(f(x))\" y=\"\(f(y))\" font-family=\"\(Self.font)\" font-size=\"\(f(size))\" fill=\"\(color)\""
                     + " text-anchor=\"\(anchor.rawValue)\"\(bold ? " font-weight=\"bold\"" : "")\(turn)>\(Self.escape(s))</text>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String = "none", stroke: String? = nil) {
        items.append("<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"\(fill)\""
                     + (stroke.map { " stroke=\"\($0)\" stroke-width=\"1\"" } ?? "") + "/>")
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, color: String = "#222", width: Double = 1, dashed: Bool = false) {
        items.append("<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(color)\" stroke-width=\"\(f(width))\""
                     + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>")
    }

    mutating func polyline(_ points: [(Double, Double)], color: String, width: Double = 2, dashed: Bool = false) {
        let list = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        items.append("<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(f(width))\""
                     + (dashed ? " stroke-dasharray=\"6 4\"" : "") + " stroke-linejoin=\"round\"/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, color: String) {
        items.append("<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(radius))\" fill=\"\(color)\"/>")
    }

    /// A PNG placed at its own pixel size scaled to `width` x `height`.
    mutating func image(png: [UInt8], x: Double, y: Double, width: Double, height: Double) {
        let data = Data(png).base64EncodedString()
        items.append("<image x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(height))\" preserveAspectRatio=\"none\""
                     + " xlink:href=\"data:image/png;base64,\(data)\"/>")
    }

    var document: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\">\n"
            + items.joined(separator: "\n") + "\n</svg>\n"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c.value < 0x20 ? " " : c)
            }
        }
        return out
    }

    private func f(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e9 ? String(Int(v)) : String(format: "%.2f", v)
    }
}

/// Tick values for an axis: 1, 2 or 5 times a power of ten, about `count` of them over [low, high].
func niceTicks(_ low: Double, _ high: Double, count: Int = 5) -> [Double] {
    guard high > low, low.isFinite, high.isFinite else { return [low] }
    let raw = (high - low) / Double(max(count, 1))
    let power = pow(10, floor(log10(raw)))
    let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? raw
    var ticks: [Double] = []
    var v = ceil(low / step) * step
    while v <= high + step * 1e-9 && ticks.count < 50 {
        ticks.append(abs(v) < step * 1e-9 ? 0 : v)
        v += step
    }
    return ticks
}

/// A tick label: few digits, scientific where the value is very small or large.
func tickLabel(_ v: Double) -> String {
    if v == 0 { return "0" }
    let a = abs(v)
    if a >= 1e5 || a < 1e-3 { return String(format: "%.1e", v) }
    var s = String(format: a >= 100 ? "%.0f" : a >= 1 ? "%.2f" : "%.3f", v)
    if s.contains(".") { while s.hasSuffix("0") { s.removeLast() }; if s.hasSuffix(".") { s.removeLast() } }
    return s
}
