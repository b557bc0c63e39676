import ArgumentParser
import FactCheckCore
import FactCheckFiles

/// `factcheck check PATH… [--strict]`: the CI gate for annotation files.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate annotation files and report what needs an editor (for CI).",
        discussion: """
            Each PATH is an annotation file or a directory searched for *.json files. A file is invalid when it \
            breaks the format (docs/FORMAT.md) or does not match its article: ids, reading numbers, ranges past \
            the end of the article, claim texts not found at their ranges. It needs attention when a claim is \
            flagged for re-review, carries an unresolved merge conflict, or is an orphan, or when the article \
            changed since the file was saved; with --strict also when a claim is unreviewed or an update link is \
            unconfirmed. The article is the file's article.path, relative to the file's repository root (or to its \
            folder outside a repository); an older file's path is also looked up from the file's directory \
            upwards, then from the current directory. Every finding names the file and the claim. Exit status: 0 all good, \
            1 something needs attention, 65 an invalid file, 66 a missing file or article (the first that applies \
            in the order 65, 66, 1).
            """
    )

    @Argument(help: "Annotation files, or directories to search for *.json files.")
    var paths: [String]

    @Flag(help: "Also report unreviewed claims and unconfirmed update links.")
    var strict = false

    func run() throws {
        // Each file lands in one count, the worst that applies: invalid, missing or unreadable, attention, fine.
        var invalid = 0, missing = 0, attention = 0, checked = 0, fine = 0
        var out = ""
        var articles = CheckedArticles()
        for path in paths {
            let files: [String]
            do {
                files = try DirectoryWalk.files(at: path, endingWith: ".json")
            } catch {
                OutputFunnel.err("factcheck check: \(error.message)\n")
                missing += 1
                continue
            }
            // A batch at a time on every core (memory holds one batch of decoded files): the files are decoded,
            // the articles not met yet are read, once each, then the files are checked; output keeps walk order.
            for start in stride(from: 0, to: files.count, by: Self.batchSize) {
                let batch = Array(files[start..<min(files.count, start + Self.batchSize)])
                let loaded = ParallelMap.map(batch.count) { i in CheckCommand.load(batch[i]) }
                articles.read(loaded.compactMap(\.articlePath))
                let known = articles, strict = strict
                let reports = ParallelMap.map(batch.count) { i in CheckCommand.report(loaded[i], file: batch[i], articles: known, strict: strict) }
                articles.keepOnly(loaded.compactMap(\.articlePath))
                for report in reports {
                    checked += 1
                    out += report.text
                    switch report.outcome {
                    case .invalid: invalid += 1
                    case .missing: missing += 1
                    case .attention: attention += 1
                    case .fine: fine += 1
                    }
                }
            }
        }
        out += "\(checked) file\(checked == 1 ? "" : "s") checked: \(fine) fine, \(attention) need\(attention == 1 ? "s" : "") attention, \(invalid) invalid"
            + (missing > 0 ? ", \(missing) missing or unreadable" : "") + "\n"
        OutputFunnel.out(out)
        if invalid > 0 { throw ExitCode(65) }
        if missing > 0 { throw ExitCode(66) }
        if attention > 0 { throw ExitCode(1) }
    }

    /// Files decoded at once.
    static let batchSize = 512

    /// An annotation file decoded, with where its article is; or what to report when it could not be read.
    enum LoadedFile: Sendable {
        case unreadable(FileReport)
        case loaded(AnnotationSet, articlePath: String?)

        /// Where the file's article was found.
        var articlePath: String? {
            guard case .loaded(_, let path) = self else { return nil }
            return path
        }
    }

    /// What the check of one file prints, and the count it lands in.
    struct FileReport: Sendable {
        /// The counts of the summary line.
        enum Outcome: Sendable { case invalid, missing, attention, fine }
        var text: String
        var outcome: Outcome
    }

    static func load(_ file: String) -> LoadedFile {
        do {
            let set = try AnnotationFile.decode(try FileAccess.readRegularFile(file), path: file)
            return .loaded(set, articlePath: ArticleLocator.locate(set.article.path, from: file))
        } catch {
            var text = ""
            if case .refusedAnnotations(_, .invalid(let findings)) = error {
                let shown = TerminalText.visible(file)
                for finding in findings { text += "\(shown): \(finding.line)\n" }
            } else {
                text = "\(error.message)\n"
            }
            return .unreadable(FileReport(text: text, outcome: Sysexits.code(for: error) == Sysexits.dataError ? .invalid : .missing))
        }
    }

    static func report(_ loaded: LoadedFile, file: String, articles: CheckedArticles, strict: Bool) -> FileReport {
        let set: AnnotationSet, articlePath: String?
        switch loaded {
        case .unreadable(let report): return report
        case .loaded(let decoded, let path): (set, articlePath) = (decoded, path)
        }
        let shown = TerminalText.visible(file)
        var text = ""
        var article: AnnotationCheck.Article?
        var articleMissing = false
        switch articlePath.flatMap({ articles[$0] }) {
        case .success(let found)?:
            article = found
        case .failure(let error)?:
            text += "\(shown): article: \(error.message)\n"
            articleMissing = true
        case nil:
            text += "\(shown): article: \(TerminalText.visible(set.article.path)) not found (looked from \(shown)'s repository root, its directory upwards and "
                + "in the current directory); ranges and the article hash were not checked\n"
            articleMissing = true
        }
        let findings = AnnotationCheck.findings(in: set, article: article, strict: strict)
        for finding in findings { text += "\(shown): \(finding.line)\n" }
        let outcome: FileReport.Outcome = findings.contains(where: { $0.severity == .invalid }) ? .invalid
            : articleMissing ? .missing : findings.isEmpty ? .fine : .attention
        return FileReport(text: text, outcome: outcome)
    }
}
