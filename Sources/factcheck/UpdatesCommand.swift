import ArgumentParser
import FactCheckCore

/// `factcheck updates FILE [--json]`: the article's update notices and the claims they amend.
struct UpdatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "updates",
        abstract: "Print the article's update notices: marker, text, position, relation, issuer and amended claims with scores.")

    @OptionGroup var article: ArticleOptions

    @Flag(help: "Print JSON: one object per notice, with amended claim ids, numbers and scores.")
    var json = false

    func run() throws {
        let analysis = article.analysis()
        let file = article.file
        let set = AnnotationSet.build(from: analysis, articlePath: file)
        let numbers = Dictionary(set.claims.map { ($0.id, $0.n) }, uniquingKeysWith: { a, _ in a })
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
            Terminal.writeOut(JSONWriter.write(.object(JSONObject([
                JSONMember("article", .object(JSONObject([
                    JSONMember("path", .string(file)), JSONMember("sha256", .string(analysis.sha256)),
                    JSONMember("language", .string(analysis.language.rawValue)),
                ]))),
                JSONMember("updates", .array(updates)),
            ]))))
            return
        }
        var out = ""
        for update in set.updates {
            out += "\(update.id)\t\(TerminalText.visible(update.marker))\t\(update.relation.rawValue)\t\(update.range.start)–\(update.range.end)"
            out += "\t" + (update.issuer.map { TerminalText.visible($0) } ?? "-") + "\n"
            out += "  " + TerminalText.visible(update.text) + "\n"
            for link in update.amends {
                let claim = set.claims.first { $0.id == link.claim }
                out += "  amends #\(claim?.n ?? 0) \(link.claim) score \(AnnotationCodec.formatScore(link.score)): "
                out += TerminalText.visible(claim?.text ?? "") + "\n"
            }
        }
        Terminal.writeOut(out)
    }
}
