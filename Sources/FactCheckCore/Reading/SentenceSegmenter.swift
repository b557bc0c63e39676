/// Splits a paragraph into sentences the way an editor reads them, in French and English.
///
/// It knows titles and abbreviations ("M.", "MM.", "Dr", "Mr.", "cf.", "art.", "n°", "p.", "av. J.-C.", "U.S.",
/// "Inc."), initials ("J.-M. Le Pen", "J. R. R. Tolkien"), numbers ("3 500", "1,5 %", "2.5", "1.000", "$100.00."),
/// URLs and e-mail addresses, ellipses ("…", "...", ". . ."), French spacing before ? ! : ; and inside « »,
/// parentheses holding a full sentence, and lists run into one paragraph. A quotation followed by its attribution
/// ("…", expliquait X. — « … », a-t-il déclaré. — "…," she said.) is one sentence; a quotation that ends a sentence
/// is followed by a boundary. See `SentenceScanner` for how, and `docs/` for why.
/// - Complexity: O(n) in the paragraph length.
public struct SentenceSegmenter: Sendable {
    /// The article language, which chooses language-only abbreviations and the pronoun rule for "I.".
    public var language: Language

    /// Creates a segmenter for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The sentences of `scalars[range]` (one paragraph), each trimmed of white space, as scalar ranges.
    public func sentences(in scalars: [Unicode.Scalar], range: TextRange) -> [TextRange] {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return sentences(in: String(view)).map { TextRange($0.start + range.start, $0.end + range.start) }
    }

    /// The sentences of `paragraph`, each trimmed of white space, as scalar ranges of `paragraph`.
    public func sentences(in paragraph: String) -> [TextRange] {
        var copy = paragraph
        return copy.withUTF8 { buffer in
            let text = UTF8Text(buffer)
            var scanner = SentenceScanner(text, language: language)
            var offsets = ScalarOffsets(text)
            var result: [TextRange] = []
            scanner.sentences(in: 0..<text.count) { result.append(offsets.range($0)) }
            return result
        }
    }

    /// The sentences of `text`, read as an article: paragraphs first (blank lines, hard wraps, headlines, list
    /// items), then sentences within each. Ranges are scalar offsets of `text`.
    public func articleSentences(in text: String) -> [TextRange] {
        var copy = text
        return copy.withUTF8 { buffer in
            var result: [TextRange] = []
            let utf8 = UTF8Text(buffer)
            var offsets = ScalarOffsets(utf8)
            forEachSentence(in: utf8) { result.append(offsets.range($0)) }
            return result
        }
    }

    /// Calls `body` with the byte range of every sentence of the article `text`, in order, paragraph by paragraph.
    /// This is the fast path: nothing is allocated per sentence.
    func forEachSentence(in text: UTF8Text, _ body: (Range<Int>) -> Void) {
        var paragraphs = ParagraphScanner(text)
        var scanner = SentenceScanner(text, language: language)
        while let paragraph = paragraphs.next() {
            scanner.sentences(in: paragraph.range, body)
        }
    }

    /// Calls `body` with the UTF-8 bytes of every sentence of the article in `utf8`, in order.
    /// For the `sentences` command: the bytes are only valid during the call.
    public func forEachSentence(inUTF8 utf8: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        utf8.withUnsafeBufferPointer { buffer in
            let text = UTF8Text(buffer)
            forEachSentence(in: text) { range in body(UnsafeBufferPointer(rebasing: buffer[range])) }
        }
    }
}
