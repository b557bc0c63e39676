/// A paragraph of an article: a run of lines that reads as one block, with what the reader decided it is.
public struct Paragraph: Equatable, Sendable {
    /// What a paragraph is, for the claim extractor.
    public enum Kind: String, Sendable {
        /// Article prose: its sentences may be claims.
        case body
        /// An update notice ("MISE A JOUR : …"): tracked against claims, never a claim itself.
        case update
        /// Page furniture (comment footers, share lines, bylines, date lines): listed, never a claim.
        case furniture
    }

    /// The paragraph's scalars in the article, trimmed of surrounding white space.
    public var range: TextRange
    /// What the paragraph is.
    public var kind: Kind

    /// Creates a paragraph.
    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
