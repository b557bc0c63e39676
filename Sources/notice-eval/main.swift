import Foundation
import FactCheckCore
import NoticeEvaluation

// Prints the notice evaluation of the corpus: one line per article, then the development and test halves.
// Usage: notice-eval [--lines dev|test] [CORPUS-DIRECTORY]   (default Tests/Corpus/notices, from the repository's
// root); --lines prints the per-article lines of one half only (tune with `--lines dev`).
var arguments = Array(CommandLine.arguments.dropFirst())
var split: String?
if let flag = arguments.firstIndex(of: "--lines"), flag + 1 < arguments.count {
    split = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
// --sweep SPLIT prints link precision and recall of one half at thresholds 0.20…0.80 instead (for tuning on dev).
var sweep: String?
if let flag = arguments.firstIndex(of: "--sweep"), flag + 1 < arguments.count {
    sweep = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
var parts: String?
if let flag = arguments.firstIndex(of: "--parts"), flag + 1 < arguments.count {
    parts = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
// --candidates FILE prints each notice of one article with its five best candidates, scores and reasons.
if let flag = arguments.firstIndex(of: "--candidates"), flag + 1 < arguments.count {
    guard let data = FileManager.default.contents(atPath: arguments[flag + 1]),
          let decoded = try? ArticleDecoder.decode(Array(data)) else { exit(66) }
    let reading = NoticeReading(decoded.text)
    for entry in reading.notices {
        print("\(entry.notice.marker) [\(entry.relation.rawValue)]: \(entry.notice.text.prefix(100))")
        for candidate in entry.candidates.prefix(5) {
            print("  #\(candidate.claimIndex + 1) \(candidate.score) \(candidate.reasons.joined(separator: "; "))")
            print("     \(reading.analysis.claims[candidate.claimIndex].text.prefix(100))")
        }
    }
    exit(0)
}
// --scale prints the time to read and link an article of 1,000 × k claims and as many notices, k = 1, 2, 4.
if arguments.contains("--scale") {
    for k in [1, 2, 4] {
        let text = ScaleArticle.text(claims: 1000 * k, notices: 1000 * k)
        let clock = ContinuousClock()
        var analysis: ArticleAnalysis?
        let reading = clock.measure { analysis = ArticleReader.analyze(text, details: false) }
        guard let analysis else { exit(70) }
        var linked = 0
        let linking = clock.measure { linked = NoticeReading(analysis).notices.reduce(0) { $0 + $1.links.count } }
        print("\(analysis.claims.count) claims × \(analysis.notices.count) notices: reading \(reading), linking \(linking) (\(linked) links)")
    }
    exit(0)
}
let directory = arguments.first ?? "Tests/Corpus/notices"
if let sweep {
    for step in 4...16 {
        let threshold = Double(step) * 0.05
        guard let figures = try? CorpusEvaluation(directory: directory, threshold: threshold).score(split: sweep).figures else { exit(66) }
        print("threshold \(CorpusEvaluation.format(threshold))  precision \(CorpusEvaluation.format(figures.linkPrecision))  recall \(CorpusEvaluation.format(figures.linkRecall))")
    }
    exit(0)
}
// --parts SPLIT (parsed above) prints one half's figures in four parts (French/English × odd/even numbers), the check that a rule
// carries beyond the articles it was found on.
// --candidate-lines SPLIT prints, as JSON lines, every candidate of each matched notice of one half with its truth
// label (ArticleEvaluator.candidateLines), to try link policies offline.
if let flag = arguments.firstIndex(of: "--candidate-lines"), flag + 1 < arguments.count {
    let half = arguments[flag + 1]
    // The test half's candidates are for no one to tune on.
    guard half == "dev" else { print("notice-eval: --candidate-lines reads the development half only"); exit(64) }
    guard let articles = try? CorpusLoader.articles(in: "Tests/Corpus/notices") else { exit(66) }
    for article in articles where article.split == half {
        guard let bytes = try? CorpusLoader.articleBytes(article, in: "Tests/Corpus/notices") else { exit(66) }
        for line in ArticleEvaluator.candidateLines(article, bytes: bytes) { print(line) }
    }
    exit(0)
}
if let parts {
    guard let evaluation = try? CorpusEvaluation(directory: directory) else { exit(66) }
    print(evaluation.parts(split: parts))
    exit(0)
}
do {
    print(try CorpusEvaluation(directory: directory).report(lines: split))
} catch {
    print("notice-eval: \(error)")
    exit(66)
}
