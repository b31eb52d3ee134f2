/// Parameter update rules, as Lasagne defines them (the seeds' nets were trained with these).
public enum Optimizer: Sendable, Hashable {
    /// `p -= lr * g`
    case sgd
    /// `v = mu * v - lr * g; p += v`
    case momentum(Double)
    /// `v = mu * v - lr * g; p += mu * v - lr * g` (Lasagne's Nesterov form)
    case nesterov(Double)
    /// `m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g²; p -= lr_t m / (sqrt(v) + eps)` with
    /// `lr_t = lr * sqrt(1 - b2^t) / (1 - b1^t)` fed each step.
    case adam(beta1: Double, beta2: Double, epsilon: Double)

    public static let adamDefaults = Optimizer.adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)

    /// Names of the per-parameter state slots the rule keeps.
    var slots: [String] {
        switch self {
        case .sgd: return []
        case .momentum, .nesterov: return ["velocity"]
        case .adam: return ["m", "v"]
        }
    }

    /// The learning rate to feed at step `t` (1-based): adam's bias correction, the rate itself otherwise.
    public func effectiveLearningRate(_ lr: Double, step t: Int) -> Double {
        guard case let .adam(b1, b2, _) = self else { return lr }
        let n = Double(max(t, 1))
        return lr * (1 - pow(b2, n)).squareRoot() / (1 - pow(b1, n))
    }
}

private func pow(_ x: Double, _ n: Double) -> Double {
    // Repeated squaring keeps Foundation out of this module; n is a step count.
    var result = 1.0, base = x, e = Int(n)
    while e > 0 {
        if e & 1 == 1 { result *= base }
        base *= base
        e >>= 1
    }
    return result
}
