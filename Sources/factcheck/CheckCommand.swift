#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Dispatch
import FactCheckCore
import FactCheckShell

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
                listed += try CheckCommand.annotationFiles(at: path)
            } catch {
                Terminal.writeError("factcheck check: \(error.message)\n")
                missing += 1
            }
        }
        let files = listed
        // On every core, a batch at a time (so that memory holds one batch of decoded files): files are decoded,
        // then each article not seen yet is read once, then the files are checked; the report keeps their order.
        var reports: [FileReport] = []
        var articles: [String: Result<AnnotationCheck.Article, StoreError>] = [:]
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
                case .unreadable(let message, let exitCode):
                    return FileReport(text: message + "\n", outcome: exitCode == 65 ? .invalid : .missing)
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

    /// An annotation file decoded, with where its article is; or why it could not be.
    enum LoadedFile: Sendable {
        case unreadable(message: String, exitCode: Int32)
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
            let set = try AnnotationFileLoader.decode(try FileAccess.readRegularFile(file), path: file)
            return .loaded(set, articlePath: locateArticle(set.article.path, from: file))
        } catch {
            return .unreadable(message: error.message, exitCode: error.exitCode)
        }
    }

    /// The article's text as `check` needs it — scalars and hash, not an analysis — or what went wrong reading it.
    static func readArticle(_ path: String) -> Result<AnnotationCheck.Article, StoreError> {
        do {
            let bytes = try FileAccess.readRegularFile(path)
            do {
                let text = try ArticleDecoder.decode(bytes).text
                return .success(AnnotationCheck.Article(scalars: Array(text.unicodeScalars), sha256: SHA256.hexDigest(text)))
            } catch {
                return .failure(StoreError("\(TerminalText.visible(path)): \(error.message)", exitCode: 65))
            }
        } catch {
            return .failure(error)
        }
    }

    static func report(_ set: AnnotationSet, file: String, article: Result<AnnotationCheck.Article, StoreError>?, strict: Bool) -> FileReport {
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
        for finding in findings {
            let label = finding.severity == .invalid ? "invalid" : "attention"
            text += "\(shown): \(finding.subject): \(label): \(finding.message)\n"
        }
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

    /// `path` itself when it is a file, else the *.json files under it (sorted, hidden entries skipped).
    static func annotationFiles(at path: String) throws(StoreError) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw StoreError("\(TerminalText.visible(path)): \(String(cString: strerror(errno)))", exitCode: 66)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return [path] }
        guard let directory = opendir(path) else {
            throw StoreError("\(TerminalText.visible(path)): cannot list the directory: \(String(cString: strerror(errno)))", exitCode: 66)
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        var files: [String] = []
        for name in names.sorted() {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            var childInfo = stat()
            guard stat(child, &childInfo) == 0 else { continue }
            if childInfo.st_mode & S_IFMT == S_IFDIR {
                files += try annotationFiles(at: child)
            } else if name.hasSuffix(".json") {
                files.append(child)
            }
        }
        return files
    }

    /// The article an annotation file names: an absolute path as is; a relative one from the file's directory
    /// and each directory above it (the repository's root among them), then from the current directory.
    static func locateArticle(_ articlePath: String, from file: String) -> String? {
        if articlePath.hasPrefix("/") { return FileAccess.exists(articlePath) ? articlePath : nil }
        var directory = file.contains("/") ? String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)]) : "."
        if directory.isEmpty { directory = "/" }
        if !directory.hasPrefix("/"), let cwd = getcwd(nil, 0) {
            directory = String(cString: cwd) + "/" + directory
            free(cwd)
        }
        while true {
            let candidate = (directory == "/" ? "" : directory) + "/" + articlePath
            if FileAccess.exists(candidate) { return candidate }
            guard let slash = directory.lastIndex(of: "/"), directory != "/" else { break }
            directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
        }
        return FileAccess.exists(articlePath) ? articlePath : nil
    }
}
