import Foundation
import Formats
import GraphIR

/// A picture to look at: SVG layout (titles, axes, labels, colour bars) around PNG images whose
/// pixels generated code computed. `write(to:)` saves it as `.svg`, or as `.png` rendered by
/// librsvg's `rsvg-convert` (Debian's `librsvg2-bin`), the field's SVG renderer.
public struct Figure {
    var svg: SVG

    /// The SVG text.
    public var svgText: String { svg.document }
    public var width: Double { svg.width }
    public var height: Double { svg.height }

    /// One picture of a grid: int32 `[H, W, 3]` colours (from `Heatmap`) and an optional caption.
    public struct Tile {
        public var pixels: Tensor
        public var caption: String?
        /// A rectangle drawn over the picture (a receptive field), as fractions of its width and height.
        public var outline: (x: Double, y: Double, width: Double, height: Double)?
        public init(pixels: Tensor, caption: String? = nil, outline: (x: Double, y: Double, width: Double, height: Double)? = nil) {
            self.pixels = pixels
            self.caption = caption
            self.outline = outline
        }
    }

    /// A colour scale shown beside the tiles: `Heatmap.colorBar` pixels and the values of its ends.
    public struct ColorBar {
        public var pixels: Tensor
        public var low: Double, high: Double
        public var label: String
        public init(pixels: Tensor, low: Double, high: Double, label: String) {
            self.pixels = pixels
            self.low = low
            self.high = high
            self.label = label
        }
    }

    /// Tiles in rows of `columns`, each drawn `tileWidth` points wide (its aspect kept), under a
    /// title, with captions under the tiles and, when given, a colour bar with ticks on the right.
    public static func grid(title: String, subtitle: String? = nil, tiles: [Tile], columns: Int? = nil,
                            tileWidth: Double = 160, colorBar: ColorBar? = nil) throws -> Figure {
        guard let first = tiles.first else { throw FigureError("nothing to draw: no pictures") }
        let cols = max(1, min(columns ?? tiles.count, tiles.count))
        let rows = (tiles.count + cols - 1) / cols
        let aspect = Double(first.pixels.shape[0]) / Double(max(first.pixels.shape[1], 1))
        let tileHeight = tileWidth * aspect
        let captioned = tiles.contains { $0.caption != nil }
        let gap = tiles.count > 1 ? max(4, tileWidth * 0.06) : 0, captionHeight = captioned ? 16.0 : 0
        let top = subtitle == nil ? 36.0 : 52, left = 16.0
        let barSpace = colorBar == nil ? 0.0 : 90
        let gridWidth = Double(cols) * tileWidth + Double(cols - 1) * gap
        let gridHeight = Double(rows) * (tileHeight + captionHeight) + Double(rows - 1) * gap
        // Wide enough for the title and subtitle (about 0.6 and 0.55 em per character).
        let textWidth = max(Double(title.count) * 15 * 0.62, Double(subtitle?.count ?? 0) * 11 * 0.56) + 2 * left
        var svg = SVG(width: max(left * 2 + gridWidth + barSpace, 260, textWidth), height: top + gridHeight + 16)
        svg.text(title, x: svg.width / 2, y: 22, size: 15, anchor: .middle, bold: true)
        if let subtitle { svg.text(subtitle, x: svg.width / 2, y: 40, size: 11, anchor: .middle, color: "#555") }
        for (i, tile) in tiles.enumerated() {
            let x = left + Double(i % cols) * (tileWidth + gap)
            let y = top + Double(i / cols) * (tileHeight + captionHeight + gap)
            let h = tileWidth * Double(tile.pixels.shape[0]) / Double(max(tile.pixels.shape[1], 1))
            svg.image(png: try PNG.encode(tile.pixels), x: x, y: y, width: tileWidth, height: h)
            if let o = tile.outline {
                svg.rect(x: x + o.x * tileWidth, y: y + o.y * h, width: o.width * tileWidth, height: o.height * h, stroke: "#39d353")
            }
            if let caption = tile.caption {
                svg.text(caption, x: x + tileWidth / 2, y: y + h + 12, size: min(11, max(7, tileWidth / 8)), anchor: .middle)
            }
        }
        if let bar = colorBar {
            let x = left + gridWidth + 18, height = min(max(gridHeight, 120), 360), y = top
            try drawColorBar(bar, in: &svg, x: x, y: y, height: height)
        }
        return Figure(svg: svg)
    }

    static func drawColorBar(_ bar: ColorBar, in svg: inout SVG, x: Double, y: Double, height: Double) throws {
        svg.image(png: try PNG.encode(bar.pixels), x: x, y: y, width: 14, height: height)
        svg.rect(x: x, y: y, width: 14, height: height, stroke: "#444")
        for v in niceTicks(bar.low, bar.high, count: 5) {
            let ty = y + height * (1 - (v - bar.low) / max(bar.high - bar.low, 1e-300))
            svg.line(x + 14, ty, x + 18, ty, color: "#444")
            svg.text(tickLabel(v), x: x + 21, y: ty + 4, size: 10)
        }
        svg.text(bar.label, x: x + 66, y: y + height / 2, size: 11, anchor: .middle, rotate: 90)
    }

    /// Writes the figure: `.svg` as it is, `.png` rendered by `rsvg-convert`; atomically either way
    /// (a failed render leaves any earlier file of that name as it was).
    public func write(to path: String) throws {
        let lower = path.lowercased()
        if lower.hasSuffix(".svg") {
            try FileIO.writeAtomically(Array(svgText.utf8), to: path)
        } else if lower.hasSuffix(".png") {
            try FileIO.writeAtomically(try renderPNG(), to: path)
        } else {
            throw FigureError("\(path): a picture is written as .png or .svg")
        }
    }

    /// The figure rendered as PNG by `rsvg-convert` (SVG on its standard input, PNG on its output).
    public func renderPNG() throws -> [UInt8] {
        guard let tool = Self.findTool("rsvg-convert") else {
            throw FigureError("writing PNG needs rsvg-convert (Debian package librsvg2-bin; scripts/install-deps.sh installs it), or name the file .svg")
        }
        return try Self.runTool(tool, arguments: ["--format", "png", "--background-color", "white"], input: Array(svgText.utf8))
    }

    /// `name` on PATH (or the usual system folders).
    static func findTool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for dir in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"] {
            let candidate = dir + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a tool with `input` on its standard input; its standard output, or its first error line.
    static func runTool(_ tool: String, arguments: [String], input: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed the input on another thread: a large picture would fill the pipe while the tool
        // waits for us to read its output.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let line = String(decoding: err, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "status \(process.terminationStatus)"
            throw FigureError("\((tool as NSString).lastPathComponent) failed: \(line)")
        }
        return Array(out)
    }
}

/// Graphviz drawings: DOT text rendered by `dot` (Debian `graphviz`), the field's tool for it.
public enum GraphvizRendering {
    /// `dot -Tsvg` or `-Tpng` of `text`.
    public static func render(_ text: String, format: String) throws -> [UInt8] {
        guard let tool = Figure.findTool("dot") else {
            throw FigureError("rendering needs Graphviz's dot (Debian package graphviz; scripts/install-deps.sh installs it), or write .dot")
        }
        return try Figure.runTool(tool, arguments: ["-T\(format)"], input: Array(text.utf8))
    }
}
