#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
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
        var invalid = 0, missing = 0, attention = 0, checked = 0, fine = 0
        var out = ""
        for path in paths {
            let files: [String]
            do {
                files = try CheckCommand.annotationFiles(at: path)
            } catch {
                Terminal.writeError("factcheck check: \(error.message)\n")
                missing += 1
                continue
            }
            for file in files {
                checked += 1
                let shown = TerminalText.visible(file)
                let set: AnnotationSet
                do {
                    set = try AnnotationFileLoader.decode(try FileAccess.readRegularFile(file), path: file)
                } catch {
                    out += "\(error.message)\n"
                    if error.exitCode == 65 { invalid += 1 } else { missing += 1 }
                    continue
                }
                var article: AnnotationCheck.Article?
                var articleMissing = false
                if let articlePath = CheckCommand.locateArticle(set.article.path, from: file) {
                    do {
                        let analysis = try DocumentLoader.article(at: articlePath, language: Language(rawValue: set.article.language))
                        article = AnnotationCheck.Article(scalars: analysis.scalars, sha256: analysis.sha256)
                    } catch {
                        out += "\(shown): article: \(error.message)\n"
                        articleMissing = true
                    }
                } else {
                    out += "\(shown): article: \(TerminalText.visible(set.article.path)) not found (looked from \(shown)'s directory upwards and "
                        + "in the current directory); ranges and the article hash were not checked\n"
                    articleMissing = true
                }
                let findings = AnnotationCheck.findings(in: set, article: article, strict: strict)
                for finding in findings {
                    let label = finding.severity == .invalid ? "invalid" : "attention"
                    out += "\(shown): \(finding.subject): \(label): \(finding.message)\n"
                }
                if findings.contains(where: { $0.severity == .invalid }) {
                    invalid += 1
                } else if articleMissing {
                    missing += 1
                } else if !findings.isEmpty {
                    attention += 1
                } else {
                    fine += 1
                }
            }
        }
        out += "\(checked) file\(checked == 1 ? "" : "s") checked: \(fine) fine, \(attention) need\(attention == 1 ? "s" : "") attention, \(invalid) invalid"
            + (missing > 0 ? ", \(missing) missing or unreadable" : "") + "\n"
        Terminal.writeOut(out)
        if invalid > 0 { throw ExitCode(65) }
        if missing > 0 { throw ExitCode(66) }
        if attention > 0 { throw ExitCode(1) }
    }

    /// `path` itself when it is a file, else the *.json files under it (sorted, hidden entries skipped, each file
    /// once: `AnnotationFileWalker`).
    /// - Throws: 66 when `path` does not exist.
    static func annotationFiles(at path: String) throws(StoreError) -> [String] {
        var files: [String] = []
        var failure: StoreError?
        var walker = AnnotationFileWalker()
        walker.walk([path]) { entry in
            switch entry {
            case .file(let file): files.append(file)
            case .problem(let message, let missing): if missing, failure == nil { failure = StoreError(message, exitCode: 66) }
            }
        }
        if let failure { throw failure }
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
