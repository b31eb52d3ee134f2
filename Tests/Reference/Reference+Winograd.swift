import GraphIR

/// Winograd's F(2x2, 3x3) transforms as their definition reads (`WinogradAttributes`): each 4x4
/// patch multiplied out as `Bᵀ d B`, each product tile as `Aᵀ m A`, in doubles.
let winogradBT: [[Double]] = [[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]]
let winogradAT: [[Double]] = [[1, 1, 1, 0], [0, 1, -1, -1]]

func winograd(_ x: Tensor, _ w: WinogradAttributes) throws -> Tensor {
    let v = doubles(x), s = x.shape
    let (th, tw) = (w.tilesH, w.tilesW)
    switch w.stage {
    case .input:
        let (n, h, wd, c) = (s[0], s[1], s[2], s[3])
        let tiles = n * th * tw
        var out = Array(repeating: 0.0, count: 16 * tiles * c)
        for ni in 0..<n { for ty in 0..<th { for tx in 0..<tw { for ci in 0..<c {
            let t = (ni * th + ty) * tw + tx
            // d[i][j]: the patch, zero outside the image.
            var d = Array(repeating: Array(repeating: 0.0, count: 4), count: 4)
            for i in 0..<4 { for j in 0..<4 {
                let (r, col) = (2 * ty - w.padTop + i, 2 * tx - w.padLeft + j)
                if (0..<h).contains(r), (0..<wd).contains(col) { d[i][j] = v[((ni * h + r) * wd + col) * c + ci] }
            } }
            for a in 0..<4 { for b in 0..<4 {
                var sum = 0.0
                for i in 0..<4 { for j in 0..<4 { sum += winogradBT[a][i] * d[i][j] * winogradBT[b][j] } }
                out[((a * 4 + b) * tiles + t) * c + ci] = sum
            } }
        } } } }
        return try tensor(x.dtype, [16, tiles, c], doubles: out)
    case .output:
        let (tiles, f) = (s[1], s[2])
        let n = tiles / (th * tw)
        var out = Array(repeating: 0.0, count: n * w.height * w.width * f)
        for t in 0..<tiles { for fi in 0..<f {
            let (ni, ty, tx) = (t / (th * tw), t / tw % th, t % tw)
            for p in 0..<2 { for q in 0..<2 {
                let (oh, ow) = (2 * ty + p, 2 * tx + q)
                guard oh < w.height, ow < w.width else { continue }
                var sum = 0.0
                for a in 0..<4 { for b in 0..<4 { sum += winogradAT[p][a] * v[((a * 4 + b) * tiles + t) * f + fi] * winogradAT[q][b] } }
                out[((ni * w.height + oh) * w.width + ow) * f + fi] = sum
            } }
        } }
        return try tensor(x.dtype, [n, w.height, w.width, f], doubles: out)
    }
}
