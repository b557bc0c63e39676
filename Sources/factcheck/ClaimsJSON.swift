import FactCheckCore

/// The document `factcheck claims --json` prints.
///
/// Claims are the claim objects of the annotation file (as `AnnotationCodec` writes them, so the two never drift),
/// each followed by `occurrences` and the details a checker looks for; then questions, notices, furniture and
/// repeated paragraphs.
enum ClaimsJSON {
    /// The whole document for `analysis` and the fresh annotation set built from it.
    static func document(_ analysis: ArticleAnalysis, set: AnnotationSet, path: String) -> JSONValue {
        var byText: [String: ArticleSentence] = [:]
        for claim in analysis.claims { byText[claim.text] = claim }
        var claims: [JSONValue] = []
        if case .object(let root) = AnnotationCodec.jsonValue(set), case .array(let encoded)? = root["claims"] {
            for (value, claim) in zip(encoded, set.claims) {
                guard case .object(var object) = value else { continue }
                let sentence = byText[claim.text]
                object.set("occurrences", .array(([claim.range] + claim.repeats).map(pair)))
                object.set("details", details(sentence?.details ?? ClaimDetails()))
                claims.append(.object(object))
            }
        }
        return .object(JSONObject([
            JSONMember("article", .object(JSONObject([
                JSONMember("path", .string(path)), JSONMember("sha256", .string(analysis.sha256)),
                JSONMember("language", .string(analysis.language.rawValue)),
            ]))),
            JSONMember("claims", .array(claims)),
            JSONMember("questions", .array(analysis.questions.map { question in
                .object(JSONObject([
                    JSONMember("text", .string(question.text)),
                    JSONMember("occurrences", .array(question.occurrences.map(pair))),
                ]))
            })),
            JSONMember("notices", .array(set.updates.map { update in
                .object(JSONObject([
                    JSONMember("id", .string(update.id)), JSONMember("marker", .string(update.marker)),
                    JSONMember("text", .string(update.text)),
                    JSONMember("start", .int(update.range.start)), JSONMember("end", .int(update.range.end)),
                ]))
            })),
            JSONMember("furniture", .array(analysis.furniture.map { range in
                .object(JSONObject([
                    JSONMember("text", .string(text(analysis, range))),
                    JSONMember("start", .int(range.start)), JSONMember("end", .int(range.end)),
                ]))
            })),
            JSONMember("repeatedParagraphs", .array(analysis.repeatedParagraphs.map { .array($0.map(pair)) })),
        ]))
    }

    /// `details` as a JSON object: numbers, dates, attributions, quotes.
    static func details(_ details: ClaimDetails) -> JSONValue {
        .object(JSONObject([
            JSONMember("numbers", .array(details.numbers.map { number in
                var members = [JSONMember("text", .string(number.text)), JSONMember("start", .int(number.range.start)),
                               JSONMember("end", .int(number.range.end))]
                if let value = number.value { members.append(JSONMember("value", .number(format(value)))) }
                if let unit = number.unit { members.append(JSONMember("unit", .string(unit))) }
                return .object(JSONObject(members))
            })),
            JSONMember("dates", .array(details.dates.map { date in
                .object(JSONObject([
                    JSONMember("text", .string(date.text)), JSONMember("start", .int(date.range.start)),
                    JSONMember("end", .int(date.range.end)), JSONMember("relative", .bool(date.isRelative)),
                ]))
            })),
            JSONMember("attributions", .array(details.attributions.map { attribution in
                .object(JSONObject([
                    JSONMember("cue", .string(attribution.cue)),
                    JSONMember("source", attribution.source.map(JSONValue.string) ?? .null),
                    JSONMember("start", .int(attribution.range.start)), JSONMember("end", .int(attribution.range.end)),
                ]))
            })),
            JSONMember("quotes", .array(details.quotes.map { quote in
                .object(JSONObject([
                    JSONMember("text", .string(quote.text)), JSONMember("start", .int(quote.range.start)),
                    JSONMember("end", .int(quote.range.end)),
                ]))
            })),
        ]))
    }

    private static func pair(_ range: TextRange) -> JSONValue { .array([.int(range.start), .int(range.end)]) }

    private static func text(_ analysis: ArticleAnalysis, _ range: TextRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: analysis.scalars[range.start..<range.end])
        return String(view)
    }

    /// A JSON number literal: integral values without a fraction ("285000000"), others as Swift prints them.
    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 9.0e15 { return String(Int(value)) }
        return String(value)
    }
}
