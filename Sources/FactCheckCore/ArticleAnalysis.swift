/// A sentence found in an article, with every place its text occurs (repeated paragraphs give several).
public struct ArticleSentence: Equatable, Sendable {
    /// The text with white space folded (wrapped lines rejoined).
    public var text: String
    /// Where it occurs, first occurrence first.
    public var occurrences: [TextRange]
}

/// An update notice found in an article ("MISE A JOUR : …").
public struct ArticleNotice: Equatable, Sendable {
    /// The marker as written ("MISE A JOUR", "Update (3/12)").
    public var marker: String
    /// The notice's text after its marker.
    public var text: String
    /// The whole notice paragraph, marker included.
    public var range: TextRange
}

/// What the reader made of an article: its claims, notices, questions and furniture.
public struct ArticleAnalysis: Sendable {
    /// The decoded text.
    public var text: String
    /// The text's scalars; all ranges index into this.
    public var scalars: [Unicode.Scalar]
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

    /// The SHA-256 of the decoded text's UTF-8, as stored in annotation files.
    public var sha256: String { SHA256.hexDigest(text) }
}

/// Reads an article's text into an `ArticleAnalysis`.
public enum ArticleReader {
    /// Analyses `text`; `language` overrides detection.
    public static func analyze(_ text: String, language: Language? = nil) -> ArticleAnalysis {
        let scalars = Array(text.unicodeScalars)
        let lang = language ?? Language.detect(scalars)
        let paragraphs = ParagraphReader.paragraphs(in: scalars)
        let segmenter = SentenceSegmenter(language: lang)

        var claims: [ArticleSentence] = []
        var questions: [ArticleSentence] = []
        var claimIndex: [String: Int] = [:]
        var questionIndex: [String: Int] = [:]
        var notices: [ArticleNotice] = []
        var furniture: [TextRange] = []
        var paragraphOccurrences: [String: [TextRange]] = [:]
        var paragraphOrder: [String] = []

        for paragraph in paragraphs {
            switch paragraph.kind {
            case .furniture:
                furniture.append(paragraph.range)
            case .update:
                if let match = UpdateMarker.match(in: scalars, at: paragraph.range.start, limit: paragraph.range.end) {
                    notices.append(ArticleNotice(
                        marker: Scalars.normalizedText(scalars, match.marker),
                        text: Scalars.normalizedText(scalars, TextRange(match.bodyStart, paragraph.range.end)),
                        range: paragraph.range))
                }
            case .body:
                let key = Scalars.normalizedText(scalars, paragraph.range)
                if paragraphOccurrences[key] == nil { paragraphOrder.append(key) }
                paragraphOccurrences[key, default: []].append(paragraph.range)
                for sentence in segmenter.sentences(in: scalars, range: paragraph.range) {
                    let text = Scalars.normalizedText(scalars, sentence)
                    if isQuestion(scalars, sentence) {
                        add(text, sentence, to: &questions, index: &questionIndex)
                    } else if isClaimLike(scalars, sentence) {
                        add(text, sentence, to: &claims, index: &claimIndex)
                    }
                }
            }
        }
        let repeated = paragraphOrder.compactMap { key -> [TextRange]? in
            guard let ranges = paragraphOccurrences[key], ranges.count > 1 else { return nil }
            return ranges
        }
        return ArticleAnalysis(text: text, scalars: scalars, language: lang, paragraphs: paragraphs, claims: claims,
                               questions: questions, notices: notices, furniture: furniture, repeatedParagraphs: repeated)
    }

    private static func add(_ text: String, _ range: TextRange, to list: inout [ArticleSentence], index: inout [String: Int]) {
        if let existing = index[text] {
            list[existing].occurrences.append(range)
        } else {
            index[text] = list.count
            list.append(ArticleSentence(text: text, occurrences: [range]))
        }
    }

    /// A sentence ending in a question mark (before any closing quotes or brackets).
    static func isQuestion(_ scalars: [Unicode.Scalar], _ range: TextRange) -> Bool {
        var i = range.end - 1
        while i >= range.start, "\"»”)]' \u{A0}\u{202F}".unicodeScalars.contains(scalars[i]) { i -= 1 }
        return i >= range.start && (scalars[i] == "?" || scalars[i] == "‽")
    }

    /// At least two words: a lone "Merci." or "Oui." states nothing checkable.
    static func isClaimLike(_ scalars: [Unicode.Scalar], _ range: TextRange) -> Bool {
        var words = 0
        var inWord = false
        for scalar in scalars[range.start..<range.end] {
            let isWord = Scalars.isWordScalar(scalar)
            if isWord, !inWord { words += 1 }
            inWord = isWord
            if words >= 3 { return true }
        }
        return false
    }
}
