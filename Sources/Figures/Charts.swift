import Foundation
import GraphIR

/// Line charts (a training history's loss and accuracy curves) and a labelled matrix (a confusion
/// matrix): axes, ticks and curves are SVG; the matrix's colours are `Heatmap` pixels.
extension Figure {
    public struct Series {
        public var name: String
        public var points: [(x: Double, y: Double)]
        public var color: String
        public var dashed: Bool
        public init(name: String, points: [(x: Double, y: Double)], color: String, dashed: Bool = false) {
            self.name = name
            self.points = points
            self.color = color
            self.dashed = dashed
        }
    }

    public struct Chart {
        public var title: String
        public var xLabel: String, yLabel: String
        public var series: [Series]
        public init(title: String, xLabel: String, yLabel: String, series: [Series]) {
            self.title = title
            self.xLabel = xLabel
            self.yLabel = yLabel
            self.series = series
        }
    }

    /// Charts side by side under a title, each with axes, ticks, a light grid and a legend.
    public static func charts(title: String, subtitle: String? = nil, _ charts: [Chart]) throws -> Figure {
        guard !charts.isEmpty, charts.contains(where: { $0.series.contains { !$0.points.isEmpty } }) else {
            throw FigureError("nothing to plot: no points")
        }
        let panelWidth = 380.0, panelHeight = 280.0, top = subtitle == nil ? 40.0 : 56
        var svg = SVG(width: panelWidth * Double(charts.count) + 20, height: top + panelHeight + 20)
        svg.text(title, x: svg.width / 2, y: 24, size: 15, anchor: .middle, bold: true)
        if let subtitle { svg.text(subtitle, x: svg.width / 2, y: 42, size: 11, anchor: .middle, color: "#555") }
        for (i, chart) in charts.enumerated() {
            draw(chart, in: &svg, x: 10 + Double(i) * panelWidth, y: top, width: panelWidth, height: panelHeight)
        }
        return Figure(svg: svg)
    }

    static func draw(_ chart: Chart, in svg: inout SVG, x: Double, y: Double, width: Double, height: Double) {
        let left = x + 62, right = x + width - 16, top = y + 24, bottom = y + height - 44
        let points = chart.series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
        var (x0, x1) = (points.map(\.x).min() ?? 0, points.map(\.x).max() ?? 1)
        var (y0, y1) = (points.map(\.y).min() ?? 0, points.map(\.y).max() ?? 1)
        if x1 <= x0 { x0 -= 0.5; x1 += 0.5 }
        if y1 <= y0 { y0 -= abs(y0) * 0.05 + 0.05; y1 += abs(y1) * 0.05 + 0.05 }
        let pad = (y1 - y0) * 0.06
        y0 -= pad; y1 += pad
        func px(_ v: Double) -> Double { left + (v - x0) / (x1 - x0) * (right - left) }
        func py(_ v: Double) -> Double { bottom - (v - y0) / (y1 - y0) * (bottom - top) }
        svg.text(chart.title, x: (left + right) / 2, y: y + 14, size: 12, anchor: .middle, bold: true)
        for t in niceTicks(y0, y1, count: 5) {
            svg.line(left, py(t), right, py(t), color: "#e4e4e4")
            svg.text(tickLabel(t), x: left - 6, y: py(t) + 4, size: 10, anchor: .end)
        }
        let xTicks = niceTicks(x0, x1, count: 6).filter { x1 - x0 > 6 || $0 == $0.rounded() }
        for t in xTicks {
            svg.line(px(t), bottom, px(t), bottom + 4)
            svg.text(tickLabel(t), x: px(t), y: bottom + 16, size: 10, anchor: .middle)
        }
        svg.line(left, bottom, right, bottom)
        svg.line(left, top, left, bottom)
        svg.text(chart.xLabel, x: (left + right) / 2, y: bottom + 34, size: 11, anchor: .middle)
        svg.text(chart.yLabel, x: x + 14, y: (top + bottom) / 2, size: 11, anchor: .middle, rotate: -90)
        for (k, s) in chart.series.enumerated() {
            let pts = s.points.filter { $0.x.isFinite && $0.y.isFinite }.map { (px($0.x), py($0.y)) }
            if pts.count > 1 { svg.polyline(pts, color: s.color, dashed: s.dashed) }
            for p in pts where pts.count <= 60 { svg.circle(x: p.0, y: p.1, radius: 2.5, color: s.color) }
            let ly = top + 8 + Double(k) * 16
            svg.line(right - 120, ly, right - 100, ly, color: s.color, width: 2, dashed: s.dashed)
            svg.text(s.name, x: right - 95, y: ly + 4, size: 10)
        }
    }

    /// A square matrix of coloured cells (`pixels`: `Heatmap` colours, one `cell`-point square per
    /// entry) with each entry's number written in it, row and column labels and axis titles.
    public static func matrix(title: String, subtitle: String? = nil, pixels: Tensor, numbers: [[String]], labels: [String],
                              rowTitle: String, columnTitle: String, colorBar: ColorBar? = nil) throws -> Figure {
        let n = numbers.count
        guard n > 0, labels.count == n, numbers.allSatisfy({ $0.count == n }) else { throw FigureError("a matrix needs n x n numbers and n labels") }
        let cell = max(26.0, min(48.0, 480.0 / Double(n)))
        let top = subtitle == nil ? 70.0 : 86, left = 80.0
        let side = cell * Double(n)
        var svg = SVG(width: left + side + (colorBar == nil ? 30 : 110), height: top + side + 30)
        svg.text(title, x: svg.width / 2, y: 24, size: 15, anchor: .middle, bold: true)
        if let subtitle { svg.text(subtitle, x: svg.width / 2, y: 42, size: 11, anchor: .middle, color: "#555") }
        svg.image(png: try PNG.encode(pixels), x: left, y: top, width: side, height: side)
        svg.text(columnTitle, x: left + side / 2, y: top - 26, size: 11, anchor: .middle)
        svg.text(rowTitle, x: 18, y: top + side / 2, size: 11, anchor: .middle, rotate: -90)
        let size = min(12, cell / 3)
        for i in 0..<n {
            svg.text(labels[i], x: left + (Double(i) + 0.5) * cell, y: top - 8, size: 10, anchor: .middle)
            svg.text(labels[i], x: left - 8, y: top + (Double(i) + 0.5) * cell + 4, size: 10, anchor: .end)
            for j in 0..<n {
                // Numbers stay readable on dark and light cells alike: white with a dark edge.
                let cx = left + (Double(j) + 0.5) * cell, cy = top + (Double(i) + 0.5) * cell + size / 3
                svg.text(numbers[i][j], x: cx + 0.6, y: cy + 0.6, size: size, anchor: .middle, color: "#000")
                svg.text(numbers[i][j], x: cx, y: cy, size: size, anchor: .middle, color: "#fff")
            }
        }
        if let bar = colorBar { try drawColorBar(bar, in: &svg, x: left + side + 18, y: top, height: side) }
        return Figure(svg: svg)
    }
}
