/// How far a half's figures could move by the luck of which articles were collected: a percentile bootstrap over
/// articles. A half of sixty notices gives a link recall from a few dozen required claims, and a change of 0.02
/// between two readings can be noise; the interval says how wide that noise is before anyone reads a change as
/// progress. Articles are drawn whole (with replacement), because an article's notices and links are read by the
/// same rules and fail together; draws come from a fixed seed, so the same evaluation prints the same intervals.
public struct FigureInterval: Sendable, Equatable {
    /// The figure's name, as `EvaluationFigures.named` spells it.
    public var name: String
    /// The figure on the half as collected.
    public var value: Double
    /// The lower and upper percentile of the figure over the draws.
    public var low: Double
    public var high: Double
}

extension CorpusEvaluation {
    /// Each named figure of `split` with its interval: `coverage` of `draws` resampled halves lie between `low` and
    /// `high`.
    public func intervals(split: String, draws: Int = 2000, coverage: Double = 0.9) -> [FigureInterval] {
        let scores = articles.filter { $0.article.split == split }.map(\.score)
        let observed = scores.reduce(ArticleScore(), +).figures.named
        guard !scores.isEmpty, draws > 0 else {
            return observed.map { FigureInterval(name: $0.name, value: $0.value, low: $0.value, high: $0.value) }
        }
        var generator = SplitMix64(seed: 0x6E6F_7469_6365)
        var samples = Array(repeating: [Double](), count: observed.count)
        for _ in 0..<draws {
            var sum = ArticleScore()
            for _ in 0..<scores.count {
                sum = sum + scores[Int.random(in: 0..<scores.count, using: &generator)]
            }
            for (index, figure) in sum.figures.named.enumerated() {
                samples[index].append(figure.value)
            }
        }
        let tail = (1 - coverage) / 2
        return observed.enumerated().map { index, figure in
            let sorted = samples[index].sorted()
            let position = { (fraction: Double) in sorted[Int((fraction * Double(sorted.count - 1)).rounded())] }
            return FigureInterval(name: figure.name, value: figure.value, low: position(tail), high: position(1 - tail))
        }
    }

    /// The intervals of `split`, one figure a line, with how they were drawn.
    public func intervalReport(split: String, draws: Int = 2000, coverage: Double = 0.9) -> String {
        let count = articles.count { $0.article.split == split }
        var lines = ["\(split): \(Int((coverage * 100).rounded()))% intervals, \(draws) bootstrap draws of its \(count) articles (whole articles, with replacement)"]
        for interval in intervals(split: split, draws: draws, coverage: coverage) {
            lines.append("  " + interval.name.padding(22) + Self.format(interval.value)
                + "  [" + Self.format(interval.low) + ", " + Self.format(interval.high) + "]")
        }
        return lines.joined(separator: "\n")
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same draws on every platform, which the system
/// generator does not promise.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
