import ArgumentParser
import FactCheckCore
import FactCheckShell

/// `factcheck sentences FILE`: one sentence per line, for comparison with other segmenters.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Print the article's sentences, one per line, and nothing else.")

    @Argument(help: "The article (a text file).")
    var file: String

    @Option(help: ArgumentHelp("The article's language, fr or en (default: detected).", valueName: "code"))
    var lang: LanguageOption?

    func run() throws {
        let analysis: ArticleAnalysis
        do {
            analysis = try DocumentLoader.article(at: file, language: lang?.language)
        } catch {
            Terminal.fail(error)
        }
        let segmenter = SentenceSegmenter(language: analysis.language)
        var out = ""
        for paragraph in analysis.paragraphs {
            for sentence in segmenter.sentences(in: analysis.scalars, range: paragraph.range) {
                out += TerminalText.visible(String(String.UnicodeScalarView(analysis.scalars[sentence.start..<sentence.end])).split(whereSeparator: \.isNewline).joined(separator: " "))
                out += "\n"
                if out.utf8.count > 1 << 16 {
                    Terminal.writeOut(out)
                    out = ""
                }
            }
        }
        Terminal.writeOut(out)
    }
}

/// `factcheck claims FILE [--json]`: the numbered claims the shell would show.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Print the article's claims, numbered; with --json, the claim objects of the annotation file.")

    @Argument(help: "The article (a text file).")
    var file: String

    @Flag(help: "Print JSON: claims with occurrences, questions, notices, furniture and repeated paragraphs.")
    var json = false

    @Option(help: ArgumentHelp("The article's language, fr or en (default: detected).", valueName: "code"))
    var lang: LanguageOption?

    func run() throws {
        let analysis: ArticleAnalysis
        do {
            analysis = try DocumentLoader.article(at: file, language: lang?.language)
        } catch {
            Terminal.fail(error)
        }
        let set = AnnotationSet.build(from: analysis, articlePath: file)
        guard json else {
            var out = ""
            for claim in set.claims {
                out += "\(claim.n)\t\(TerminalText.visible(claim.text))\n"
            }
            Terminal.writeOut(out)
            return
        }
        let claims = set.claims.map { claim -> JSONValue in
            .object(JSONObject([
                JSONMember("id", .string(claim.id)),
                JSONMember("n", .int(claim.n)),
                JSONMember("text", .string(claim.text)),
                JSONMember("occurrences", .array(([claim.range] + claim.repeats).map { .array([.int($0.start), .int($0.end)]) })),
            ]))
        }
        func ranges(_ list: [TextRange]) -> JSONValue { .array(list.map { .array([.int($0.start), .int($0.end)]) }) }
        let root = JSONValue.object(JSONObject([
            JSONMember("article", .object(JSONObject([
                JSONMember("path", .string(file)), JSONMember("sha256", .string(analysis.sha256)),
                JSONMember("language", .string(analysis.language.rawValue)),
            ]))),
            JSONMember("claims", .array(claims)),
            JSONMember("questions", .array(analysis.questions.map { q in
                .object(JSONObject([JSONMember("text", .string(q.text)), JSONMember("occurrences", ranges(q.occurrences))]))
            })),
            JSONMember("notices", .array(set.updates.map { u in
                .object(JSONObject([
                    JSONMember("id", .string(u.id)), JSONMember("marker", .string(u.marker)), JSONMember("text", .string(u.text)),
                    JSONMember("start", .int(u.range.start)), JSONMember("end", .int(u.range.end)),
                ]))
            })),
            JSONMember("furniture", .array(analysis.furniture.map { range in
                .object(JSONObject([
                    JSONMember("text", .string(String(String.UnicodeScalarView(analysis.scalars[range.start..<range.end])))),
                    JSONMember("start", .int(range.start)), JSONMember("end", .int(range.end)),
                ]))
            })),
            JSONMember("repeatedParagraphs", .array(analysis.repeatedParagraphs.map(ranges))),
        ]))
        Terminal.writeOut(JSONWriter.write(root))
    }
}
