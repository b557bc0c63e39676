import Foundation
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
let directory = arguments.first ?? "Tests/Corpus/notices"
do {
    print(try CorpusEvaluation(directory: directory).report(lines: split))
} catch {
    print("notice-eval: \(error)")
    exit(66)
}
