import ArgumentParser
import Dispatch
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
            unconfirmed. The article is the file's article.path, looked up from the file's directory upwards, then \
            from the current directory. Every finding names the file and the claim. Exit status: 0 all good, \
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
        var invalid = 0, missing = 0, attention = 0, fine = 0
        var listed: [String] = []
        for path in paths {
            do {
                listed += try DirectoryWalk.files(at: path, endingWith: ".json")
            } catch {
                Terminal.writeError("factcheck check: \(error.message)\n")
                missing += 1
            }
        }
        let files = listed
        // On every core, a batch at a time (so that memory holds one batch of decoded files): files are decoded,
        // then each article not seen yet is read once, then the files are checked; the report keeps their order.
        var reports: [FileReport] = []
        var articles: [String: Result<AnnotationCheck.Article, FileError>] = [:]
        let strict = self.strict
        for batch in stride(from: 0, to: files.count, by: CheckCommand.batchSize) {
            let batchFiles = Array(files[batch..<min(files.count, batch + CheckCommand.batchSize)])
            let loaded = CheckCommand.parallelMap(batchFiles.count) { i in CheckCommand.load(batchFiles[i]) }
            var newPaths: [String] = []
            var seen = Set<String>()
            for case .loaded(_, let articlePath?) in loaded where articles[articlePath] == nil && seen.insert(articlePath).inserted {
                newPaths.append(articlePath)
            }
            let paths = newPaths
            for (path, article) in zip(paths, CheckCommand.parallelMap(paths.count) { i in CheckCommand.readArticle(paths[i]) }) {
                articles[path] = article
            }
            let known = articles
            reports += CheckCommand.parallelMap(batchFiles.count) { i -> FileReport in
                switch loaded[i] {
                case .unreadable(let report): return report
                case .loaded(let set, let articlePath):
                    return CheckCommand.report(set, file: batchFiles[i], article: articlePath.flatMap { known[$0] }, strict: strict)
                }
            }
        }
        var out = ""
        for report in reports {
            out += report.text
            switch report.outcome {
            case .invalid: invalid += 1
            case .missing: missing += 1
            case .attention: attention += 1
            case .fine: fine += 1
            }
        }
        let checked = files.count
        out += "\(checked) file\(checked == 1 ? "" : "s") checked: \(fine) fine, \(attention) need\(attention == 1 ? "s" : "") attention, \(invalid) invalid"
            + (missing > 0 ? ", \(missing) missing or unreadable" : "") + "\n"
        Terminal.writeOut(out)
        if invalid > 0 { throw ExitCode(65) }
        if missing > 0 { throw ExitCode(66) }
        if attention > 0 { throw ExitCode(1) }
    }

    /// How many files are decoded at once.
    static let batchSize = 512

    /// An annotation file decoded, with where its article is; or what to report when it could not be.
    enum LoadedFile: Sendable {
        case unreadable(FileReport)
        case loaded(AnnotationSet, articlePath: String?)
    }

    /// What the check of one file prints, and which count it lands in.
    struct FileReport: Sendable {
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

    /// The article's text as `check` needs it — scalars and hash, not an analysis — or what went wrong reading it.
    static func readArticle(_ path: String) -> Result<AnnotationCheck.Article, FileError> {
        do {
            let text = String(decoding: try ArticleFile.decodedBytes(at: path).utf8, as: UTF8.self)
            return .success(AnnotationCheck.Article(scalars: Array(text.unicodeScalars), sha256: SHA256.hexDigest(text)))
        } catch {
            return .failure(error)
        }
    }

    static func report(_ set: AnnotationSet, file: String, article: Result<AnnotationCheck.Article, FileError>?, strict: Bool) -> FileReport {
        let shown = TerminalText.visible(file)
        var text = ""
        var checkedArticle: AnnotationCheck.Article?
        switch article {
        case .success(let found): checkedArticle = found
        case .failure(let error): text += "\(shown): article: \(error.message)\n"
        case nil:
            text += "\(shown): article: \(TerminalText.visible(set.article.path)) not found (looked from \(shown)'s directory upwards and "
                + "in the current directory); ranges and the article hash were not checked\n"
        }
        let findings = AnnotationCheck.findings(in: set, article: checkedArticle, strict: strict)
        for finding in findings { text += "\(shown): \(finding.line)\n" }
        let outcome: FileReport.Outcome = findings.contains(where: { $0.severity == .invalid }) ? .invalid
            : checkedArticle == nil ? .missing : findings.isEmpty ? .fine : .attention
        return FileReport(text: text, outcome: outcome)
    }

    /// `body(0) … body(count - 1)`, run on every core, in order.
    static func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes its own slot only.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = body(i) }
        return results.compactMap { $0 }
    }
}
