import ArgumentParser
import FactCheckCore
import FactCheckFiles

/// `factcheck sentences FILE`: one sentence per line, for comparison with other segmenters.
///
/// The fast path: the file's bytes are decoded to UTF-8 (no copy when they already are clean UTF-8), read paragraph
/// by paragraph and sentence by sentence as bytes, and printed through a buffer. No `String` per sentence, no
/// scalar array, so a 20 MB article is read at well over 100 MB/s in about its own size of memory.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Print the article's sentences, one per line, and nothing else.")

    @OptionGroup var article: ArticleOptions

    func run() throws {
        let decoded = article.decodedBytes()
        let language = article.lang?.language ?? Language.detect(utf8: decoded.utf8)
        var output = SentenceOutput()
        let segmenter = SentenceSegmenter(language: language)
        if decoded.mayHoldControls {
            segmenter.forEachSentence(inUTF8: decoded.utf8) { output.append(sentence: $0) }
        } else {
            segmenter.forEachSentence(inUTF8: decoded.utf8) { output.append(plainSentence: $0) }
        }
        output.flush()
        output.deallocate()
    }
}

/// The article argument and `--lang`, shared by the commands that read one article.
struct ArticleOptions: ParsableArguments {
    @Argument(help: "The article (a text file: UTF-8, UTF-16 with a BOM, Windows-1252 or Latin-1).")
    var file: String

    @Option(help: ArgumentHelp("The article's language, fr or en (default: detected).", valueName: "code"))
    var lang: LanguageOption?

    /// The article read; exits 66 when it cannot be read, 65 when it is not text.
    /// - Parameter details: read each claim's numbers, dates, sources and quotes too.
    func analysis(details: Bool = false) -> ArticleAnalysis {
        do {
            return try ArticleFile.analysis(at: file, language: lang?.language, details: details)
        } catch {
            Terminal.fail(error)
        }
    }

    /// The article's bytes decoded to UTF-8 (for `sentences`); exits 66 when it cannot be read, 65 when it is not text.
    func decodedBytes() -> ArticleDecoder.DecodedBytes {
        do {
            return try ArticleFile.decodedBytes(at: file)
        } catch {
            Terminal.fail(error)
        }
    }
}

/// `factcheck claims FILE [--json]`: the numbered claims the shell would show.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Print the article's claims, numbered; with --json, the claim objects of the annotation file.",
        discussion: """
            With --json: the claim objects an annotation file would hold, each with its occurrences and what a \
            checker looks for (numbers, dates, attributions, quotes); then the questions, update notices, page \
            furniture and repeated paragraphs. Offsets count Unicode scalars of the decoded article.
            """)

    @OptionGroup var article: ArticleOptions

    @Flag(help: "Print JSON: claims with occurrences and details, questions, notices, furniture and repeated paragraphs.")
    var json = false

    func run() throws {
        let analysis = article.analysis(details: json)
        let file = article.file
        guard json else {
            // Numbers and texts only: the annotation objects (ids, contexts, links) are for --json.
            var out = ""
            for (index, claim) in analysis.claims.enumerated() {
                out += "\(index + 1)\t\(TerminalText.visible(claim.text))\n"
                if out.utf8.count > 1 << 16 {
                    OutputFunnel.out(out)
                    out = ""
                }
            }
            OutputFunnel.out(out)
            return
        }
        let set = AnnotationSet.build(from: analysis, articlePath: file)
        OutputFunnel.out(JSONWriter.write(ClaimsJSON.document(analysis, set: set, path: file)))
    }
}
