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
        for path in paths {
            let files: [String]
            do {
                files = try DirectoryWalk.files(at: path, endingWith: ".json")
            } catch {
                OutputFunnel.err("factcheck check: \(error.message)\n")
                missing += 1
                continue
            }
            for file in files {
                checked += 1
                let shown = TerminalText.visible(file)
                let set: AnnotationSet
                do {
                    set = try AnnotationFile.decode(try FileAccess.readRegularFile(file), path: file)
                } catch {
                    if case .refusedAnnotations(_, .invalid(let findings)) = error {
                        for finding in findings { out += "\(shown): \(finding.line)\n" }
                    } else {
                        out += "\(error.message)\n"
                    }
                    if Sysexits.code(for: error) == Sysexits.dataError { invalid += 1 } else { missing += 1 }
                    continue
                }
                var article: AnnotationCheck.Article?
                var articleMissing = false
                if let articlePath = ArticleLocator.locate(set.article.path, from: file) {
                    do {
                        let analysis = try ArticleFile.analysis(at: articlePath, language: Language(rawValue: set.article.language))
                        article = AnnotationFile.article(analysis)
                    } catch {
                        out += "\(shown): article: \(error.message)\n"
                        articleMissing = true
                    }
                } else {
                    out += "\(shown): article: \(TerminalText.visible(set.article.path)) not found (looked from \(shown)'s repository root, its directory upwards and "
                        + "in the current directory); ranges and the article hash were not checked\n"
                    articleMissing = true
                }
                let findings = AnnotationCheck.findings(in: set, article: article, strict: strict)
                for finding in findings { out += "\(shown): \(finding.line)\n" }
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
        OutputFunnel.out(out)
        if invalid > 0 { throw ExitCode(65) }
        if missing > 0 { throw ExitCode(66) }
        if attention > 0 { throw ExitCode(1) }
    }
}
