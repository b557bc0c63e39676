/// A W3C Web Annotation collection (JSON-LD, http://www.w3.org/ns/anno.jsonld): each claim of a file one
/// annotation, motivated by `assessing`, whose target carries a TextQuoteSelector (exact, prefix, suffix) and a
/// TextPositionSelector counted in code points, and whose body carries the verdict, the note and the sources.
///
/// With the article at hand (the very text the file was made on) the quote is the article's own text at the
/// claim's range, line breaks included, so both selectors select the same characters; without it the quote is
/// the claim's text as stored (white space folded) with its stored context.
public enum WebAnnotationExport {
    /// Characters of context on each side of a quote.
    public static let contextLength = 32

    /// One file to export: its set, where it came from, and its article when found with the recorded hash.
    public struct Source: Sendable {
        /// The annotation set.
        public var set: AnnotationSet
        /// The article's text, when it is the version the file was made on.
        public var article: AnnotationCheck.Article?
        /// The article's address (the targets' `source`); nil uses the file's article path.
        public var articleURL: String?

        /// Creates a source.
        public init(set: AnnotationSet, article: AnnotationCheck.Article?, articleURL: String? = nil) {
            self.set = set
            self.article = article
            self.articleURL = articleURL
        }
    }

    /// The collection of every claim of `sources`, in order.
    public static func collection(_ sources: [Source]) -> JSONValue {
        let items = sources.flatMap { source in source.set.claims.map { annotation($0, source) } }
        return .object(JSONObject([
            JSONMember("@context", .string("http://www.w3.org/ns/anno.jsonld")),
            JSONMember("id", .string("urn:factcheck:collection:" + sources.map { String($0.set.article.sha256.prefix(12)) }.joined(separator: "-"))),
            JSONMember("type", .string("AnnotationCollection")),
            JSONMember("label", .string("factcheck verdicts")),
            JSONMember("total", .int(items.count)),
            JSONMember("first", .object(JSONObject([
                JSONMember("id", .string("urn:factcheck:page:1")),
                JSONMember("type", .string("AnnotationPage")),
                JSONMember("startIndex", .int(0)),
                JSONMember("items", .array(items)),
            ]))),
        ]))
    }

    /// The quote of `claim`: exact text, and up to `contextLength` characters before and after.
    public static func quote(_ claim: ClaimAnnotation, in article: AnnotationCheck.Article?) -> (exact: String, prefix: String, suffix: String) {
        guard let scalars = article?.scalars, claim.range.end <= scalars.count else { return (claim.text, claim.prefix, claim.suffix) }
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        let start = claim.range.start, end = claim.range.end
        return (text(start..<end), text(max(0, start - contextLength)..<start), text(end..<min(scalars.count, end + contextLength)))
    }

    static func annotation(_ claim: ClaimAnnotation, _ source: Source) -> JSONValue {
        let quote = quote(claim, in: source.article)
        var body: [JSONValue] = [textual(claim.status.rawValue, purpose: "classifying")]
        if !claim.note.isEmpty { body.append(textual(claim.note, purpose: "assessing")) }
        for citation in claim.sources {
            if WebLink(citation) != nil {
                body.append(.object(JSONObject([
                    JSONMember("type", .string("SpecificResource")), JSONMember("source", .string(citation)), JSONMember("purpose", .string("linking")),
                ])))
            } else {
                body.append(textual(citation, purpose: "describing"))
            }
        }
        var members = [
            JSONMember("id", .string("urn:factcheck:" + String(source.set.article.sha256.prefix(16)) + ":" + claim.id)),
            JSONMember("type", .string("Annotation")),
            JSONMember("motivation", .string("assessing")),
        ]
        if let by = claim.by { members.append(JSONMember("creator", .object(JSONObject([JSONMember("type", .string("Person")), JSONMember("name", .string(by))])))) }
        if let created = claim.history.first?.at ?? claim.at { members.append(JSONMember("created", .string(created))) }
        if let at = claim.at { members.append(JSONMember("modified", .string(at))) }
        members += [
            JSONMember("body", .array(body)),
            JSONMember("target", .object(JSONObject([
                JSONMember("source", .string(source.articleURL ?? source.set.article.path)),
                JSONMember("selector", .array([
                    .object(JSONObject([
                        JSONMember("type", .string("TextQuoteSelector")), JSONMember("exact", .string(quote.exact)),
                        JSONMember("prefix", .string(quote.prefix)), JSONMember("suffix", .string(quote.suffix)),
                    ])),
                    .object(JSONObject([
                        JSONMember("type", .string("TextPositionSelector")), JSONMember("start", .int(claim.range.start)),
                        JSONMember("end", .int(claim.range.end)),
                    ])),
                ])),
            ]))),
        ]
        return .object(JSONObject(members))
    }

    static func textual(_ value: String, purpose: String) -> JSONValue {
        .object(JSONObject([
            JSONMember("type", .string("TextualBody")), JSONMember("value", .string(value)),
            JSONMember("format", .string("text/plain")), JSONMember("purpose", .string(purpose)),
        ]))
    }
}
