import Foundation
import FactCheckCore
import NoticeEvaluation

// Prints the notice evaluation of the corpus: one line per article, then the development and test halves.
// Usage: notice-eval [OPTION] [CORPUS-DIRECTORY]   (default Tests/Corpus/notices, from the repository's root)
//   --lines dev|test          the per-article lines and figures of one half only (tune with `--lines dev`)
//   --sweep dev|test          link precision and recall of one half at thresholds 0.20…0.80
//   --parts dev|test          one half's figures in parts (French/English × odd/even numbers, and the batch numbered
//                             after the other half): whether a rule carries beyond the articles it was found on
//   --candidate-lines dev     every candidate of each matched notice with its truth label, as JSON lines, to try link
//                             policies offline (the development half only: the test half is for no one to tune on)
//   --intervals dev|test      one half's figures with 90% bootstrap intervals over its articles: how far they move
//                             by which articles were collected
//   --candidates FILE         each notice of one article with its five best candidates, scores and reasons
//   --scale                   the time to read and link an article of 1,000 × k claims and notices, k = 1, 2, 4
var arguments = Array(CommandLine.arguments.dropFirst())

let usage = """
    usage: notice-eval [OPTION] [CORPUS-DIRECTORY]   (default Tests/Corpus/notices)
      (no option)            every article's line, then the figures of both halves
      --lines dev|test       one half's lines and figures (tune with dev)
      --parts dev|test       one half's figures in parts (language × odd/even numbers, later batches)
      --sweep dev|test       link precision and recall at thresholds 0.20…0.80
      --intervals dev|test   figures with 90% bootstrap intervals over the half's articles
      --candidate-lines dev  every candidate of each matched notice as a JSON line (first line: signal names)
      --candidates FILE      each notice of one article with its five best candidates
      --scale                reading and linking time for 1,000 × k claims and notices, k = 1, 2, 4
    """

/// The value of `flag` ("--lines dev"), removed with it from `arguments`; nil when the flag is absent.
@MainActor func option(_ flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag) else { return nil }
    guard index + 1 < arguments.count else { fail("\(flag) needs a value", status: 64) }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}

/// Prints `text` with every control character, escape and bidi control made visible: the lines quote article text
/// (a problem's sentence, a candidate claim), and an article's text is untrusted even in the corpus.
func show(_ text: String) {
    print(TerminalText.visible(text, keepingNewlines: true))
}

/// Writes `message` to standard error and exits with `status`.
func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("notice-eval: \(TerminalText.visible(message, keepingNewlines: true))\n".utf8))
    exit(status)
}

if arguments.contains("--help") || arguments.contains("-h") {
    show(usage)
    exit(0)
}
let split = option("--lines")
let sweep = option("--sweep")
let parts = option("--parts")
let candidateLines = option("--candidate-lines")
let candidatesFile = option("--candidates")
let intervals = option("--intervals")
let scale = arguments.contains("--scale")
arguments.removeAll { $0 == "--scale" }
for half in [split, sweep, parts, intervals].compactMap({ $0 }) where half != "dev" && half != "test" {
    fail("'\(half)' is no half of the corpus: dev or test\n\(usage)", status: 64)
}
if let unknown = arguments.first(where: { $0.hasPrefix("-") }) {
    fail("unknown option '\(unknown)'\n\(usage)", status: 64)
}
guard arguments.count <= 1 else { fail("one corpus directory at most\n\(usage)", status: 64) }
let directory = arguments.first ?? "Tests/Corpus/notices"
var isDirectory: ObjCBool = false
if candidatesFile == nil, !scale,
   !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
    fail("\(directory): no such corpus directory (it holds manifest-fr.json, manifest-en.json and articles/)", status: 66)
}

@MainActor func evaluation(threshold: Double? = nil) -> CorpusEvaluation {
    do {
        return try CorpusEvaluation(directory: directory, threshold: threshold)
    } catch {
        fail("\(error)", status: 66)
    }
}

if let candidatesFile {
    guard let data = FileManager.default.contents(atPath: candidatesFile) else { fail("cannot read \(candidatesFile)", status: 66) }
    guard let decoded = try? ArticleDecoder.decode(Array(data)) else { fail("\(candidatesFile) is not text", status: 65) }
    let reading = NoticeReading(decoded.text)
    for entry in reading.notices {
        show("\(entry.notice.marker) [\(entry.relation.rawValue)]: \(entry.notice.text.prefix(100))")
        for candidate in entry.candidates.prefix(5) {
            show("  #\(candidate.claimIndex + 1) \(candidate.score) \(candidate.reasons.joined(separator: "; "))")
            show("     \(reading.analysis.claims[candidate.claimIndex].text.prefix(100))")
        }
    }
} else if scale {
    // NOTICE_EVAL_SCALE=1 runs the first size only (to profile it).
    for k in ProcessInfo.processInfo.environment["NOTICE_EVAL_SCALE"].map({ [Int($0) ?? 1] }) ?? [1, 2, 4] {
        let text = ScaleArticle.text(claims: 1000 * k, notices: 1000 * k)
        let clock = ContinuousClock()
        var analysis: ArticleAnalysis?
        let reading = clock.measure { analysis = ArticleReader.analyze(text, details: false) }
        guard let analysis else { exit(70) }
        var linked = 0
        let linking = clock.measure { linked = NoticeReading(analysis).notices.reduce(0) { $0 + $1.links.count } }
        show("\(analysis.claims.count) claims × \(analysis.notices.count) notices: reading \(reading), linking \(linking) (\(linked) links)")
    }
} else if let sweep {
    for step in 4...16 {
        let threshold = Double(step) * 0.05
        let figures = evaluation(threshold: threshold).score(split: sweep).figures
        show("threshold \(CorpusEvaluation.format(threshold))  precision \(CorpusEvaluation.format(figures.linkPrecision))  recall \(CorpusEvaluation.format(figures.linkRecall))")
    }
} else if let parts {
    show(evaluation().parts(split: parts))
} else if let intervals {
    show(evaluation().intervalReport(split: intervals))
} else if let candidateLines {
    guard candidateLines == "dev" else { fail("--candidate-lines reads the development half only", status: 64) }
    let articles: [CorpusArticle]
    do { articles = try CorpusLoader.articles(in: directory) } catch { fail("\(error)", status: 66) }
    show("{\"signalNames\": [" + LinkSignals.names.map { "\"\($0)\"" }.joined(separator: ", ") + "]}")
    for article in articles where article.split == candidateLines {
        guard let bytes = try? CorpusLoader.articleBytes(article, in: directory) else { fail("cannot read \(article.file)", status: 66) }
        for line in ArticleEvaluator.candidateLines(article, bytes: bytes) { show(line) }
    }
} else {
    show(evaluation().report(lines: split))
}
