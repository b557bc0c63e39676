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

/// Splits an article into paragraphs: blank lines separate them, hard-wrapped lines are rejoined, headlines,
/// bylines, datelines and list items stand alone, furniture and update notices are recognised.
///
/// A line continues the one before when that one does not end a sentence and either the new line starts in lower
/// case, or the earlier line was filled to the wrap width (the next word would not have fitted on it). A
/// comment-section footer ("Aucun commentaire:", "1 comment:") makes everything after it furniture.
public enum ParagraphReader {
    /// Lines shorter than this (in scalars) are never taken as hard-wrapped before a capitalised line: they are
    /// headlines, bylines or datelines.
    static let wrappedLineMinimum = 40

    /// The paragraphs of `scalars`, in reading order.
    /// - Complexity: O(n) in the text length.
    public static func paragraphs(in scalars: [Unicode.Scalar]) -> [Paragraph] {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return paragraphs(in: String(text))
    }

    /// The paragraphs of `text`, with scalar offsets, in reading order.
    /// - Complexity: O(n) in the text length.
    public static func paragraphs(in text: String) -> [Paragraph] {
        var copy = text
        return copy.withUTF8 { buffer in
            let utf8 = UTF8Text(buffer)
            var scanner = ParagraphScanner(utf8)
            var offsets = ScalarOffsets(utf8)
            var result: [Paragraph] = []
            while let paragraph = scanner.next() {
                result.append(Paragraph(range: offsets.range(paragraph.range), kind: paragraph.kind))
            }
            return result
        }
    }
}
