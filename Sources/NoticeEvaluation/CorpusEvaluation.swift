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

    /// An evaluation of articles already evaluated.
    init(articles: [ArticleEvaluation]) {
        self.articles = articles
    }

    /// The summed counts of one split ("dev" or "test").
    public func score(split: String) -> ArticleScore {
        articles.filter { $0.article.split == split }.reduce(ArticleScore()) { $0 + $1.score }
    }

    /// The report: one line per article, then the figures of the development and test halves.
    public var report: String { report(lines: nil) }

    /// The report of one half (its per-article lines, then its figures), or of both when `split` is nil: tuning
    /// looks at the development half alone, and nothing of the test half shows unless it is asked for.
    public func report(lines split: String?) -> String {
        var lines = articles.filter { split == nil || $0.article.split == split }.map(\.line)
        for split in split.map({ [$0] }) ?? ["dev", "test"] {
            let score = score(split: split)
            let figures = score.figures
            lines.append("")
            lines.append("\(split): \(score.articles) articles, \(score.truthNotices) notices, \(score.negatives) negatives")
            for (name, value) in figures.named {
                lines.append("  " + name.padding(22) + Self.format(value))
            }
            lines.append("  " + "negativesWithNotice".padding(22) + "\(figures.negativesWithNotice) of \(score.negatives)")
            lines.append("  " + "noticeTextAsClaims".padding(22) + "\(figures.noticeTextAsClaims)")
            lines.append("  " + "furnitureAsClaims".padding(22) + "\(figures.furnitureAsClaims) of \(score.claims) claims (\(Self.format(figures.furnitureShare)))")
            lines.append("  " + "unreadTruthClaims".padding(22) + "\(score.unfoundTruthClaims)")
            let belowThreshold = score.missedLinks - score.missedOfMissedNotices - score.missedNoCandidate
            lines.append("  " + "missedLinks".padding(22) + "\(score.missedLinks): \(score.missedOfMissedNotices) of missed notices, "
                + "\(score.missedNoCandidate) no candidate, \(belowThreshold) below the threshold")
            lines.append("  " + "wrongLinks".padding(22) + "\(score.wrongLinks): \(score.wrongOfExtraNotices) of extra notices, "
                + "\(score.wrongLinks - score.wrongOfExtraNotices) of found ones")
        }
        return lines.joined(separator: "\n")
    }

    /// The figures of one half cut in parts, one line each — French and English, odd and even numbers, and apart
    /// the articles numbered after the other half (a batch collected later, from other sites): a rule that helps
    /// one part and lowers another is fitting a few articles, not reading notices better.
    public func parts(split: String) -> String {
        let figureNames = ["noticeF1", "exactExtent", "linkPrecision", "linkRecall", "recallAtThree", "relationAccuracy"]
        var lines = ["part".padding(14) + figureNames.map { $0.padding(17) }.joined() + "links (right/wrong/missed)"]
        let lastNumbers = lastNumbersByHalf()
        let grouped = Dictionary(grouping: articles.filter { $0.article.split == split }) {
            part(of: $0.article, lastNumbers: lastNumbers)
        }
        for language in ["fr", "en"] {
            for batch in ["odd", "even", "later"] + Self.laterBatches.reversed().map(\.name) {
                guard let members = grouped[language + " " + batch] else { continue }
                let score = members.reduce(ArticleScore()) { $0 + $1.score }
                let values = Dictionary(score.figures.named, uniquingKeysWith: { first, _ in first })
                lines.append((language + " " + batch).padding(14)
                    + figureNames.map { Self.format(values[$0] ?? 0).padding(17) }.joined()
                    + "\(score.linkHits)/\(score.wrongLinks)/\(score.missedLinks)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The first numbers of the development batches collected from the seventh session on, in each language, latest
    /// first: each was collected by readers who ran no part of the tool and read once before any rule was built on
    /// it (docs/notice-linking.md).
    static let laterBatches: [(name: String, first: [String: Int])] = [
        ("fifty-eighth", ["fr": 511, "en": 836]),
        ("fifty-seventh", ["fr": 502, "en": 826]),
        ("fifty-sixth", ["fr": 498, "en": 814]),
        ("fifty-fifth", ["fr": 492, "en": 803]),
        ("fifty-fourth", ["fr": 487, "en": 792]),
        ("fifty-third", ["fr": 482, "en": 778]),
        ("fifty-second", ["fr": 476, "en": 766]),
        ("fifty-first", ["fr": 470, "en": 755]),
        ("fiftieth", ["fr": 460, "en": 742]),
        ("forty-ninth", ["fr": 454, "en": 729]),
        ("forty-eighth", ["fr": 449, "en": 718]),
        ("forty-seventh", ["fr": 444, "en": 704]),
        ("forty-sixth", ["fr": 437, "en": 692]),
        ("forty-fifth", ["fr": 432, "en": 680]),
        ("forty-fourth", ["fr": 425, "en": 667]),
        ("forty-third", ["fr": 419, "en": 653]),
        ("forty-second", ["fr": 412, "en": 641]),
        ("forty-first", ["fr": 405, "en": 627]),
        ("fortieth", ["fr": 400, "en": 613]),
        ("thirty-ninth", ["fr": 392, "en": 599]),
        ("thirty-eighth", ["fr": 385, "en": 586]),
        ("thirty-seventh", ["fr": 380, "en": 578]),
        ("thirty-sixth", ["fr": 375, "en": 566]),
        ("thirty-fifth", ["fr": 369, "en": 555]),
        ("thirty-fourth", ["fr": 365, "en": 544]),
        ("thirty-third", ["fr": 359, "en": 534]),
        ("thirty-second", ["fr": 355, "en": 521]),
        ("thirty-first", ["fr": 350, "en": 510]),
        ("thirtieth", ["fr": 344, "en": 497]),
        ("twenty-ninth", ["fr": 334, "en": 486]),
        ("twenty-eighth", ["fr": 324, "en": 472]),
        ("twenty-seventh", ["fr": 314, "en": 458]),
        ("twenty-sixth", ["fr": 304, "en": 444]),
        ("twenty-fifth", ["fr": 300, "en": 430]),
        ("twenty-fourth", ["fr": 293, "en": 417]),
        ("twenty-third", ["fr": 281, "en": 403]),
        ("twenty-second", ["fr": 269, "en": 389]),
        ("twenty-first", ["fr": 261, "en": 375]),
        ("twentieth", ["fr": 248, "en": 361]),
        ("nineteenth", ["fr": 234, "en": 347]),
        ("eighteenth", ["fr": 223, "en": 333]),
        ("seventeenth", ["fr": 217, "en": 321]),
        ("sixteenth", ["fr": 209, "en": 307]),
        ("fifteenth", ["fr": 199, "en": 294]),
        ("fourteenth", ["fr": 195, "en": 280]),
        ("thirteenth", ["fr": 188, "en": 266]),
        ("twelfth", ["fr": 182, "en": 252]),
        ("eleventh", ["fr": 172, "en": 237]),
        ("tenth", ["fr": 162, "en": 222]),
        ("ninth", ["fr": 156, "en": 211]),
        ("eighth", ["fr": 147, "en": 196]),
        ("seventh", ["fr": 140, "en": 182]),
        ("sixth", ["fr": 128, "en": 159]),
        ("fifth", ["fr": 114, "en": 135]),
        ("fourth", ["fr": 103, "en": 114]),
        ("third", ["fr": 87, "en": 93]),
    ]

    /// "fr odd", "en even", "fr later" for an article numbered after every article of the other half in its
    /// language (`lastNumbers`: the highest number of each half and language, from `lastNumbersByHalf`), or "fr
    /// third", "en fourth" from the first number of a batch of `laterBatches` on.
    func part(of article: CorpusArticle, lastNumbers: [String: Int]) -> String {
        let language = Self.language(of: article)
        let otherHalf = article.split == "dev" ? "test" : "dev"
        let number = Self.number(of: article)
        if let last = lastNumbers[otherHalf + " " + language], number > last {
            let batch = Self.laterBatches.first { number >= $0.first[language, default: .max] }
            return language + " " + (batch?.name ?? "later")
        }
        return language + (Self.number(of: article) % 2 == 1 ? " odd" : " even")
    }

    /// The highest article number of each half and language ("dev fr", "test en"), in one pass.
    func lastNumbersByHalf() -> [String: Int] {
        var last: [String: Int] = [:]
        for evaluation in articles {
            let key = evaluation.article.split + " " + Self.language(of: evaluation.article)
            last[key] = max(last[key] ?? 0, Self.number(of: evaluation.article))
        }
        return last
    }

    private static func number(of article: CorpusArticle) -> Int {
        Int(article.file.split(separator: "-").dropFirst().first ?? "") ?? 0
    }

    private static func language(of article: CorpusArticle) -> String {
        String(article.file.prefix { $0 != "-" })
    }

    /// A ratio with three decimals.
    public static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
