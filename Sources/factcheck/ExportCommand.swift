import ArgumentParser
import FactCheckCore
import FactCheckFiles

/// `factcheck export FILE… --format claimreview|web-annotation`: verdicts for fact-check platforms and annotation tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export verdicts as schema.org ClaimReview JSON-LD or a W3C Web Annotation collection.",
        discussion: """
            claimreview: a JSON array of ClaimReview objects, one per claim with a standing verdict (unreviewed \
            claims, claims to re-review and claims in merge conflict are left out and named on standard error); \
            --url, the page publishing the fact check, is required. web-annotation: one AnnotationCollection with \
            an annotation per claim; the quotes come from the article (found as 'check' finds it) when it is the \
            version the file was made on, otherwise from the file, said on standard error. Verdict-to-rating \
            mapping and members: docs/REPORTS.md. Exit status: 0 ok, 64 usage, 65 an invalid file, 66 a missing one.
            """
    )

    /// Export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case claimreview
        case webAnnotation = "web-annotation"
    }

    @Argument(help: "Annotation files (or directories of them).")
    var files: [String]

    @Option(help: "claimreview or web-annotation.")
    var format: Format

    @Option(help: "The page that publishes the fact check (claimreview; each review is URL#claim-id).")
    var url: String?

    @Option(help: "The article's address (the claim's appearance; the annotations' target source).")
    var articleURL: String?

    @Option(help: "The organisation publishing the fact check (claimreview author; default: each verdict's editor).")
    var publisher: String?

    func validate() throws {
        if format == .claimreview, (url ?? "").isEmpty {
            throw ValidationError("--format claimreview needs --url, the page that publishes the fact check (Google requires it)")
        }
    }

    func run() throws {
        var sets: [(path: String, set: AnnotationSet)] = []
        var worst: Int32 = 0
        for path in files {
            let found: [String]
            do {
                found = try DirectoryWalk.files(at: path, endingWith: ".json")
            } catch {
                OutputFunnel.err("factcheck export: \(error.message)\n")
                worst = worst == 65 ? 65 : Sysexits.code(for: error)
                continue
            }
            for file in found {
                do throws(FileError) {
                    sets.append((file, try AnnotationFileSource.read(file)))
                } catch {
                    OutputFunnel.err("factcheck export: \(error.message)\n")
                    worst = worst == 65 ? 65 : Sysexits.code(for: error)
                }
            }
        }
        switch format {
        case .claimreview:
            let options = ClaimReviewExport.Options(url: url ?? "", articleURL: articleURL, publisher: publisher)
            var reviews: [JSONValue] = []
            for (path, set) in sets {
                let result = ClaimReviewExport.reviews(set, options: options)
                reviews += result.reviews
                for (claim, reason) in result.left {
                    OutputFunnel.err("factcheck export: \(TerminalText.visible(path)): \(TextPreview.claimLabel(n: claim.n, text: claim.text)) left out: \(reason)\n")
                }
            }
            OutputFunnel.out(JSONWriter.write(.array(reviews)))
        case .webAnnotation:
            let sources = sets.map { path, set in
                WebAnnotationExport.Source(set: set, article: article(for: set, file: path), articleURL: articleURL)
            }
            OutputFunnel.out(JSONWriter.write(WebAnnotationExport.collection(sources)))
        }
        if worst != 0 { throw ExitCode(worst) }
    }

    /// The article `set` was made on, when it can be found with the recorded hash; else nil, said on stderr.
    private func article(for set: AnnotationSet, file: String) -> AnnotationCheck.Article? {
        let shown = TerminalText.visible(file)
        guard let path = ArticleLocator.locate(set.article.path, from: file) else {
            OutputFunnel.err("factcheck export: \(shown): article \(TerminalText.visible(set.article.path)) not found; quotes are the claim texts as stored\n")
            return nil
        }
        do {
            let analysis = try ArticleFile.analysis(at: path, language: Language(rawValue: set.article.language))
            guard analysis.sha256 == set.article.sha256 else {
                OutputFunnel.err("factcheck export: \(shown): \(TerminalText.visible(path)) changed since the file was saved; quotes are the claim texts as stored\n")
                return nil
            }
            return AnnotationFile.article(analysis)
        } catch {
            OutputFunnel.err("factcheck export: \(shown): article: \(error.message); quotes are the claim texts as stored\n")
            return nil
        }
    }
}
