import ArgumentParser
import FactCheckCore

/// `factcheck updates FILE [--json]`: the article's update notices and the claims they amend.
struct UpdatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "updates",
        abstract: "Print the article's update notices as the shell's 'updates' lists them: relation, issuer and amended claims with scores.")

    @OptionGroup var article: ArticleOptions

    @Flag(help: "Print JSON: one object per notice, with amended claim ids, numbers and scores.")
    var json = false

    @Option(help: ArgumentHelp("Wrap at this many columns (default: the terminal's width, 100 in a pipe).", valueName: "columns"))
    var width: Int?

    func run() throws {
        let analysis = article.analysis()
        let file = article.file
        let set = AnnotationSet.build(from: analysis, articlePath: file)
        let numbers = set.numbersByID()
        if json {
            let updates = set.updates.map { update -> JSONValue in
                .object(JSONObject([
                    JSONMember("id", .string(update.id)),
                    JSONMember("marker", .string(update.marker)),
                    JSONMember("text", .string(update.text)),
                    JSONMember("start", .int(update.range.start)),
                    JSONMember("end", .int(update.range.end)),
                    JSONMember("relation", .string(update.relation.rawValue)),
                    JSONMember("issuer", update.issuer.map(JSONValue.string) ?? .null),
                    JSONMember("amends", .array(update.amends.map { link in
                        .object(JSONObject([
                            JSONMember("claim", .string(link.claim)),
                            JSONMember("n", numbers[link.claim].map(JSONValue.int) ?? .null),
                            JSONMember("score", .number(AnnotationCodec.formatScore(link.score))),
                        ]))
                    })),
                ]))
            }
            OutputFunnel.out(JSONWriter.write(.object(JSONObject([
                JSONMember("article", .object(JSONObject([
                    JSONMember("path", .string(file)), JSONMember("sha256", .string(analysis.sha256)),
                    JSONMember("language", .string(analysis.language.rawValue)),
                ]))),
                JSONMember("updates", .array(updates)),
            ]))))
            return
        }
        let style = TextStyle(enabled: Terminal.stdoutIsTerminal && Terminal.wantsColour)
        let lines = UpdateListing.lines(for: set, amendingElsewhere: analysis.noticeTextsAmendingElsewhere, width: width ?? Terminal.width, style: style)
        OutputFunnel.out(lines.joined(separator: "\n") + "\n")
    }
}
