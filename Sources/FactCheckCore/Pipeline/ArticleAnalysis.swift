/// A sentence found in an article, with every place its text occurs (repeated paragraphs give several).
public struct ArticleSentence: Equatable, Sendable {
    /// The text with white space folded (wrapped lines rejoined).
    public var text: String
    /// Where it occurs, first occurrence first.
    public var occurrences: [TextRange]
    /// What a checker looks for in it: numbers, dates, attributions, quotations (ranges of the first occurrence).
    public var details: ClaimDetails

    /// Creates a sentence.
    public init(text: String, occurrences: [TextRange], details: ClaimDetails = ClaimDetails()) {
        self.text = text
        self.occurrences = occurrences
        self.details = details
    }
}

/// An update notice found in an article ("MISE A JOUR : …").
public struct ArticleNotice: Equatable, Sendable {
    /// The marker as written ("MISE A JOUR", "Update (3/12)").
    public var marker: String
    /// The notice's text after its marker.
    public var text: String
    /// The whole notice, marker included: a paragraph, or the end of a paragraph for a notice written inline.
    public var range: TextRange
    /// Whether the notice is the page's title opened by an update flag ("[UPDATE] Launch scrubbed…"), read so on a
    /// page that shows no other notice: it tells what the page now says, not which claims changed.
    public var isFlaggedTitle = false
    /// Whether the notice is the page itself answering or correcting an article printed elsewhere (a right of reply,
    /// a published erratum): it amends none of this page's sentences.
    public var amendsElsewhere = false
}

/// What the reader made of an article: its claims, notices, questions and furniture.
public struct ArticleAnalysis: Sendable {
    /// The decoded text, held once as UTF-8 with a scalar index; all ranges index into its scalars.
    public var scalars: ScalarText
    /// The detected (or forced) language.
    public var language: Language
    /// Paragraphs in reading order.
    public var paragraphs: [Paragraph]
    /// Checkable sentences, each once, in order of first occurrence.
    public var claims: [ArticleSentence]
    /// Questions (often rhetorical), listed apart from claims.
    public var questions: [ArticleSentence]
    /// Update notices in reading order.
    public var notices: [ArticleNotice]
    /// Furniture paragraphs (comment footers, share lines…).
    public var furniture: [TextRange]
    /// Paragraphs printed more than once: each entry lists every occurrence.
    public var repeatedParagraphs: [[TextRange]]

    /// The decoded text (a copy of its bytes: the analysis holds the text once, in `scalars`).
    public var text: String { scalars.string }

    /// The SHA-256 of the decoded text's UTF-8, as stored in annotation files.
    public var sha256: String { SHA256.hexDigest(utf8: scalars.utf8) }

    /// The texts of the notices that amend an article printed elsewhere (a right of reply, the newsroom's own
    /// published correction), which the listing and `compare` tell apart from a notice whose claims were not found.
    /// An annotation file does not store this: it is read again from the article, as the notices are.
    public var noticeTextsAmendingElsewhere: Set<String> {
        Set(notices.filter { $0.amendsElsewhere || NoticeBoundary.isReplyMarker($0.marker) }.map(\.text))
    }
}
