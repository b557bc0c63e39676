/// The evaluation of a whole corpus: every article's line and the figures of each half.
public struct CorpusEvaluation: Sendable {
    /// Each article's evaluation, French first, in manifest order.
    public var articles: [ArticleEvaluation]

    /// Evaluates every article of the corpus in `directory` (the folder holding the manifests and `articles/`).
    public init(directory: String, threshold: Double? = nil) throws {
        articles = try CorpusLoader.articles(in: directory).map { article in
            ArticleEvaluator.evaluate(article, bytes: try CorpusLoader.articleBytes(article, in: directory), threshold: threshold)
        }
    }

    /// The summed counts of one split ("dev" or "test").
    public func score(split: String) -> ArticleScore {
        articles.filter { $0.article.split == split }.reduce(ArticleScore()) { $0 + $1.score }
    }

    /// The report: one line per article, then the figures of the development and test halves.
    public var report: String { report(lines: nil) }

    /// The report with per-article lines of `split` only (all when nil), then the figures of both halves: tuning
    /// on the development half looks at its articles only, the test half is reported by its figures.
    public func report(lines split: String?) -> String {
        var lines = articles.filter { split == nil || $0.article.split == split }.map(\.line)
        for split in ["dev", "test"] {
            let score = score(split: split)
            let figures = score.figures
            lines.append("")
            lines.append("\(split): \(score.articles) articles, \(score.truthNotices) notices, \(score.negatives) negatives")
            for (name, value) in figures.named {
                lines.append("  " + name.padding(22) + Self.format(value))
            }
            lines.append("  " + "negativesWithNotice".padding(22) + "\(figures.negativesWithNotice) of \(score.negatives)")
            lines.append("  " + "noticeTextAsClaims".padding(22) + "\(figures.noticeTextAsClaims)")
            lines.append("  " + "unreadTruthClaims".padding(22) + "\(score.unfoundTruthClaims)")
        }
        return lines.joined(separator: "\n")
    }

    /// A ratio with three decimals.
    public static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
